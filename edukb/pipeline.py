"""The pipeline as plain functions: what the Prefect flows wire, and what a notebook can call.

Per document: :func:`ingest` (read → normalize), :func:`annotate` (segment → tag) and
:func:`extract_document` (align inside the document → extract). Per corpus: :func:`link`
(translations across files, technologies and persons across documents) and
:func:`edukb.release.write_release`. Each per-document step depends only on its document, so a
cache keyed by the file's content and the code version makes an unchanged document free.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

from edukb.corpus import CorpusEntry, file_sha256
from edukb.tables import block_rows, document_row, sentence_rows, token_rows
from extractors.align import align_documents
from extractors.annotate import annotate_document
from extractors.extract.acts import extract_normative_acts
from extractors.extract.lists import extract_cabinet_tasks, extract_platform_criteria
from extractors.extract.persons import find_mentions as find_person_mentions
from extractors.extract.persons import link_persons
from extractors.extract.technologies import document_candidates, link_technologies
from extractors.link import curate_tables
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


def corpus_fingerprint(corpus: Path, entries: Sequence[CorpusEntry], shas: dict[str, str], code: str) -> str:
    """Everything a release depends on: document ids, paths and contents, the manifest, the
    curation decisions and the code. Equal fingerprints mean an identical knowledge base."""
    h = hashlib.sha256(code.encode())
    for e in sorted(entries, key=lambda e: e.doc_id):
        h.update(f"{e.doc_id}\0{e.rel_path}\0{shas[e.doc_id]}\0{e.title}\0{e.kind}\0{e.year}\n".encode())
    for extra in ("curation.yaml", "curation.csv"):
        p = corpus / extra
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:32]


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


@dataclass
class DocumentExtraction:
    """What one document yields on its own (cacheable per document); :func:`link` joins the
    documents' results into corpus-wide tables."""

    doc_id: str
    alignments: Rows = field(default_factory=list)  # kk↔ru pairs inside the document
    cabinet_tasks: Rows = field(default_factory=list)
    platform_criteria: Rows = field(default_factory=list)
    normative_acts: Rows = field(default_factory=list)
    person_mentions: list = field(default_factory=list)
    technology_candidates: tuple = ((), ())  # (candidates, kk↔ru table pairs)


def extract_document(doc: Document) -> DocumentExtraction:
    """align (inside the document) → extract, for one document."""
    if doc.status != DocumentStatus.OK:
        return DocumentExtraction(doc.doc_id)
    alignments = align_documents([doc])
    return DocumentExtraction(
        doc_id=doc.doc_id,
        alignments=alignments,
        cabinet_tasks=extract_cabinet_tasks([doc], alignments),
        platform_criteria=extract_platform_criteria([doc], alignments),
        normative_acts=extract_normative_acts([doc]),
        person_mentions=find_person_mentions([doc]),
        technology_candidates=document_candidates(doc),
    )


def link(
    docs: Sequence[Document],
    extractions: Sequence[DocumentExtraction],
    curation: Optional[Path] = None,
    warnings: Optional[list[str]] = None,
) -> dict[str, Rows]:
    """Corpus-wide work: translations across files, one row per technology and per person, then
    the researchers' curation decisions (``curation``: a curation.yaml, applied if it exists).
    Decisions that no longer apply are logged and appended to ``warnings``."""
    ok = [d for d in docs if d.status == DocumentStatus.OK]
    by_doc = {x.doc_id: x for x in extractions}
    within = [r for x in extractions for r in x.alignments]
    paired = {r["src_doc_id"] for r in within} | {r["tgt_doc_id"] for r in within}
    # files that translate each other: only documents without a translation inside themselves
    across = [r for r in align_documents([d for d in ok if d.doc_id not in paired]) if r["src_doc_id"] != r["tgt_doc_id"]]
    alignments = sorted(within + across, key=lambda r: (r["src_doc_id"], r["level"], r["src_id"], r["tgt_id"]))
    crossed = {r["src_doc_id"] for r in across} | {r["tgt_doc_id"] for r in across}
    tables: dict[str, Rows] = {"alignments": alignments}
    for name, fn in (("cabinet_tasks", extract_cabinet_tasks), ("platform_criteria", extract_platform_criteria)):
        rows = [r for d in ok if d.doc_id not in crossed for r in getattr(by_doc[d.doc_id], name)]
        if crossed:  # their translations live in another file: pair with the corpus alignments
            rows += fn([d for d in ok if d.doc_id in crossed], alignments)
        tables[name] = rows
    tables["technologies"], tables["technology_mentions"] = link_technologies(
        [(d, *by_doc[d.doc_id].technology_candidates) for d in ok], alignments
    )
    tables["normative_acts"] = [r for d in ok for r in by_doc[d.doc_id].normative_acts]
    tables["persons"] = link_persons([m for d in ok for m in by_doc[d.doc_id].person_mentions])
    tables, tables["curation_log"], curation_warnings = curate_tables(tables, curation)
    for w in curation_warnings:
        log.warning("curation: %s", w)
    if warnings is not None:
        warnings.extend(curation_warnings)
    return tables


def corpus_tables(docs: Sequence[Document], curation: Optional[Path] = None) -> dict[str, Rows]:
    """align → extract → link over all documents (without a per-document cache)."""
    return link(docs, [extract_document(d) for d in docs], curation)
