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

_PROVENANCE = (
    _f("extractor", "string", "name of the rule or model that produced the row"),
    _f("confidence", "number", "0–1: how sure the extractor is"),
)

ALIGNMENTS = TableSchema(
    name="alignments",
    description="Kazakh↔Russian pairs of sections, list items / table rows and sentences that translate each other.",
    fields=(
        _f("src_id", "string", "id of the Kazakh side (block_id, sent_id or section heading block_id)", True),
        _f("tgt_id", "string", "id of the Russian side", True),
        _f("level", "string", "section | item | sentence", True),
        _f("src_lang", "string", "language of the source side"),
        _f("tgt_lang", "string", "language of the target side"),
        _f("src_doc_id", "string", "document of the source side"),
        _f("tgt_doc_id", "string", "document of the target side"),
        _f("score", "number", "alignment score, 0–1"),
        _f("method", "string", "aligner that produced the pair"),
    ),
    primary_key=("src_id", "tgt_id", "level"),
)

TECHNOLOGIES = TableSchema(
    name="technologies",
    description="One row per real pedagogical technology, method or educational tool (kk and ru names linked).",
    fields=(
        _f("tech_id", "string", "stable id derived from the normalized label", True),
        _f("label_kk", "string", "preferred Kazakh name"),
        _f("label_ru", "string", "preferred Russian name"),
        _f("alt_labels", "string", "other names and spellings met in the corpus, ';'-separated"),
        _f("kind", "string", "pedagogical_technology | method | software"),
        _f("class_kk", "string", "class in the corpus's classification (Kazakh)"),
        _f("class_ru", "string", "class in the corpus's classification (Russian)"),
        _f("author", "string", "author the text credits (normalized person name)"),
        _f("n_mentions", "integer", "number of technology_mentions rows"),
        _f("n_docs", "integer", "number of documents that mention it"),
        _f("confidence", "number", "highest confidence among its mentions"),
        _f("curated", "boolean", "true when a curation decision (corpus/curation.yaml) changed this row; see curation_log"),
    ),
    primary_key=("tech_id",),
)

TECHNOLOGY_MENTIONS = TableSchema(
    name="technology_mentions",
    description="Every occurrence of a technology in the corpus, with provenance.",
    fields=(
        _f("mention_id", "string", "'<sent_id or block_id>:t<start>'", True),
        _f("tech_id", "string", "technology", True),
        _f("doc_id", "string", "document", True),
        _f("sent_id", "string", "sentence holding the mention"),
        _f("block_id", "string", "block holding the mention"),
        _f("lang", "string", "kk | ru"),
        _f("surface", "string", "the text as written"),
        *_SPAN,
        *_PROVENANCE,
    ),
    primary_key=("mention_id",),
    foreign_keys=(_doc_fk(), ForeignKey(("tech_id",), "technologies", ("tech_id",))),
)

_LIST_ITEM_FIELDS = (
    _f("item_id", "string", "'<block_id>' of the item, or '<block_id>:i<offset>' where one block holds several items (stable)", True),
    _f("doc_id", "string", "document", True),
    _f("block_id", "string", "block of the item"),
    _f("lang", "string", "kk | ru"),
    _f("list_title", "string", "the heading or sentence that introduces the list"),
)

CABINET_TASKS = TableSchema(
    name="cabinet_tasks",
    description="Items of lists of tasks, functions, criteria, results, principles and directions of regional methodological cabinets/services.",
    fields=(
        *_LIST_ITEM_FIELDS,
        _f("kind", "string", "task | function | effectiveness_criterion | expected_result | principle | direction"),
        _f("position", "integer", "1-based position of the item in its list"),
        _f("text", "string", "item text", True),
        _f("parallel_item_id", "string", "item_id of its translation in the other language"),
        *_SPAN,
        *_PROVENANCE,
    ),
    primary_key=("item_id",),
    foreign_keys=(_doc_fk(),),
)

PLATFORM_CRITERIA = TableSchema(
    name="platform_criteria",
    description="Rules for regional innovation platforms (РИП / өңірлік инновациялық алаң): criteria, application contents, termination, obligations, reporting.",
    fields=(
        *_LIST_ITEM_FIELDS,
        _f("section", "string", "expertise_criteria | application_contents | early_termination | directions | obligations | reporting | decision_after_term"),
        _f("position", "integer", "1-based position of the item in its list"),
        _f("text", "string", "item text", True),
        _f("deadline", "string", "deadline the item states, as written"),
        _f("parallel_item_id", "string", "item_id of its translation in the other language"),
        *_SPAN,
        *_PROVENANCE,
    ),
    primary_key=("item_id",),
    foreign_keys=(_doc_fk(),),
)

NORMATIVE_ACTS = TableSchema(
    name="normative_acts",
    description="References to orders, laws, state programmes, plans, conventions and addresses.",
    fields=(
        _f("act_id", "string", "'<doc_id>:a<char_start>' (stable)", True),
        _f("doc_id", "string", "document", True),
        _f("sent_id", "string", "sentence holding the reference"),
        _f("lang", "string", "kk | ru"),
        _f("surface", "string", "the reference as written"),
        _f("type", "string", "order | law | programme | plan | convention | address | other"),
        _f("issuer", "string", "who issued it (normalized abbreviation, e.g. МОН РК)"),
        _f("date", "string", "ISO 8601 date of the act"),
        _f("number", "string", "number of the act"),
        _f("title", "string", "title of the act (inside the quotes)"),
        _f("act_key", "string", "same value for every reference to the same act, across languages"),
        *_SPAN,
        *_PROVENANCE,
    ),
    primary_key=("act_id",),
    foreign_keys=(_doc_fk(),),
)

PERSONS = TableSchema(
    name="persons",
    description="People named in the corpus: one row per mention; person_id is shared by every mention of one person, in both languages.",
    fields=(
        _f("mention_id", "string", "'<doc_id>:p<char_start>' (stable)", True),
        _f("person_id", "string", "stable id of the person (kk and ru forms folded)", True),
        _f("name", "string", "normalized name: initials and surname in the nominative"),
        _f("surface", "string", "the name as written"),
        _f("doc_id", "string", "document", True),
        _f("sent_id", "string", "sentence holding the mention"),
        _f("lang", "string", "kk | ru"),
        *_SPAN,
        *_PROVENANCE,
    ),
    primary_key=("mention_id",),
    foreign_keys=(_doc_fk(),),
)

from models.curation_schema import CURATION_LOG  # noqa: E402

TABLES: dict[str, TableSchema] = {
    t.name: t
    for t in (
        DOCUMENTS, BLOCKS, SENTENCES, TOKENS, ALIGNMENTS, TECHNOLOGIES, TECHNOLOGY_MENTIONS,
        CABINET_TASKS, PLATFORM_CRITERIA, NORMATIVE_ACTS, PERSONS, CURATION_LOG,
    )
}
