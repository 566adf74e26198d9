"""Normalization: a reader's :class:`RawDocument` becomes a :class:`Document` of typed blocks.

Order of work: characters of every line are repaired (:mod:`.chars`), page-number lines become
page breaks (:mod:`.pages`), lines are grouped into logical units (:mod:`.layout`), broken words
are rejoined with the language's help (:mod:`.dehyphenate`), and each unit gets its kind,
heading level and section path. Every block keeps anchors back to the raw text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from extractors.normalize.chars import normalize_chars
from extractors.normalize.dehyphenate import Vocabulary, decide
from extractors.normalize.layout import Line, Unit, detect_marker, ends_terminal, group_lines, standalone_heading_kind
from extractors.normalize.pages import accept_page_numbers, assign_pages
from models import BLOCK_SEPARATOR, Block, BlockKind, Document, LineAnchor, RawDocument, RawPiece

__all__ = ["normalize_document", "DehyphenationRecord"]

_MAX_HEADING_CHARS = 200


@dataclass(frozen=True)
class DehyphenationRecord:
    left: str
    right: str
    joined: bool
    reason: str


@dataclass
class _Built:
    kind: BlockKind
    text: str
    page: Optional[int]
    anchors_rel: list[tuple[int, int, int]]  # (offset in block text, src_start, length)
    heading_level: Optional[int] = None
    heading_kind: Optional[str] = None  # word | appendix | table | numbered | style
    list_marker: Optional[str] = None
    table: Optional[int] = None
    row: Optional[int] = None
    col: Optional[int] = None


def _typical_width(lines: Sequence[Line]) -> float:
    lengths = sorted(len(l.text) for l in lines)
    if not lengths:
        return 0.0
    return float(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])


def _lines_from_pieces(pieces: Sequence[RawPiece], find_pages: bool) -> list[Line]:
    texts = [normalize_chars(p.text) for p in pieces]
    page_of: list[Optional[int]] = [p.page for p in pieces]
    page_number_lines: set[int] = set()
    if find_pages:
        accepted = accept_page_numbers(texts)
        page_number_lines = {i for i, _ in accepted}
        page_of = assign_pages(texts, accepted)
    lines: list[Line] = []
    gap = False
    for i, (piece, text) in enumerate(zip(pieces, texts)):
        if i in page_number_lines or not text.strip():
            gap = True
            continue
        stripped = text.strip()
        lead = len(piece.text) - len(piece.text.lstrip())
        lines.append(
            Line(
                text=stripped,
                src_start=piece.src_start + lead,
                src_len=len(piece.text.strip()),
                page=page_of[i],
                blank_before=gap,
                indented=lead > 0,
            )
        )
        gap = False
    return lines


_NUMBER_ONLY = re.compile(r"^[\d\s.,%–-]+$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"^([^\W\d_]+)")


def _join_lines(unit: Unit, marker_len: int, vocab: Vocabulary, log: list[DehyphenationRecord]) -> tuple[str, list[tuple[int, int, int]]]:
    text = ""
    anchors: list[tuple[int, int, int]] = []
    for k, line in enumerate(unit.lines):
        piece = line.text[marker_len:].lstrip() if k == 0 and marker_len else line.text
        src = line.src_start + (len(line.text) - len(piece))
        if text:
            m_left = _HYPHEN_END.search(text)
            m_right = _WORD_START.match(piece)
            if m_left and m_right and piece[0].isalpha() and piece[0].islower():
                decision = decide(m_left.group(1), m_right.group(1), vocab)
                log.append(DehyphenationRecord(m_left.group(1), m_right.group(1), decision.join, decision.reason))
                if decision.join:
                    text = text[:-1]
            elif text.endswith("-") and text[-2:-1].isalpha() and piece[:1].isdigit():
                pass
            else:
                text += " "
        anchors.append((len(text), src, len(piece)))
        text += piece
    return re.sub(r" {2,}", " ", text).strip(), anchors


def _unit_page(unit: Unit) -> Optional[int]:
    return unit.lines[0].page if unit.lines else None


def _build_line_units(units: list[Unit], vocab: Vocabulary, log: list[DehyphenationRecord]) -> list[_Built]:
    built: list[_Built] = []
    for idx, unit in enumerate(units):
        text, anchors = _join_lines(unit, unit.marker_len, vocab, log)
        if not text:
            continue
        kind = BlockKind.LIST_ITEM if unit.marker else BlockKind.PARAGRAPH
        if _NUMBER_ONLY.match(text):
            # not a page number (those are gone): a column number or cell of a table
            kind = BlockKind.TABLE_CELL
        b = _Built(kind=kind, text=text, page=_unit_page(unit), anchors_rel=anchors, list_marker=unit.marker)
        if unit.standalone_heading:
            b.kind, b.heading_kind, b.list_marker = BlockKind.HEADING, unit.standalone_heading, None
        elif unit.marker_kind == "chapter" and len(text) <= _MAX_HEADING_CHARS and not ends_terminal(text):
            b.kind, b.heading_kind = BlockKind.HEADING, "numbered"
        elif unit.marker_kind == "number" and _is_section_title(unit, text, units[idx + 1 :]):
            b.kind, b.heading_kind = BlockKind.HEADING, "numbered"
        if b.kind == BlockKind.HEADING and b.heading_kind == "numbered":
            b.heading_level = unit.marker.rstrip(".)").count(".") + 1 if unit.marker else 1
            b.text = f"{unit.marker} {text}" if unit.marker else text
            b.list_marker = None
        built.append(b)
    return built


def _is_section_title(unit: Unit, text: str, following: Sequence[Unit]) -> bool:
    """``1. Жалпы ереже.`` is a section title when the next unit is clause ``1.1``."""
    if (unit.marker or "").endswith(")"):
        return False  # '4) реорганизация …' is the last item of a list before clause 4.2, not section 4
    marker = (unit.marker or "").rstrip(".)")
    if not marker.isdigit() or len(text) > 100 or text.rstrip().endswith((";", ":", ",")):
        return False
    nxt = next(iter(following), None)
    if nxt is None or not nxt.marker:
        return False
    return nxt.marker.rstrip(".)").startswith(marker + ".")


def _whole_piece_text(piece: RawPiece, vocab: Vocabulary, log: list[DehyphenationRecord]) -> str:
    """A whole piece may still hold line breaks (a PDF table cell, a DOCX manual break): join
    them as wrapped lines, repairing hyphenation the same way."""
    if "\n" not in piece.text:
        return normalize_chars(piece.text).strip()
    lines = [
        Line(text=t, src_start=piece.src_start, src_len=len(t), page=piece.page)
        for t in (normalize_chars(x).strip() for x in piece.text.split("\n"))
        if t
    ]
    if not lines:
        return ""
    text, _ = _join_lines(Unit(lines=lines), 0, vocab, log)
    return text


def _build_whole_piece(piece: RawPiece, vocab: Vocabulary, log: list[DehyphenationRecord]) -> Optional[_Built]:
    text = _whole_piece_text(piece, vocab, log)
    if not text:
        return None
    anchors = [(0, piece.src_start, len(piece.text))]
    if piece.kind_hint == BlockKind.TABLE_CELL:
        return _Built(BlockKind.TABLE_CELL, text, piece.page, anchors, table=piece.table, row=piece.row, col=piece.col)
    if piece.kind_hint == BlockKind.HEADING:
        return _Built(BlockKind.HEADING, text, piece.page, anchors, heading_level=piece.heading_level or 1, heading_kind="style")
    if piece.kind_hint == BlockKind.LIST_ITEM:
        return _Built(BlockKind.LIST_ITEM, text, piece.page, anchors, list_marker=piece.list_marker)
    kind = standalone_heading_kind(text)
    if kind:
        return _Built(BlockKind.HEADING, text, piece.page, anchors, heading_kind=kind)
    line = Line(text=text, src_start=piece.src_start, src_len=len(text), page=piece.page, blank_before=True)
    marker, mkind, mlen = detect_marker(line, None)
    if marker and mkind in ("bullet", "dash", "number", "clause"):
        return _Built(BlockKind.LIST_ITEM, text[mlen:].strip(), piece.page, anchors, list_marker=marker)
    return _Built(BlockKind.PARAGRAPH, text, piece.page, anchors)


def _runs(pieces: Sequence[RawPiece]) -> Iterable[tuple[bool, list[RawPiece]]]:
    """Consecutive pieces grouped by whether they are whole units or physical lines."""
    run: list[RawPiece] = []
    whole: Optional[bool] = None
    for p in pieces:
        if whole is not None and p.whole != whole:
            yield whole, run
            run = []
        whole = p.whole
        run.append(p)
    if run:
        yield bool(whole), run


def _assign_sections(built: list[_Built]) -> list[list[str]]:
    """Section path of every block; sets heading levels of headings that have none yet."""
    stack: list[tuple[int, str, str]] = []  # (level, kind, text)
    in_appendix = False
    sections: list[list[str]] = []
    for b in built:
        if b.kind != BlockKind.HEADING:
            sections.append([t for _, _, t in stack])
            continue
        if b.heading_kind == "appendix":
            level, in_appendix = 1, True
        elif b.heading_kind == "word":
            level, in_appendix = 1, False
        elif b.heading_kind == "table":
            while stack and stack[-1][1] == "table":
                stack.pop()
            level = stack[-1][0] + 1 if stack else 1
        elif b.heading_kind == "numbered":
            level = (b.heading_level or 1) + (1 if in_appendix else 0)
        else:
            level = b.heading_level or 1
        b.heading_level = level
        while stack and stack[-1][0] >= level:
            stack.pop()
        sections.append([t for _, _, t in stack])
        stack.append((level, b.heading_kind or "", b.text))
    return sections


def normalize_document(
    raw: RawDocument,
    doc_id: str,
    sha256: str,
    title: Optional[str] = None,
    vocabulary: Optional[Vocabulary] = None,
    dehyphenation_log: Optional[list[DehyphenationRecord]] = None,
) -> Document:
    """Build the document's blocks. ``vocabulary`` may carry words of the whole corpus, which
    helps rejoin broken words; the document's own words are always added."""
    log = dehyphenation_log if dehyphenation_log is not None else []
    find_pages = all(p.page is None for p in raw.pieces)
    runs = list(_runs(raw.pieces))
    line_runs = {i: _lines_from_pieces(run, find_pages) for i, (whole, run) in enumerate(runs) if not whole}
    all_lines = [l for ls in line_runs.values() for l in ls]
    width = _typical_width(all_lines)
    vocab = Vocabulary()
    if vocabulary is not None:
        vocab.counts.update(vocabulary.counts)
    vocab.add("\n".join(l.text for l in all_lines))
    vocab.add("\n".join(normalize_chars(p.text) for p in raw.pieces if p.whole))

    built: list[_Built] = []
    for i, (whole, run) in enumerate(runs):
        if whole:
            built.extend(b for b in (_build_whole_piece(p, vocab, log) for p in run) if b is not None)
        else:
            built.extend(_build_line_units(group_lines(line_runs[i], width), vocab, log))

    sections = _assign_sections(built)
    blocks: list[Block] = []
    offset = 0
    for n, (b, section) in enumerate(zip(built, sections)):
        anchors = [LineAnchor(offset + rel, src, length) for rel, src, length in b.anchors_rel]
        blocks.append(
            Block(
                block_id=f"{doc_id}:b{n}",
                doc_id=doc_id,
                kind=b.kind,
                text=b.text,
                char_start=offset,
                char_end=offset + len(b.text),
                page=b.page,
                section=section,
                heading_level=b.heading_level if b.kind == BlockKind.HEADING else None,
                list_marker=b.list_marker,
                table=b.table,
                row=b.row,
                col=b.col,
                anchors=anchors,
            )
        )
        offset += len(b.text) + len(BLOCK_SEPARATOR)
    pages = [b.page for b in blocks if b.page is not None]
    n_pages = raw.n_pages or (max(pages) - min(pages) + 1 if pages else None)
    doc_title = title or raw.title or _default_title(blocks)
    return Document(
        doc_id=doc_id,
        source_file=raw.path,
        format=raw.format,
        sha256=sha256,
        blocks=blocks,
        title=doc_title,
        n_pages=n_pages,
        encoding=raw.encoding,
    )


def _default_title(blocks: Sequence[Block]) -> Optional[str]:
    for b in blocks:
        if b.kind == BlockKind.HEADING and standalone_heading_kind(b.text) is None:
            return b.text[:200]
    return blocks[0].text[:120] if blocks else None
