"""Language identification: Kazakh letters help but do not decide alone."""
from __future__ import annotations

import pytest

from extractors.segment import SentenceSpan, identify_language, segment_block


@pytest.mark.parametrize(
    "text",
    [
        # short Kazakh sentences without any Kazakh-only letter
        "Ол мектепке барды.",
        "Балалар ойнады.",
        "Сабақ басталды.",
        "Мен сені сүйемін.",
        "Біз ертең келеміз.",
        # Kazakh sentence with Russian names
        "Бұл мәселені В. Лазарев, В. Загвязинский және т.б. зерттеген.",
        # Latin look-alike ə from a PDF conversion
        "Еліміздің əлемдік білім кеңістігіне бағдар алуы.",
    ],
)
def test_kazakh(text):
    assert identify_language(text) == "kk"


@pytest.mark.parametrize(
    "text",
    [
        "Активизация инновационных процессов в образовании.",
        "Он пришёл домой.",
        # Russian sentences with Kazakh names
        "Айгүл Сәрсенбаева выступила на конференции.",
        "Жампейісова Ә.Қ. отметила, что Қарағанды стал центром методической работы.",
        "Доклад Нұрсұлтанова был посвящён школам Шымкента.",
    ],
)
def test_russian(text):
    assert identify_language(text) == "ru"


def test_other_and_mixed():
    assert identify_language("Interactive whiteboard and flipped classroom.") == "other"
    assert identify_language("2010–2015") == "other"
    assert identify_language("") == "other"
    mixed = "Мұғалім «Учитель должен постоянно совершенствовать свои методы работы» деп айтты."
    assert identify_language(mixed) == "mixed"
    # a bracketed list of names is not a language switch
    assert identify_language("Бұл мәселені көп ғалым зерттеген (А. Хуторская, В. Лазарев және т.б.).") == "kk"


def test_segment_block_labels_each_sentence():
    text = "Бұл бөлімде әдістер сипатталады. Данный раздел описывает методы обучения."
    out = segment_block(text)
    assert [s.lang for s in out] == ["kk", "ru"]
    assert all(isinstance(s, SentenceSpan) for s in out)
    assert text[out[1].start:out[1].end] == "Данный раздел описывает методы обучения."


def test_one_word_list_item_takes_block_language():
    block = "Мектептегі жұмыс түрлері:\n- Аттестация;\n- оқушылармен кеңес жүргізу;\n- ата-аналармен жұмыс."
    out = segment_block(block)
    assert [block[s.start:s.end] for s in out][1] == "- Аттестация;"
    assert [s.lang for s in out] == ["kk"] * 4
