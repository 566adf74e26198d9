"""The build/update flow: one Prefect task per document per stage, cached across runs.

Per document: ``ingest`` (read → normalize), ``annotate`` (segment → tag) and ``extract`` (align
inside the document → extract → pack the document's rows). The packed result of ``extract`` is
what the release needs from a document; it is cached by the file's content hash, the code version
of the stages and the source of the tasks, and persisted in ``OUT/.cache/results`` — so an
unchanged document is one cache hit on every later run (its ``ingest`` and ``annotate`` are not
even submitted), and adding one document processes only that one. (Prefect 3's default cache
policy includes the run id and never reuses results across runs; hence the explicit key.) Only one
document is in flight at a time with the local runner (a few with Dask), so memory does not grow
with the corpus. Then one task links across documents and publishes the release; results no
current document needs any more are removed from the store.
"""
from __future__ import annotations

import hashlib
import inspect
import logging
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

import flows  # noqa: F401  (configures Prefect before it is imported)
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE, CacheKeyFnPolicy
from prefect.futures import as_completed
from prefect.settings import PREFECT_RESULTS_LOCAL_STORAGE_PATH, temporary_settings

from edukb.corpus import CorpusEntry, file_sha256, scan_corpus
from edukb.pipeline import (DocumentResult, annotate, code_version, corpus_fingerprint, document_result, extract_document,
                            ingest, run_document)
from edukb.publish import BuildLock, current_release
from edukb.release import up_to_date

log = logging.getLogger("edukb.flows")
# Prefect logs the temporary server's start and stop on its root logger at INFO whatever
# PREFECT_LOGGING_LEVEL says; a user of edukb should see only warnings.
logging.getLogger("prefect").setLevel(logging.WARNING)
CACHE_DIR = ".cache"
IN_FLIGHT = {"local": 1, "dask": 4}
"""Documents processed at once: enough to keep the workers busy, few enough to bound memory. The
local runner's threads share one core (the stages are pure Python), so a second document in
flight there only adds its memory (measured on 15 documents: 29.0 s with one, 29.5 s with two)."""


class Opaque:
    """A box Prefect does not look into. Prefect walks every task argument and result (lists,
    dicts, dataclasses) looking for futures; a Document with its thousands of blocks and tokens
    made that walk cost more than the stages themselves. Boxed, it is passed and cached as is."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __getstate__(self):
        return self.value

    def __setstate__(self, state):
        self.value = state


def _results_dir(out: Path) -> Path:
    path = (out / CACHE_DIR / "results").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


@task(name="ingest")
def ingest_task(entry: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """read → normalize one document."""
    return Opaque(ingest(entry.value, sha256))


@task(name="annotate")
def annotate_task(doc: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """segment → tag one document."""
    return Opaque(annotate(doc.value))


@task(name="extract")
def extract_task(source: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """align inside the document → extract its rows → pack what the release needs of it.

    ``source`` is the annotated document; it is the corpus entry itself only when the cached
    result this task was submitted to reuse has gone from the store since it was looked up."""
    if isinstance(source.value, CorpusEntry):
        return Opaque(run_document(source.value, sha256))
    return Opaque(document_result(source.value, extract_document(source.value)))


def _source_hash(*fns: Callable) -> str:
    h = hashlib.sha256()
    for fn in fns:
        h.update(inspect.getsource(getattr(fn, "fn", fn)).encode())
    return h.hexdigest()[:12]


TASK_SOURCE_HASH = _source_hash(ingest_task, annotate_task, extract_task)


def result_key(doc_id: str, sha256: str, code: str) -> str:
    """The cache key of a document's packed result: its content, the stages' code, the tasks' source."""
    return f"extract-{doc_id}-{sha256}-{code}-{TASK_SOURCE_HASH}"


def _extract_key(_context: Any, params: dict[str, Any]) -> str:
    return result_key(params["doc_id"], params["sha256"], params["code"])


@task(name="link-and-publish")
def publish_task(out: str, corpus: str, results: Opaque, entries: Opaque, fingerprint: str) -> Opaque:
    """link across documents (and apply curation), then write the release and switch ``current``."""
    from edukb.build import publish

    warnings: list[str] = []
    release, report = publish(Path(out), results.value, entries.value, fingerprint, corpus=Path(corpus), warnings=warnings)
    return Opaque((str(release), report, warnings))


STAGES = ("ingest", "annotate", "extract")


def _empty_stats(n_documents: int) -> dict[str, Any]:
    """Per stage, how many documents ran and how many came from the cache."""
    return {"documents": n_documents, **{f"{s}_{k}": 0 for s in STAGES for k in ("ran", "cached")}}


