"""Finding person mentions in Kazakh and Russian sentences (seed-like and written for tests)."""
import dataclasses

import pytest

from extractors.persons import PersonSpan, find_persons, tag_tokens


def _found(text, lang):
    spans = find_persons(text, lang)
    for p in spans:  # offsets index the given string; confidence is a probability
        assert text[p.start:p.end] == p.surface
        assert 0.0 < p.confidence <= 1.0
    return [(p.surface, p.normalized) for p in spans]


@pytest.mark.parametrize("text,lang,expected", [
    # seed-like
    ("Ж.Қараевтың деңгейлеп оқыту технологиясы", "kk", [("Ж.Қараевтың", "Ж.Қараев")]),
    ("М. Жампейісованың блокты-модульдік технологиясы", "kk",
     [("М. Жампейісованың", "М.Жампейісова")]),
    ("Ұлы педагог В.А. Сухомлинскийдің", "kk",
     [("В.А. Сухомлинскийдің", "В.А.Сухомлинский")]),
    ("технологии В.Ф. Шаталова", "ru", [("В.Ф. Шаталова", "В.Ф.Шаталов")]),
    # Kazakh, written for these tests
    ("Мектеп директоры Айгүл Серікбаева мұғалімдерді марапаттады.", "kk",
     [("Айгүл Серікбаева", "Айгүл Серікбаева")]),
    ("Бүгін Астанада Президент Қасым-Жомарт Тоқаев ұстаздармен кездесті.", "kk",
     [("Қасым-Жомарт Тоқаев", "Қасым-Жомарт Тоқаев")]),
    ("Оқушылар Абайдың өлеңдерін жатқа айтты.", "kk", [("Абайдың", "Абай")]),
    ("Ғалым Ахмет Байтұрсынұлының еңбектері қайта басылды.", "kk",
     [("Ахмет Байтұрсынұлының", "Ахмет Байтұрсынұлы")]),
    ("Әдістемені Сұлтанбеков Н.Қ. ұсынған.", "kk",
     [("Сұлтанбеков Н.Қ.", "Н.Қ.Сұлтанбеков")]),
    # Russian, written for these tests
    ("Педагог Анна Ивановна Петрова рассказала о своём опыте.", "ru",
     [("Анна Ивановна Петрова", "Анна Ивановна Петрова")]),
    ("Идеи Льва Толстого близки современной школе.", "ru", [("Льва Толстого", "Лев Толстой")]),
    ("Об этом писал Выготский Л.С. в своих работах.", "ru",
     [("Выготский Л.С.", "Л.С.Выготский")]),
    ("Президент Нурсултан Назарбаев подписал указ.", "ru",
     [("Нурсултан Назарбаев", "Нурсултан Назарбаев")]),
])
def test_finds_persons(text, lang, expected):
    assert _found(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # organisations, places, sentence-initial capitalised common words
    ("Білім және ғылым министрлігі жаңа оқу бағдарламасын бекітті.", "kk"),
    ("Алматы қаласында республикалық семинар өтті.", "kk"),
    ("Жаңартылған білім беру мазмұны мектептерде енгізілуде.", "kk"),
    ("Қазақстан Республикасының Үкіметі қаулы қабылдады.", "kk"),
    ("Қ.Р. Білім туралы заңының талаптары орындалды.", "kk"),  # dotted abbreviation
    ("Сегодня в Москве Министерство образования провело совещание.", "ru"),
    ("Республика Казахстан и Российская Федерация подписали соглашение.", "ru"),
    ("По мнению экспертов, Вера в успех важна для учеников.", "ru"),
    ("Восточно-Казахстанская область провела семинар для учителей.", "ru"),
])
def test_no_person_in_negatives(text, lang):
    assert find_persons(text, lang) == []


def test_offsets_in_a_block_of_several_sentences():
    text = ("Сабақты ұстаз Гүлнар Есімова өткізді. Алматы облысынан келген мұғалімдер "
            "Ж.Қараевтың технологиясын талқылады.")
    spans = find_persons(text, "kk")
    assert [p.normalized for p in spans] == ["Гүлнар Есімова", "Ж.Қараев"]
    assert all(text[p.start:p.end] == p.surface for p in spans)


def test_token_level_tagging_uses_kaznerd_tokens():
    tags = [y for y, _ in tag_tokens(["Премьер-министр", "Асқар", "Маминнің", "төрағалығымен",
                                      "отырыс", "өтті", "."])]
    assert tags == ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]


def test_person_span_is_frozen():
    span = find_persons("Ж.Қараевтың технологиясы", "kk")[0]
    assert isinstance(span, PersonSpan)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3


def test_find_persons_is_safe_in_threads():
    """Prefect and Dask run documents in threads; the CRF tagger is shared between them."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Ж.Қараевтың деңгейлеп оқыту технологиясы мен М.Жампейісованың блокты-модульдік технологиясын Асқар Жұмабаев зерттеді.",
        "Мұғалім Гүлнар Сейітқызы және профессор Нұрлан Байжанов семинар өткізді.",
    ] * 50
    expected = [find_persons(t, "kk") for t in texts[:2]]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda t: find_persons(t, "kk"), texts))
    assert got == expected * 50
