"""Normative act references in Kazakh and Russian sentences written for these tests."""
from __future__ import annotations

import pytest

from extractors.extract.acts import extract_normative_acts, find_acts
from extractors.extract.acts.dates import find_dates, find_periods
from models import TABLES, Block, BlockKind, Document, Sentence


def make_doc(doc_id: str, sentences: list[tuple[str, str]]) -> Document:
    blocks, sents, pos = [], [], 0
    for i, (text, lang) in enumerate(sentences):
        bid = f"{doc_id}:b{i}"
        blocks.append(Block(bid, doc_id, BlockKind.PARAGRAPH, text, pos, pos + len(text), None, lang=lang))
        sents.append(Sentence(f"{bid}:s0", doc_id, bid, text, pos, pos + len(text), lang=lang))
        pos += len(text) + 1
    return Document(doc_id, f"{doc_id}.txt", "txt", "0", blocks, sentences=sents)


def one(text: str, lang: str):
    refs = find_acts(text, lang)
    assert len(refs) == 1, refs
    return refs[0], text[refs[0].start:refs[0].end]


@pytest.mark.parametrize("text, want", [
    ("Сабақ кестесі от 5 марта 2019 года утверждён.", "2019-03-05"),
    ("Бұйрық 2023 жылғы 10 тамыздағы шешіммен бекітілді.", "2023-08-10"),
    ("Құжат 2015 жылғы 1-қыркүйектегі нұсқамен сәйкес.", "2015-09-01"),
    ("приказ от 01.09.2021 г. вступил в силу", "2021-09-01"),
])
def test_dates_in_both_languages(text, want):
    assert [d.value for d in find_dates(text)] == [want]


def test_year_ranges_are_periods_not_dates():
    text = "2016-2019 жылдарға арналған бағдарлама и программа на 2016 - 2019 годы"
    assert find_dates(text) == []
    assert [p.value for p in find_periods(text)] == ["2016-2019", "2016-2019"]


def test_kazakh_order_with_issuer_date_number():
    ref, surface = one("Тәрбие жұмысы Қазақстан Республикасы Оқу-ағарту министрінің 2022 жылғы 14 қыркүйектегі "
                       "№ 402 бұйрығымен реттеледі.", "kk")
    assert surface.startswith("Қазақстан Республикасы Оқу-ағарту") and surface.endswith("бұйрығымен")
    assert (ref.type, ref.date, ref.number, ref.issuer) == ("order", "2022-09-14", "402", "ҚР ОАМ")


def test_russian_order_with_title():
    ref, surface = one("Порядок определён приказом Министра просвещения РК от 14 сентября 2022 года № 402 "
                       "«Об утверждении правил воспитательной работы», который действует сейчас.", "ru")
    assert surface.endswith("работы»")
    assert (ref.type, ref.date, ref.number, ref.issuer) == ("order", "2022-09-14", "402", "МП РК")
    assert ref.title == "Об утверждении правил воспитательной работы"


def test_same_order_gets_one_key_across_languages():
    doc = make_doc("t1", [
        ("Тәрбие жұмысы Оқу-ағарту министрінің 2022 жылғы 14 қыркүйектегі № 402 бұйрығымен реттеледі.", "kk"),
        ("Воспитательная работа регулируется приказом Министра просвещения от 14.09.2022 № 402.", "ru"),
    ])
    rows = extract_normative_acts([doc])
    assert len(rows) == 2 and rows[0]["act_key"] == rows[1]["act_key"]


def test_programme_key_from_period_and_topic():
    doc = make_doc("t2", [
        ("Мектеп тілдерді дамытудың 2020-2025 жылдарға арналған мемлекеттік бағдарламасын іске асырады.", "kk"),
        ("Школа реализует Государственную программу развития языков на 2020-2025 годы.", "ru"),
        ("Школа реализует Государственную программу развития образования на 2020-2025 годы.", "ru"),
    ])
    rows = extract_normative_acts([doc])
    assert [r["type"] for r in rows] == ["programme"] * 3
    assert rows[0]["act_key"] == rows[1]["act_key"] != rows[2]["act_key"]
    assert all(r["date"] is None for r in rows)  # a period is not a date


def test_law_cited_by_title_in_both_languages():
    doc = make_doc("t3", [
        ("Мұғалімнің құқықтары «Педагог мәртебесі туралы» Заңында көрсетілген.", "kk"),
        ("Права учителя закреплены в Законе РК «О статусе педагога».", "ru"),
    ])
    rows = extract_normative_acts([doc])
    assert [r["type"] for r in rows] == ["law", "law"]
    assert rows[0]["act_key"] == rows[1]["act_key"]


def test_address_needs_an_addressee_or_issuer():
    ref, surface = one("Президенттің биылғы Қазақстан халқына Жолдауында цифрлық сауаттылыққа мән берілді.", "kk")
    assert ref.type == "address" and "Жолдауында" in surface
    # ``хат жолдау`` (to send a letter) is not an address
    assert find_acts("Ата-аналарға хат жолдау міндетті.", "kk") == []


@pytest.mark.parametrize("text, lang", [
    ("Мұғалім сабақ жоспарын және оқу бағдарламасын дайындайды.", "kk"),
    ("Оқушылар Excel бағдарламасымен және «Scratch» бағдарламасымен жұмыс істейді.", "kk"),
    ("Заведующий назначается приказом директора школы.", "ru"),
    ("Ученики проверили закон Ома на лабораторной работе.", "ru"),
    ("Концепция «обучения через игру» близка учителям начальных классов.", "ru"),
])
def test_generic_mentions_are_not_acts(text, lang):
    assert find_acts(text, lang) == []


