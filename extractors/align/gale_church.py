"""The length-based baseline: Gale & Church (1993) over the same halves.

It aligns the blocks of a Kazakh half with those of its Russian half using only character
lengths (beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors), then the sentences
inside each block bead the same way. A heading paired 1-1 with a heading counts as a section
pair. It exists so the benchmark can show what lexical evidence adds.
"""
from __future__ import annotations

import math
from typing import Sequence

from extractors.align.halves import Half, split_halves
from models import BlockKind, Document

METHOD = "gale-church"
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
VARIANCE = 6.8


def _cost(la: int, lb: int, ratio: float, bead: tuple[int, int]) -> float:
    if la == 0 and lb == 0:
        return 0.0
    mean = (la + lb / ratio) / 2.0
    delta = (lb - la * ratio) / math.sqrt(max(mean, 1.0) * VARIANCE)
    p = max(math.erfc(abs(delta) / math.sqrt(2.0)), 1e-12)
    return -math.log(PRIORS[bead]) - math.log(p)


def gale_church(a: Sequence[int], b: Sequence[int], ratio: float, band: int | None = None) -> list[tuple[int, int, int, int]]:
    """Beads ``(i0, i1, j0, j1)`` minimising the Gale–Church cost over two length sequences."""
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return [(i, i + 1, 0, 0) for i in range(n)] + [(n, n, j, j + 1) for j in range(m)]
    band = band if band is not None else max(20, int(0.15 * max(n, m)))
    slope = m / n
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        lo = max(0, int(i * slope - band))
        hi = min(m, int(i * slope + band))
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = INF, None
            for di, dj in PRIORS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == INF:
                    continue
                c = cost[pi][pj] + _cost(sum(a[pi:i]), sum(b[pj:j]), ratio, (di, dj))
                if c < best:
                    best, arg = c, (pi, pj)
            cost[i][j], back[i][j] = best, arg
    if cost[n][m] == INF:
        return gale_church(a, b, ratio, band=max(n, m))
    out = []
    i, j = n, m
    while i or j:
        pi, pj = back[i][j]
        out.append((pi, i, pj, j))
        i, j = pi, pj
    out.reverse()
    return out


def _rows_for(kk: Half, ru: Half) -> list[dict]:
    ratio = (ru.nchars / kk.nchars) if kk.nchars and ru.nchars else 1.0
    rows = []

    def add(s, t, level):
        rows.append({"src_id": s, "tgt_id": t, "level": level, "src_lang": "kk", "tgt_lang": "ru",
                     "src_doc_id": kk.doc_id, "tgt_doc_id": ru.doc_id, "score": 1.0, "method": METHOD})

    sk: dict[str, list] = {}
    for s in kk.sentences:
        sk.setdefault(s.block_id, []).append(s)
    sr: dict[str, list] = {}
    for s in ru.sentences:
        sr.setdefault(s.block_id, []).append(s)
    beads = gale_church([len(b.text) for b in kk.blocks], [len(b.text) for b in ru.blocks], ratio)
    for i0, i1, j0, j1 in beads:
        if i0 == i1 or j0 == j1:
            continue
        xs, ys = kk.blocks[i0:i1], ru.blocks[j0:j1]
        if len(xs) == 1 and len(ys) == 1 and xs[0].kind == BlockKind.HEADING and ys[0].kind == BlockKind.HEADING:
            add(xs[0].block_id, ys[0].block_id, "section")
        for x in xs:
            for y in ys:
                add(x.block_id, y.block_id, "item")
        a = [s for x in xs for s in sk.get(x.block_id, [])]
        b = [s for y in ys for s in sr.get(y.block_id, [])]
        for p0, p1, q0, q1 in gale_church([len(s.text) for s in a], [len(s.text) for s in b], ratio):
            for s in a[p0:p1]:
                for t in b[q0:q1]:
                    add(s.sent_id, t.sent_id, "sentence")
    return rows


def gale_church_documents(docs: Sequence[Document]) -> list[dict]:
    """Baseline rows for the bilingual files of a corpus (halves found as by the main aligner)."""
    rows = []
    for d in docs:
        hs = split_halves(d)
        if len(hs) == 2 and {h.lang for h in hs} == {"kk", "ru"}:
            kk = next(h for h in hs if h.lang == "kk")
            ru = next(h for h in hs if h.lang == "ru")
            rows.extend(_rows_for(kk, ru))
    return rows
