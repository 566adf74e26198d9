"""Sentence alignment inside paired blocks, and inside the stretches between them.

Once blocks are paired, their sentences are aligned with the same bead DP (a Kazakh sentence
is often two Russian ones). Where the block alignment left runs of blocks unpaired — the
translator regrouped paragraphs — the sentences of the run are aligned as one stream, so a
sentence still finds its counterpart across a different paragraph break.
"""
from __future__ import annotations

from typing import Callable, Sequence

from extractors.align.items import UnitBead, align_units
from extractors.align.signals import Unit

SENT_TAU = 0.3


def align_sentences(beads: Sequence[UnitBead], sentences_of: Callable[[str, str], list[Unit]], ratio: float,
                    tau: float = SENT_TAU) -> list[UnitBead]:
    """Sentence beads for a sequence of block beads; ``sentences_of(lang, block_id)`` gives units."""
    out: list[UnitBead] = []
    gap_kk: list[Unit] = []
    gap_ru: list[Unit] = []

    def flush() -> None:
        if gap_kk and gap_ru:
            out.extend(x for x in align_units(gap_kk, gap_ru, ratio, tau) if x.matched)
        gap_kk.clear()
        gap_ru.clear()

    for bead in beads:
        if not bead.matched:
            for u in bead.kk:
                gap_kk.extend(sentences_of("kk", u.id))
            for u in bead.ru:
                gap_ru.extend(sentences_of("ru", u.id))
            continue
        flush()
        sk = [s for u in bead.kk for s in sentences_of("kk", u.id)]
        sr = [s for u in bead.ru for s in sentences_of("ru", u.id)]
        if len(sk) == 1 and len(sr) == 1:
            out.append(UnitBead(sk, sr, bead.score))
        elif sk and sr:
            out.extend(x for x in align_units(sk, sr, ratio, tau) if x.matched)
    flush()
    return out
