"""Technologies extractor: seed sentences and texts written for these tests (tests/data/technologies)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.annotate import annotate_document
from extractors.extract.technologies import extract_technologies
from models import Block, BlockKind, Document
from models.schema import TABLES

DATA = Path(__file__).parent / "data" / "technologies"


def make_doc(doc_id: str, lines: list[str]) -> Document:
    """One block per line: '# ' heading, '- ' list item, else paragraph."""
    blocks, pos, section = [], 0, []
    for n, line in enumerate(lines):
        kind, marker, text = BlockKind.PARAGRAPH, None, line
        if line.startswith("# "):
            kind, text = BlockKind.HEADING, line[2:]
        elif line.startswith("- "):
            kind, marker, text = BlockKind.LIST_ITEM, "-", line[2:]
        blocks.append(Block(f"{doc_id}:b{n}", doc_id, kind, text, pos, pos + len(text), 1,
                            section=list(section), list_marker=marker))
        if kind == BlockKind.HEADING:
            section = [text]
        pos += len(text) + 1
    return annotate_document(Document(doc_id, f"{doc_id}.txt", "txt", "0", blocks))


def load(name: str) -> Document:
    return make_doc(name, [l for l in (DATA / name).read_text(encoding="utf-8").splitlines() if l.strip()])


def run(*docs):
    techs, mentions = extract_technologies(list(docs))
    return techs, mentions, {(t["label_kk"] or "") + "|" + (t["label_ru"] or ""): t for t in techs}


def labels(techs) -> set[str]:
    return {t["label_kk"] for t in techs if t["label_kk"]} | {t["label_ru"] for t in techs if t["label_ru"]}


def test_rows_have_exactly_the_schema_columns():
    techs, mentions, _ = run(make_doc("t1", ["Мұғалім деңгейлеп оқыту технологиясын қолданады."]))
    assert techs and mentions
    assert all(list(r) == TABLES["technologies"].columns for r in techs)
    assert all(list(r) == TABLES["technology_mentions"].columns for r in mentions)
    m = mentions[0]
    assert m["mention_id"] == f"{m['sent_id']}:t{m['char_start']}"


def test_seed_sentence_kazakh_authors_and_heads():
    text = ("Педагогикалық технологиялардың түрлері өте көп, десек те, оқыту үрдісінде Ж.Қараевтың деңгейлеп "
            "оқыту технологиясы, Қ. Әбдіғалиевтің шоғырландырып қарқынды оқыту технологиясы, "
            "М. Жампейісованың блокты-модульдік технологиясы және т.б. қолданыс табуда.")
    techs, mentions, _ = run(make_doc("s1", [text]))
    by_label = {t["label_kk"]: t for t in techs}
    assert by_label["деңгейлеп оқыту технологиясы"]["author"] == "Ж.Қараев"
    assert by_label["шоғырландырып қарқынды оқыту технологиясы"]["author"] == "Қ.Әбдіғалиев"
    assert by_label["блокты-модульдік технология"]["author"] == "М.Жампейісова"
    assert len(techs) == 3  # 'Педагогикалық технологиялардың' is generic
    doc_text = make_doc("s1", [text]).text
    assert all(doc_text[m["char_start"]:m["char_end"]] == m["surface"] for m in mentions)


def test_seed_sentence_russian_one_head_governs_a_list():
    text = ("В целях формирования функциональной грамотности методические кабинеты могут внедрять "
            "педагогические технологии: технология полного усвоения, критического мышления, М. Монтессори, "
            "Н. Зайцева, ТРТЛ (теория развития творческой личности) и др.")
    techs, _, _ = run(make_doc("s2", [text]))
    got = labels(techs)
    assert "технология полного усвоения" in got
    assert "технология критического мышления" in got
    assert {t["author"] for t in techs if t["author"]} == {"М.Монтессори", "Н.Зайцев"}
    assert any(l.startswith("ТРТЛ") for l in got)


@pytest.mark.parametrize("sentence", [
    "Қазіргі заманда инновациялық технологиялар мен жаңа технологияларды кеңінен пайдалану қажет.",
    "Мұғалім оқыту үрдісінде озық педагогикалық технологияларды меңгеруі тиіс.",
    "Современные технологии и новые педагогические технологии меняют школу.",
    "Учитель осваивает современные методики и технологии обучения и воспитания.",
])
def test_generic_phrases_are_not_technologies(sentence):
    techs, _, _ = run(make_doc("g", [sentence]))
    assert techs == []


def test_kazakh_article_written_for_the_tests():
    techs, _, _ = run(load("kk_article.txt"))
    got = labels(techs)
    for expected in ("тірек сигналдары технологиясы", "озып оқыту технологиясы", "ойын технология",
                     "GeoGebra", "Kahoot", "Padlet", "деңгейлік оқыту технологиясы", "ынтымақтастықта оқыту",
                     "кейс әдісі", "қашықтан оқыту"):
        assert any(expected.lower() in l.lower() for l in got), expected
    authors = {t["author"] for t in techs if t["author"]}
    assert {"В.Шаталов", "С.Лысенкова"} <= authors
    assert not any("инновациялық" in l for l in got)
    kinds = {t["label_kk"]: t["kind"] for t in techs}
    assert kinds["Kahoot"] == "software"


def test_russian_article_written_for_the_tests():
    techs, _, _ = run(load("ru_article.txt"))
    got = labels(techs)
    for expected in ("технология уровневой дифференциации", "технология формирования учебной деятельности",
                     "игровая технология", "проблемное обучение", "метод проектов", "Prezi",
                     "Microsoft PowerPoint", "технология развития критического мышления", "смешанное обучение"):
        assert any(expected.lower() in l.lower() for l in got), expected
    assert not any(l.lower().startswith(("современн", "новые")) for l in got)


def test_bilingual_classification_table_links_kk_and_ru_by_position():
    techs, _, _ = run(load("kk_ru_table.txt"))
    both = [t for t in techs if t["label_kk"] and t["label_ru"]]
    pairs = {(t["label_kk"], t["label_ru"]) for t in both}
    assert ("рөлдік ойындар", "ролевые игры") in pairs
    assert ("дидактикалық ойындар", "дидактические игры") in pairs
    comp = next(t for t in both if t["label_kk"].startswith("компьютерлік"))
    assert comp["class_kk"] == "Ақпараттық технологиялар"
    assert comp["class_ru"] == "Информационные технологии"
    game = next(t for t in both if t["label_ru"] == "ролевые игры")
    assert game["class_ru"] == "Педагогические технологии на основе игровой деятельности"


def test_forms_of_one_technology_are_one_row_across_documents_and_ids_are_stable():
    a = make_doc("d1", ["Сабақта модульдік оқыту технологиясы қолданылды."])
    b = make_doc("d2", ["Мұғалім модульдік оқытуды енгізді.", "Учитель применяет модульное обучение."])
    techs, mentions, _ = run(a, b)
    modular = [t for t in techs if (t["label_kk"] or "").startswith("модульдік")]
    assert len(modular) == 1 and modular[0]["n_docs"] == 2 and modular[0]["label_ru"] == "модульное обучение"
    techs2, mentions2, _ = run(b, a)
    assert {t["tech_id"] for t in techs} == {t["tech_id"] for t in techs2}
    assert {m["mention_id"] for m in mentions} == {m["mention_id"] for m in mentions2}


def test_translated_files_give_one_row_per_technology_with_both_names():
    """Two files that translate each other (written for the alignment tests): every technology
    named in both comes out as one row with its Kazakh and its Russian name."""
    from pathlib import Path

    from edukb.corpus import scan_corpus
    from edukb.pipeline import annotate, extract_document, ingest, link

    entries = [e for e in scan_corpus(Path(__file__).parent / "data" / "align") if e.doc_id != "ru_other"]
    docs = [annotate(ingest(e)) for e in entries]
    techs = link(docs, [extract_document(d) for d in docs])["technologies"]
    pairs = {(t["label_kk"], t["label_ru"]) for t in techs}
    assert ("қашықтан оқыту", "дистанционное обучение") in pairs
    assert ("жобалық оқыту", "проектное обучение") in pairs
    assert all(t["label_kk"] and t["label_ru"] for t in techs), pairs


def test_sentence_pairs_link_names_that_share_no_stem():
    from extractors.extract.technologies import _cognate

    assert _cognate("критериалдық бағалау", "критериальное оценивание")
    assert not _cognate("ойын технологиялары", "проблемное обучение")
