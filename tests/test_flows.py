"""The Prefect flows: cross-run cache (counted), incremental update, Dask runner, quiet output."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("prefect")

from flows.build import run_build_flow  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = {
    "kk1.txt": "Әдістемелік кабинеттің міндеттері:\n• педагогтарға әдістемелік көмек көрсету;\n• озық тәжірибені жинақтау.\n",
    "ru1.txt": "Методический кабинет выполняет функции:\n- организует курсы повышения квалификации;\n- обобщает опыт.\n",
    "kk2.txt": "Ж.Қараевтың деңгейлеп оқыту технологиясы мектептерде кеңінен қолданылады.\n",
}
NEW = "Приказом МОН РК от 29 ноября 2007 года № 583 утверждены Правила. В.А. Сухомлинский писал об этом.\n"


def _corpus(base: Path) -> Path:
    c = base / "corpus"
    c.mkdir()
    for name, text in DOCS.items():
        (c / name).write_text(text, encoding="utf-8")
    return c


def test_unchanged_documents_come_from_the_cache_and_only_the_new_one_runs(tmp_path: Path):
    corpus, out = _corpus(tmp_path), tmp_path / "kb"
    first = run_build_flow(corpus, out)
    assert first.stats["ingest_ran"] == 3 and first.stats["ingest_cached"] == 0
    release = (out / "current").resolve()
    unchanged = run_build_flow(corpus, out)  # nothing changed: no task runs, no new release
    assert unchanged.stats.get("up_to_date") and unchanged.stats["ingest_ran"] == 0
    assert (out / "current").resolve() == release
    again = run_build_flow(corpus, out, force=True)  # forced: every document comes from the cache
    assert again.stats["ingest_ran"] == 0 and again.stats["ingest_cached"] == 3
    assert again.stats["annotate_ran"] == 0 and again.stats["annotate_cached"] == 3
    assert again.stats["extract_ran"] == 0 and again.stats["extract_cached"] == 3
    (corpus / "new.txt").write_text(NEW, encoding="utf-8")
    update = run_build_flow(corpus, out)
    assert update.stats["ingest_ran"] == 1 and update.stats["ingest_cached"] == 3
    assert update.stats["annotate_ran"] == 1 and update.stats["extract_ran"] == 1
    report = json.loads((out / "current" / "changes.json").read_text(encoding="utf-8"))
    assert report["cause"]["documents_added"] == ["new"]
    assert not report["cause"]["documents_changed"] and not report["cause"]["documents_removed"]
    for table in ("documents", "blocks", "sentences"):
        t = report["tables"][table]
        assert t["added"] > 0 and t["removed"] == 0 and t["changed"] == 0, (table, t)
        assert all(i.startswith("new") for i in t["added_ids"]), (table, t["added_ids"])
    # a changed document is reprocessed, the others are not
    (corpus / "kk2.txt").write_text(DOCS["kk2.txt"] + "Бұл технология тиімді.\n", encoding="utf-8")
    changed = run_build_flow(corpus, out)
    assert changed.stats["ingest_ran"] == 1 and changed.stats["ingest_cached"] == 3
    # the store keeps one result per current document: the old kk2 result is gone
    stored = sorted(p.name.split("-")[1] for p in (out / ".cache" / "results").glob("extract-*"))
    assert stored == ["kk1", "kk2", "new", "ru1"]


def test_a_document_whose_cached_result_is_gone_runs_again(tmp_path: Path):
    """The flow looks a document's result up before submitting its upstream stages: a lost
    cache entry means that document (only) is read, tagged and extracted again."""
    from edukb.corpus import file_sha256, scan_corpus
    from edukb.pipeline import code_version
    from flows.build import Opaque, extract_task, result_key

    corpus, out = _corpus(tmp_path), tmp_path / "kb"
    run_build_flow(corpus, out)
    entries = {e.doc_id: e for e in scan_corpus(corpus)}
    key = result_key("kk2", file_sha256(entries["kk2"].path), code_version())
    (out / ".cache" / "results" / key).unlink()
    again = run_build_flow(corpus, out, force=True)
    assert again.stats["ingest_ran"] == 1 and again.stats["extract_ran"] == 1 and again.stats["extract_cached"] == 2
    # a result vanishing between the look-up and the run: the task rebuilds it from the entry
    result = extract_task.fn(Opaque(entries["kk2"]), "kk2", "0" * 64, "x").value
    assert result.ok and result.doc_id == "kk2" and result.counts["tokens"] > 0


def test_dask_runner_gives_the_same_release(tmp_path: Path):
    pytest.importorskip("prefect_dask")
    corpus = _corpus(tmp_path)
    local = run_build_flow(corpus, tmp_path / "kb_local")
    dask = run_build_flow(corpus, tmp_path / "kb_dask", runner="dask")
    assert dask.stats["runner"] == "dask" and dask.stats["ingest_ran"] == 3
    for table in ("documents", "blocks", "sentences"):
        a = (tmp_path / "kb_local" / "current" / f"{table}.csv").read_text(encoding="utf-8")
        b = (tmp_path / "kb_dask" / "current" / f"{table}.csv").read_text(encoding="utf-8")
        assert a == b, table
    assert len(local.documents) == len(dask.documents) == 3


def test_cli_build_shows_progress_and_no_prefect_noise(tmp_path: Path):
    corpus, out = _corpus(tmp_path), tmp_path / "kb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    proc = subprocess.run([sys.executable, "-m", "edukb", "build", "--corpus", str(corpus), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "3 document(s) built, 0 failed" in proc.stdout and str(out / "current") in proc.stdout
    assert "documents: 100%" in proc.stderr  # the progress bar
    for noise in ("Traceback", "database is locked", "telemetry", "Starting temporary server", "INFO"):
        assert noise not in proc.stderr, (noise, proc.stderr[-2000:])
