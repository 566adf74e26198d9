"""The build/update flow: one Prefect task per document per stage, cached across runs.

Per-document tasks (``ingest`` = read → normalize, ``annotate`` = segment → tag) are cached by the
file's content hash and the stages' code version, with results persisted in ``OUT/.cache`` — so
an unchanged document is a cache hit on every later run, and adding one document processes only
that one. (Prefect 3's default cache policy includes the run id and never reuses results across
runs; hence the explicit policy here.) Corpus-level work (align → extract → link → publish) runs
once per build over all documents.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import flows  # noqa: F401  (configures Prefect before it is imported)
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import TASK_SOURCE, CacheKeyFnPolicy
from prefect.futures import as_completed
from prefect.settings import PREFECT_RESULTS_LOCAL_STORAGE_PATH, temporary_settings

from edukb.corpus import file_sha256, scan_corpus
from edukb.pipeline import annotate, code_version, corpus_fingerprint, extract_document, ingest
from edukb.publish import BuildLock, current_release
from edukb.release import up_to_date
from models import Document

log = logging.getLogger("edukb.flows")
# Prefect logs the temporary server's start and stop on its root logger at INFO whatever
# PREFECT_LOGGING_LEVEL says; a user of edukb should see only warnings.
logging.getLogger("prefect").setLevel(logging.WARNING)
CACHE_DIR = ".cache"


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


def _doc_key(prefix: str) -> Callable[[Any, dict[str, Any]], str]:
    def key(_context: Any, params: dict[str, Any]) -> str:
        return f"{prefix}-{params['doc_id']}-{params['sha256']}-{params['code']}"

    return key


def _results_dir(out: Path) -> Path:
    path = (out / CACHE_DIR / "results").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _task_options(prefix: str) -> dict[str, Any]:
    # results go to PREFECT_RESULTS_LOCAL_STORAGE_PATH, set to OUT/.cache/results for the run
    return dict(
        cache_policy=TASK_SOURCE + CacheKeyFnPolicy(cache_key_fn=_doc_key(prefix)),
        persist_result=True,
        result_serializer="pickle",
        retries=0,
    )


@task(name="ingest")
def ingest_task(entry: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """read → normalize one document."""
    return Opaque(ingest(entry.value, sha256))


@task(name="annotate")
def annotate_task(doc: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """segment → tag one document."""
    return Opaque(annotate(doc.value))


@task(name="extract")
def extract_task(doc: Opaque, doc_id: str, sha256: str, code: str) -> Opaque:
    """align inside the document → extract its rows."""
    return Opaque(extract_document(doc.value))


@task(name="link-and-publish")
def publish_task(out: str, corpus: str, docs: Opaque, extractions: Opaque, entries: Opaque, fingerprint: str) -> Opaque:
    """link across documents (and apply curation), then write the release and switch ``current``."""
    from edukb.build import publish

    warnings: list[str] = []
    release, report = publish(Path(out), docs.value, entries.value, extractions.value, fingerprint,
                              corpus=Path(corpus), warnings=warnings)
    return Opaque((str(release), report, warnings))


STAGES = ("ingest", "annotate", "extract")


def _empty_stats(n_documents: int) -> dict[str, Any]:
    """Per stage, how many documents ran and how many came from the cache."""
    return {"documents": n_documents, **{f"{s}_{k}": 0 for s in STAGES for k in ("ran", "cached")}}


@flow(name="edukb-build", log_prints=False, validate_parameters=False)
def build_flow(corpus: str, out: str, fingerprint: str, inputs: Opaque, progress: Optional[Callable] = None) -> dict[str, Any]:
    """``inputs`` holds the corpus entries and their content hashes, read once by the caller."""
    entries, shas = inputs.value
    code = code_version()
    stats = _empty_stats(len(entries))
    ingest_t = ingest_task.with_options(**_task_options("ingest"))
    annotate_t = annotate_task.with_options(**_task_options("annotate"))
    extract_t = extract_task.with_options(**_task_options("extract"))
    futures = []
    for e in entries:
        sha = shas[e.doc_id]
        f_ing = ingest_t.submit(Opaque(e), e.doc_id, sha, code)
        f_ann = annotate_t.submit(f_ing, e.doc_id, sha, code)
        f_ext = extract_t.submit(f_ann, e.doc_id, sha, code)
        futures.append((f_ing, f_ann, f_ext))
    done = as_completed([f for *_, f in futures])
    if progress:
        done = progress(done, total=len(futures))
    for _ in done:
        pass
    docs = [f_ann.result().value for _, f_ann, _ in futures]
    extractions = [f_ext.result().value for *_, f_ext in futures]
    for trio in futures:
        for name, fut in zip(STAGES, trio):
            stats[f"{name}_cached" if fut.state.name == "Cached" else f"{name}_ran"] += 1
    release, report, warnings = publish_task(out, corpus, Opaque(docs), Opaque(extractions), Opaque(entries), fingerprint).value
    _artifacts(docs, report, stats)
    return {"release": release, "report": report, "stats": stats, "documents": docs, "entries": entries, "warnings": warnings}


def _artifacts(docs: Sequence[Document], report: dict, stats: dict) -> None:
    rows = [
        {"doc_id": d.doc_id, "status": d.status.value, "blocks": len(d.blocks), "sentences": len(d.sentences),
         "tokens": sum(len(s.tokens) for s in d.sentences), "error": d.error or ""}
        for d in docs
    ]
    create_table_artifact(key="edukb-documents", table=rows, description="Per-document counts of this build")
    lines = [f"# edukb release {report.get('release')}", "",
             f"Documents: {stats['documents']} (ingest ran {stats['ingest_ran']}, cached {stats['ingest_cached']})", "",
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


def run_build_flow(corpus: Path, out: Path, runner: str = "local", dask_address: Optional[str] = None, progress=None, force: bool = False):
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
        with temporary_settings(updates={PREFECT_RESULTS_LOCAL_STORAGE_PATH: str(_results_dir(out))}):
            result = f(str(corpus), str(out), fingerprint, Opaque((entries, shas)), progress=_flow_progress(progress))
    stats = {"runner": runner, **result["stats"]}
    return BuildResult(Path(result["release"]), result["documents"], result["entries"], result["report"], stats, result["warnings"])


def _flow_progress(progress):
    if progress is None:
        return None

    def wrap(iterable, total):
        return progress(iterable, total=total)

    return wrap
