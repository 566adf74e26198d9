"""The published release: every format readable by other tools, atomic switch, read-only query."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from edukb.build import build_knowledge_base
from edukb.cli import main
from models import TABLES

ROOT = Path(__file__).resolve().parents[1]
KK = "Әдістемелік кабинеттің міндеттері:\n• педагогтарға әдістемелік көмек көрсету;\n• озық тәжірибені жинақтау.\n"
RU = "Методический кабинет выполняет функции:\n- организует курсы;\n- обобщает опыт учителей.\n"


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    base = tmp_path_factory.mktemp("pub")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "kk.txt").write_text(KK, encoding="utf-8")
    (corpus / "ru.txt").write_text(RU, encoding="utf-8")
    out = base / "kb"
    build_knowledge_base(corpus, out)
    return out / "current"


def test_release_holds_every_artifact(release: Path):
    for name in ["datapackage.json", "taxonomy.ttl", "changes.json", "README.md", "edukb.duckdb"]:
        assert (release / name).exists(), name
    for name in ["documents", "blocks", "sentences", "tokens"]:
        assert (release / f"{name}.parquet").exists()
        assert (release / f"{name}.csv").exists() == TABLES[name].csv


def test_datapackage_validates_with_frictionless(release: Path):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_taxonomy_parses_back_as_skos(release: Path):
    rdflib = pytest.importorskip("rdflib")
    g = rdflib.Graph()
    g.parse(release / "taxonomy.ttl", format="turtle")
    schemes = list(g.subjects(rdflib.RDF.type, rdflib.namespace.SKOS.ConceptScheme))
    assert len(schemes) == 1


def test_taxonomy_labels_carry_languages(tmp_path: Path):
    rdflib = pytest.importorskip("rdflib")
    from edukb.publish.skos import write_taxonomy

    techs = [{"tech_id": "t1", "label_kk": "модульдік оқыту технологиясы", "label_ru": "модульное обучение",
              "alt_labels": "модульдік оқыту;модульного обучения", "kind": "pedagogical_technology",
              "class_kk": "Белсенді оқыту", "class_ru": "Активное обучение"}]
    g = rdflib.Graph().parse(write_taxonomy(tmp_path, techs, "r1"), format="turtle")
    SKOS = rdflib.namespace.SKOS
    labels = {(str(o), o.language) for o in g.objects(None, SKOS.prefLabel)}
    assert ("модульдік оқыту технологиясы", "kk") in labels and ("модульное обучение", "ru") in labels
    assert ("Активное обучение", "ru") in labels
    assert len(list(g.subject_objects(SKOS.broader))) == 1
    assert ("модульного обучения", "ru") in {(str(o), o.language) for o in g.objects(None, SKOS.altLabel)}


def test_query_is_read_only(release: Path):
    out = release.parent
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--out", str(out), "SELECT doc_id, status FROM documents ORDER BY doc_id", "--csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["doc_id,status", "kk,ok", "ru,ok"]
    before = (release / "edukb.duckdb").read_bytes()
    for sql in ["DROP TABLE documents", "UPDATE documents SET status = 'x'", "CREATE TABLE t (x INT)"]:
        res = runner.invoke(main, ["query", "--out", str(out), sql])
        assert res.exit_code != 0 and "read-only" in res.output, res.output
    assert (release / "edukb.duckdb").read_bytes() == before


def test_changes_report_rows_added_and_removed(tmp_path: Path):
    corpus, out = tmp_path / "c", tmp_path / "kb"
    corpus.mkdir()
    (corpus / "kk.txt").write_text(KK, encoding="utf-8")
    build_knowledge_base(corpus, out)
    (corpus / "ru.txt").write_text(RU, encoding="utf-8")
    r = build_knowledge_base(corpus, out)
    report = json.loads((out / "current" / "changes.json").read_text(encoding="utf-8"))
    assert report["cause"]["documents_added"] == ["ru"] and not report["cause"]["documents_changed"]
    assert report["tables"]["documents"]["added_ids"] == ["ru"]
    assert report["tables"]["blocks"]["added"] == 3 and report["tables"]["blocks"]["removed"] == 0
    assert all(i.startswith("ru:") for i in report["tables"]["blocks"]["added_ids"])
    assert r.changes == report
    (corpus / "kk.txt").unlink()
    build_knowledge_base(corpus, out)
    report = json.loads((out / "current" / "changes.json").read_text(encoding="utf-8"))
    assert report["cause"]["documents_removed"] == ["kk"] and report["tables"]["blocks"]["removed"] == 3


_SLOW_PUBLISH = """
import sys, time
import edukb.release as rel
from edukb.build import build_knowledge_base
real = rel.write_table if hasattr(rel, "write_table") else None
import edukb.publish.tables as t
orig = t.write_table
def slow(folder, name, rows):
    paths = orig(folder, name, rows)
    print("wrote", name, flush=True)
    time.sleep(30)
    return paths
rel.write_table = slow
build_knowledge_base(sys.argv[1], sys.argv[2])
"""


def test_build_killed_midway_leaves_previous_release(tmp_path: Path):
    corpus, out = tmp_path / "c", tmp_path / "kb"
    corpus.mkdir()
    (corpus / "kk.txt").write_text(KK, encoding="utf-8")
    build_knowledge_base(corpus, out)
    before = (out / "current").resolve()
    (corpus / "ru.txt").write_text(RU, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_PUBLISH, str(corpus), str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()  # the first table of the new release is on disk
        assert line.startswith("wrote"), line
        assert list((out / "releases").glob(".tmp-*"))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert (out / "current").resolve() == before
    docs = (out / "current" / "documents.csv").read_text(encoding="utf-8")
    assert "kk" in docs and "ru" not in docs.splitlines()[-1]
    # the lock died with the process: the next build proceeds and cleans the half-written folder
    build_knowledge_base(corpus, out)
    assert not list((out / "releases").glob(".tmp-*"))
    assert (out / "current").resolve() != before
