"""Physical lines → logical units (paragraphs, list items, headings).

Text copied out of PDFs is hard-wrapped, and blank lines fall inside paragraphs as often as
between them, so blank lines are weak evidence. What decides is the language of layout:
- a line that ends a sentence (``. ! ? ; :``) ends a unit, unless the stop belongs to an initial
  (``М.`` + ``Жампейісованың``) or an abbreviation followed by a lower-case word (``т.б.`` + ``зерттеулерде``);
- a line as long as the document's wrapped lines continues on the next one; a short line ends
  its unit (table cells and lists of items without punctuation), unless it ends with a word that
  cannot end a phrase (a preposition, a conjunction, a comma or a hyphen);
- a list marker (bullet, dash after an introducing line, ``1.``/``1)``/``а)``) starts a unit;
- a heading line (``Введение``, ``2-қосымша``, ``Таблица 1``) stands alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from extractors.normalize.patterns import (
    APPENDIX,
    APPENDIX_TO_ACT,
    BULLET_MARKER,
    CHAPTER_NUMBER,
    CLAUSE_MARKER,
    CLOSERS,
    DASH_MARKER,
    FUNCTION_WORDS,
    HEADING_WORDS,
    NUMBER_MARKER,
    TABLE_CAPTION,
    TERMINAL,
)

FULL_LINE_RATIO = 0.7
"""A line at least this share of the document's typical line width is a wrapped line."""

# a capital with its dot, or a two-letter initial with no vowel ('Дж.', 'Ch.')
_INITIAL_END = re.compile(r"(?:^|[\s.(«\"])(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]|Дж|Ch|Sh|Th)\.$")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


@dataclass
class Line:
    text: str  # normalized characters, stripped
    src_start: int
    src_len: int
    page: Optional[int]
    blank_before: bool = False  # blank or page-number lines between this and the previous line
    indented: bool = False


@dataclass
class Unit:
    lines: list[Line] = field(default_factory=list)
    marker: Optional[str] = None
    marker_kind: Optional[str] = None  # bullet | dash | number | clause | chapter
    marker_len: int = 0  # characters of the first line taken by the marker
    standalone_heading: Optional[str] = None  # word | appendix | table


def standalone_heading_kind(text: str) -> Optional[str]:
    t = text.strip().rstrip(".:").strip()
    if not t or len(t) > 120:
        return None
    if t.lower() in HEADING_WORDS and t[0].isupper():
        return "word"
    if APPENDIX.match(t) or APPENDIX_TO_ACT.match(t):
        return "appendix"
    if TABLE_CAPTION.match(t):
        return "table"
    return None


def ends_terminal(text: str) -> bool:
    t = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(t) and t[-1] in TERMINAL


def _ends_with_initial(text: str) -> bool:
    return bool(_INITIAL_END.search(text.rstrip()))


def _starts_lower(text: str) -> bool:
    t = text.lstrip("«\"'(„“ ")
    return bool(t) and t[0].isalpha() and t[0].islower()


def _ends_with_function_word(text: str) -> bool:
    t = text.rstrip()
    if t.endswith((",", "-", "–", "—", "(", "«", "/")):
        return True
    m = _LAST_WORD.search(t)
    return bool(m) and m.group(1).lower() in FUNCTION_WORDS and t[-1].isalpha()


def detect_marker(line: Line, prev: Optional[Line]) -> tuple[Optional[str], Optional[str], int]:
    """(marker, kind, length of the marker prefix) for a line that starts a list item."""
    text = line.text
    m = BULLET_MARKER.match(text)
    if m:
        return m.group(1), "bullet", m.end()
    after_break = prev is None or line.blank_before or ends_terminal(prev.text) or standalone_heading_kind(prev.text) is not None
    m = DASH_MARKER.match(text)
    if m and after_break:
        return m.group(1), "dash", m.end()
    m = NUMBER_MARKER.match(text)
    if m and (after_break or not _starts_lower(text[m.end():])):
        # "2013 жылы" is a year, "1 июня" a date: NUMBER_MARKER needs the dot/bracket
        return m.group(1), "number", m.end()
    m = CLAUSE_MARKER.match(text)
    if m and (after_break or not _starts_lower(text[m.end():])):
        return m.group(1), "clause", m.end()
    m = CHAPTER_NUMBER.match(text)
    if m and after_break and int(m.group(1)) <= 50:
        return m.group(1), "chapter", m.end()
    return None, None, 0


