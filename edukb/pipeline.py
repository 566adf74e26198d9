"""The pipeline as plain functions: what the Prefect flows wire, and what a notebook can call.

Per document: :func:`ingest` (read → normalize) and :func:`annotate` (segment → tag).
Per corpus: :func:`corpus_tables` (align → extract → link) and :func:`edukb.release.write_release`.
"""
from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

from edukb.corpus import CorpusEntry, file_sha256
from edukb.tables import block_rows, document_row, sentence_rows, token_rows
from extractors.annotate import annotate_document
from extractors.normalize import normalize_document
from extractors.read import read_document
from models import Document, DocumentStatus, ReadError

log = logging.getLogger("edukb.pipeline")
Rows = list[dict[str, Any]]

_CODE_DIRS = ("extractors", "models")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the source of every stage: a change in the code invalidates cached results."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for d in _CODE_DIRS:
        for p in sorted((root / d).rglob("*")):
            if p.is_file() and p.suffix in (".py", ".json", ".tsv", ".txt", ".csv", ".gz") and "__pycache__" not in p.parts:
                h.update(p.relative_to(root).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


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


def ingest(entry: CorpusEntry, sha256: Optional[str] = None) -> Document:
    """read → normalize for one corpus file; never raises for a bad document."""
    try:
        sha = sha256 or file_sha256(entry.path)
    except OSError as exc:
        return failed_document(entry, "", f"{entry.rel_path}: cannot open: {exc.strerror or exc}")
    try:
        raw = read_document(entry.path)
        doc = normalize_document(raw, entry.doc_id, sha, title=entry.title)
    except ReadError as exc:
        return failed_document(entry, sha, f"{entry.rel_path}: {exc.reason}")
    except Exception as exc:  # a bug of ours must not cost the other documents
        log.exception("unexpected error on %s", entry.rel_path)
        return failed_document(entry, sha, f"{entry.rel_path}: internal error: {type(exc).__name__}: {exc}")
    doc.source_file = entry.rel_path
    if not doc.blocks:
        return failed_document(entry, sha, f"{entry.rel_path}: no text found")
    return doc


def annotate(doc: Document) -> Document:
    """segment → tag; a failure here marks the document failed instead of stopping the build."""
    if doc.status != DocumentStatus.OK:
        return doc
    try:
        return annotate_document(doc)
    except Exception as exc:
        log.exception("annotation failed on %s", doc.source_file)
        doc.status, doc.error = DocumentStatus.FAILED, f"{doc.source_file}: internal error while tagging: {type(exc).__name__}: {exc}"
        doc.blocks, doc.sentences = [], []
        return doc


def document_tables(docs: Sequence[Document], entries: Sequence[CorpusEntry]) -> dict[str, Rows]:
    by_id = {e.doc_id: e for e in entries}
    ok = [d for d in docs if d.status == DocumentStatus.OK]
    return {
        "documents": [document_row(d, by_id.get(d.doc_id)) for d in docs],
        "blocks": block_rows(ok),
        "sentences": sentence_rows(ok),
        "tokens": token_rows(ok),
    }


def corpus_tables(docs: Sequence[Document]) -> dict[str, Rows]:
    """align → extract → link over all documents that were read."""
    ok = [d for d in docs if d.status == DocumentStatus.OK]
    tables: dict[str, Rows] = {}
    try:
        from extractors.align import align_documents
    except ImportError:
        align_documents = None
    alignments = align_documents(ok) if align_documents else []
    tables["alignments"] = alignments
    try:
        from extractors.extract.technologies import extract_technologies
    except ImportError:
        extract_technologies = None
    if extract_technologies:
        tables["technologies"], tables["technology_mentions"] = extract_technologies(ok, alignments)
    try:
        from extractors.extract.lists import extract_cabinet_tasks, extract_platform_criteria
    except ImportError:
        extract_cabinet_tasks = extract_platform_criteria = None
    if extract_cabinet_tasks:
        tables["cabinet_tasks"] = extract_cabinet_tasks(ok, alignments)
        tables["platform_criteria"] = extract_platform_criteria(ok, alignments)
    try:
        from extractors.extract.acts import extract_normative_acts
    except ImportError:
        extract_normative_acts = None
    if extract_normative_acts:
        tables["normative_acts"] = extract_normative_acts(ok)
    try:
        from extractors.extract.persons import extract_persons
    except ImportError:
        extract_persons = None
    if extract_persons:
        tables["persons"] = extract_persons(ok)
    return tables
