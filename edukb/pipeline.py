"""The pipeline as plain functions: what the Prefect flows wire, and what a notebook can call.

Per document: :func:`ingest` (read → normalize), :func:`annotate` (segment → tag) and
:func:`extract_document` (align inside the document → extract). Per corpus: :func:`link`
(translations across files, technologies and persons across documents) and
:func:`edukb.release.write_release`. Each per-document step depends only on its document, so a
cache keyed by the file's content and the code version makes an unchanged document free.
"""
from __future__ import annotations

import hashlib
import io
import logging
import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from edukb.corpus import CorpusEntry, file_sha256
from edukb.tables import block_rows, document_row, sentence_rows, token_rows
from extractors.align import HalfProfile, align_documents, half_profiles, translated_file_pairs
from extractors.annotate import annotate_document
from extractors.extract.acts import extract_normative_acts
from extractors.extract.lists import extract_cabinet_tasks, extract_platform_criteria
from extractors.extract.persons import find_mentions as find_person_mentions
from extractors.extract.persons import link_persons
from extractors.extract.technologies import candidate_places, document_candidates, link_technologies
from extractors.link import curate_tables
from extractors.normalize import normalize_document
from extractors.read import read_document
from models import Document, DocumentStatus, ReadError

log = logging.getLogger("edukb.pipeline")
Rows = list[dict[str, Any]]

_CODE = ("extractors", "models", "edukb/pipeline.py", "edukb/tables.py", "edukb/publish/tables.py")
"""What a document's cached result is computed by: the stages, the records, and the packing."""


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the source of every stage: a change in the code invalidates cached results."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for name in _CODE:
        path = root / name
        for p in sorted(path.rglob("*")) if path.is_dir() else [path]:
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
    technology_candidates: tuple = ((), (), ())  # (candidates, kk↔ru table pairs, places)


def extract_document(doc: Document) -> DocumentExtraction:
    """align (inside the document) → extract, for one document."""
    if doc.status != DocumentStatus.OK:
        return DocumentExtraction(doc.doc_id)
    alignments = align_documents([doc])
    cands, pairs = document_candidates(doc)
    return DocumentExtraction(
        doc_id=doc.doc_id,
        alignments=alignments,
        cabinet_tasks=extract_cabinet_tasks([doc], alignments),
        platform_criteria=extract_platform_criteria([doc], alignments),
        normative_acts=extract_normative_acts([doc]),
        person_mentions=find_person_mentions([doc]),
        technology_candidates=(cands, pairs, candidate_places(doc, cands)),
    )


DOCUMENT_TABLES = ("blocks", "sentences", "tokens")
"""Tables whose rows belong to one document each: built per document, streamed into a release."""


class Packed:
    """A zstd-compressed pickle: a document kept for the link stage costs a tenth of its size
    in memory until (and unless) it is needed."""

    __slots__ = ("size", "data")

    def __init__(self, value: Any):
        raw = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.size, self.data = len(raw), pa.compress(raw, codec="zstd", asbytes=True)

    def unpack(self) -> Any:
        return pickle.loads(pa.decompress(self.data, decompressed_size=self.size, codec="zstd", asbytes=True))


def _parquet_bytes(name: str, rows) -> bytes:
    from edukb.publish.tables import to_arrow

    sink = io.BytesIO()
    pq.write_table(to_arrow(name, rows), sink, compression="zstd")
    return sink.getvalue()