def group_lines(lines: Sequence[Line], width: float) -> list[Unit]:
    """Group physical lines into logical units."""
    units: list[Unit] = []
    current: Optional[Unit] = None
    prev: Optional[Line] = None
    full = FULL_LINE_RATIO * width
    for line in lines:
        heading = standalone_heading_kind(line.text)
        marker, marker_kind, marker_len = detect_marker(line, prev)
        caption_on = current is not None and current.standalone_heading is not None and _caption_runs_on(current, line)
        start_new = (
            current is None
            or heading is not None
            or marker is not None
            or (current.standalone_heading is not None and not caption_on)
            or not (caption_on or _continues(prev, line, full, in_list_item=current.marker is not None))
            or (current.marker_kind == "chapter" and not _starts_lower(line.text))
        )
        if start_new:
            current = Unit(marker=marker, marker_kind=marker_kind, marker_len=marker_len, standalone_heading=heading)
            units.append(current)
        assert current is not None
        current.lines.append(line)
        prev = line
    return _join_act_stamps(units)


# a stamp set line by line at the right margin: 'Қазақстан Республикасы' / 'Оқу-ағарту министрінің' /
# '2025 жылғы 12 ақпандағы' / '№ 58 бұйрығына' / 'қосымша' is one caption naming one act
_STAMP_ACT_END = re.compile(r"(?:бұйрығына|бұйрығымен|қаулысына|қаулысымен|шешіміне|шешімімен|приказу|приказом|постановлению|постановлением)$", re.I)
_STAMP_CLOSE = re.compile(r"^(?:қосымша|бекітілген|приложение|утвержден[оаы]?)$", re.I)
_STAMP_LINE = 45
# the stamp's last line may carry the appendix word itself: '… № 17' / 'бұйрығына 1-қосымша'
_STAMP_ACT_APPENDIX = re.compile(r"(?:бұйрығына|қаулысына|шешіміне)\s+(?:\d{1,2}\s*[-–]\s*)?қосымша$", re.I)


def _plain_short(unit: Unit) -> bool:
    return len(unit.lines) == 1 and unit.marker is None and unit.standalone_heading is None \
        and len(unit.lines[0].text) <= _STAMP_LINE and not ends_terminal(unit.lines[0].text)


def _join_act_stamps(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    for k, unit in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        closes = nxt is not None and len(nxt.lines) == 1 and bool(_STAMP_CLOSE.match(nxt.lines[0].text.strip()))
        last = unit.lines[0].text.strip() if len(unit.lines) == 1 else ""
        ends_stamp = bool(_STAMP_ACT_END.search(last)) and closes or bool(_STAMP_ACT_APPENDIX.search(last))
        if ends_stamp and len(unit.lines) == 1 and unit.marker is None and len(last) <= _STAMP_LINE:
            run = []
            while out and len(run) < 4 and _plain_short(out[-1]) and not unit.lines[0].blank_before \
                    and not (run and run[0].lines[0].blank_before):
                run.insert(0, out.pop())  # (the stamp's first line may follow a blank line; no earlier one)
            if run and not unit.lines[0].blank_before:
                merged = Unit(lines=[ln for u in run for ln in u.lines] + unit.lines)
                out.append(merged)
                continue
            out.extend(run)
        out.append(unit)
    return out


_BARE_APPENDIX = re.compile(r"(?:приложение|қосымша)(?:\s*№?\s*\d{1,2})?", re.I)
_TO_ACT = re.compile(r"к\s+(?:приказу|постановлению|решению|положению|правилам)\b", re.I)


def _caption_runs_on(current: Unit, line: Line) -> bool:
    """An appendix caption naming its act may wrap: '… от 16' + 'сентября 2024 года № 287'."""
    first = current.lines[0].text.strip() if current.lines else ""
    nxt = line.text.strip()
    if line.blank_before:
        return False
    starts = r"[a-zа-яёәғқңөұүһі\d№]"
    if _BARE_APPENDIX.fullmatch(first):
        # 'Приложение' / 'к приказу Министра …' / 'Республики Казахстан' / 'от 12 февраля 2025 года № 58'
        if len(current.lines) == 1:
            return bool(_TO_ACT.match(nxt))
        first = " ".join(ln.text.strip() for ln in current.lines)
        if re.search(r"№\s*\d", first):
            return False  # the act's number closes the caption
        starts = r"[^\W_]|№"  # ('Республики Казахстан', 'Жылыойского района от …' go on with it)
    return bool(APPENDIX_TO_ACT.match(first)) and not ends_terminal(current.lines[-1].text) \
        and bool(re.match(starts, nxt)) and len(nxt) <= 60


def _continues(prev: Optional[Line], line: Line, full: float, in_list_item: bool = False) -> bool:
    if prev is None:
        return False
    p = prev.text
    if ends_terminal(p):
        if p.rstrip().endswith(".") and (_starts_lower(line.text) or _ends_with_initial(p)):
            return True  # abbreviation or initial, not a sentence end
        return False
    if p.endswith("-") or _ends_with_function_word(p):
        return True
    if len(p) >= full:
        return True
    # a list item without its closing ';'/'.' goes on in lower case on the next line
    return in_list_item and _starts_lower(line.text)
