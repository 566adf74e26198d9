"""PDF reader: physical text lines and ruled-table cells, in reading order, with page numbers.

The PDF itself only knows glyphs and their positions, so this reader keeps the text raw (bullet
glyphs, private-use Symbol-font bullets, end-of-line hyphens stay as they are) and leaves
unwrapping, dehyphenation and glyph mapping to normalization. What it does decide, because only
the page geometry can tell, is:

* tables — pdfplumber's table finder (ruled tables); each non-empty cell becomes one piece and
  the characters inside a table's box are not emitted again as ordinary lines;
* page furniture — dropped from the first and last two lines of each page: running
  headers/footers (the same text, digits ignored, at the same height on most pages), headers
  whose page number runs in step with the page while their text changes ("Глава 2 … 14"), and
  bare page numbers in the top/bottom margin ("12", "- 12 -", "Бет 12", "Стр. 12 из 40") that
  match the page or run in step with it (a year alone on a cover page stays).

``RawDocument.raw_text`` layout: the pieces of one page are joined by ``"\\n"``; pages are
joined by :data:`PAGE_SEPARATOR` (``"\\n\\f\\n"``: a form-feed on a line of its own), so an
empty page still leaves its separator and ``raw_text.count("\\f") + 1 == n_pages``. A table
cell's text keeps its internal line breaks as ``"\\n"``. Every piece's ``src_start`` indexes
``raw_text``; layouts with several text columns are read line by line across the page
(column detection is not attempted).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from models import BlockKind, RawDocument, RawPiece, ReadError

PAGE_SEPARATOR = "\n\f\n"

FURNITURE_ZONE_LINES = 2
"""How many lines at the top and at the bottom of a page may be running headers/footers."""

FURNITURE_MIN_SHARE = 0.5
"""A line is running furniture when it repeats (digits ignored) on at least this share of the
pages that have text, and on at least two pages: 0.5 still catches headers that alternate
between odd and even pages."""

FURNITURE_Y_TOLERANCE = 4.0
"""Points: repeated header/footer lines must sit at (about) the same height on each page."""

NUMBERED_HEADER_MIN_SHARE = 0.25
"""A header that carries the page number and a varying text ("Chapter 2: Methods 14") is
furniture when its number runs in step with the page number on this share of the pages (and
on at least three), chapter titles changing or not."""

PAGE_NUMBER_MARGIN = 0.15
"""A bare page number is dropped only inside this fraction of the page height from the top or
bottom edge, so a number that is content (a lone figure in the body) survives."""

EOF_TAIL_BYTES = 4096
"""Where the ``%%EOF`` marker must be: a file cut short loses it, and pdfminer would otherwise
silently recover only the objects that survived."""

X_TOLERANCE_RATIO = 0.15
"""Gap between two glyphs, as a share of the font size, above which a space is inserted.
pdfplumber's fixed 3-point default glues words of PDFs that draw no space glyphs (TeX,
justified text): "Thisisversion0.21"; 0.15 em splits those and keeps kerned letters together."""

CID_SHARE_LIMIT = 0.5
"""Above this share of ``(cid:N)`` placeholders the text layer is unusable (fonts without a
Unicode map), which for the knowledge base is the same as having no text."""

_PAGE_NUMBER = re.compile(
    r"""^[\s\-–—|.·]*
    (?:(?:бет|стр\.?|страница|с\.|page|p\.)\s*)?
    (\d{1,4})
    (?:\s*(?:/|из|of|ішінен)\s*\d{1,4})?
    (?:\s*(?:-?\s*бет|стр\.?))?
    [\s\-–—|.·]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CID = re.compile(r"\(cid:\d+\)")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Line:
    text: str
    top: float
    bottom: float


@dataclass(frozen=True)
class _Cell:
    text: str
    table: int
    row: int
    col: int


@dataclass
class _Page:
    number: int
    height: float
    # ordinary lines and tables in reading order; a table is a list of cells
    items: list  # list[_Line | list[_Cell]]
    has_images: bool


