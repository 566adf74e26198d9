"""Which parts of the corpus are Kazakh texts and which are Russian ones.

A bilingual edition prints the Kazakh text and then its Russian translation (or the other way
round) in one file; elsewhere the two languages come as two files. Both cases reduce to
*halves*: a maximal run of blocks in one language. A document is split where the language of
its blocks switches for good — the split that explains the most text with two pure halves —
and only when both halves are substantial, so a Kazakh text quoting a Russian paragraph stays
one half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from models import Block, BlockKind, Document, Sentence

_KK_ONLY = re.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")
_CYR = re.compile(r"[А-Яа-яЁё]")

MIN_SHARE = 0.2
"""Each half of a bilingual document holds at least this share of its text."""
MIN_PURITY = 0.8
"""Share of a half's text in its own language."""


@dataclass
class Half:
    doc_id: str
    lang: str
    blocks: list[Block]
    sentences: list[Sentence] = field(default_factory=list)
    bilingual: bool = False

    @property
    def nchars(self) -> int:
        return sum(len(b.text) for b in self.blocks)


def block_lang(block: Block) -> Optional[str]:
    """The block's language as tagged; a letter-based guess where the tagger left none."""
    if block.lang in ("kk", "ru"):
        return block.lang
    if block.lang is not None:
        return None
    if _KK_ONLY.search(block.text):
        return "kk"
    if _CYR.search(block.text):
        return "ru"
    return None


def split_halves(doc: Document) -> list[Half]:
    """One half per language run: two for a bilingual edition, one for a monolingual text."""
    blocks = doc.blocks
    if not blocks:
        return []
    mass = {"kk": [0], "ru": [0]}
    for b in blocks:
        lang = block_lang(b)
        w = len(b.text)
        for l in ("kk", "ru"):
            mass[l].append(mass[l][-1] + (w if lang == l else 0))
    tot_kk, tot_ru = mass["kk"][-1], mass["ru"][-1]
    total = tot_kk + tot_ru
    if total == 0:
        return []
    best = None
    for first, second in (("kk", "ru"), ("ru", "kk")):
        for i in range(1, len(blocks)):
            a = mass[first][i] + mass["ru" if first == "kk" else "kk"][i]
            pure_a = mass[first][i]
            pure_b = mass[second][-1] - mass[second][i]
            b_tot = total - a
            if a < MIN_SHARE * total or b_tot < MIN_SHARE * total:
                continue
            if pure_a < MIN_PURITY * a or pure_b < MIN_PURITY * b_tot:
                continue
            # prefer a split at a heading when several explain the text equally well
            key = (pure_a + pure_b, blocks[i].kind == BlockKind.HEADING)
            if best is None or key > best[0]:
                best = (key, i, first, second)
    by_block: dict[str, list[Sentence]] = {}
    for s in doc.sentences:
        by_block.setdefault(s.block_id, []).append(s)

    def make(bl: list[Block], lang: str, bilingual: bool) -> Half:
        sents = [s for b in bl for s in by_block.get(b.block_id, [])]
        return Half(doc.doc_id, lang, bl, sents, bilingual)

    if best is not None:
        _, i, first, second = best
        return [make(blocks[:i], first, True), make(blocks[i:], second, True)]
    lang = "kk" if tot_kk >= tot_ru else "ru"
    if max(tot_kk, tot_ru) < MIN_PURITY * total:
        return []
    return [make(list(blocks), lang, False)]
