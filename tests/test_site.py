"""The release site's data (no browser): aggregation, chunks, curation marks, charts, files."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bench.site import changes_for, replicate, synthetic_tables
from edukb.site import build_payload, write_site
from edukb.site.aggregate import EVIDENCE_PER_CHUNK
from edukb.site.curation import log_marks, mark_of
from edukb.site.plots import bar_chart

KK_TECH = "сын тұрғысынан ойлауды дамыту технологиясы"
RU_TECH = "технология развития критического мышления"


def _read_js(path: Path, prefix: str) -> object:
    """The JSON a data/chunk file hands to JSON.parse (the page reads nothing else)."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith(prefix)
    literal = re.search(r"JSON\.parse\((\".*\")\)", text, re.S).group(1)
    return json.loads(json.loads(literal))


def _mini_tables() -> dict:
    """A hand-written bilingual release: one kk and one ru mention of the same technology in one
    sentence each, an aligned kk/ru pair of cabinet tasks, an act referenced in both languages."""
    kk = "Мұғалімдер сабақта сын тұрғысынан ойлауды дамыту технологиясын жиі қолданады."
    ru = "Учителя часто используют технологию развития критического мышления на уроках."
    return {
        "documents": [
            {"doc_id": "d1", "title": "Әдістемелік ұсынымдар", "status": "ok", "languages": "kk;ru", "n_pages": 2},
            {"doc_id": "d2", "title": None, "source_file": "d2.pdf", "status": "failed", "error": "d2.pdf: no text layer"},
        ],
        "sentences": [
            {"sent_id": "d1:b0:s0", "doc_id": "d1", "block_id": "d1:b0", "lang": "kk", "text": kk, "page": 1, "char_start": 0},
            {"sent_id": "d1:b1:s0", "doc_id": "d1", "block_id": "d1:b1", "lang": "ru", "text": ru, "page": 2,
             "char_start": len(kk) + 1},
        ],
        "technologies": [{"tech_id": "tech:crit", "label_kk": "сын тұрғысынан ойлауды дамыту технологиясы",
                          "label_ru": RU_TECH, "class_kk": "Дамыта оқыту технологиялары",
                          "class_ru": "Технологии развивающего обучения", "kind": "pedagogical_technology",
                          "n_mentions": 99}],
        "technology_mentions": [
            {"mention_id": "m1", "tech_id": "tech:crit", "doc_id": "d1", "sent_id": "d1:b0:s0", "lang": "kk",
             "surface": "сын тұрғысынан ойлауды дамыту технологиясын", "char_start": kk.index("сын"),
             "char_end": kk.index("сын") + 43, "confidence": 0.9},
            {"mention_id": "m2", "tech_id": "tech:crit", "doc_id": "d1", "sent_id": "d1:b1:s0", "lang": "ru",
             # offsets off by a few characters (an older normalization): found again by its surface
             "surface": "технологию развития критического мышления", "char_start": len(kk) + 1 + 20,
             "char_end": len(kk) + 1 + 62, "confidence": 0.8},
            # a technology the technologies table does not (yet) have
            {"mention_id": "m3", "tech_id": "tech:kahoot", "doc_id": "d1", "sent_id": "d1:b0:s0", "lang": "kk",
             "surface": "Kahoot", "char_start": None, "char_end": None},
        ],
        "cabinet_tasks": [
            {"item_id": "d1:b5", "doc_id": "d1", "lang": "kk", "kind": "task", "position": 1,
             "list_title": "Кабинеттің міндеттері:", "text": "педагогтарға әдістемелік көмек көрсету;", "parallel_item_id": "d1:b9"},
            {"item_id": "d1:b9", "doc_id": "d1", "lang": "ru", "kind": "task", "position": 1,
             "list_title": "Задачи кабинета:", "text": "оказание методической помощи педагогам;", "parallel_item_id": "d1:b5"},
        ],
        "normative_acts": [
            {"act_id": "d1:a1", "doc_id": "d1", "lang": "kk", "surface": "«Білім туралы» Заң", "type": "law", "act_key": "law|edu", "page": 1},
            {"act_id": "d1:a2", "doc_id": "d1", "lang": "ru", "surface": "Закон «Об образовании»", "type": "law", "act_key": "law|edu", "page": 2},
        ],
    }


