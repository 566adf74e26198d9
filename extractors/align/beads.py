"""Monotone bead alignment (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, …) by dynamic programming.

Inside a pair of sections translation order is kept, but a translator merges, splits, drops
and adds; a bead DP with null beads is the classical answer. The gain of a bead is its evidence
score minus a threshold, scaled by the number of spans it covers, so a weak pair is left
unaligned (gain 0) rather than forced, and a merge wins only when the merged spans really
translate the other side.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (3, 2), (2, 3))
_MERGE_PENALTY = {(1, 1): 0.0, (2, 1): 0.15, (1, 2): 0.15, (2, 2): 0.35, (3, 1): 0.3, (1, 3): 0.3,
                  (3, 2): 0.6, (2, 3): 0.6}


@dataclass(frozen=True)
class Bead:
    i0: int
    i1: int
    j0: int
    j1: int
    score: float

    @property
    def is_null(self) -> bool:
        return self.i0 == self.i1 or self.j0 == self.j1


def align_beads(n: int, m: int, score: Callable[[int, int, int, int], float], tau: float,
                moves: Sequence[tuple[int, int]] = MOVES, band: Optional[int] = None) -> list[Bead]:
    """Best sequence of beads over ``n`` × ``m`` spans; ``score(i0, i1, j0, j1)`` rates a bead."""
    NEG = float("-inf")
    if n == 0 or m == 0:
        return [Bead(i, i + 1, 0, 0, 0.0) for i in range(n)] + [Bead(n, n, j, j + 1, 0.0) for j in range(m)]
    slope = m / n
    if band is None:
        band = max(10, int(0.12 * max(n, m)))

    def inside(i: int, j: int) -> bool:
        return abs(j - i * slope) <= band + 3

    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: list[list[Optional[tuple[int, int, float]]]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        jlo = max(0, int(i * slope - band - 3))
        jhi = min(m, int(i * slope + band + 3))
        row = best[i]
        for j in range(jlo, jhi + 1):
            if i == 0 and j == 0:
                continue
            top = NEG
            arg = None
            for di, dj in moves:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = best[pi][pj]
                if prev == NEG:
                    continue
                if di == 0 or dj == 0:
                    g, s = 0.0, 0.0
                else:
                    s = score(pi, i, pj, j)
                    g = (s - tau) * (di + dj) / 2.0 - _MERGE_PENALTY.get((di, dj), 0.25)
                    if g <= 0:  # never better than leaving both sides unaligned
                        continue
                v = prev + g
                if v > top:
                    top, arg = v, (pi, pj, s)
            row[j] = top
            back[i][j] = arg
    if best[n][m] == NEG:  # outside the band: fall back to a wide band
        return align_beads(n, m, score, tau, moves, band=max(n, m))
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        pi, pj, s = back[i][j]
        beads.append(Bead(pi, i, pj, j, s))
        i, j = pi, pj
    beads.reverse()
    return beads