def read_pdf(path: Path) -> RawDocument:
    """Read a PDF into page-numbered line pieces and table-cell pieces.

    Raises :class:`ReadError` for files that are not PDFs, are cut short or corrupt, need a
    password, or carry no extractable text (scanned images).
    """
    path = Path(path)
    name = str(path)
    _check_bytes(path, name)

    import pdfplumber  # heavy import, only when a PDF is actually read

    pages: list[_Page] = []
    try:
        with pdfplumber.open(path) as pdf:
            title = _metadata_title(pdf.metadata)
            next_table = 0
            for number, page in enumerate(pdf.pages, start=1):
                parsed = _read_page(page, number, next_table)
                next_table += sum(1 for item in parsed.items if isinstance(item, list))
                pages.append(parsed)
                page.close()  # drop pdfplumber's per-page caches: memory stays flat
    except ReadError:
        raise
    except Exception as exc:  # pdfminer/pdfplumber raise many unrelated types
        raise ReadError(name, _describe_failure(exc)) from exc

    if not any(page.items for page in pages):
        raise ReadError(name, _no_text_reason(pages))

    _drop_page_furniture(pages)
    raw_text, pieces = _assemble(pages)
    if not pieces:
        raise ReadError(name, "no extractable text besides page headers/footers")
    cid_chars = sum(len(m) for m in _CID.findall(raw_text))
    if cid_chars > CID_SHARE_LIMIT * len(raw_text.replace(PAGE_SEPARATOR, "")):
        raise ReadError(
            name, "text layer is unusable: fonts carry no Unicode map ((cid:N) placeholders)"
        )
    return RawDocument(
        path=name,
        format="pdf",
        raw_text=raw_text,
        pieces=pieces,
        n_pages=len(pages),
        title=title,
    )


def _check_bytes(path: Path, name: str) -> None:
    """Refuse non-PDFs and truncated PDFs from their bytes, before the parser guesses."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, size - EOF_TAIL_BYTES))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise ReadError(name, "not a PDF: no %PDF- header")
    if b"%%EOF" not in tail:
        raise ReadError(name, "corrupt PDF: truncated (no %%EOF marker at the end)")


def _describe_failure(exc: BaseException) -> str:
    """One short line saying why pdfminer gave up; password protection named as such."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    kind = type(inner).__name__
    if "Password" in kind or "Encrypt" in kind or "CryptFilter" in kind:
        return "encrypted PDF: password protected"
    message = str(inner).strip().splitlines()[0] if str(inner).strip() else kind
    return f"corrupt PDF: {message}"


def _no_text_reason(pages: list[_Page]) -> str:
    with_images = sum(1 for page in pages if page.has_images)
    if with_images:
        return (
            f"no extractable text: {with_images} of {len(pages)} page(s) hold only images "
            "(scanned PDF; OCR is not supported)"
        )
    return f"no extractable text on any of {len(pages)} page(s)"


def _metadata_title(metadata: dict) -> Optional[str]:
    value = metadata.get("Title") if metadata else None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _read_page(page, number: int, first_table: int) -> _Page:
    """Lines outside tables plus the tables' cells, ordered top to bottom."""
    # The default "lines" strategy needs ruling; skipping the finder on pages without any
    # drawn edges is the main speed win on text-only documents.
    tables = page.find_tables() if (page.rects or page.lines or page.curves) else []
    tables = sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))
    boxes = [t.bbox for t in tables]

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    lines = [
        _Line(text=line["text"].strip(), top=line["top"], bottom=line["bottom"])
        for line in text_page.extract_text_lines(
            return_chars=False, x_tolerance_ratio=X_TOLERANCE_RATIO
        )
        if line["text"].strip()
    ]
    placed: list[tuple[float, int, object]] = [(ln.top, 1, ln) for ln in lines]
    for offset, table in enumerate(tables):
        cells = [
            _Cell(text=text.strip(), table=first_table + offset, row=r, col=c)
            for r, row in enumerate(table.extract(x_tolerance_ratio=X_TOLERANCE_RATIO))
            for c, text in enumerate(row)
            if text and text.strip()
        ]
        placed.append((table.bbox[1], 0, cells))  # a table precedes a line at the same top
    placed.sort(key=lambda item: (item[0], item[1]))
    items = [item for _, _, item in placed if not (isinstance(item, list) and not item)]
    return _Page(number=number, height=float(page.height), items=items, has_images=bool(page.images))


def _furniture_key(line: _Line, edge: float) -> tuple[str, int]:
    """Text with digits masked, plus where the line sits: running furniture is printed at the
    same height on every page, which tells it apart from body text that merely repeats."""
    text = _SPACES.sub(" ", _DIGITS.sub("#", line.text)).strip().casefold()
    return text, round(edge / FURNITURE_Y_TOLERANCE)


