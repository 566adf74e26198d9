"""Sentence boundaries: initials and abbreviations do not end a sentence, real stops do."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def sents(text: str, lang: str | None = None) -> list[str]:
    spans = split_sentences(text, lang)
    for s, e in spans:  # offsets always slice back to the sentence, trimmed
        assert text[s:e] == text[s:e].strip() and text[s:e]
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials, with and without a space before the surname
        ("Бұл әдісті М. Жампейісова ұсынған. Ол кең тарады.",
         ["Бұл әдісті М. Жампейісова ұсынған.", "Ол кең тарады."]),
        ("Н.Ә.Назарбаевтың жолдауы маңызды. Оны бәрі оқыды.",
         ["Н.Ә.Назарбаевтың жолдауы маңызды.", "Оны бәрі оқыды."]),
        ("Ж.Қараевтың технологиясы, Қ. Әбдіғалиевтің әдісі қолданылады.",
         ["Ж.Қараевтың технологиясы, Қ. Әбдіғалиевтің әдісі қолданылады."]),
        # Kazakh abbreviations: enumeration closers end before a capital, continue before lowercase
        ("Ойындар, жаттығулар т.б. қолданылады. Бұл тиімді.",
         ["Ойындар, жаттығулар т.б. қолданылады.", "Бұл тиімді."]),
        ("Ойындар, жаттығулар т.с.с. Келесі бөлімде мысалдар бар.",
         ["Ойындар, жаттығулар т.с.с.", "Келесі бөлімде мысалдар бар."]),
        # year abbreviations: Kazakh is verb-final, the sentence goes on
        ("Бағдарлама 2010 ж. Астанада қабылданды. 2011–2015 жж. ол іске асты.",
         ["Бағдарлама 2010 ж. Астанада қабылданды.", "2011–2015 жж. ол іске асты."]),
        ("Б.з.б. 330 ж. Александр елді жаулап алды.", ["Б.з.б. 330 ж. Александр елді жаулап алды."]),
        # a plain full stop before a capital ends the sentence, even without a space
        ("Әдістер тиімді болып табылады.Оқытудың мақсаты анық.",
         ["Әдістер тиімді болып табылады.", "Оқытудың мақсаты анық."]),
        # the ".." typo
        ("Жаңа әдістер қолданыс табуда..Оқытудың түрлері көп.",
         ["Жаңа әдістер қолданыс табуда..", "Оқытудың түрлері көп."]),
        # ?!, ellipsis, closing quotes after the stop, a dash with lowercase continuing
        ("Не істейміз?! «Жақсы!» – деді ол. Бәрі келісті… Сонымен аяқталды.",
         ["Не істейміз?!", "«Жақсы!» – деді ол.", "Бәрі келісті…", "Сонымен аяқталды."]),
        ("Ол: «Білім – күш.» деді. Біз келістік.", ["Ол: «Білім – күш.» деді.", "Біз келістік."]),
        # a list number is not a sentence
        ("1. Кіріспе бөлімі. 2. Негізгі бөлім.", ["1. Кіріспе бөлімі.", "2. Негізгі бөлім."]),
    ],
)
def test_kazakh(text, expected):
    assert sents(text, "kk") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Об этом писал В.А. Сухомлинский. Его идеи живы.",
         ["Об этом писал В.А. Сухомлинский.", "Его идеи живы."]),
        ("Это было в 1965 г. Затем вышла книга.", ["Это было в 1965 г.", "Затем вышла книга."]),
        ("В 1995 г. Назарбаев подписал указ № 5. Он вступил в силу.",
         ["В 1995 г. Назарбаев подписал указ № 5.", "Он вступил в силу."]),
        ("Методы, т.е. приёмы, см. рис. 3 и табл. 2, описал проф. Иванов и др. Далее — выводы.",
         ["Методы, т.е. приёмы, см. рис. 3 и табл. 2, описал проф. Иванов и др.", "Далее — выводы."]),
        ("Семинар прошёл в г. Алматы, с. 25 сборника. Итоги подведены.",
         ["Семинар прошёл в г. Алматы, с. 25 сборника.", "Итоги подведены."]),
        ("Сюда входят игры, тесты и т. д. Каждый метод описан.",
         ["Сюда входят игры, тесты и т. д.", "Каждый метод описан."]),
        ("В 1990-е гг. школы изменились. Учителя РК. Прошли курсы.",
         ["В 1990-е гг. школы изменились.", "Учителя РК.", "Прошли курсы."]),
        # an emptied bracket "()" left by scraping does not hide the capital after it
        ("Учитель ушёл на пенсию. () Родился в Караганде.",
         ["Учитель ушёл на пенсию.", "() Родился в Караганде."]),
        # a TeX quote glued before ")" or "." closes, it does not open a new quotation
        ("Урок назывался (``). Потом пришли ``другие&#39;&#39; учителя.",
         ["Урок назывался (``).", "Потом пришли ``другие&#39;&#39; учителя."]),
    ],
)
def test_russian(text, expected):
    assert sents(text, "ru") == expected


def test_list_with_semicolons_and_lines():
    text = "Мұғалімнің міндеттері:\n- оқушыларды оқыту;\n- тәрбиелеу;\n\nЗадачи: 1) обучение; 2) воспитание."
    assert sents(text) == [
        "Мұғалімнің міндеттері:", "- оқушыларды оқыту;", "- тәрбиелеу;", "Задачи: 1) обучение;", "2) воспитание.",
    ]


def test_language_guess_picks_rules():
    # without a language hint, Russian text keeps "г." after a year as a possible end
    assert len(sents("Закон принят в 2007 г. Он действует.")) == 2
    assert len(sents("Заң 2007 ж. қабылданды.")) == 1


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


def _seed_lines(name: str, first: int, last: int) -> str:
    for base in (ROOT / "corpus", ROOT.parent / "shared" / "seeds"):
        path = base / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").split("\n")[first - 1:last]
            return " ".join(line.strip() for line in lines)
    pytest.skip("seed 000 not available")


def test_seed_000_initials_and_double_stop():
    text = _seed_lines("000_7e3c439b1c1e27cd.txt", 13, 16)
    out = sents(text, "kk")
    # the initials Қ. and М. and "т.б." before a lowercase word stay inside; ".." ends one
    assert out[0].startswith("Педагогикалық технологиялардың")
    assert out[0].endswith("қолданыс табуда..")
    assert "Қ. Əбдіғалиевтің" in out[0] and "М. Жампейісованың" in out[0]
    assert out[1].startswith("Оқытудың инновациялық технологияларын")


def test_tex_quote_closed_before_a_bracket_does_not_swallow_later_sentences():
    text = ("Вышли диски ``Лаокоон и другие... ``(2003) и ``Слепок&#39;&#39; (2006). "
            "Методист провёл семинар. Учителя обсудили сборник ``Итоги&#39;&#39;.")
    spans = split_sentences(text, "ru")
    assert [text[s:e].strip() for s, e in spans][-2:] == ["Методист провёл семинар.", "Учителя обсудили сборник ``Итоги&#39;&#39;."]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # two-letter initials of foreign names: no vowel, so no word that could end a sentence
        ("Бұл идеяны Дж. Дьюи ұсынған. Дж. Дьюидің еңбегі кең тараған.", "kk",
         ["Бұл идеяны Дж. Дьюи ұсынған.", "Дж. Дьюидің еңбегі кең тараған."]),
        ("Ш. Уәлихановтың еңбектері маңызды. Ол ғалым болған.", "kk",
         ["Ш. Уәлихановтың еңбектері маңызды.", "Ол ғалым болған."]),
        ("Теорию развил Дж.Дьюи, а позже Ch. Peirce и Sh. Holmes. Она известна.", "ru",
         ["Теорию развил Дж.Дьюи, а позже Ch. Peirce и Sh. Holmes.", "Она известна."]),
        # a short name with a vowel is a word: its stop still ends the sentence
        ("Фильм снял режиссёр Энг Ли. Премьера прошла в Венеции.", "ru",
         ["Фильм снял режиссёр Энг Ли.", "Премьера прошла в Венеции."]),
    ],
)
def test_digraph_initials(text, lang, expected):
    assert sents(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation whose closing mark was lost does not swallow the next, separate quotation
        ("``Я вырос в деревне, -- рассказывает учитель. Он ведёт кружок ``Юный химик&#39;&#39; в школе.",
         ["``Я вырос в деревне, -- рассказывает учитель.", "Он ведёт кружок ``Юный химик&#39;&#39; в школе."]),
        ("«Мы начали с нуля, — говорит директор. Школа получила грант «Цифровой класс» весной.",
         ["«Мы начали с нуля, — говорит директор.", "Школа получила грант «Цифровой класс» весной."]),
        # a nested quotation still closes: the stop inside it ends nothing
        ("«Он читал «Войну и мир». Потом ушёл», — вспоминает сестра. Мы молчали.",
         ["«Он читал «Войну и мир». Потом ушёл», — вспоминает сестра.", "Мы молчали."]),
    ],
)
def test_lost_closing_quote(text, expected):
    assert sents(text, "ru") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracketed remark that opens with a sign: its first word decides
        ("Цена прибора выросла вдвое. (~ 500 $) Без блока питания он бесполезен.",
         ["Цена прибора выросла вдвое.", "(~ 500 $) Без блока питания он бесполезен."]),
        ("Номера указаны по каталогу. (*) после ремонта корпуса.",
         ["Номера указаны по каталогу. (*) после ремонта корпуса."]),
    ],
)
def test_bracket_after_stop(text, expected):
    assert sents(text, "ru") == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # lowercase start after a word that cannot be a shortening (it ends in a vowel, й or ь)
        ("Занятия проходят в лаборатории. затем студенты пишут отчёт.", "ru",
         ["Занятия проходят в лаборатории.", "затем студенты пишут отчёт."]),
        ("Урок закончился рано, все ушли домой. уровень подготовки: средний.", "ru",
         ["Урок закончился рано, все ушли домой.", "уровень подготовки: средний."]),
        ("Сабақ зертханада өтеді. кейін оқушылар есеп жазады.", "kk",
         ["Сабақ зертханада өтеді.", "кейін оқушылар есеп жазады."]),
        # a name (capitalised, five letters or more) before a function word
        ("Доклад прочитал профессор Ахметов. что вызвало долгий спор.", "ru",
         ["Доклад прочитал профессор Ахметов.", "что вызвало долгий спор."]),
        # shortenings end in a consonant and run on
        ("Книга переведена с англ. языка для студ. вузов в 1990 г. в Москве.", "ru",
         ["Книга переведена с англ. языка для студ. вузов в 1990 г. в Москве."]),
        ("Статья вышла в журнале Вестн. высш. шк. в прошлом году.", "ru",
         ["Статья вышла в журнале Вестн. высш. шк. в прошлом году."]),
        # a list item after a full stop is not a lowercase sentence start of that kind
        ("Номера прежние. (*) до перенумерации.", "ru", ["Номера прежние. (*) до перенумерации."]),
    ],
)
def test_lowercase_start(text, lang, expected):
    assert sents(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit without its number still ends a sentence before a capital
        ("Расстояние здесь измеряют в км. Это удобно для туристов.",
         ["Расстояние здесь измеряют в км.", "Это удобно для туристов."]),
        ("Толщина стенки -- 12, мм. Корпус выдерживает удар.",
         ["Толщина стенки -- 12, мм.", "Корпус выдерживает удар."]),
        # a shortening that also stands before names does not
        ("Конференция прошла в г. Алматы и в г. Астане.", ["Конференция прошла в г. Алматы и в г. Астане."]),
    ],
)
def test_unit_without_number(text, expected):
    assert sents(text, "ru") == expected
