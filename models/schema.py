"""The one definition of every published table.

CSV headers, Parquet schemas, database DDL, ``datapackage.json`` and the data dictionary are
all generated from :data:`TABLES`; a column is defined here and nowhere else.
Types are Frictionless Table Schema types (string, integer, number, boolean).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    table_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)
    csv: bool = True

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Optional[Field]:
        return next((f for f in self.fields if f.name == name), None)


def _f(name: str, type_: str, description: str, required: bool = False) -> Field:
    return Field(name, type_, description, required)


def _doc_fk() -> ForeignKey:
    return ForeignKey(("doc_id",), "documents", ("doc_id",))


_SPAN = (
    _f("page", "integer", "1-based page where the format (or a page-number line) gives pages; empty otherwise"),
    _f("char_start", "integer", "start offset in the document's normalized text (blocks joined by a newline)"),
    _f("char_end", "integer", "end offset (exclusive) in the document's normalized text"),
)

DOCUMENTS = TableSchema(
    name="documents",
    description="One row per corpus file, including files that failed to read (status = failed).",
    fields=(
        _f("doc_id", "string", "stable id: the file's stem for corpus files, content-derived otherwise", True),
        _f("title", "string", "title from the manifest, the file's metadata or its first heading"),
        _f("source_file", "string", "path of the file relative to the corpus folder", True),
        _f("format", "string", "txt | pdf | docx"),
        _f("kind", "string", "article | handbook | regulation (from the corpus manifest)"),
        _f("year", "integer", "year of the document where the text states it (from the corpus manifest)"),
        _f("sha256", "string", "SHA-256 of the file's bytes"),
        _f("languages", "string", "languages found in the document, ';'-separated ISO 639-1 codes"),
        _f("n_pages", "integer", "pages (PDF pages, or page breaks recovered from page-number lines)"),
        _f("n_chars", "integer", "length of the normalized text"),
        _f("n_blocks", "integer", "number of blocks"),
        _f("encoding", "string", "detected text encoding (TXT only)"),
        _f("status", "string", "ok | failed", True),
        _f("error", "string", "one-line reason naming the file, when status = failed"),
    ),
    primary_key=("doc_id",),
)

BLOCKS = TableSchema(
    name="blocks",
    description="Ordered structural blocks of each document's normalized text.",
    fields=(
        _f("block_id", "string", "'<doc_id>:b<ordinal>'", True),
        _f("doc_id", "string", "document id", True),
        _f("ordinal", "integer", "0-based position of the block in its document"),
        _f("kind", "string", "heading | paragraph | list_item | table_cell", True),
        _f("section", "string", "heading path above the block, ' > '-separated"),
        _f("heading_level", "integer", "level of a heading block (1 = top)"),
        _f("list_marker", "string", "bullet or number that introduced a list item ('•', '-', '1.', 'а)')"),
        _f("table", "integer", "table number within the document, for table cells"),
        _f("row", "integer", "0-based row, for table cells"),
        _f("col", "integer", "0-based column, for table cells"),
        _f("lang", "string", "kk | ru | other | mixed"),
        _f("text", "string", "normalized text of the block (no newlines)", True),
        *_SPAN,
        _f("src_start", "integer", "start offset in the reader's raw text of the source file"),
        _f("src_end", "integer", "end offset in the reader's raw text of the source file"),
    ),
    primary_key=("block_id",),
    foreign_keys=(_doc_fk(),),
)

SENTENCES = TableSchema(
    name="sentences",
    description="Sentences with their language and span.",
    fields=(
        _f("sent_id", "string", "'<block_id>:s<ordinal>'", True),
        _f("doc_id", "string", "document id", True),
        _f("block_id", "string", "block the sentence stands in", True),
        _f("lang", "string", "kk | ru | other | mixed"),
        _f("text", "string", "sentence text", True),
        *_SPAN,
    ),
    primary_key=("sent_id",),
    foreign_keys=(_doc_fk(), ForeignKey(("block_id",), "blocks", ("block_id",))),
)

TOKENS = TableSchema(
    name="tokens",
    description="Tokens with lemma, UPOS and UD features (Parquet and database only).",
    fields=(
        _f("sent_id", "string", "sentence id", True),
        _f("i", "integer", "0-based token index in the sentence", True),
        _f("text", "string", "token as written", True),
        _f("lemma", "string", "lemma (lower case)"),
        _f("upos", "string", "Universal POS tag"),
        _f("feats", "string", "UD morphological features 'Key=Val|…'"),
        _f("char_start", "integer", "start offset in the document's normalized text"),
        _f("char_end", "integer", "end offset in the document's normalized text"),
    ),
    primary_key=("sent_id", "i"),
    foreign_keys=(ForeignKey(("sent_id",), "sentences", ("sent_id",)),),
    csv=False,
)

TABLES: dict[str, TableSchema] = {t.name: t for t in (DOCUMENTS, BLOCKS, SENTENCES, TOKENS)}
