"""Section trees of a half and their pairing across languages.

Headings give each half a tree (chapters, appendices, numbered sub-sections). Pairing is not
assumed to be in order: a translation may drop an appendix, add one, or renumber and reorder
them (the Kazakh "2-қосымша" is the Russian "Приложение 1"), so heading numbers are weak
evidence and the *content* decides — the bag of numbers, Latin tokens, cognates and lexicon
keys of the whole section, compared by cosine, together with how well the headings translate
each other. Sections still unpaired after the confident pairs are fixed are paired inside the
gaps between them in order, which catches empty headings like "Қосымшалар" / "Приложения".
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

from extractors.align.signals import Unit, cosine, pair_score, tfidf_vector
from extractors.align.units import Keyer
from models import Block, BlockKind

PAIR_THRESHOLD = 0.3
GAP_THRESHOLD = 0.12


@dataclass
class Section:
    heading: Optional[Block]
    level: int
    own: list[Block] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        """All blocks of the section in document order, heading first."""
        out = [self.heading] if self.heading is not None else []
        out.extend(self.own)
        for c in self.children:
            out.extend(c.blocks())
        return out


def build_tree(blocks: list[Block]) -> Section:
    """Nest sections by heading level; blocks before the first heading belong to the root."""
    root = Section(None, 0)
    stack = [root]
    for b in blocks:
        if b.kind == BlockKind.HEADING:
            level = b.heading_level or 1
            while stack[-1].level >= level:
                stack.pop()
            sec = Section(b, level)
            stack[-1].children.append(sec)
            stack.append(sec)
        else:
            stack[-1].own.append(b)
    return root


@dataclass
class SectionPair:
    kk: Section
    ru: Section
    score: float
    kk_blocks: list[Block]  # blocks to align at item level (own + unpaired children)
    ru_blocks: list[Block]


class SectionAligner:
    def __init__(self, kk: Keyer, ru: Keyer, ratio: float):
        self.kk, self.ru, self.ratio = kk, ru, ratio
        self._vec: dict[int, dict] = {}
        self.shared: set = set()
        self.key_weight: dict = {}

    def _vector(self, sec: Section, keyer: Keyer) -> dict:
        v = self._vec.get(id(sec))
        if v is None:
            v = tfidf_vector([keyer.block(b) for b in sec.blocks()])
            v = {k: x for k, x in v.items() if k in self.shared}
            self._vec[id(sec)] = v
        return v

    def _heading(self, sec: Section, keyer: Keyer) -> Optional[Unit]:
        return keyer.block(sec.heading) if sec.heading is not None else None

    def similarity(self, a: Section, b: Section) -> float:
        cos = cosine(self._vector(a, self.kk), self._vector(b, self.ru), self.key_weight)
        ha, hb = self._heading(a, self.kk), self._heading(b, self.ru)
        head = pair_score([ha], [hb], self.ratio) if ha is not None and hb is not None else 0.0
        la = sum(len(x.text) for x in a.blocks()) * self.ratio
        lb = sum(len(x.text) for x in b.blocks())
        size = math.exp(-abs(math.log((la + 200) / (lb + 200))))
        sim = (0.7 * cos + 0.3 * head) * (0.5 + 0.5 * size)
        if not a.own and not a.children and not b.own and not b.children:
            # two bare part titles ("Қосымшалар" / "Приложения"): being bare is evidence too
            sim = max(sim, 0.2 + 0.3 * head)
        return sim

    def align(self, a: Section, b: Section, extra_a: Sequence[Block] = (),
              extra_b: Sequence[Block] = ()) -> list[SectionPair]:
        """Pairs for ``a``/``b`` (already paired) and, recursively, their sub-sections.

        A sub-section left unpaired is glued to the paired section before it: an unpaired
        heading is often a false one (a table header line taken for a heading), and its text
        continues the section above; a truly untranslated section then meets only blocks that
        do not match it and stays unaligned."""
        if not self.shared:
            ka = set().union(*(self.kk.block(x).keyset for x in a.blocks())) if a.blocks() else set()
            kb = set().union(*(self.ru.block(x).keyset for x in b.blocks())) if b.blocks() else set()
            self.shared = ka & kb
        pairs = self._pair_children(a.children, b.children)
        partner_a = {id(x): y for x, y, _ in pairs}
        partner_b = {id(y): x for x, y, _ in pairs}
        glue_a = _glue(a, partner_a)
        glue_b = _glue(b, partner_b)
        kk_blocks = sorted(list(a.own) + list(extra_a) + glue_a.pop(None, []), key=lambda x: x.char_start)
        ru_blocks = sorted(list(b.own) + list(extra_b) + glue_b.pop(None, []), key=lambda x: x.char_start)
        out = [SectionPair(a, b, 1.0, kk_blocks, ru_blocks)]
        for x, y, s in pairs:
            sub = self.align(x, y, glue_a.get(id(x), []), glue_b.get(id(y), []))
            sub[0].score = s
            out.extend(sub)
        return out

    def _pair_children(self, xs: list[Section], ys: list[Section]) -> list[tuple[Section, Section, float]]:
        if not xs or not ys:
            return []
        sim = [[self.similarity(x, y) for y in ys] for x in xs]
        cands = sorted(((sim[i][j], i, j) for i in range(len(xs)) for j in range(len(ys))), reverse=True)
        used_i: dict[int, int] = {}
        used_j: set[int] = set()
        scores: dict[int, float] = {}
        for s, i, j in cands:
            if s < PAIR_THRESHOLD:
                break
            if i in used_i or j in used_j:
                continue
            used_i[i] = j
            used_j.add(j)
            scores[i] = s
        # fill the gaps between confident pairs in order
        anchors = sorted(used_i.items())
        bounds = [(-1, -1)] + [(i, j) for i, j in anchors] + [(len(xs), len(ys))]
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
            if j1 <= j0:
                continue  # crossing anchors (a reordering): no ordered gap here
            gi = [i for i in range(i0 + 1, i1) if i not in used_i]
            gj = [j for j in range(j0 + 1, j1) if j not in used_j]
            for i, j, s in _monotone_pairs(gi, gj, sim):
                used_i[i] = j
                used_j.add(j)
                scores[i] = s
        return [(xs[i], ys[j], scores[i]) for i, j in sorted(used_i.items())]


def _glue(parent: Section, partner: dict) -> dict:
    """Blocks of unpaired children, keyed by the paired sibling before them (None: the parent)."""
    glue: dict = {}
    prev = None
    for c in parent.children:
        if id(c) in partner:
            prev = id(c)
        else:
            glue.setdefault(prev, []).extend(c.blocks())
    return glue


def _monotone_pairs(gi: list[int], gj: list[int], sim: list[list[float]]) -> list[tuple[int, int, float]]:
    """Best ordered pairing of the sections left in one gap (a small LCS-style DP)."""
    if not gi or not gj:
        return []
    n, m = len(gi), len(gj)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(1, n + 1):
        for b in range(1, m + 1):
            s = sim[gi[a - 1]][gj[b - 1]]
            take = best[a - 1][b - 1] + (s - GAP_THRESHOLD if s > GAP_THRESHOLD else float("-inf"))
            best[a][b] = max(best[a - 1][b], best[a][b - 1], take)
    out = []
    a, b = n, m
    while a > 0 and b > 0:
        s = sim[gi[a - 1]][gj[b - 1]]
        if s > GAP_THRESHOLD and best[a][b] == best[a - 1][b - 1] + s - GAP_THRESHOLD:
            out.append((gi[a - 1], gj[b - 1], s))
            a, b = a - 1, b - 1
        elif best[a][b] == best[a - 1][b]:
            a -= 1
        else:
            b -= 1
    out.reverse()
    return out
