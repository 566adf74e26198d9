"""Curation decisions: every kind, stale ids, malformed files, determinism, rebuilds.

Row sets are written here by hand (Kazakh and Russian labels a researcher would meet), shaped
like the extractors' rows, so the tests do not depend on extraction quality.
"""
from __future__ import annotations

import copy
import dataclasses
import json
import textwrap

import pytest

from extractors.link import (
    LOG_COLUMNS,
    CurationFileError,
    Decision,
    apply_curation,
    curate_tables,
    format_decision,
    load_decisions,
    parse_decisions,
    split_id,
)
from models import TABLES, Field
from models.curation_schema import CURATION_LOG

WHO = {"author": "А. Сейітова", "date": "2025-03-14", "reason": "тексерілді / проверено"}


def tech(tid, kk=None, ru=None, alt=None, cls_kk=None, cls_ru=None, kind="pedagogical_technology", conf=0.9):
    return {"tech_id": tid, "label_kk": kk, "label_ru": ru, "alt_labels": alt, "kind": kind, "class_kk": cls_kk,
            "class_ru": cls_ru, "author": None, "n_mentions": None, "n_docs": None, "confidence": conf}


def mention(mid, tid, doc, lang, surface, conf=0.8):
    return {"mention_id": mid, "tech_id": tid, "doc_id": doc, "sent_id": f"{doc}:s{mid}", "block_id": f"{doc}:b1",
            "lang": lang, "surface": surface, "page": 1, "char_start": 0, "char_end": len(surface),
            "extractor": "test", "confidence": conf}


def person(mid, pid, name, doc="d1", lang="kk", conf=0.9):
    return {"mention_id": mid, "person_id": pid, "name": name, "surface": name, "doc_id": doc, "sent_id": None,
            "lang": lang, "page": None, "char_start": 0, "char_end": len(name), "extractor": "test", "confidence": conf}


def act(aid, key, surface, doc="d1", lang="ru"):
    return {"act_id": aid, "doc_id": doc, "sent_id": None, "lang": lang, "surface": surface, "type": "order",
            "issuer": "МОН РК", "date": "2019-01-15", "number": "12", "title": None, "act_key": key,
            "page": None, "char_start": 0, "char_end": 10, "extractor": "test", "confidence": 0.9}


def corpus_v1():
    """One bilingual document (d1)."""
    return {
        "technologies": [
            tech("tech:modkk", kk="модульдік оқыту", cls_kk="Дамыта оқыту технологиялары"),
            tech("tech:modru", ru="модульное обучение", alt="модульного обучения", cls_ru="Технологии развивающего обучения"),
            tech("tech:prob", kk="проблемалық оқыту", ru="проблемное обучение"),
            tech("tech:false", ru="обучение детей", conf=0.3),
            tech("tech:inter", kk="интерактивті оқыту", alt="интерактивті тақта"),
        ],
        "technology_mentions": [
            mention("m1", "tech:modkk", "d1", "kk", "модульдік оқыту"),
            mention("m2", "tech:modkk", "d1", "kk", "модульдік оқытудың", conf=0.95),
            mention("m3", "tech:modru", "d1", "ru", "модульного обучения"),
            mention("m4", "tech:prob", "d1", "ru", "проблемное обучение"),
            mention("m5", "tech:false", "d1", "ru", "обучение детей", conf=0.3),
            mention("m6", "tech:inter", "d1", "kk", "интерактивті оқыту"),
            mention("m7", "tech:inter", "d1", "kk", "интерактивті тақта"),
            mention("m8", "tech:inter", "d1", "kk", "Интерактивті тақтаны"),
        ],
        "persons": [
            person("d1:p10", "person:kk", "Ж.Қараев"),
            person("d1:p90", "person:ru", "Ж.Караев", lang="ru"),
            person("d1:p200", "person:x", "Абай"),
        ],
        "normative_acts": [
            act("d1:a5", "order|2019-01-15|12", "приказ МОН РК от 15 января 2019 года № 12"),
            act("d1:a80", "order|2019-01-15|№12", "бұйрығы № 12"),
            act("d1:a300", "other||", "Жолдауы", lang="kk"),
        ],
        "documents": [{"doc_id": "d1"}],
    }


