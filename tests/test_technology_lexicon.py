"""The method lexicon as one signal of the technologies extractor (extractors/extract/technologies/lexicon.py).

Sentences written for these tests (not from the seeds or the held-out sets); a small lexicon
built here pins the matching rules, the shipped lexicon pins the integration.
"""
from extractors.extract.technologies.lexicon import (
    Entry, Lexicon, default_lexicon, lexicon_candidates, widen_to_lexicon)
from extractors.extract.technologies.patterns import Candidate

SMALL = Lexicon([
    Entry("fishbone", "method", "ru", "фишбоун", False),
    Entry("fishbone", "method", "kk", "балық қаңқасы", False),
    Entry("brainstorming", "method", "ru", "мозговой штурм", False),
    Entry("brainstorming", "method", "kk", "миға шабуыл", False),
    Entry("cinquain", "method", "ru", "синквейн", False),
    Entry("padlet", "software", "en", "Padlet", False),
    Entry("cluster", "method", "ru", "кластер", True),
    Entry("cluster", "method", "kk", "кластер", True),
    Entry("kahoot", "software", "en", "Kahoot!", False),
    Entry("triz", "pedagogical_technology", "ru", "ТРИЗ", False),
    Entry("open_lesson", "method", "kk", "ашық сабақ", False),
    Entry("critical_thinking", "pedagogical_technology", "kk", "сыни тұрғыдан ойлауды дамыту", False),
])


def found(text, lang, lexicon=SMALL):
    return [(c.surface, c.label, c.kind) for c in lexicon_candidates(text, 0, lang, lexicon)]


def test_russian_inflected_and_quoted_names():
    got = found("На уроках биологии применяем приём «Фишбоун», а в начале темы — элементы мозгового штурма.", "ru")
    assert got == [("«Фишбоун»", "фишбоун", "method"), ("мозгового штурма", "мозговой штурм", "method")]


def test_kazakh_case_endings_on_names_and_latin_products():
    got = found("Оқушылар синквейнді жұпта құрастырды, мұғалім Padlet-ті кері байланыс үшін пайдаланды.", "kk")
    assert ("синквейнді", "синквейн", "method") in got
    assert ("Padlet", "Padlet", "software") in got


def test_kazakh_voiced_consonant_before_suffix():
    assert found("Мұғалімнің ашық сабағында жаңа тәсілдер көрсетілді.", "kk") == [
        ("ашық сабағында", "ашық сабақ", "method")]


def test_ordinary_word_needs_quotes_or_a_method_cue():
    assert found("Облыстағы білім беру кластері жаңа мектептерді біріктірді.", "kk") == []
    assert found("Региональный кластер объединил колледжи и предприятия.", "ru") == []
    assert found("На этапе осмысления применили приём кластера: ученики записали связи между понятиями.", "ru")
    # the method word must stand next to the name, not anywhere in a long sentence
    assert found("Кластер предприятий нашего региона быстро растёт, а учителя осваивают новые приёмы.", "ru") == []
    assert found("Жаңа тақырыпты «Кластер» арқылы бекіттік.", "kk") == [("«Кластер»", "кластер", "method")]


def test_a_longer_word_is_not_the_name():
    assert found("Кластеризация заданий по сложности — метод анализа данных.", "ru") == []


def test_name_inside_a_title_is_not_a_mention():
    assert found("«Синквейн арқылы оқушылардың сөздік қорын байыту жолдары» атты семинар өтті.", "kk") == []


def test_acronyms_only_as_acronyms():
    assert found("На кружке используют элементы ТРИЗ.", "ru") == [("ТРИЗ", "ТРИЗ", "pedagogical_technology")]
    assert found("Слово «триз» ученики не знали.", "ru") == []


def test_exclamation_mark_belongs_to_the_product_name():
    assert found("Викторину провели в Kahoot! за десять минут.", "ru") == [("Kahoot!", "Kahoot!", "software")]


def test_concept_joins_kazakh_and_russian_names_with_their_heads():
    assert SMALL.concept_of("мозговой штурм", "ru") == SMALL.concept_of("миға шабуыл әдісі", "kk") == "brainstorming"
    assert SMALL.concept_of("«Балық қаңқасы» стратегиясы", "kk") == "fishbone"
    assert SMALL.concept_of("фишбоун в работе с текстом", "ru") is None


def test_rule_candidate_stopping_inside_a_name_is_widened():
    text = "Мектепте сыни тұрғыдан ойлауды дамыту технологиясы енгізілді."
    start = text.index("ойлауды")
    end = text.index(" енгізілді")
    rule = Candidate(start, end, text[start:end], "ойлауды дамыту технологиясы", "kk",
                     "pedagogical_technology", "kk_head", 0.8)
    lex = lexicon_candidates(text, 0, "kk", SMALL)
    [wide] = widen_to_lexicon([rule], lex, text)
    assert wide.surface == "сыни тұрғыдан ойлауды дамыту технологиясы"
    assert wide.label == "сыни тұрғыдан ойлауды дамыту"


def test_shipped_lexicon_loads_and_links_languages():
    lex = default_lexicon()
    assert len(lex.entries) > 300
    assert lex.concept_of("мозговой штурм", "ru") is not None
    assert lex.concept_of("мозговой штурм", "ru") == lex.concept_of("миға шабуыл", "kk")


def test_name_glued_into_a_longer_word_is_not_the_name():
    lex = Lexicon([Entry("stem", "pedagogical_technology", "en", "STEM", False),
                   Entry("communicative", "method", "kk", "коммуникативтік тәсіл", False),
                   Entry("padlet", "software", "en", "Padlet", False)])
    assert found("Мектепте жабдықталған STEM-кабинет ашылды.", "kk", lex) == []
    assert found("Ғалымның мәдениаралық-коммуникативтік тәсілі кеңінен таралды.", "kk", lex) == []
    # a Kazakh ending after the hyphen leaves the name whole
    assert [g[0] for g in found("Оқушылар STEM-ге қызығады, жұмыстар Padlet-ке жүктеледі.", "kk", lex)] == ["STEM", "Padlet"]


def test_methodika_presents_a_method_but_methodical_does_not():
    lex = Lexicon([Entry("social_stories", "method", "ru", "социальные истории", True)])
    assert found("Навыки общения формируем при помощи социальных историй (методика К. Грей).", "ru", lex)
    assert found("Социальные истории обсуждались на методическом объединении учителей.", "ru", lex) == []


def test_any_dictionary_reading_of_a_russian_word_and_quoted_titles_containing_a_name():
    lex = Lexicon([Entry("mental_arithmetic", "method", "ru", "ментальная арифметика", False),
                   Entry("microphone", "method", "kk", "микрофон", True)])
    # 'арифметики' reads first as a plural of 'арифметик'; its reading as 'арифметика' counts
    assert found("В школах работают кружки ментальной арифметики.", "ru", lex)[0][1] == "ментальная арифметика"
    assert found("Үміткерлер бағдарламаларын «Ашық микрофон» әдісі бойынша қорғады.", "kk", lex) == []
    assert found("Рефлексияда «Микрофон» әдісін қолдандық.", "kk", lex) == [("«Микрофон»", "микрофон", "method")]
