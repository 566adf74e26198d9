"""A Kazakh→Russian stem lexicon learned from pairs the aligner is already sure of.

Cognates and numbers anchor only part of a text; native words (``білім`` ↔ ``образование``,
``мұғалім`` ↔ ``учитель``) carry most of the meaning. Instead of a hand-written dictionary the
aligner harvests word pairs from its own confident alignments: a stem pair that co-occurs in
aligned pairs far more often than chance (Dice coefficient), and is the best partner of each
other (a competitive-linking filter), becomes an entry. Realigning with the lexicon finds more
confident pairs, which grow the lexicon again — so it improves as the corpus grows.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence


@dataclass
class Lexicon:
    """kk stem → ru stems, with the association strength of each entry."""

    entries: dict[str, dict[str, float]] = field(default_factory=dict)

    def get(self, kk_stem: str, default=()):
        e = self.entries.get(kk_stem)
        return tuple(e) if e else default

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def merge(self, other: "Lexicon") -> "Lexicon":
        out = {k: dict(v) for k, v in self.entries.items()}
        for k, v in other.entries.items():
            slot = out.setdefault(k, {})
            for r, s in v.items():
                slot[r] = max(s, slot.get(r, 0.0))
        return Lexicon(out)

    def rows(self) -> list[tuple[str, str, float]]:
        return sorted(((k, r, s) for k, v in self.entries.items() for r, s in v.items()), key=lambda x: -x[2])


def harvest(pairs: Iterable[tuple[Sequence[str], Sequence[str]]], min_count: int = 2,
            min_dice: float = 0.3, max_translations: int = 2) -> Lexicon:
    """Learn entries from aligned (kk stems, ru stems) pairs.

    Keys that are not words (numbers ``#…``, Latin ``@…``) are expected to be filtered out by
    the caller; stems that occur in most pairs carry no information and are skipped.
    """
    ck: Counter = Counter()
    cr: Counter = Counter()
    ckr: Counter = Counter()
    n = 0
    for kk, ru in pairs:
        sk, sr = set(kk), set(ru)
        if not sk or not sr:
            continue
        n += 1
        ck.update(sk)
        cr.update(sr)
        for a in sk:
            for b in sr:
                ckr[a, b] += 1
    if n == 0:
        return Lexicon()
    dice: dict[tuple[str, str], float] = {}
    for (a, b), c in ckr.items():
        if c < min_count:
            continue
        if ck[a] > 0.5 * n or cr[b] > 0.5 * n:
            continue
        d = 2.0 * c / (ck[a] + cr[b])
        if d >= min_dice:
            dice[a, b] = d
    best_for_ru: dict[str, float] = defaultdict(float)
    for (a, b), d in dice.items():
        best_for_ru[b] = max(best_for_ru[b], d)
    by_kk: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (a, b), d in dice.items():
        # competitive linking: keep a pair only if it is (nearly) the best for the Russian stem too
        if d >= 0.8 * best_for_ru[b]:
            by_kk[a].append((d, b))
    entries: dict[str, dict[str, float]] = {}
    for a, cands in by_kk.items():
        cands.sort(reverse=True)
        top = cands[0][0]
        entries[a] = {b: round(d, 4) for d, b in cands[:max_translations] if d >= 0.8 * top}
    return Lexicon(entries)


def as_mapping(lex: Lexicon | Mapping[str, Sequence[str]] | None) -> Mapping[str, Sequence[str]]:
    if lex is None:
        return {}
    if isinstance(lex, Lexicon):
        return {k: tuple(v) for k, v in lex.entries.items()}
    return lex