def corpus_v2():
    """The same corpus after an added document (d2) that mentions old and new concepts."""
    t = corpus_v1()
    t["technologies"].append(tech("tech:game", kk="ойын технологиясы", ru="игровые технологии"))
    t["technology_mentions"] += [
        mention("n1", "tech:modru", "d2", "ru", "модульное обучение"),
        mention("n2", "tech:false", "d2", "ru", "обучения детей", conf=0.35),
        mention("n3", "tech:inter", "d2", "kk", "интерактивті тақтамен"),
        mention("n4", "tech:inter", "d2", "kk", "интерактивті тақта"),
        mention("n5", "tech:game", "d2", "kk", "ойын технологиясы"),
    ]
    t["persons"].append(person("d2:p5", "person:ru", "Ж.Караев", doc="d2", lang="ru"))
    t["documents"].append({"doc_id": "d2"})
    return t


def decide(action, target, **kw):
    fields = {**WHO, **kw}
    others = tuple(fields.pop("others", ()))
    for key in ("alt_labels", "surfaces", "mentions"):
        if key in fields:
            fields[key] = tuple(fields[key])
    return Decision(action=action, id=target, others=others, **fields)


def curated_v1_decisions():
    return [
        decide("merge", "tech:modkk", others=["tech:modru"]),
        decide("reject", "tech:false", reason="жалған нәтиже: бұл технология емес"),
        decide("split", "tech:inter", surfaces=["интерактивті тақта"], label_kk="интерактивті тақта"),
        decide("classify", split_id(decide("split", "tech:inter", surfaces=["интерактивті тақта"], label_kk="интерактивті тақта")),
               kind="software", class_kk="Ақпараттық-коммуникациялық технологиялар",
               class_ru="Информационно-коммуникационные технологии"),
        decide("label", "tech:prob", label_kk="проблемалық оқыту технологиясы"),
        decide("alt_label", "tech:prob", alt_labels=["проблемно-поисковое обучение"]),
        decide("merge", "person:kk", entity="person", others=["person:ru"]),
        decide("merge", "order|2019-01-15|12", entity="act", others=["order|2019-01-15|№12"]),
        decide("reject", "other||", entity="act"),
    ]


def by_id(rows, key="tech_id"):
    return {r[key]: r for r in rows}


# ---- every decision kind ---------------------------------------------------------------------

def test_merge_technologies_fills_the_other_language_and_keeps_names_as_alt_labels():
    out, log, warnings = apply_curation(corpus_v1(), [decide("merge", "tech:modkk", others=["tech:modru"])])
    techs = by_id(out["technologies"])
    assert "tech:modru" not in techs
    merged = techs["tech:modkk"]
    assert merged["label_kk"] == "модульдік оқыту"
    assert merged["label_ru"] == "модульное обучение"  # the missing Russian name is taken over
    assert merged["alt_labels"] == "модульного обучения"
    assert merged["class_ru"] == "Технологии развивающего обучения"
    assert (merged["n_mentions"], merged["n_docs"], merged["confidence"]) == (3, 1, 0.95)
    assert {m["tech_id"] for m in out["technology_mentions"] if m["mention_id"] in ("m1", "m2", "m3")} == {"tech:modkk"}
    assert warnings == []
    [entry] = log
    assert (entry["action"], entry["status"], entry["row_id"]) == ("merge", "applied", "tech:modru")
    assert json.loads(entry["before"])["label_ru"] == "модульное обучение"
    assert entry["author"] == WHO["author"] and entry["reason"] == WHO["reason"]


def test_merge_of_two_russian_names_makes_the_second_an_alt_label_in_skos():
    from edukb.publish.skos import build_graph
    from rdflib import Literal
    from rdflib.namespace import SKOS

    tables = corpus_v1()
    tables["technologies"].append(tech("tech:prob2", ru="проблемного обучения"))
    out, _, _ = apply_curation(tables, [decide("merge", "tech:prob", others=["tech:prob2"])])
    row = by_id(out["technologies"])["tech:prob"]
    assert row["label_ru"] == "проблемное обучение"
    assert row["alt_labels"] == "проблемного обучения"
    g = build_graph(out["technologies"], "r1")
    assert Literal("проблемного обучения", lang="ru") in set(g.objects(None, SKOS.altLabel))