def test_payload_counts_mentions_and_folds_sentences():
    p = build_payload(_mini_tables(), {"release": "r1"})
    techs = {t["id"]: t for t in p.index["techs"]}
    crit = techs["tech:crit"]
    # counts come from the mention rows, not the stale n_mentions column
    assert (crit["n"], crit["nk"], crit["nr"], crit["nd"]) == (2, 1, 1, 1)
    assert techs["tech:kahoot"]["kk"] == "Kahoot"  # stub for a mention without a technology row
    ev = p.chunks[crit["ch"]][str(p.index["techs"].index(crit))]
    kk_row = next(e for e in ev if e[2] == "kk")
    text, (s, e) = kk_row[3], kk_row[4][0]
    assert text[s:e] == "сын тұрғысынан ойлауды дамыту технологиясын"
    ru_row = next(e for e in ev if e[2] == "ru")
    assert ru_row[3][ru_row[4][0][0]:ru_row[4][0][1]] == "технологию развития критического мышления"
    assert ru_row[1] == 2  # page from the sentence when the mention has none


def test_payload_puts_translation_beside_list_items():
    p = build_payload(_mini_tables(), {})
    items = {x["id"]: x for x in p.chunks["l0"]}
    assert items["d1:b5"]["px"] == "оказание методической помощи педагогам;"
    assert items["d1:b9"]["px"] == "педагогтарға әдістемелік көмек көрсету;"
    assert items["d1:b9"].get("dup") == 1 and "dup" not in items["d1:b5"]  # the pair shows once in "both"


def test_payload_groups_acts_and_reports_failed_documents():
    p = build_payload(_mini_tables(), {})
    [act] = p.index["acts"]
    assert act["n"] == 2 and act["langs"] == ["kk", "ru"]
    failed = [d for d in p.index["docs"] if d["s"] == "failed"]
    assert failed and failed[0]["e"] == "d2.pdf: no text layer"


def test_payload_survives_missing_and_empty_tables():
    p = build_payload({"documents": [], "technologies": None}, {})
    assert p.index["techs"] == [] and p.index["docs"] == []
    assert p.chunks["search"] == {"s": [], "li": []}
    p = build_payload({}, {})
    assert p.index["acts"] == [] and p.index["persons"] == []


def test_curation_marks_from_log_and_columns():
    assert mark_of("Rejected") == "rejected" and mark_of("accepted") == "ok" and mark_of("classify") == "edited"
    assert mark_of("pending") is None and mark_of(False) is None
    # the curation stage's log: applied decisions mark rows, a stale one changed nothing
    log = log_marks([
        {"row_table": "technologies", "row_id": "tech:crit", "action": "label", "status": "applied", "line": 3},
        {"row_table": "technologies", "row_id": "tech:crit", "action": "reject", "status": "applied", "line": 9},
        {"row_table": "technologies", "row_id": "tech:gone", "action": "merge", "status": "stale", "line": 12},
    ])
    assert log == {("technologies", "tech:crit"): "rejected"}
    tables = _mini_tables()
    tables["technologies"][0]["curated"] = True  # a decision changed the row
    tables["cabinet_tasks"][0]["curation_status"] = "rejected"
    tables["curation_log"] = [
        {"decision_id": "d1", "line": 4, "action": "reject", "entity": "technology", "target_id": "tech:bad",
         "status": "applied", "row_table": "technologies", "row_id": "tech:bad", "author": "Айгүл",
         "date": "2025-03-14", "reason": "сөз тіркесі, технология емес",
         "before": '{"tech_id": "tech:bad", "label_kk": "ұсынылған әдісі"}', "message": "reject «ұсынылған әдісі»"},
        {"decision_id": "d2", "line": 7, "action": "classify", "target_id": "tech:old", "status": "stale",
         "row_table": "technologies", "row_id": "tech:old", "author": "Ирина", "reason": "класс"},
    ]
    p = build_payload(tables, {})
    assert next(t for t in p.index["techs"] if t["id"] == "tech:crit")["cur"] == "edited"
    assert next(x for x in p.chunks["l0"] if x["id"] == "d1:b5")["cur"] == "rejected"
    assert p.index["rejected"] is True
    by_id = {d["id"]: d for d in p.index["curation"]}
    assert by_id["tech:bad"]["gone"] == ["ұсынылған әдісі"] and by_id["tech:bad"]["au"] == "Айгүл"
    assert by_id["tech:old"]["s"] == "stale"
    assert build_payload(_mini_tables(), {}).index["rejected"] is False


