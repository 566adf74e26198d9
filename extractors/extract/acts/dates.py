"""Dates, numbers and periods of acts, as Russian and Kazakh write them.

Russian puts the day first (``от 29 ноября 2007 года``), Kazakh the year first with an
attributive ``жылғы`` and a locative-attributive month (``2023 жылғы 10 тамыздағы``); both use
``29.11.2007``.  A year alone or a range of years (``на 2011-2020 годы``, ``2011-2020 жылдарға
арналған``) names a programme's period, not the date of an act: it is returned separately.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .lexicon import MONTH_KK_RE, MONTH_RU_RE, MONTHS_KK

_DASH = r"\s*[-–—‐]\s*"

DATE_RU_RE = re.compile(
    rf"(?:\bот\s+)?(?<!\d)(\d{{1,2}})\s+({MONTH_RU_RE})\s+(\d{{4}})(?:\s*(?:года|г\.|г\b))?", re.I)
DATE_KK_RE = re.compile(
    rf"(?<!\d)(\d{{4}})\s*(?:жылғы|ж\.)\s*(\d{{1,2}})\s*[-]?\s*({MONTH_KK_RE})(?!\w)", re.I)
DATE_NUM_RE = re.compile(
    r"(?:\bот\s+)?(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)(?:\s*(?:года|г\.|ж\.|жылғы|жылы))?", re.I)
NUMBER_RE = re.compile(r"(?:№|N(?=\s*\d))\s*(\d+(?:[-/][0-9A-Za-zА-Яа-яӘәҚқҒғ]+)*)")

PERIOD_RES = (
    re.compile(rf"(?:\bна\s+)?(\d{{4}}){_DASH}(\d{{4}})\s*(?:годы|годов|годах|гг\.?|г\.г\.|год[аы]?)", re.I),
    re.compile(rf"(\d{{4}}){_DASH}(\d{{4}})\s*(?:жылдар\w*|жж\.?|ж\.ж\.)", re.I),
    re.compile(r"\bдо\s+(\d{4})\s+года", re.I),
    re.compile(r"\bна\s+(\d{4})\s+год\b", re.I),
    re.compile(r"(?<!\d)(\d{4})\s+жыл(?:ға\s+дейін\w*|ға\s+арналған|ғы)(?!\s*\d{1,2}\s*[-]?\s*" + MONTH_KK_RE + ")", re.I),
    re.compile(r"[-–—‐]\s?(\d{4})(?!\d)"),  # «Қазақстан–2030», «Интеллектуалды ұлт -2020»
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str


def _iso(y: int, m: int, d: int) -> Optional[str]:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _ru_month(word: str) -> int:
    w = word.lower()
    for n, stem in enumerate(("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
                              "сентябр", "октябр", "ноябр", "декабр"), start=1):
        if w.startswith(stem) and (stem != "ма" or w in ("мая", "май")):
            return n
    return 0


def _kk_month(word: str) -> int:
    w = word.lower()
    for name, n in MONTHS_KK.items():
        if w.startswith(name):
            return n
    return 0


def find_dates(text: str) -> list[Found]:
    """Full dates (day, month, year) in ``text`` as ISO strings, in text order."""
    out: list[Found] = []
    for m in DATE_RU_RE.finditer(text):
        iso = _iso(int(m.group(3)), _ru_month(m.group(2)), int(m.group(1)))
        if iso:
            out.append(Found(m.start(), m.end(), iso))
    for m in DATE_KK_RE.finditer(text):
        iso = _iso(int(m.group(1)), _kk_month(m.group(3)), int(m.group(2)))
        if iso:
            out.append(Found(m.start(), m.end(), iso))
    for m in DATE_NUM_RE.finditer(text):
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            out.append(Found(m.start(), m.end(), iso))
    out.sort(key=lambda f: f.start)
    kept: list[Found] = []
    for f in out:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return kept


def find_numbers(text: str) -> list[Found]:
    return [Found(m.start(), m.end(), m.group(1)) for m in NUMBER_RE.finditer(text)]


def find_periods(text: str, dates: list[Found] = ()) -> list[Found]:
    """Years or year ranges that are not part of a full date: ``2011-2020``, ``2010``."""
    out: list[Found] = []
    for rx in PERIOD_RES:
        for m in rx.finditer(text):
            if any(m.start() < d.end and d.start < m.end() for d in dates):
                continue
            if any(m.start() < f.end and f.start < m.end() for f in out):
                continue
            years = [g for g in m.groups() if g]
            out.append(Found(m.start(), m.end(), "-".join(years)))
    return sorted(out, key=lambda f: f.start)