@flow(name="edukb-build", log_prints=False, validate_parameters=False)
def build_flow(corpus: str, out: str, fingerprint: str, inputs: Opaque, results_dir: str, in_flight: int = 1,
               progress: Optional[Callable] = None) -> dict[str, Any]:
    """``inputs`` holds the corpus entries and their content hashes, read once by the caller."""
    entries, shas = inputs.value
    code = code_version()
    stats = _empty_stats(len(entries))
    ingest_t = ingest_task.with_options(cache_policy=NO_CACHE, persist_result=False)
    annotate_t = annotate_task.with_options(cache_policy=NO_CACHE, persist_result=False)
    extract_t = extract_task.with_options(cache_policy=CacheKeyFnPolicy(cache_key_fn=_extract_key), persist_result=True,
                                          result_serializer="pickle", retries=0)
    store = Path(results_dir)

    def submit(e: CorpusEntry):
        sha = shas[e.doc_id]
        if (store / result_key(e.doc_id, sha, code)).is_file():  # its result is cached: nothing upstream to run
            return None, None, extract_t.submit(Opaque(e), e.doc_id, sha, code)
        f_ing = ingest_t.submit(Opaque(e), e.doc_id, sha, code)
        f_ann = annotate_t.submit(f_ing, e.doc_id, sha, code)
        return f_ing, f_ann, extract_t.submit(f_ann, e.doc_id, sha, code)

    results: dict[str, DocumentResult] = {}

    def completions() -> Iterator[str]:
        waiting = iter(entries)
        running: dict[Any, tuple] = {}
        while True:
            while len(running) < max(1, in_flight):
                e = next(waiting, None)
                if e is None:
                    break
                trio = submit(e)
                running[trio[2]] = trio
            if not running:
                return
            done = next(as_completed(list(running)))
            trio = running.pop(done)
            packed: DocumentResult = done.result().value
            results[packed.doc_id] = packed
            for name, fut in zip(STAGES, trio):
                hit = trio[2].state.name == "Cached" if fut is None else fut.state.name == "Cached"
                stats[f"{name}_cached" if hit else f"{name}_ran"] += 1
            yield done

    done = completions()
    if progress:
        done = progress(done, total=len(entries))
    for _ in done:
        pass
    ordered = [results[e.doc_id] for e in entries]
    release, report, warnings = publish_task(out, corpus, Opaque(ordered), Opaque(entries), fingerprint).value
    _artifacts(ordered, report, stats)
    return {"release": release, "report": report, "stats": stats, "documents": ordered, "entries": entries, "warnings": warnings}


def _artifacts(results: Sequence[DocumentResult], report: dict, stats: dict) -> None:
    rows = [{"doc_id": r.doc_id, "status": r.status, **r.counts, "error": r.error or ""} for r in results]
    create_table_artifact(key="edukb-documents", table=rows, description="Per-document counts of this build")
    lines = [f"# edukb release {report.get('release')}", "",
             f"Documents: {stats['documents']} (extract ran {stats['extract_ran']}, cached {stats['extract_cached']})", "",
             "| table | added | removed | changed |", "|---|---|---|---|"]
    for name, t in report.get("tables", {}).items():
        lines.append(f"| {name} | {t['added']} | {t['removed']} | {t['changed']} |")
    create_markdown_artifact(key="edukb-release", markdown="\n".join(lines), description="What this release changed")


def _task_runner(runner: str, dask_address: Optional[str]):
    if runner == "local":
        return None
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
    raise ValueError(f"unknown runner '{runner}': use local or dask")


def run_build_flow(corpus: Path, out: Path, runner: str = "local", dask_address: Optional[str] = None, progress=None,
                   force: bool = False, in_flight: Optional[int] = None):
    """Run the flow under the build lock and return an :class:`edukb.build.BuildResult`."""
    from edukb.build import BuildResult

    out = Path(out)
    task_runner = _task_runner(runner, dask_address)
    f = build_flow.with_options(task_runner=task_runner) if task_runner is not None else build_flow
    with BuildLock(out):
        # an unchanged corpus needs no flow at all: not even Prefect's server is started
        entries = scan_corpus(Path(corpus))
        shas = {e.doc_id: file_sha256(e.path) for e in entries}
        fingerprint = corpus_fingerprint(Path(corpus), entries, shas, code_version())
        if not force and up_to_date(out, fingerprint):
            stats = {"runner": runner, "up_to_date": True, **_empty_stats(len(entries))}
            return BuildResult(current_release(out), [], entries, {}, stats, [])
        results_dir = _results_dir(out)
        with temporary_settings(updates={PREFECT_RESULTS_LOCAL_STORAGE_PATH: str(results_dir)}):
            result = f(str(corpus), str(out), fingerprint, Opaque((entries, shas)), str(results_dir),
                       in_flight or IN_FLIGHT.get(runner, 1), progress=_flow_progress(progress))
        _prune_results(results_dir, {result_key(e.doc_id, shas[e.doc_id], code_version()) for e in entries})
    stats = {"runner": runner, **result["stats"]}
    return BuildResult(Path(result["release"]), result["documents"], result["entries"], result["report"], stats, result["warnings"])


def _prune_results(store: Path, keep: set[str]) -> int:
    """Remove cached results of documents (or code versions) the corpus no longer has, so the
    store does not grow with every edit of a document or of the code."""
    removed = 0
    for path in store.iterdir():
        if path.is_file() and path.name.startswith("extract-") and path.name not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _flow_progress(progress):
    if progress is None:
        return None

    def wrap(iterable, total):
        return progress(iterable, total=total)

    return wrap