def table_part(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


@dataclass
class DocumentResult:
    """Everything one document contributes to a release, small enough to hold for thousands of
    documents: its ``documents`` row, its own tables as Parquet bytes, its extraction (with the
    places of its technology candidates), and the document itself only when it might be the
    translation of another file (compressed, unpacked only if it is)."""

    doc_id: str
    status: str
    error: Optional[str]
    row: dict[str, Any]
    counts: dict[str, int]
    extraction: DocumentExtraction
    parts: dict[str, bytes] = field(default_factory=dict)
    profiles: list[HalfProfile] = field(default_factory=list)
    whole: Optional[Packed] = None  # the annotated document, kept only for cross-file alignment

    @property
    def ok(self) -> bool:
        return self.status == DocumentStatus.OK.value


def document_result(doc: Document, extraction: Optional[DocumentExtraction] = None) -> DocumentResult:
    """Pack one annotated document and its extraction for the link and publish stages."""
    if extraction is None:
        extraction = extract_document(doc)
    counts = {"blocks": len(doc.blocks), "sentences": len(doc.sentences),
              "tokens": sum(len(s.tokens) for s in doc.sentences)}
    result = DocumentResult(doc.doc_id, doc.status.value, doc.error, document_row(doc), counts, extraction)
    if doc.status != DocumentStatus.OK:
        return result
    result.parts = {"blocks": _parquet_bytes("blocks", block_rows([doc])),
                    "sentences": _parquet_bytes("sentences", sentence_rows([doc])),
                    "tokens": _parquet_bytes("tokens", token_rows([doc]))}
    if not extraction.alignments:  # no translation inside: another file may be one
        result.profiles = half_profiles(doc)
        result.whole = Packed(doc)
    return result


def run_document(entry: CorpusEntry, sha256: Optional[str] = None) -> DocumentResult:
    """read → normalize → segment → tag → align → extract for one file, packed."""
    doc = annotate(ingest(entry, sha256))
    return document_result(doc, extract_document(doc))


def documents_row(result: DocumentResult, entry: Optional[CorpusEntry]) -> dict[str, Any]:
    """The document's row with what the manifest says now (it is not part of the cache key)."""
    row = dict(result.row)
    if entry is not None:
        row.update(source_file=entry.rel_path, kind=entry.kind, year=entry.year, title=entry.title or row["title"])
        row["languages"] = row["languages"] or entry.languages
    return row


def link_results(results: Sequence[DocumentResult], curation: Optional[Path] = None,
                 warnings: Optional[list[str]] = None) -> dict[str, Rows]:
    """Corpus-wide work: translations across files, one row per technology and per person, then
    the researchers' curation decisions (``curation``: a curation.yaml, applied if it exists).
    Decisions that no longer apply are logged and appended to ``warnings``.

    Documents are unpacked only for the few files that may translate each other."""
    ok = [r for r in results if r.ok]
    within = [row for r in ok for row in r.extraction.alignments]
    # files that translate each other: only documents without a translation inside themselves
    pairs = translated_file_pairs([p for r in ok if r.whole is not None for p in r.profiles])
    involved = {d for pair in pairs for d in pair}
    whole = [r.whole.unpack() for r in ok if r.doc_id in involved]
    across = [row for row in align_documents(whole) if row["src_doc_id"] != row["tgt_doc_id"]] if whole else []
    alignments = sorted(within + across, key=lambda r: (r["src_doc_id"], r["level"], r["src_id"], r["tgt_id"]))
    crossed = {r["src_doc_id"] for r in across} | {r["tgt_doc_id"] for r in across}
    tables: dict[str, Rows] = {"alignments": alignments}
    for name, fn in (("cabinet_tasks", extract_cabinet_tasks), ("platform_criteria", extract_platform_criteria)):
        rows = [row for r in ok if r.doc_id not in crossed for row in getattr(r.extraction, name)]
        if crossed:  # their translations live in another file: pair with the corpus alignments
            rows += fn([d for d in whole if d.doc_id in crossed], alignments)
        tables[name] = rows
    del whole
    tables["technologies"], tables["technology_mentions"] = link_technologies(
        [r.extraction.technology_candidates for r in ok], alignments
    )
    tables["normative_acts"] = [row for r in ok for row in r.extraction.normative_acts]
    tables["persons"] = link_persons([m for r in ok for m in r.extraction.person_mentions])
    tables, tables["curation_log"], curation_warnings = curate_tables(tables, curation)
    for w in curation_warnings:
        log.warning("curation: %s", w)
    if warnings is not None:
        warnings.extend(curation_warnings)
    return tables


def link(
    docs: Sequence[Document],
    extractions: Sequence[DocumentExtraction],
    curation: Optional[Path] = None,
    warnings: Optional[list[str]] = None,
) -> dict[str, Rows]:
    """:func:`link_results` for documents in memory (notebooks, tests, benchmarks)."""
    by_doc = {x.doc_id: x for x in extractions}
    return link_results([document_result(d, by_doc[d.doc_id]) for d in docs], curation, warnings)


def corpus_tables(docs: Sequence[Document], curation: Optional[Path] = None) -> dict[str, Rows]:
    """align → extract → link over all documents (without a per-document cache)."""
    return link(docs, [extract_document(d) for d in docs], curation)
