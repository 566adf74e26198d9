"""Block-level alignment (paragraphs, list items, table fragments) inside a pair of sections.

Within a section translation order holds, so a bead DP is right; the beads go up to 3-by-3
because table cells copied out of a PDF break at different words in each language
("Педагогикалық үдерісте / тұлғалық бағдарлы негізіндегі / педагогикалық технологиялар" is two
Russian lines), and translators merge or split list items and paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from extractors.align.beads import align_beads
from extractors.align.signals import Unit, pair_score

ITEM_TAU = 0.3
MERGE_SEED = 0.2


@dataclass
class UnitBead:
    kk: list[Unit]
    ru: list[Unit]
    score: float

    @property
    def matched(self) -> bool:
        return bool(self.kk) and bool(self.ru)


def align_units(a: Sequence[Unit], b: Sequence[Unit], ratio: float, tau: float = ITEM_TAU) -> list[UnitBead]:
    """Beads over two unit sequences, null beads included (kept in order)."""
    cache: dict[tuple[int, int, int, int], float] = {}

    def score(i0: int, i1: int, j0: int, j1: int) -> float:
        k = (i0, i1, j0, j1)
        s = cache.get(k)
        if s is None:
            if i1 - i0 > 1 or j1 - j0 > 1:
                # a merge is worth scoring only if some part of it already looks like a pair
                if max(score(i, i + 1, j, j + 1) for i in range(i0, i1) for j in range(j0, j1)) < MERGE_SEED:
                    cache[k] = 0.0
                    return 0.0
            s = pair_score(a[i0:i1], b[j0:j1], ratio)
            cache[k] = s
        return s

    beads = align_beads(len(a), len(b), score, tau)
    return [UnitBead(list(a[x.i0:x.i1]), list(b[x.j0:x.j1]), x.score) for x in beads]