def test_rows_have_exactly_the_schema_columns_and_stable_ids():
    doc = make_doc("t4", [("Школа руководствуется Законом РК «Об образовании».", "ru")])
    rows = extract_normative_acts([doc])
    assert rows and all(list(r) == TABLES["normative_acts"].columns for r in rows)
    r = rows[0]
    assert r["act_id"] == f"t4:a{r['char_start']}"
    assert doc.text[r["char_start"]:r["char_end"]] == r["surface"]
    assert extract_normative_acts([doc]) == rows


@pytest.mark.parametrize("text, lang", [
    ("Для занятий используется компьютерная программа «Звуковая дорожка».", "ru"),
    ("Мектептің «Дарынды бала» бағдарламасы аясында үйірмелер жұмыс істейді.", "kk"),
    ("Курс проводится по внутренней программе повышения квалификации «Наставник».", "ru"),
    ("Орталыққа «Сөйле 3» логопедиялық бағдарламалық кешені алынды.", "kk"),
])
def test_software_and_an_institutions_own_programme_are_not_acts(text, lang):
    assert find_acts(text, lang) == []


def test_a_document_type_in_capitals_heads_the_document_itself():
    assert find_acts("«Степногорск қаласының білім бөлімі» мемлекеттік мекемесі БҰЙРЫҚ", "kk") == []


def test_constitution_and_a_programme_for_the_country():
    got = find_acts("Кабинет руководствуется Конституцией Республики Казахстан и Концепцией развития "
                    "инклюзивной политики в Республике Казахстан на 2025 – 2030 годы.", "ru")
    assert [(r.type, r.head) for r in got] == [("other", "конституция"), ("programme", "концепция")]
    assert got[1].period is not None
    kk = find_acts("Ұйым Қазақстан Республикасының Конституциясын басшылыққа алады.", "kk")
    assert [r.head for r in kk] == ["конституция"]
    assert find_acts("Биологтар жасушаның конституциясын зерттейді.", "kk") == []


def test_a_plural_topic_before_туралы_and_the_documents_own_title():
    got = find_acts("Есептер Облыстық тірек мектептер туралы ережеге сәйкес ұсынылады.", "kk")
    assert [(r.type, r.head) for r in got] == [("other", "ереже")]
    stamp = "облыс әкімінің 2024 жылғы 5 наурыздағы № 12 қаулысымен бекітілген Облыстық тірек мектептер туралы ереже (үзінді)"
    assert [r.head for r in find_acts(stamp, "kk")] == ["қаулы"]


@pytest.mark.parametrize("text, lang", [
    ("Облыстық семинардың бағдарламасы қосымшада берілген.", "kk"),
    ("Программа конференции «Учитель будущего» прилагается.", "ru"),
])
def test_the_programme_of_an_event_is_not_an_act(text, lang):
    assert find_acts(text, lang) == []


def test_plural_noun_inside_a_kazakh_title_and_an_authors_partial_programme():
    got = find_acts("Кабинет өз жұмысында Аудандық әдістемелік бірлестіктер қызметін ұйымдастыру қағидаларын басшылыққа алады.", "kk")
    assert [(r.head, r.start) for r in got] and got[0].head == "қағида"
    assert find_acts("Занятия ведутся по парциальной программе «Юный исследователь».", "ru") == []


@pytest.mark.parametrize("text, lang", [
    ("Үйірме Д. Огледің «Оқу арқылы шабыттану» бағдарламасына сүйенеді.", "kk"),
    ("Курс строится по программе «Развитие речи через театр».", "ru"),
    ("Мұғалімдер «Ойын арқылы оқыту» бағдарламасы бойынша оқыды.", "kk"),
    ("Докладчик представит «Программа инновационного проекта: этапы и риски».", "ru"),
    ("Жобаның «Жасыл мектеп» бағдарламасы мақұлданды.", "kk"),
    ("Логопед Н.Қ. Серікованың «Ойнап сөйлейміз» түзету-дамыту бағдарламасы қолданылады.", "kk"),
])
def test_programmes_of_authors_projects_and_ways_of_teaching_are_not_acts(text, lang):
    assert find_acts(text, lang) == []


def test_kazakh_rules_title_with_two_coordinated_verbal_nouns():
    text = ("Кабинет 2019 жылғы 5 наурыздағы № 41 бұйрықпен бекітілген Тәрбие жұмысын жоспарлау және "
            "есепке алу қағидаларын басшылыққа алады.")
    kinds = [(r.type, text[r.start:r.end]) for r in find_acts(text, "kk")]
    assert ("other", "Тәрбие жұмысын жоспарлау және есепке алу қағидаларын") in kinds


def test_kazakh_plural_topic_before_a_bracketed_alternative():
    text = ("Орталық 2022 жылғы 4 мамырдағы № 9 бұйрықпен бекітілген Оқу-әдістемелік кабинеттер "
            "(бөлімдер) қызметінің үлгілік қағидаларын басшылыққа алады.")
    spans = [text[r.start:r.end] for r in find_acts(text, "kk")]
    assert "Оқу-әдістемелік кабинеттер (бөлімдер) қызметінің үлгілік қағидаларын" in spans


def test_one_mark_closes_a_title_quoted_inside_a_title():
    ref, surface = one("Работа ведётся в рамках национального проекта «Развитие села «Ауыл – ел бесігі», "
                       "утверждённого Правительством.", "ru")
    assert surface.endswith("«Ауыл – ел бесігі»") and "проекта" in surface
    ref, surface = one("Мектеп «Рухани жаңғыру «Болашаққа бағдар» ұлттық жобасын іске асыруға қатысады.", "kk")
    assert surface.startswith("«Рухани жаңғыру") and surface.endswith("жобасын")
