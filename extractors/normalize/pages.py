"""Recover pages of text that was copied out of a paginated source.

A line holding only a number is a printed page number when the numbers it forms with its
neighbours increase with the text; tables numbering their columns (``1 2 3`` on consecutive
lines) do not. Each accepted number closes its page; pages between two sparse numbers are
interpolated by line position, since the text carries nothing better.
"""
from __future__ import annotations

import re
from statistics import median
from typing import Optional, Sequence

_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*(\d{1,4})\s*[-–—]?\s*$")
DEFAULT_LINES_PER_PAGE = 40


def page_number_candidates(lines: Sequence[str]) -> list[tuple[int, int]]:
    out = []
    for i, line in enumerate(lines):
        m = _PAGE_NUMBER.match(line)
        if m:
            out.append((i, int(m.group(1))))
    return out


def accept_page_numbers(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(line index, page number) of lines that are printed page numbers."""
    cands = page_number_candidates(lines)
    accepted: list[tuple[int, int]] = []
    for idx, (line_i, num) in enumerate(cands):
        # a run of consecutive small numbers on adjacent lines is a table header, not pages
        prev_c = cands[idx - 1] if idx else None
        next_c = cands[idx + 1] if idx + 1 < len(cands) else None
        adjacent = [c for c in (prev_c, next_c) if c and abs(c[0] - line_i) <= 3]
        if adjacent:
            continue
        if accepted:
            last_line, last_num = accepted[-1]
            gap_pages = num - last_num
            if gap_pages <= 0:
                continue
            non_blank = sum(1 for s in lines[last_line + 1 : line_i] if s.strip())
            if non_blank / gap_pages < 5:  # pages cannot be that short
                continue
        accepted.append((line_i, num))
    return accepted


def assign_pages(lines: Sequence[str], page_lines: list[tuple[int, int]]) -> list[Optional[int]]:
    """Page of every line (None where the text has no page numbers at all)."""
    n = len(lines)
    if not page_lines:
        return [None] * n
    nonblank_prefix = [0] * (n + 1)
    for i, s in enumerate(lines):
        nonblank_prefix[i + 1] = nonblank_prefix[i] + (1 if s.strip() else 0)

    def nb(a: int, b: int) -> int:  # non-blank lines in [a, b)
        return nonblank_prefix[max(b, a)] - nonblank_prefix[a]

    densities = [
        nb(a + 1, b) / (pb - pa)
        for (a, pa), (b, pb) in zip(page_lines, page_lines[1:])
        if pb > pa
    ]
    per_page = median(densities) if densities else DEFAULT_LINES_PER_PAGE
    pages: list[Optional[int]] = [None] * n
    first_line, first_num = page_lines[0]
    for i in range(0, first_line + 1):
        back = nb(i, first_line) // max(per_page, 1)
        pages[i] = max(1, first_num - int(back))
    for (a, pa), (b, pb) in zip(page_lines, page_lines[1:]):
        span = max(nb(a + 1, b), 1)
        for i in range(a + 1, b + 1):
            frac = nb(a + 1, i) / span
            pages[i] = min(pb, pa + 1 + int(frac * (pb - pa)))
    last_line, last_num = page_lines[-1]
    for i in range(last_line + 1, n):
        pages[i] = last_num + 1 + int(nb(last_line + 1, i) // max(per_page, 1))
    return pages