def test_reject_removes_the_row_and_its_mentions_but_logs_their_content():
    out, log, _ = apply_curation(corpus_v1(), [decide("reject", "tech:false", reason="жалған: 'обучение детей' — не технология")])
    assert "tech:false" not in by_id(out["technologies"])
    assert all(m["tech_id"] != "tech:false" for m in out["technology_mentions"])
    rows = {(e["row_table"], e["row_id"]): e for e in log}
    assert set(rows) == {("technologies", "tech:false"), ("technology_mentions", "m5")}
    assert json.loads(rows[("technologies", "tech:false")]["before"])["label_ru"] == "обучение детей"
    assert json.loads(rows[("technology_mentions", "m5")]["before"])["surface"] == "обучение детей"
    assert rows[("technologies", "tech:false")]["reason"].startswith("жалған")


def test_label_sets_preferred_names_and_keeps_the_old_one_findable():
    out, log, _ = apply_curation(corpus_v1(), [decide("label", "tech:prob", label_kk="проблемалық оқыту технологиясы",
                                                      label_ru="технология проблемного обучения")])
    row = by_id(out["technologies"])["tech:prob"]
    assert row["label_kk"] == "проблемалық оқыту технологиясы"
    assert row["label_ru"] == "технология проблемного обучения"
    assert row["alt_labels"] == "проблемалық оқыту;проблемное обучение"
    assert json.loads(log[0]["before"]) == {"label_kk": "проблемалық оқыту", "label_ru": "проблемное обучение"}


def test_label_with_a_current_alt_label_promotes_it():
    out, _, _ = apply_curation(corpus_v1(), [decide("label", "tech:modru", label_ru="модульного обучения")])
    row = by_id(out["technologies"])["tech:modru"]
    assert row["label_ru"] == "модульного обучения"
    assert row["alt_labels"] == "модульное обучение"


def test_alt_label_adds_once_and_never_duplicates_a_preferred_label():
    decisions = [decide("alt_label", "tech:prob", alt_labels=["проблемно-поисковое обучение", "Проблемное обучение"])]
    out, log, warnings = apply_curation(corpus_v1(), decisions)
    assert by_id(out["technologies"])["tech:prob"]["alt_labels"] == "проблемно-поисковое обучение"
    assert log[0]["status"] == "applied" and warnings == []
    again, log2, warnings2 = apply_curation(out, decisions)
    assert log2[0]["status"] == "no_effect" and "already" in warnings2[0]


def test_classify_sets_and_changes_the_class_and_kind():
    d = decide("classify", "tech:modkk", class_kk="Тұлғаға бағытталған технологиялар",
               class_ru="Личностно-ориентированные технологии", kind="method")
    out, log, _ = apply_curation(corpus_v1(), [d])
    row = by_id(out["technologies"])["tech:modkk"]
    assert (row["class_kk"], row["class_ru"], row["kind"]) == (
        "Тұлғаға бағытталған технологиялар", "Личностно-ориентированные технологии", "method")
    assert json.loads(log[0]["before"])["class_kk"] == "Дамыта оқыту технологиялары"


def test_split_moves_the_chosen_surfaces_to_a_new_concept():
    d = decide("split", "tech:inter", surfaces=["интерактивті тақта"], label_ru="интерактивная доска")
    out, log, warnings = apply_curation(corpus_v1(), [d])
    assert warnings == []
    new_id = split_id(d)
    ids = [r["tech_id"] for r in out["technologies"]]
    assert ids.index(new_id) == ids.index("tech:inter") + 1  # next to its origin
    techs = by_id(out["technologies"])
    new, origin = techs[new_id], techs["tech:inter"]
    # case is ignored; the inflected form 'тақтаны' is a different surface and stays
    assert {m["mention_id"] for m in out["technology_mentions"] if m["tech_id"] == new_id} == {"m7"}
    assert (new["label_kk"], new["label_ru"], new["n_mentions"]) == ("интерактивті тақта", "интерактивная доска", 1)
    assert origin["n_mentions"] == 2 and origin["alt_labels"] is None
    assert log[0]["row_id"] == new_id and json.loads(log[0]["after"])["split_from"] == "tech:inter"


def test_split_by_mention_id_and_nothing_or_everything_matching_is_reported():
    d = decide("split", "tech:inter", mentions=["m7", "m8"], label_kk="интерактивті тақта")
    out, _, _ = apply_curation(corpus_v1(), [d])
    assert {m["mention_id"] for m in out["technology_mentions"] if m["tech_id"] == split_id(d)} == {"m7", "m8"}
    nothing = decide("split", "tech:inter", surfaces=["электронды оқулық"])
    every = decide("split", "tech:prob", surfaces=["проблемное обучение"])
    out2, log, warnings = apply_curation(corpus_v1(), [nothing, every])
    assert [e["status"] for e in log] == ["no_effect", "no_effect"]
    assert "no mention matches" in warnings[0] and "relabel" in warnings[1]
    assert out2["technologies"] == apply_curation(corpus_v1(), [])[0]["technologies"]


