"""Russian tagger: pymorphy3 mapped to UD GSD conventions and disambiguated in context."""
from __future__ import annotations

from extractors.tag import tag
from extractors.tag.ru import first_parse


def _by_form(tokens, lang="ru"):
    return dict(zip(tokens, tag(tokens, lang)))


def test_nouns_verbs_and_case_after_preposition():
    toks = "В школах учителя используют новые технологии .".split()
    out = _by_form(toks)
    assert (out["школах"].lemma, out["школах"].upos) == ("школа", "NOUN")
    assert "Case=Loc" in out["школах"].feats
    assert (out["используют"].lemma, out["используют"].upos) == ("использовать", "VERB")
    assert out["новые"].upos == "ADJ" and out["."].upos == "PUNCT"


def test_participles_are_verbs_with_infinitive_lemma():
    out = tag("Решённые задачи лежали на столе .".split(), "ru")
    assert (out[0].lemma, out[0].upos) == ("решить", "VERB")
    assert "VerbForm=Part" in out[0].feats


def test_chto_conjunction_versus_pronoun():
    out = tag("Он сказал , что придёт .".split(), "ru")
    assert out[3].upos == "SCONJ"
    out = tag("Что это ?".split(), "ru")
    assert out[0].upos == "PRON"
    out = tag("Метод сократил время , что позволяет учителю работать больше .".split(), "ru")
    assert out[4].upos == "PRON"


def test_names_numbers_latin_and_prepositions():
    out = tag("Мы учились в Алматы в 2020 году по программе Smart School .".split(), "ru")
    upos = [t.upos for t in out]
    assert upos[3] == "PROPN"            # capitalised mid-sentence
    assert upos[5] == "ADJ"              # a year before "году" is an ordinal in GSD
    assert upos[9] == upos[10] == "X"    # Latin-script words are foreign
    assert out[9].lemma == "smart"


def test_gsd_lemma_conventions():
    out = tag("Со временем мы должны обо всём договориться .".split(), "ru")
    assert out[0].lemma == "со" and out[4].lemma == "обо"
    assert out[3].lemma == "должен"


def test_determiner_or_pronoun_by_what_follows():
    out = tag("Этот метод хорош , и его результаты видны .".split(), "ru")
    assert out[0].upos == "DET" and out[5].upos == "DET"
    out = tag("Мы изучили его подробно .".split(), "ru")
    assert out[2].upos == "PRON" and out[2].lemma == "он"


def test_context_beats_first_parse_somewhere():
    toks = "Мы изучили его подробно .".split()
    assert first_parse(toks)[2] != tag(toks, "ru")[2] or tag(toks, "ru")[2].upos == "PRON"
    toks = "В 2019 году учителя стали использовать новые методы .".split()
    ours, base = tag(toks, "ru"), first_parse(toks)
    assert ours[1].upos == "ADJ" and base[1].upos == "NUM"


def test_gsd_adjectives_among_pronominal_words():
    # "другой", "многий", "самый" are plain adjectives in GSD; "этот", "каждый" determiners
    out = tag("Многие учителя и другие специалисты выбрали самый простой метод .".split(), "ru")
    assert [out[i].upos for i in (0, 3, 6)] == ["ADJ", "ADJ", "ADJ"]
    out = tag("Каждый ученик решил эту задачу .".split(), "ru")
    assert out[0].upos == "DET" and out[3].upos == "DET"


def test_function_words_read_from_their_neighbours():
    out = tag("Учителя , а также родители пришли на урок , как и в прошлом году .".split(), "ru")
    assert out[3].upos == "CCONJ"                  # "а также"
    assert out[9].upos == "ADP" and out[10].upos == "PART"  # "как и"
    out = tag("Метод также применяют в школах .".split(), "ru")
    assert out[1].upos == "PART"
    out = tag("Урок отменили , так как учитель заболел .".split(), "ru")
    assert (out[3].upos, out[4].upos) == ("SCONJ", "ADV")
    out = tag("Однако ученики лишь улыбнулись .".split(), "ru")
    assert out[0].upos == "CCONJ" and out[2].upos == "PART"
    out = tag("Игра -- это метод обучения .".split(), "ru")
    assert out[2].upos == "PART"


def test_comparatives_superlatives_and_adjective_lemmas():
    out = tag("Дети чаще задают вопросы на лучших уроках .".split(), "ru")
    assert (out[1].lemma, out[1].upos) == ("часто", "ADV")
    assert out[5].lemma == "лучший"
    out = tag("Основным методом ученики нашли родное слово .".split(), "ru")
    assert out[0].lemma == "основной" and out[4].lemma == "родной"
    assert out[3].lemma == "найти"  # a past plural, not the imperative of "наслать"


def test_acronyms_quoted_titles_and_foreign_names():
    out = tag("Об этом писали ПО и журнал `` Огонёк '' , а также РУП .".split(), "ru")
    assert out[3].upos in ("NOUN", "PROPN")        # an acronym, not the preposition "по"
    assert out[7].upos == "NOUN"                   # first word of a quoted title
    assert (out[12].upos, out[12].lemma) == ("PROPN", "РУП")
    out = tag("Доклад прочитал Кайрелл Сырбу вместе с Шретером .".split(), "ru")
    assert [out[i].lemma for i in (2, 3, 6)] == ["Кайрелл", "Сырбу", "Шретер"]


def test_gsd_abbreviation_lemmas():
    out = tag("Плотность 13 чел. , рост 5 % , калибр 155 мм .".split(), "ru")
    assert out[2].lemma == "человек" and out[6].lemma == "процент-знак"
    assert out[10].lemma == "миллиметр"
