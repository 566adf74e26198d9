"""Records that flow between the stages: read → normalize → segment → …

A reader produces a :class:`RawDocument` (pieces of source text with the hints the format
gives: page, style, table position). Normalization turns it into a :class:`Document` whose
blocks carry spans in the *normalized text* and anchors back into the reader's raw text, so
any extracted row can be traced to the page and the source characters it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


class DocumentStatus(str, Enum):
    OK = "ok"
    FAILED = "failed"


class ReadError(Exception):
    """A document that cannot be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True, slots=True)
class RawPiece:
    """One unit of source text as the format delivers it.

    For TXT and PDF a piece is one physical line; for DOCX one paragraph or one table cell.
    ``src_start`` indexes :attr:`RawDocument.raw_text`.
    """

    text: str
    src_start: int
    page: Optional[int] = None
    # hints from formats that know structure (DOCX styles, PDF tables)
    kind_hint: Optional[BlockKind] = None
    heading_level: Optional[int] = None
    list_marker: Optional[str] = None
    table: Optional[int] = None
    row: Optional[int] = None
    col: Optional[int] = None
    # True when the piece is already a whole logical paragraph (no re-wrapping needed)
    whole: bool = False


@dataclass
class RawDocument:
    """What a reader returns: the raw text and its pieces in reading order."""

    path: str
    format: str
    raw_text: str
    pieces: list[RawPiece]
    n_pages: Optional[int] = None
    title: Optional[str] = None
    encoding: Optional[str] = None


@dataclass(frozen=True, slots=True)
class LineAnchor:
    """``length`` characters at ``norm_start`` in the normalized text came from ``src_start``
    in the raw text (modulo character-level substitutions of equal length)."""

    norm_start: int
    src_start: int
    length: int


@dataclass(slots=True)
class Block:
    block_id: str
    doc_id: str
    kind: BlockKind
    text: str
    char_start: int
    char_end: int
    page: Optional[int]
    section: list[str] = field(default_factory=list)
    heading_level: Optional[int] = None
    list_marker: Optional[str] = None
    table: Optional[int] = None
    row: Optional[int] = None
    col: Optional[int] = None
    anchors: list[LineAnchor] = field(default_factory=list)
    lang: Optional[str] = None

    @property
    def src_start(self) -> Optional[int]:
        return self.anchors[0].src_start if self.anchors else None

    @property
    def src_end(self) -> Optional[int]:
        if not self.anchors:
            return None
        last = self.anchors[-1]
        return last.src_start + last.length

    def to_source(self, offset: int) -> Optional[int]:
        """Map an offset in the normalized text (inside this block) to the raw text."""
        for a in reversed(self.anchors):
            if offset >= a.norm_start:
                return a.src_start + min(offset - a.norm_start, a.length)
        return None


@dataclass(slots=True)
class Token:
    """A token with its analysis; offsets index the document's normalized text."""

    i: int
    text: str
    char_start: int
    char_end: int
    lemma: Optional[str] = None
    upos: Optional[str] = None
    feats: Optional[str] = None


@dataclass(slots=True)
class Sentence:
    """A sentence inside one block; offsets index the document's normalized text."""

    sent_id: str
    doc_id: str
    block_id: str
    text: str
    char_start: int
    char_end: int
    lang: Optional[str] = None
    page: Optional[int] = None
    tokens: list[Token] = field(default_factory=list)


BLOCK_SEPARATOR = "\n"
"""Blocks are joined by this separator to form the document's normalized text."""


@dataclass
class Document:
    doc_id: str
    source_file: str
    format: str
    sha256: str
    blocks: list[Block]
    title: Optional[str] = None
    n_pages: Optional[int] = None
    status: DocumentStatus = DocumentStatus.OK
    error: Optional[str] = None
    encoding: Optional[str] = None
    languages: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # filled by the segment stage

    @property
    def text(self) -> str:
        """The normalized text: block texts joined by :data:`BLOCK_SEPARATOR`.

        ``Block.char_start``/``char_end`` index this string.
        """
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    @property
    def n_chars(self) -> int:
        if not self.blocks:
            return 0
        return self.blocks[-1].char_end