def test_persons_and_acts_merge_and_reject():
    decisions = [
        decide("merge", "person:kk", entity="person", others=["person:ru"]),
        decide("reject", "d1:p200", entity="person", reason="бұл ақынның есімі, автор емес"),
        decide("merge", "order|2019-01-15|12", entity="act", others=["order|2019-01-15|№12"]),
        decide("reject", "other||", entity="act", reason="не нормативный акт"),
    ]
    out, log, warnings = apply_curation(corpus_v1(), decisions)
    assert warnings == []
    assert [p["person_id"] for p in out["persons"]] == ["person:kk", "person:kk"]
    assert [p["name"] for p in out["persons"]] == ["Ж.Қараев", "Ж.Караев"]  # each mention keeps its own form
    assert [a["act_key"] for a in out["normative_acts"]] == ["order|2019-01-15|12"] * 2
    rejected = [e for e in log if e["action"] == "reject"]
    assert {(e["row_table"], e["row_id"]) for e in rejected} == {("persons", "d1:p200"), ("normative_acts", "d1:a300")}
    assert json.loads(next(e for e in rejected if e["row_table"] == "normative_acts")["before"])["surface"] == "Жолдауы"


def test_a_later_decision_may_name_a_merged_away_id():
    decisions = [decide("merge", "tech:modkk", others=["tech:modru"]),
                 decide("classify", "tech:modru", class_ru="Модульные технологии")]
    out, log, warnings = apply_curation(corpus_v1(), decisions)
    assert warnings == []
    assert by_id(out["technologies"])["tech:modkk"]["class_ru"] == "Модульные технологии"


def test_distinct_changes_no_row():
    out, log, warnings = apply_curation(corpus_v1(), [decide("distinct", "tech:modkk", others=["tech:modru"])])
    assert out["technologies"] == apply_curation(corpus_v1(), [])[0]["technologies"]
    assert log[0]["status"] == "applied" and warnings == []


def test_curated_flag_when_the_schema_has_the_column(monkeypatch):
    schema = TABLES["technologies"]
    with_flag = dataclasses.replace(schema, fields=schema.fields + (Field("curated", "boolean", "test"),))
    monkeypatch.setitem(TABLES, "technologies", with_flag)
    out, _, _ = apply_curation(corpus_v1(), [decide("label", "tech:prob", label_ru="проблемное обучение (ПО)")])
    assert {r["tech_id"]: r["curated"] for r in out["technologies"]} == {
        "tech:modkk": False, "tech:modru": False, "tech:prob": True, "tech:false": False, "tech:inter": False}


# ---- decisions whose target is gone ----------------------------------------------------------

def test_a_decision_on_a_vanished_id_is_reported_by_name_and_the_rest_still_apply(tmp_path):
    path = tmp_path / "curation.yaml"
    path.write_text(textwrap.dedent("""\
        - action: merge
          id: tech:modkk
          others: [tech:modru, tech:gone]
          names: {tech:gone: кейс-стади әдісі}
          author: А. Сейітова
          date: 2025-03-14
          reason: бір технология
        - action: reject
          id: tech:vanished
          names: {tech:vanished: оқыту барысы}
          author: А. Сейітова
          date: 2025-03-15
          reason: жалған
        """), encoding="utf-8")
    out, log, warnings = curate_tables(corpus_v1(), path)
    assert "tech:modru" not in by_id(out["technologies"])  # the live part of the merge applies
    assert len(warnings) == 2
    assert warnings[0].startswith(f"{path}:1: merge technology tech:gone «кейс-стади әдісі»")
    assert warnings[1].startswith(f"{path}:8: reject technology tech:vanished «оқыту барысы»")
    assert all("not in the technologies table" in w for w in warnings)
    stale = [e for e in log if e["status"] == "stale"]
    assert [(e["row_id"], e["line"]) for e in stale] == [("tech:gone", 1), ("tech:vanished", 8)]


def test_a_missing_table_makes_its_decisions_stale_not_lost():
    tables = {k: v for k, v in corpus_v1().items() if k != "normative_acts"}
    out, log, warnings = apply_curation(tables, [decide("reject", "other||", entity="act")])
    assert "normative_acts" not in out
    assert "normative_acts table was not built" in warnings[0] and log[0]["status"] == "stale"


