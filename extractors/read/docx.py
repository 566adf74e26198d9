"""DOCX reader: body paragraphs and table cells in document order, with the structure Word knows.

A DOCX states what PDF and TXT only suggest: heading levels (paragraph styles, outline levels),
list membership and the list's numbering format, table cells. Those become hints on the pieces;
the text itself stays raw (Symbol-font bullets typed as ``w:sym`` come through as their
private-use code point, e.g. U+F0B7, for normalization to map).

Layout of ``RawDocument.raw_text``: the pieces' texts joined by ``"\\n"``; ``src_start`` indexes
it. A piece is a whole paragraph or a whole table cell (``whole=True``); manual line breaks
(``w:br``) inside a paragraph and the paragraphs of a multi-paragraph cell are kept as ``"\\n"``.
Word generates list numbers rather than storing them in the text, so a list item's text has no
marker; the marker Word would draw is in ``list_marker`` ('•' for every bullet level, '3.',
'а)', '1.2.' … from numbering.xml). A numbered heading is a HEADING with a ``list_marker``.
DOCX has no fixed pages: ``page`` and ``n_pages`` stay None.

The ZIP container is vetted before python-docx parses it (not a ZIP, no word/document.xml,
too large once uncompressed, suspicious compression ratio), using only the sizes the ZIP
directory declares, so a zip bomb is refused without inflating a byte of it.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Optional

from models import BlockKind, RawDocument, RawPiece, ReadError

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""Refuse a DOCX whose members add up to more than this once inflated (100 MiB)."""

MAX_COMPRESSION_RATIO = 200
"""Refuse a member that inflates more than this many times. Word XML compresses 5–30×, images
not at all; deflate tops out near 1030×, which is what zip bombs use."""

RATIO_CHECK_MIN_BYTES = 1024 * 1024
"""Tiny members (a settings part of a few kilobytes) may compress extremely well; the ratio
only matters for members at least this large."""

MAX_MEMBERS = 10_000
"""A real DOCX has tens of parts, a few hundred with many images."""

MAIN_PART = "word/document.xml"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": W, "mc": MC}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_HEADING_STYLE = re.compile(
    r"^(?:heading|заголовок|тақырып|überschrift|titre|título)\s*([1-9])$", re.IGNORECASE
)
_TITLE_STYLES = {"title", "название", "заглавие", "атауы"}
TITLE_LEVEL = 1
"""Heading level given to the Title style: the document title heads everything, like a
level-1 heading (levels stay 1-based for the normalizer)."""