def _zone_lines(page: _Page) -> tuple[list[_Line], list[_Line]]:
    """The first and the last few ordinary lines of a page (tables never count as furniture)."""
    lines = [item for item in page.items if isinstance(item, _Line)]
    return lines[:FURNITURE_ZONE_LINES], lines[-FURNITURE_ZONE_LINES:]


def _in_margin(line: _Line, page: _Page, zone: str) -> bool:
    if zone == "top":
        return line.bottom <= PAGE_NUMBER_MARGIN * page.height
    return line.top >= (1 - PAGE_NUMBER_MARGIN) * page.height


def _page_number(line: _Line) -> Optional[int]:
    """The number a bare page-number line shows ("12", "- 12 -", "Бет 12", "Стр. 12 из 40")."""
    match = _PAGE_NUMBER.match(line.text)
    return int(match.group(1)) if match else None


def _edge_number(line: _Line) -> Optional[int]:
    """A page number printed before or after header text: "14 Глава 2" / "Глава 2 … 14"."""
    tokens = line.text.split()
    if len(tokens) < 2:
        return None
    for token in (tokens[-1], tokens[0]):
        if token.isdigit() and len(token) <= 4:
            return int(token)
    return None


def _drop_page_furniture(pages: list[_Page]) -> None:
    """Remove running headers/footers and bare page numbers, in place.

    A bare number in the margin is a page number when it equals the physical page number or
    when it runs in step with it on two pages or more (an extract from a collection numbered
    from 145), so a year on a cover page ("2025") is kept.
    """
    with_text = [page for page in pages if page.items]
    top_counts: Counter[tuple[str, int]] = Counter()
    bottom_counts: Counter[tuple[str, int]] = Counter()
    bare_offsets: Counter[int] = Counter()
    edge_offsets: Counter[tuple[str, int]] = Counter()
    bare: list[tuple[_Page, _Line, int]] = []
    edge: list[tuple[_Page, _Line, str, int]] = []
    for page in with_text:
        top, bottom = _zone_lines(page)
        top_counts.update({_furniture_key(line, line.top) for line in top})
        bottom_counts.update({_furniture_key(line, line.bottom) for line in bottom})
        page_bare, page_edge = set(), set()
        for zone, lines in (("top", top), ("bottom", bottom)):
            for line in lines:
                if not _in_margin(line, page, zone):
                    continue
                shown = _page_number(line)
                if shown is not None:
                    bare.append((page, line, shown))
                    page_bare.add(shown - page.number)
                    continue
                shown = _edge_number(line)
                if shown is not None:
                    edge.append((page, line, zone, shown - page.number))
                    page_edge.add((zone, shown - page.number))
        bare_offsets.update(page_bare)
        edge_offsets.update(page_edge)
    needed = max(2, math.ceil(FURNITURE_MIN_SHARE * len(with_text)))
    running_top = {key for key, n in top_counts.items() if n >= needed}
    running_bottom = {key for key, n in bottom_counts.items() if n >= needed}
    edge_needed = max(3, math.ceil(NUMBERED_HEADER_MIN_SHARE * len(with_text)))

    drop: set[int] = {
        id(line)
        for page, line, shown in bare
        if shown == page.number or bare_offsets[shown - page.number] >= 2
    }
    drop.update(id(line) for _, line, zone, off in edge if edge_offsets[(zone, off)] >= edge_needed)
    for page in with_text:
        top, bottom = _zone_lines(page)
        drop.update(id(line) for line in top if _furniture_key(line, line.top) in running_top)
        drop.update(
            id(line) for line in bottom if _furniture_key(line, line.bottom) in running_bottom
        )
        page.items = [item for item in page.items if id(item) not in drop]


def _assemble(pages: list[_Page]) -> tuple[str, list[RawPiece]]:
    parts: list[str] = []
    pieces: list[RawPiece] = []
    pos = 0
    for index, page in enumerate(pages):
        if index:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        first = True
        for item in page.items:
            entries = item if isinstance(item, list) else [item]
            for entry in entries:
                if not first:
                    parts.append("\n")
                    pos += 1
                first = False
                parts.append(entry.text)
                if isinstance(entry, _Cell):
                    pieces.append(
                        RawPiece(
                            text=entry.text,
                            src_start=pos,
                            page=page.number,
                            kind_hint=BlockKind.TABLE_CELL,
                            table=entry.table,
                            row=entry.row,
                            col=entry.col,
                            whole=True,
                        )
                    )
                else:
                    pieces.append(RawPiece(text=entry.text, src_start=pos, page=page.number))
                pos += len(entry.text)
    return "".join(parts), pieces
