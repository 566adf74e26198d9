"""Records → table rows, column names and order taken from :mod:`models.schema`."""
from __future__ import annotations

from typing import Any, Iterable, Optional

from edukb.corpus import CorpusEntry
from models import TABLES, Block, Document

SECTION_SEPARATOR = " > "


def _check(table: str, row: dict[str, Any]) -> dict[str, Any]:
    columns = TABLES[table].columns
    unknown = set(row) - set(columns)
    if unknown:  # a column must be defined in models.schema before it is published
        raise KeyError(f"{table}: columns not in the schema: {sorted(unknown)}")
    return {c: row.get(c) for c in columns}


def document_row(doc: Document, entry: Optional[CorpusEntry] = None) -> dict[str, Any]:
    return _check(
        "documents",
        {
            "doc_id": doc.doc_id,
            "title": doc.title,
            "source_file": entry.rel_path if entry else doc.source_file,
            "format": doc.format,
            "kind": entry.kind if entry else None,
            "year": entry.year if entry else None,
            "sha256": doc.sha256,
            "languages": ";".join(doc.languages) if doc.languages else (entry.languages if entry else None),
            "n_pages": doc.n_pages,
            "n_chars": doc.n_chars,
            "n_blocks": len(doc.blocks),
            "encoding": doc.encoding,
            "status": doc.status.value,
            "error": doc.error,
        },
    )


def block_row(block: Block, ordinal: int) -> dict[str, Any]:
    return _check(
        "blocks",
        {
            "block_id": block.block_id,
            "doc_id": block.doc_id,
            "ordinal": ordinal,
            "kind": block.kind.value,
            "section": SECTION_SEPARATOR.join(block.section) if block.section else None,
            "heading_level": block.heading_level,
            "list_marker": block.list_marker,
            "table": block.table,
            "row": block.row,
            "col": block.col,
            "lang": block.lang,
            "text": block.text,
            "page": block.page,
            "char_start": block.char_start,
            "char_end": block.char_end,
            "src_start": block.src_start,
            "src_end": block.src_end,
        },
    )


def block_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [block_row(b, i) for d in docs for i, b in enumerate(d.blocks)]


def sentence_rows(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [
        _check(
            "sentences",
            {
                "sent_id": s.sent_id,
                "doc_id": s.doc_id,
                "block_id": s.block_id,
                "lang": s.lang,
                "text": s.text,
                "page": s.page,
                "char_start": s.char_start,
                "char_end": s.char_end,
            },
        )
        for d in docs
        for s in d.sentences
    ]


def token_rows(docs: Iterable[Document]) -> dict[str, list[Any]]:
    """The tokens table column by column: a corpus has millions of tokens, and a dict per row
    would cost several times the memory of the tokens themselves."""
    columns: dict[str, list[Any]] = {c: [] for c in TABLES["tokens"].columns}
    for d in docs:
        for s in d.sentences:
            for t in s.tokens:
                columns["sent_id"].append(s.sent_id)
                columns["i"].append(t.i)
                columns["text"].append(t.text)
                columns["lemma"].append(t.lemma)
                columns["upos"].append(t.upos)
                columns["feats"].append(t.feats)
                columns["char_start"].append(t.char_start)
                columns["char_end"].append(t.char_end)
    return columns
