"""Build a knowledge base from a corpus folder: the library API behind ``edukb build``.

Each document goes read → normalize (→ later stages) on its own; a document that fails becomes a
``failed`` row with its reason and never stops the others. Everything is then published as one
release (see :mod:`edukb.publish`).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from edukb.corpus import CorpusEntry, file_sha256, scan_corpus
from edukb.publish import BuildLock, publish_release, write_table
from edukb.tables import block_rows, document_row
from extractors.normalize import DehyphenationRecord, normalize_document
from extractors.read import read_document
from models import Document, DocumentStatus, ReadError

log = logging.getLogger("edukb.build")


@dataclass
class BuildResult:
    release_dir: Path
    documents: list[Document]
    entries: list[CorpusEntry]
    dehyphenation: list[DehyphenationRecord] = field(default_factory=list)

    @property
    def failed(self) -> list[Document]:
        return [d for d in self.documents if d.status == DocumentStatus.FAILED]


def failed_document(entry: CorpusEntry, sha256: str, reason: str) -> Document:
    return Document(
        doc_id=entry.doc_id,
        source_file=entry.rel_path,
        format=entry.path.suffix.lower().lstrip(".") or "unknown",
        sha256=sha256,
        blocks=[],
        title=entry.title,
        status=DocumentStatus.FAILED,
        error=reason,
    )


def process_document(entry: CorpusEntry, dehyphenation_log: Optional[list[DehyphenationRecord]] = None) -> Document:
    """read → normalize for one corpus file; never raises for a bad document."""
    try:
        sha = file_sha256(entry.path)
    except OSError as exc:
        return failed_document(entry, "", f"{entry.rel_path}: cannot open: {exc.strerror or exc}")
    try:
        raw = read_document(entry.path)
        doc = normalize_document(raw, entry.doc_id, sha, title=entry.title, dehyphenation_log=dehyphenation_log)
    except ReadError as exc:
        return failed_document(entry, sha, f"{entry.rel_path}: {exc.reason}")
    except Exception as exc:  # a bug of ours must not cost the other documents
        log.exception("unexpected error on %s", entry.rel_path)
        return failed_document(entry, sha, f"{entry.rel_path}: internal error: {type(exc).__name__}: {exc}")
    doc.source_file = entry.rel_path
    if not doc.blocks:
        return failed_document(entry, sha, f"{entry.rel_path}: no text found")
    return doc


def write_release_tables(folder: Path, docs: Sequence[Document], entries: Sequence[CorpusEntry]) -> None:
    by_id = {e.doc_id: e for e in entries}
    write_table(folder, "documents", [document_row(d, by_id.get(d.doc_id)) for d in docs])
    write_table(folder, "blocks", block_rows(d for d in docs if d.status == DocumentStatus.OK))


def build_knowledge_base(
    corpus: Path,
    out: Path,
    progress: Optional[Callable[[Sequence[CorpusEntry]], object]] = None,
) -> BuildResult:
    """Process every document of ``corpus`` and publish a release under ``out``.

    ``progress`` wraps the list of entries (e.g. ``tqdm``) so a terminal can show progress.
    """
    corpus, out = Path(corpus), Path(out)
    entries = scan_corpus(corpus)
    log.info("corpus %s: %d document(s)", corpus, len(entries))
    with BuildLock(out):
        docs: list[Document] = []
        dehyph: list[DehyphenationRecord] = []
        iterable = progress(entries) if progress else entries
        for entry in iterable:
            doc = process_document(entry, dehyph)
            if doc.status == DocumentStatus.FAILED:
                log.warning("failed: %s", doc.error)
            else:
                log.info("%s: %d blocks", entry.rel_path, len(doc.blocks))
            docs.append(doc)
        release = publish_release(out, lambda folder: write_release_tables(folder, docs, entries))
    log.info("published %s", release)
    return BuildResult(release_dir=release, documents=docs, entries=entries, dehyphenation=dehyph)
