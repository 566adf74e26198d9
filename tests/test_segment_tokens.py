"""UD-style tokens: what UD Kazakh-KTB and UD Russian-GSD treat as one token."""
from __future__ import annotations

import pytest

from extractors.segment import tokenize
from extractors.segment.tokens import token_texts


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Жан-жақты дамыған тұлға.", "kk", ["Жан-жақты", "дамыған", "тұлға", "."]),
        ("Оқушылардың 90%-ы, 55-ші мектеп, АҚШ-пен келісім.", "kk",
         ["Оқушылардың", "90%-ы", ",", "55-ші", "мектеп", ",", "АҚШ-пен", "келісім", "."]),
        ("Ғасырдың 2-жартысында 2008-2009 жылдары.", "kk",
         ["Ғасырдың", "2", "-", "жартысында", "2008", "-", "2009", "жылдары", "."]),
        ("Ойындар, т.б. әдістер «Болашақ» бағдарламасында...", "kk",
         ["Ойындар", ",", "т.б.", "әдістер", "«", "Болашақ", "»", "бағдарламасында", "..."]),
        ("Учебно-воспитательный процесс из-за 1990-х годов (24-11).", "ru",
         ["Учебно-воспитательный", "процесс", "из-за", "1990-х", "годов", "(", "24-11", ")", "."]),
        ("Рост 19,4 % к 29.06.1941, т. е. вдвое.", "ru",
         ["Рост", "19,4", "%", "к", "29.06.1941", ",", "т.", "е.", "вдвое", "."]),
        ("Об этом писал В.А. Сухомлинский в 1965 г. и позже.", "ru",
         ["Об", "этом", "писал", "В.А.", "Сухомлинский", "в", "1965", "г.", "и", "позже", "."]),
        # a sentence-final abbreviation: UD writes the abbreviation and the full stop apart
        ("Это было в 2009 г.", "ru", ["Это", "было", "в", "2009", "г", "."]),
        ("Что делать?! Кино- и фотосъёмка.", "ru", ["Что", "делать", "?", "!", "Кино-", "и", "фотосъёмка", "."]),
        ("Составно́е число́.", "ru", ["Составно́е", "число́", "."]),
        # GSD splits a hyphenated name made of several names, keeps compound adjectives,
        # fixed prefixes, acronym + noun and pronouns with a particle whole
        ("Из Ростова-на-Дону в Буркина-Фасо и Санкт-Петербург.", "ru",
         ["Из", "Ростова", "-", "на", "-", "Дону", "в", "Буркина", "-", "Фасо", "и",
          "Санкт-Петербург", "."]),
        ("Северо-Западный округ, Историко-культурный музей, SMS-рассылка.", "ru",
         ["Северо-Западный", "округ", ",", "Историко-культурный", "музей", ",", "SMS-рассылка", "."]),
        # capitalised only because it opens the sentence: an ordinary compound noun
        ("Педагог-новатор живёт на Нассо-стрит.", "ru",
         ["Педагог-новатор", "живёт", "на", "Нассо", "-", "стрит", "."]),
        ("Кто-то пришёл. По-моему, рано.", "ru",
         ["Кто-то", "пришёл", ".", "По-моему", ",", "рано", "."]),
        # a year abbreviation closing a bracket keeps its own full stop; "и др..." keeps the dots
        ("Школа открылась (2001 г.), потом гимназия и др...", "ru",
         ["Школа", "открылась", "(", "2001", "г", ".", ")", ",", "потом", "гимназия", "и", "др",
          "..."]),
        ("Плотность 13 чел. на км2, 20 фр. за урок.", "ru",
         ["Плотность", "13", "чел.", "на", "км2", ",", "20", "фр.", "за", "урок", "."]),
        # Kazakh keeps its own conventions: a capitalised hyphenated name stays whole
        ("Алматы-Астана жолы.", "kk", ["Алматы-Астана", "жолы", "."]),
    ],
)
def test_tokens(text, lang, expected):
    assert token_texts(text, lang) == expected


def test_offsets_slice_back_and_cover_all_non_space():
    text = "М. Жампейісова: «Білім – болашақ!» (2010 ж., 5-бет); см. www.edu.kz/a.html и т.д."
    spans = tokenize(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    joined = "".join(text[s:e] for s, e in spans)
    assert joined == "".join(text.split())
    assert "www.edu.kz/a.html" in [text[s:e] for s, e in spans]
