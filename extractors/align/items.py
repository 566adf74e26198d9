"""Block-level alignment (paragraphs, list items, table cells) inside a pair of sections.

Within a section translation order holds, so a bead DP is right. Table cells copied out of a
PDF break at different words in each language, so the lines of one cell are first joined into
a group (:mod:`extractors.align.cells`) and the DP aligns groups; translators also merge or
split list items and paragraphs, hence beads up to 3-by-3 groups.

The DP's gain grows with the number of spans a bead covers, so it readily glues a neighbour
with no counterpart, or two parallel items, into one bead. A second step refines every bead of
several spans: if its lines pair one by one with confident scores (and the split does not cut
the cells of both languages at once), the finer pairs replace it. A last step pairs the blocks
left over on both sides by content, regardless of order: a paragraph the translator moved
elsewhere in the section.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from extractors.align.beads import align_beads
from extractors.align.signals import Unit, length_prob, pair_score

ITEM_TAU = 0.3
MERGE_SEED = 0.2
REFINE_MIN = 0.45
"""Score every one-to-one pair must reach for a bead to be split into them."""
ENTRY_CHARS = 80
"""Longest list entry / table cell that :func:`fill_gaps` pairs by position alone."""
GAP_LENGTH_MIN = 0.05
DROP_MARGIN = 0.02
"""A bead may shed a line only if its score does not fall by more than this."""
MOVED_MIN = 0.6
"""Score for pairing two leftover blocks out of order (and each must be the other's best)."""
_ONE_TO_ONE = ((1, 1), (1, 0), (0, 1))


@dataclass
class UnitBead:
    kk: list[Unit]
    ru: list[Unit]
    score: float

    @property
    def matched(self) -> bool:
        return bool(self.kk) and bool(self.ru)


def _flat(groups: Sequence[Sequence[Unit]]) -> list[Unit]:
    return [u for g in groups for u in g]


def _dp(ga: Sequence[Sequence[Unit]], gb: Sequence[Sequence[Unit]], ratio: float, tau: float,
        moves=None) -> list[UnitBead]:
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
            s = pair_score(_flat(ga[i0:i1]), _flat(gb[j0:j1]), ratio)
            cache[k] = s
        return s

    kw = {"moves": moves} if moves else {}
    beads = align_beads(len(ga), len(gb), score, tau, **kw)
    return [UnitBead(_flat(ga[x.i0:x.i1]), _flat(gb[x.j0:x.j1]), x.score) for x in beads]


def align_units(a: Sequence[Unit], b: Sequence[Unit], ratio: float, tau: float = ITEM_TAU) -> list[UnitBead]:
    """Beads over two unit sequences, null beads included (kept in order)."""
    return _dp([[u] for u in a], [[u] for u in b], ratio, tau)


def align_groups(ga: Sequence[Sequence[Unit]], gb: Sequence[Sequence[Unit]], ratio: float,
                 tau: float = ITEM_TAU) -> list[UnitBead]:
    """Beads over grouped units (cells made of several lines): align, refine, pair the moved."""
    beads = _dp(ga, gb, ratio, tau)
    gid = {u.id: n for n, g in enumerate(ga) for u in g}
    gid.update({u.id: -1 - n for n, g in enumerate(gb) for u in g})
    out: list[UnitBead] = []
    for bead in beads:
        out.extend(refine(bead, gid, ratio, tau))
    return pair_moved(fill_gaps(out, ratio), ratio)


def fill_gaps(beads: list[UnitBead], ratio: float) -> list[UnitBead]:
    """Pair the one item left over on each side between two aligned neighbours.

    In a list or a table column the position is evidence of its own: when the items before and
    after are aligned and exactly one short item is left on each side in between, they are
    the same entry, even with no shared word ("бейімдеу;" / "адаптивные"). Long paragraphs are
    not paired this way — an untranslated paragraph is common, an untranslated list entry
    wedged between translated ones is not — and a gross length mismatch vetoes the pair."""
    out: list[UnitBead] = []
    n = 0
    while n < len(beads):
        b = beads[n]
        if b.matched or not out or not out[-1].matched:
            out.append(b)
            n += 1
            continue
        m = n
        while m < len(beads) and not beads[m].matched:
            m += 1
        run = beads[n:m]
        kk = [u for x in run for u in x.kk]
        ru = [u for x in run for u in x.ru]
        if (m < len(beads) and len(kk) == 1 and len(ru) == 1 and _entry(kk[0]) and _entry(ru[0])
                and length_prob(kk[0].nchars, ru[0].nchars, ratio) >= GAP_LENGTH_MIN):
            out.append(UnitBead(kk, ru, max(ITEM_TAU, pair_score(kk, ru, ratio))))
        else:
            out.extend(run)
        n = m
    return out


def _entry(u: Unit) -> bool:
    return u.nchars <= ENTRY_CHARS


def refine(bead: UnitBead, gid: dict[str, int], ratio: float, tau: float = ITEM_TAU) -> list[UnitBead]:
    """Split a bead of several spans into finer confident pairs where its lines allow it.

    Three readings are tried: the cells of each side kept whole against the lines of the
    other (a false join of two cells on one side), and the lines one to one. Lines left
    without a partner rejoin a neighbouring pair that holds a line of their own cell. A reading
    counts only if it yields at least two pairs, each confident; a one-to-one reading that cuts
    cells on both sides must pair every line (the cells were really broken at the same words),
    otherwise the cells translate as wholes and the bead stays."""
    if not bead.matched or (len(bead.kk) == 1 and len(bead.ru) == 1):
        return [bead]
    ga, gb = _cells(bead.kk, gid), _cells(bead.ru, gid)
    lines_a, lines_b = [[u] for u in bead.kk], [[u] for u in bead.ru]
    readings = []
    if len(ga) < len(bead.kk) or len(gb) < len(bead.ru):
        readings.append(_dp(ga, lines_b, ratio, tau))
        readings.append(_dp(lines_a, gb, ratio, tau))
        readings.append(_dp(ga, gb, ratio, tau))
    one = _rejoin(_pair_gaps(_dp(lines_a, lines_b, ratio, tau, moves=_ONE_TO_ONE)), gid)
    parallel = all(b.matched and len(b.kk) == 1 and len(b.ru) == 1 for b in one)
    if parallel or not (_splits(one, "kk", gid) and _splits(one, "ru", gid)):
        readings.append(one)
    best, key = None, None
    for r in readings:
        pairs = [b for b in r if b.matched]
        if not pairs or any(b.score < REFINE_MIN for b in pairs):
            continue
        if len(pairs) == 1 and (pairs[0].score < bead.score - DROP_MARGIN or r == [bead]
                                or len(pairs[0].kk) + len(pairs[0].ru) == len(bead.kk) + len(bead.ru)):
            continue  # a single pair only helps when it sheds a line that added no evidence
        k = (len(pairs), sum(b.score for b in pairs) / len(pairs))
        if key is None or k > key:
            best, key = r, k
    return best if best is not None else [bead]


def _cells(units: Sequence[Unit], gid: dict[str, int]) -> list[list[Unit]]:
    out: list[list[Unit]] = []
    for u in units:
        if out and gid.get(out[-1][-1].id) == gid.get(u.id):
            out[-1].append(u)
        else:
            out.append([u])
    return out


def _pair_gaps(beads: list[UnitBead]) -> list[UnitBead]:
    """Inside a bead the outer alignment already vouched for every line: one Kazakh and one
    Russian line left over between the same pairs belong together (a typo, a free rendering)."""
    out: list[UnitBead] = []
    run: list[UnitBead] = []

    def flush() -> None:
        kk = [u for b in run for u in b.kk]
        ru = [u for b in run for u in b.ru]
        if len(kk) == 1 and len(ru) == 1:
            out.append(UnitBead(kk, ru, REFINE_MIN))
        else:
            out.extend(run)
        run.clear()

    for b in beads:
        if b.matched:
            flush()
            out.append(b)
        else:
            run.append(b)
    flush()
    return out


def _rejoin(beads: list[UnitBead], gid: dict[str, int]) -> list[UnitBead]:
    """Lines without a partner join the neighbouring pair that holds a line of their cell."""
    merged = [UnitBead(list(b.kk), list(b.ru), b.score) for b in beads]
    for n, b in enumerate(merged):
        if b.matched or not (b.kk or b.ru):
            continue
        side = "kk" if b.kk else "ru"
        u = getattr(b, side)[0]
        for m in (n - 1, n + 1, n - 2, n + 2):
            if 0 <= m < len(merged) and merged[m].matched and any(
                    gid.get(x.id) == gid.get(u.id) for x in getattr(merged[m], side)):
                seq = getattr(merged[m], side)
                if m < n:
                    seq.append(u)
                else:
                    seq.insert(0, u)
                b.kk, b.ru = [], []
                break
    return [b for b in merged if b.kk or b.ru]


def _splits(beads: Sequence[UnitBead], side: str, gid: dict[str, int]) -> bool:
    """Does a reading put lines of one cell into different beads?"""
    where: dict[int, int] = {}
    for n, b in enumerate(beads):
        for u in getattr(b, side):
            if where.setdefault(gid.get(u.id, 0), n) != n:
                return True
    return False


def align_units_1to1(a: Sequence[Unit], b: Sequence[Unit], ratio: float, tau: float = ITEM_TAU) -> list[UnitBead]:
    """Beads of one span each side (or none): the finest reading of a bead."""
    return _dp([[u] for u in a], [[u] for u in b], ratio, tau, moves=_ONE_TO_ONE)


def pair_moved(beads: list[UnitBead], ratio: float) -> list[UnitBead]:
    """Pair blocks left unaligned on both sides when they translate each other out of order.

    Only mutual best pairs with a high score qualify: an unaligned block usually has no
    counterpart, and a weak pair across the section would be a guess."""
    lone_kk = [(n, b.kk[0]) for n, b in enumerate(beads) if not b.matched and b.kk]
    lone_ru = [(n, b.ru[0]) for n, b in enumerate(beads) if not b.matched and b.ru]
    if not lone_kk or not lone_ru:
        return beads
    sc = {(i, j): pair_score([u], [v], ratio) for i, u in lone_kk for j, v in lone_ru}
    best_k = {i: max((s, j) for (i2, j), s in sc.items() if i2 == i) for i, _ in lone_kk}
    best_r = {j: max((s, i) for (i, j2), s in sc.items() if j2 == j) for j, _ in lone_ru}
    drop: set[int] = set()
    for i, (s, j) in best_k.items():
        if s >= MOVED_MIN and best_r[j][1] == i:
            beads[i] = UnitBead(beads[i].kk, beads[j].ru, s)
            drop.add(j)
    return [b for n, b in enumerate(beads) if n not in drop]