def test_no_file_means_no_decisions(tmp_path):
    out, log, warnings = curate_tables(corpus_v1(), tmp_path / "absent.yaml")
    assert log == [] and warnings == []
    # nothing changes but the flag that says so
    assert all(t.get("curated") in (False, None) for t in out["technologies"])
    strip = lambda tables: {k: [{c: v for c, v in r.items() if c != "curated"} for r in rows] for k, rows in tables.items()}
    assert strip(out) == strip(corpus_v1())


# ---- the file --------------------------------------------------------------------------------

def test_file_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "curation.yaml"
    decisions = curated_v1_decisions()
    chunks = [format_decision(d) for d in decisions]
    path.write_text("".join(chunks), encoding="utf-8")
    loaded = load_decisions(path)
    assert loaded == decisions
    starts = [1 + sum(c.count("\n") for c in chunks[:i]) for i in range(len(chunks))]
    assert [d.line for d in loaded] == starts
    assert chunks[0].splitlines()[:3] == ["- action: merge", "  entity: technology", "  id: tech:modkk"]
    assert loaded[0].decision_id == decisions[0].decision_id


def test_quoted_empty_class_clears_it_and_dates_may_be_quoted():
    [d] = parse_decisions('- {action: classify, id: tech:x, class_ru: "", author: a, date: "2025-01-02", reason: r}\n')
    assert d.class_ru == "" and d.class_kk is None and d.date == "2025-01-02"
    out, _, _ = apply_curation({"technologies": [tech("tech:x", ru="кейс-метод", cls_ru="Старый класс")]},
                               [dataclasses.replace(d, id="tech:x")])
    assert out["technologies"][0]["class_ru"] is None


@pytest.mark.parametrize("text, line, words", [
    ("- action: merge\n  id: tech:a\n  others: [tech:b\n  author: x\n", 4, "not valid YAML"),
    ("- action: merge\n  id: tech:a\n  others: [tech:b]\n  author: x\n  date: 2025-01-01\n  reson: typo\n", 6, "unknown field 'reson'"),
    ("- action: reject\n  id: tech:a\n  author: x\n  date: 2025-01-01\n", 1, "needs 'reason'"),
    ("- action: label\n  id: tech:a\n  label_kk: жобалау әдісі\n  author: x\n  date: 14.03.2025\n  reason: r\n", 5, "ISO date"),
    ("- action: rename\n  id: tech:a\n", 1, "'action' must be one of"),
    ("- action: label\n  id: tech:a\n  author: x\n  date: 2025-01-01\n  reason: r\n", 1, "needs 'label_kk' or 'label_ru'"),
    ("- action: split\n  entity: person\n  id: person:a\n", 1, "not a decision for a person"),
    ("decisions:\n  - action: reject\n", 1, "must be a list"),
    ("- action: reject\n  id: tech:a\n  author: x\n  date: 2025-01-01\n  reason: r\n\n- action: merge\n  id: tech:a\n"
     "  others: tech:a\n  author: x\n  date: 2025-01-01\n  reason: r\n", 9, "with itself"),
    ("- action: classify\n  id: tech:a\n  kind: tool\n  author: x\n  date: 2025-01-01\n  reason: r\n", 3, "'kind' must be one of"),
])
def test_malformed_file_names_the_file_and_line(tmp_path, text, line, words):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CurationFileError) as err:
        load_decisions(path)
    assert err.value.line == line
    assert str(err.value).startswith(f"{path}, line {line}: ")
    assert words in str(err.value)


def test_empty_or_comment_only_file_has_no_decisions():
    assert parse_decisions("# шешімдер әлі жоқ\n") == []


# ---- determinism and rebuilds ----------------------------------------------------------------

def test_same_input_same_output_and_input_untouched():
    tables = corpus_v1()
    pristine = copy.deepcopy(tables)
    first = apply_curation(tables, curated_v1_decisions())
    second = apply_curation(tables, curated_v1_decisions())
    assert first == second
    assert tables == pristine
    assert first[2] == []


def test_log_rows_match_the_schema_and_have_unique_keys():
    _, log, _ = apply_curation(corpus_v1(), curated_v1_decisions() + [decide("reject", "tech:nowhere")])
    assert LOG_COLUMNS == CURATION_LOG.columns
    assert all(list(e) == LOG_COLUMNS for e in log)
    keys = [tuple(e[k] for k in CURATION_LOG.primary_key) for e in log]
    assert len(keys) == len(set(keys))
    from edukb.publish.tables import arrow_schema
    import pyarrow as pa

    pa.Table.from_pylist(log, schema=arrow_schema(CURATION_LOG))  # types fit the schema