def test_bar_chart_is_valid_svg_and_folds_the_tail():
    rows = [(f"құжат {i} / документ <{i}>", [i, 2 * i]) for i in range(40, 0, -1)]
    svg = bar_chart("Ескертулер & упоминания", rows, [("kk", "#00f"), ("ru", "#f80")], max_rows=10)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "… 31 more" in svg and "&lt;40&gt;" in svg
    assert bar_chart("empty", [], [("kk", "#00f")]).count("no data") == 1


def test_write_site_writes_loadable_files(tmp_path: Path):
    tables = replicate(synthetic_tables(mentions_per_doc=40), 3)
    index = write_site(tmp_path, tables, changes_for(tables, "r-test"))
    html = index.read_text(encoding="utf-8")
    assert 'src="site/data.js"' in html and "<svg" in html and "r-test" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing remote
    data = _read_js(tmp_path / "site" / "data.js", "window.EDUKB_DATA=")
    assert len(data["docs"]) == 18 and sum(t["n"] for t in data["techs"]) == len(tables["technology_mentions"])
    kk = next(t for t in data["techs"] if t["kk"] == KK_TECH)
    assert kk["ru"] == RU_TECH
    chunk = _read_js(tmp_path / "site" / "chunks" / f"{kk['ch']}.js", 'EDUKB_CHUNK("')
    assert len(chunk[str(data["techs"].index(kk))]) == kk["n"]  # one sentence per mention here
    for f in (tmp_path / "site" / "chunks").glob("e*.js"):
        rows = _read_js(f, "EDUKB_CHUNK(")
        assert len(rows) == 1 or sum(map(len, rows.values())) <= EVIDENCE_PER_CHUNK
    write_site(tmp_path, tables, {})  # rewriting a folder replaces the old site
    assert (tmp_path / "site" / "app.js").exists()


def test_release_build_writes_the_site(tmp_path: Path):
    from edukb.build import build_knowledge_base

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kk.txt").write_text("Мұғалім сабақта кейс әдісін және топтық жұмысты қолданады.\n", encoding="utf-8")
    (corpus / "ru.txt").write_text("Учитель применяет метод проектов и технологию портфолио.\n", encoding="utf-8")
    build_knowledge_base(corpus, tmp_path / "kb")
    current = tmp_path / "kb" / "current"
    assert (current / "index.html").exists()
    data = _read_js(current / "site" / "data.js", "window.EDUKB_DATA=")
    assert {d["id"] for d in data["docs"]} == {"kk", "ru"}


@pytest.mark.parametrize("n", [1, 4])
def test_replicate_scales_mentions_and_keeps_technologies(n: int):
    base = synthetic_tables(mentions_per_doc=20)
    rep = replicate(base, n)
    assert len(rep["technology_mentions"]) == n * len(base["technology_mentions"])
    assert len(rep["technologies"]) == len(base["technologies"])
    assert len({r["doc_id"] for r in rep["documents"]}) == n * len(base["documents"])