def read_docx(path: Path) -> RawDocument:
    """Read a DOCX into paragraph and table-cell pieces with heading, list and table hints.

    Raises :class:`ReadError` for files that are not DOCX containers, are unsafe to inflate,
    or whose XML is corrupt.
    """
    path = Path(path)
    name = str(path)
    infos = _vet_container(path, name)

    import docx  # python-docx; imported late so that importing this module stays cheap
    from lxml import etree

    try:
        document = docx.Document(str(path))
    except etree.XMLSyntaxError as exc:
        raise ReadError(name, f"corrupt DOCX: broken XML ({_first_line(exc)})") from exc
    except Exception as exc:  # PackageNotFoundError, KeyError, ValueError(content type) …
        raise ReadError(name, f"corrupt DOCX: {_first_line(exc)}") from exc

    try:
        styles = _load_styles(document)
        numbering = _Numbering.load(document)
        default_style = _default_paragraph_style(document.styles.element)
        pieces_text = list(_walk_body(document.element.body, styles, numbering, default_style))
        title = (document.core_properties.title or "").strip() or None
    except etree.XMLSyntaxError as exc:
        raise ReadError(name, f"corrupt DOCX: broken XML ({_first_line(exc)})") from exc

    if not pieces_text:
        images = sum(1 for info in infos if info.filename.startswith("word/media/"))
        if images:
            raise ReadError(
                name, f"no text in the document body, only {images} image(s) (scanned pages?)"
            )
        raise ReadError(name, "no text in the document body")

    parts: list[str] = []
    pieces: list[RawPiece] = []
    pos = 0
    for piece in pieces_text:
        if parts:
            parts.append("\n")
            pos += 1
        pieces.append(replace(piece, src_start=pos))
        parts.append(piece.text)
        pos += len(piece.text)
    return RawDocument(
        path=name, format="docx", raw_text="".join(parts), pieces=pieces, title=title
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# ----------------------------------------------------------------------------- container


def _vet_container(path: Path, name: str) -> list[zipfile.ZipInfo]:
    """Refuse what python-docx should never be handed, from the ZIP directory alone."""
    with path.open("rb") as fh:
        magic = fh.read(8)
    if magic == _OLE_MAGIC:
        raise ReadError(
            name, "not a DOCX: OLE compound file (a password-protected DOCX or a legacy .doc)"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ReadError(name, "not a DOCX: not a ZIP container") from None
    if len(infos) > MAX_MEMBERS:
        raise ReadError(name, f"refused: ZIP holds {len(infos)} members (limit {MAX_MEMBERS})")
    if not any(info.filename == MAIN_PART for info in infos):
        raise ReadError(name, f"not a DOCX: ZIP without {MAIN_PART}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ReadError(
            name,
            f"refused: {total} bytes once uncompressed, over the "
            f"{MAX_UNCOMPRESSED_BYTES}-byte limit (zip bomb?)",
        )
    for info in infos:
        if info.file_size < RATIO_CHECK_MIN_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO:
            raise ReadError(
                name,
                f"refused: {info.filename} inflates {ratio:.0f}x "
                f"(limit {MAX_COMPRESSION_RATIO}x; zip bomb?)",
            )
    return infos


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: Optional[str]
    num_id: Optional[int]
    ilvl: Optional[int]
    outline: Optional[int]


def _val(element, tag: str) -> Optional[str]:
    """``w:val`` of the child ``tag`` of ``element`` (None when either is missing)."""
    if element is None:
        return None
    child = element.find(_q(tag))
    return None if child is None else child.get(_q("val"))


def _int(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _load_styles(document) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    for element in document.styles.element.findall(_q("style")):
        if element.get(_q("type")) != "paragraph":
            continue
        style_id = element.get(_q("styleId"))
        ppr = element.find(_q("pPr"))
        num_pr = ppr.find(_q("numPr")) if ppr is not None else None
        styles[style_id] = _Style(
            name=(_val(element, "name") or style_id or "").strip(),
            based_on=_val(element, "basedOn"),
            num_id=_int(_val(num_pr, "numId")),
            ilvl=_int(_val(num_pr, "ilvl")),
            outline=_int(_val(ppr, "outlineLvl")),
        )
    return styles


def _style_chain(styles: dict[str, _Style], style_id: Optional[str]) -> list[_Style]:
    """The style and its ancestors (basedOn), nearest first; cycles cut."""
    chain: list[_Style] = []
    seen: set[str] = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        style = styles[style_id]
        chain.append(style)
        style_id = style.based_on
    return chain


def _default_paragraph_style(styles_element) -> Optional[str]:
    """The style of paragraphs that name none ("Normal" in English Word)."""
    for element in styles_element.findall(_q("style")):
        if element.get(_q("type")) == "paragraph" and element.get(_q("default")) in ("1", "true"):
            return element.get(_q("styleId"))
    return None


def _heading_level(chain: list[_Style], outline: Optional[int]) -> Optional[int]:
    for style in chain:
        match = _HEADING_STYLE.match(style.name)
        if match:
            return int(match.group(1))
        if style.name.casefold() in _TITLE_STYLES:
            return TITLE_LEVEL
    if outline is None:
        outline = next((s.outline for s in chain if s.outline is not None), None)
    if outline is not None and 0 <= outline <= 8:  # 9 is "body text"
        return outline + 1
    return None


# ----------------------------------------------------------------------------- numbering

_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё й ъ ы ь
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _letters(n: int, alphabet: str) -> str:
    """Word's letter counters: a … z, then aa … zz (the letter repeated)."""
    n = max(n, 1)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def format_counter(n: int, num_fmt: str) -> str:
    """The counter ``n`` as Word draws it in the numbering format ``num_fmt`` (best effort)."""
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if num_fmt == "upperLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz").upper()
    if num_fmt == "russianLower":
        return _letters(n, _RU_LETTERS)
    if num_fmt == "russianUpper":
        return _letters(n, _RU_LETTERS).upper()
    if num_fmt == "lowerRoman":
        return _roman(n)
    if num_fmt == "upperRoman":
        return _roman(n).upper()
    if num_fmt == "none":
        return ""
    return str(n)  # decimal and the exotic formats (ordinal, cardinalText, …)


@dataclass(frozen=True)
class _Level:
    start: int
    num_fmt: str
    text: str


@dataclass
class _Numbering:
    """numbering.xml, plus the running counters Word keeps while it lays out the body."""

    levels: dict[int, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId → ilvl
    nums: dict[int, int] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[int, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    counters: dict[int, list[Optional[int]]] = field(default_factory=dict)
    started: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, document) -> "_Numbering":
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbering  # no numbering part: nothing is numbered
        links: dict[int, str] = {}
        for abstract in root.findall(_q("abstractNum")):
            abstract_id = _int(abstract.get(_q("abstractNumId")))
            if abstract_id is None:
                continue
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(_q("lvl")):
                ilvl = _int(lvl.get(_q("ilvl")))
                if ilvl is None:
                    continue
                levels[ilvl] = _Level(
                    start=_int(_val(lvl, "start")) or 1,
                    num_fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                )
            numbering.levels[abstract_id] = levels
            link = _val(abstract, "numStyleLink")
            if link and not levels:
                links[abstract_id] = link
        for num in root.findall(_q("num")):
            num_id = _int(num.get(_q("numId")))
            abstract_id = _int(_val(num, "abstractNumId"))
            if num_id is None or abstract_id is None:
                continue
            numbering.nums[num_id] = abstract_id
            for override in num.findall(_q("lvlOverride")):
                ilvl = _int(override.get(_q("ilvl")))
                start = _int(_val(override, "startOverride"))
                if ilvl is not None and start is not None:
                    numbering.overrides.setdefault(num_id, {})[ilvl] = start
        numbering._resolve_style_links(links, document)
        return numbering

    def _resolve_style_links(self, links: dict[int, str], document) -> None:
        """An abstractNum may only point at a numbering style, whose numPr names the real one."""
        if not links:
            return
        styles = {}
        for element in document.styles.element.findall(_q("style")):
            ppr = element.find(_q("pPr"))
            num_id = _int(_val(ppr.find(_q("numPr")) if ppr is not None else None, "numId"))
            if num_id is not None:
                styles[element.get(_q("styleId"))] = num_id
        for abstract_id, style_id in links.items():
            target = self.nums.get(styles.get(style_id, -1))
            if target is not None and self.levels.get(target):
                self.levels[abstract_id] = self.levels[target]

    def marker(self, num_id: int, ilvl: int) -> Optional[str]:
        """Advance the counter of (num_id, ilvl) and return the marker Word would draw."""
        abstract_id = self.nums.get(num_id)
        if abstract_id is None:
            return None
        levels = self.levels.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(abstract_id, [None] * 10)
        ilvl = min(ilvl, 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                if 0 <= lvl <= 9:
                    counters[lvl] = start - 1
        current = counters[ilvl]
        counters[ilvl] = (level.start if current is None else current + 1)
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = None
        if level.num_fmt == "bullet":
            return "•"

        def expand(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            other = levels.get(k)
            if other is None:
                return ""
            value = counters[k] if counters[k] is not None else other.start
            return format_counter(value, other.num_fmt)

        marker = re.sub(r"%([1-9])", expand, level.text).strip()
        return marker or None


# ----------------------------------------------------------------------------- body

_RUN_CONTENT = None


def _run_content_xpath():
    """Text-bearing run children of one paragraph in document order: not those of paragraphs
    nested in it (text boxes, read as pieces of their own), nor deleted text, nor the
    fallback copies of alternate content."""
    global _RUN_CONTENT
    if _RUN_CONTENT is None:
        from lxml import etree

        _RUN_CONTENT = etree.XPath(
            ".//w:r/*[self::w:t or self::w:tab or self::w:br or self::w:cr or self::w:sym"
            " or self::w:noBreakHyphen]"
            "[count(ancestor::w:p) = $depth]"
            "[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::mc:Fallback)]",
            namespaces=_NS,
        )
    return _RUN_CONTENT


def paragraph_text(p) -> str:
    """The visible text of a ``w:p`` element, raw: tabs as \t, manual line breaks as \n."""
    depth = sum(1 for _ in p.iterancestors(_q("p"))) + 1
    out: list[str] = []
    for node in _run_content_xpath()(p, depth=depth):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag == "br":
            # page and column breaks move text, they do not add any
            out.append("" if node.get(_q("type")) in ("page", "column") else "\n")
        elif tag == "cr":
            out.append("\n")
        elif tag == "noBreakHyphen":
            out.append("-")
        elif tag == "sym":
            code = _int_hex(node.get(_q("char")))
            if code is not None:
                out.append(chr(code))
    return "".join(out)


def _int_hex(value: Optional[str]) -> Optional[int]:
    try:
        code = int(value, 16) if value else None
    except ValueError:
        return None
    return code if code is not None and 0 < code < 0x110000 else None


def _walk_body(
    body, styles: dict[str, _Style], numbering: _Numbering, default_style: Optional[str]
) -> Iterator[RawPiece]:
    state = {"table": 0}
    for element in _block_children(body):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            piece = _paragraph_piece(element, styles, numbering, default_style)
            if piece is not None:
                yield piece
            # text boxes anchored in the paragraph follow it (their text is not part of it)
            for box in _text_boxes(element):
                for inner in _block_children(box):
                    if inner.tag == _q("p"):
                        piece = _paragraph_piece(inner, styles, numbering, default_style)
                        if piece is not None:
                            yield piece
                    else:
                        yield from _table_pieces(inner, state["table"])
                        state["table"] += 1
        elif tag == "tbl":
            yield from _table_pieces(element, state["table"])
            state["table"] += 1


def _text_boxes(p) -> Iterator:
    """``w:txbxContent`` under a paragraph, minus the VML fallback copies of the same box."""
    for box in p.iter(_q("txbxContent")):
        if not any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
            yield box


def _block_children(container) -> Iterator:
    """Body-level paragraphs and tables, looking through content controls and custom XML."""
    for child in container.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in (_q("p"), _q("tbl")):
            yield child
        elif tag == _q("sdt"):
            content = child.find(_q("sdtContent"))
            if content is not None:
                yield from _block_children(content)
        elif tag == _q("customXml"):
            yield from _block_children(child)


def _paragraph_piece(p, styles, numbering: _Numbering, default_style) -> Optional[RawPiece]:
    ppr = p.find(_q("pPr"))
    style_id = _val(ppr, "pStyle") or default_style
    chain = _style_chain(styles, style_id)
    num_pr = ppr.find(_q("numPr")) if ppr is not None else None
    num_id = _int(_val(num_pr, "numId"))
    ilvl = _int(_val(num_pr, "ilvl"))
    if num_id is None:
        num_id = next((s.num_id for s in chain if s.num_id is not None), None)
    if ilvl is None:
        ilvl = next((s.ilvl for s in chain if s.ilvl is not None), 0)
    # numId 0 switches numbering off; an empty numbered paragraph still advances the counter
    marker = numbering.marker(num_id, ilvl) if num_id else None
    numbered = bool(num_id) and num_id in numbering.nums

    text = paragraph_text(p).strip()
    if not text:
        return None
    level = _heading_level(chain, _int(_val(ppr, "outlineLvl")))
    if level is not None:
        kind = BlockKind.HEADING
    elif numbered:
        kind = BlockKind.LIST_ITEM
    else:
        kind = None
    return RawPiece(
        text=text,
        src_start=0,
        kind_hint=kind,
        heading_level=level,
        list_marker=marker if numbered else None,
        whole=True,
    )


def _table_pieces(tbl, table_index: int) -> Iterator[RawPiece]:
    """One piece per non-empty cell; a merged cell once, at its top-left grid position."""
    for r, tr in enumerate(tbl.findall(_q("tr"))):
        col = _int(_val(tr.find(_q("trPr")), "gridBefore")) or 0
        for tc in tr.findall(_q("tc")):
            tcpr = tc.find(_q("tcPr"))
            span = _int(_val(tcpr, "gridSpan")) or 1
            v_merge = tcpr.find(_q("vMerge")) if tcpr is not None else None
            continued = v_merge is not None and v_merge.get(_q("val"), "continue") == "continue"
            if not continued:
                text = "\n".join(
                    t for t in (paragraph_text(p).strip() for p in _cell_paragraphs(tc)) if t
                )
                if text:
                    yield RawPiece(
                        text=text,
                        src_start=0,
                        kind_hint=BlockKind.TABLE_CELL,
                        table=table_index,
                        row=r,
                        col=col,
                        whole=True,
                    )
            col += span


def _cell_paragraphs(tc) -> Iterator:
    """The cell's paragraphs, nested tables' and text boxes' included (flattened into the
    cell's text), minus the VML fallback copies of text boxes."""
    for p in tc.iter(_q("p")):
        if not any(a.tag == f"{{{MC}}}Fallback" for a in p.iterancestors()):
            yield p