def test_decision_id_ignores_position_and_duplicates_stay_unique():
    d = curated_v1_decisions()[0]
    moved = dataclasses.replace(d, line=40, source="other.yaml")
    assert d.decision_id == moved.decision_id
    _, log, _ = apply_curation(corpus_v1(), [decide("label", "tech:prob", label_ru="А"),
                                             decide("label", "tech:prob", label_ru="А")])
    assert log[0]["decision_id"] != log[1]["decision_id"]


def test_rebuild_with_an_added_document_keeps_every_decision():
    decisions = curated_v1_decisions()
    v1, log1, w1 = apply_curation(corpus_v1(), decisions)
    v2, log2, w2 = apply_curation(corpus_v2(), decisions)
    assert w1 == w2 == []
    t2 = by_id(v2["technologies"])
    # the merged concept counts the new document's mention of its merged-away half
    assert (t2["tech:modkk"]["n_mentions"], t2["tech:modkk"]["n_docs"]) == (4, 2)
    assert next(m for m in v2["technology_mentions"] if m["mention_id"] == "n1")["tech_id"] == "tech:modkk"
    # the rejected concept's new mention is rejected too, and logged
    assert "tech:false" not in t2 and all(m["mention_id"] != "n2" for m in v2["technology_mentions"])
    assert ("technology_mentions", "n2") in {(e["row_table"], e["row_id"]) for e in log2}
    # a new mention with a split-off surface goes to the split concept, which keeps its class
    new_id = split_id(decisions[2])
    assert {m["mention_id"] for m in v2["technology_mentions"] if m["tech_id"] == new_id} == {"m7", "n4"}
    assert t2[new_id]["kind"] == "software" and t2[new_id]["n_docs"] == 2
    # a new concept is untouched; the new person mention follows the merge
    assert t2["tech:game"] == {**tech("tech:game", kk="ойын технологиясы", ru="игровые технологии"), "curated": False}
    assert by_id(v2["persons"], "mention_id")["d2:p5"]["person_id"] == "person:kk"
    # rows of the first document are curated exactly as before the rebuild
    old_mentions = {m["mention_id"]: m for m in v1["technology_mentions"]}
    assert [m for m in v2["technology_mentions"] if m["doc_id"] == "d1"] == list(old_mentions.values())
    for tid in ("tech:prob", "tech:modkk"):
        keep = ("label_kk", "label_ru", "alt_labels", "class_kk", "class_ru", "kind")
        assert {k: t2[tid][k] for k in keep} == {k: by_id(v1["technologies"])[tid][k] for k in keep}
    # and curating after the rebuild from a file gives the same tables as curating in memory
    assert apply_curation(corpus_v2(), parse_decisions("".join(format_decision(d) for d in decisions)))[0] == v2


def test_the_examples_in_the_researchers_guide_load():
    import re
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[1] / "docs" / "curation.md").read_text(encoding="utf-8")
    block = re.search(r"### Examples\n\n```yaml\n(.*?)```", guide, re.S).group(1)
    decisions = parse_decisions(block, "docs/curation.md")
    assert {d.action for d in decisions} == {"merge", "reject", "label", "alt_label", "classify", "split", "distinct"}
    assert {d.entity for d in decisions} == {"technology", "person", "act"}


def test_split_takes_along_a_preferred_name_only_the_moved_mentions_carried():
    # the extractor wrongly paired Kazakh "модульдік оқыту" with Russian "погружение" (immersion)
    tables = {
        "technologies": [tech("tech:mod", kk="модульдік оқыту", ru="погружение", alt="модульное обучение")],
        "technology_mentions": [
            mention("a1", "tech:mod", "d1", "kk", "модульдік оқыту"),
            mention("a2", "tech:mod", "d1", "ru", "погружение"),
            mention("a3", "tech:mod", "d1", "ru", "модульное обучение"),
        ],
    }
    d = decide("split", "tech:mod", surfaces=["погружение"], label_ru="погружение")
    out, log, warnings = apply_curation(tables, [d])
    techs = by_id(out["technologies"])
    assert techs["tech:mod"]["label_ru"] == "модульное обучение"
    assert techs[split_id(d)]["label_ru"] == "погружение" and warnings == []
