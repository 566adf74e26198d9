"""Build a knowledge base from a corpus folder: the library API behind ``edukb build``.

``runner="none"`` calls the stages as plain functions in this process; ``"local"`` (the default)
and ``"dask"`` run the Prefect flow of :mod:`flows.build`, which caches per-document work across
runs so an unchanged document costs nothing. Either way every document goes on alone: a bad one
becomes a ``failed`` row with its reason. The result is published as one release (see
:mod:`edukb.publish`): written aside, then ``current`` switched atomically.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from edukb.corpus import CorpusEntry, scan_corpus
from edukb.pipeline import DOCUMENT_TABLES, DocumentResult, documents_row, ingest, link_results, run_document
from edukb.publish import BuildLock, current_release, publish_release
from edukb.publish.release import new_release_id
from edukb.publish.tables import TableParts
from edukb.release import write_release
from extractors.link import CURATION_FILE
from models import Document, DocumentStatus

log = logging.getLogger("edukb.build")
Progress = Callable[[Sequence[CorpusEntry]], Any]


@dataclass
class BuildResult:
    release_dir: Optional[Path]
    documents: list[DocumentResult]
    entries: list[CorpusEntry]
    changes: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.status == DocumentStatus.FAILED.value]


def process_document(entry: CorpusEntry) -> Document:
    """read → normalize (kept for callers that need only the blocks)."""
    return ingest(entry)


def release_tables(results: Sequence[DocumentResult], entries: Sequence[CorpusEntry],
                   curation: Optional[Path] = None, warnings: Optional[list[str]] = None) -> dict[str, Any]:
    """Every table of a release: the documents' own tables as parts (streamed into the release
    file by file), the linked tables as rows."""
    by_id = {e.doc_id: e for e in entries}
    tables: dict[str, Any] = {"documents": [documents_row(r, by_id.get(r.doc_id)) for r in results]}
    for name in DOCUMENT_TABLES:
        tables[name] = TableParts([r.parts[name] for r in results if name in r.parts])
    tables.update(link_results(results, curation, warnings))
    return tables


def publish(out: Path, results: Sequence[DocumentResult], entries: Sequence[CorpusEntry], fingerprint: Optional[str] = None,
            corpus: Optional[Path] = None, warnings: Optional[list[str]] = None) -> tuple[Path, dict]:
    """link (with the corpus's curation decisions) → write the release → switch ``current``."""
    curation = Path(corpus) / CURATION_FILE if corpus is not None else None
    tables = release_tables(results, entries, curation, warnings)
    previous = current_release(out)
    release_id = new_release_id()
    report: dict = {}

    def write(folder: Path) -> None:
        report.update(write_release(folder, tables, release_id, previous, fingerprint))

    return publish_release(out, write, release_id), report


def build_plain(corpus: Path, out: Path, progress: Optional[Progress] = None) -> BuildResult:
    """All stages as plain function calls, one document at a time, no orchestration, no cache."""
    entries = scan_corpus(Path(corpus))
    with BuildLock(Path(out)):
        results = [run_document(e) for e in (progress(entries) if progress else entries)]
        warnings: list[str] = []
        release, report = publish(Path(out), results, entries, corpus=Path(corpus), warnings=warnings)
    return BuildResult(release, results, entries, report, {"runner": "none", "documents_processed": len(entries)}, warnings)


def build_knowledge_base(
    corpus: Path,
    out: Path,
    progress: Optional[Progress] = None,
    runner: str = "none",
    dask_address: Optional[str] = None,
    force: bool = False,
    in_flight: Optional[int] = None,
) -> BuildResult:
    """Process every document of ``corpus`` and publish a release under ``out``.

    With a Prefect runner, a corpus whose documents, manifest, curation and code are all
    unchanged since the current release is left as it is (``stats["up_to_date"]``) unless
    ``force``."""
    corpus, out = Path(corpus), Path(out)
    if runner == "none":
        result = build_plain(corpus, out, progress)
    else:
        from flows.build import run_build_flow

        result = run_build_flow(corpus, out, runner=runner, dask_address=dask_address, progress=progress, force=force,
                                in_flight=in_flight)
        if result.stats.get("up_to_date"):
            log.info("knowledge base is up to date: %s", result.release_dir)
            return result
    for d in result.failed:
        log.warning("failed: %s", d.error)
    log.info("published %s", result.release_dir)
    return result
