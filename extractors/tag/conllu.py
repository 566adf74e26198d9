"""Minimal CoNLL-U reading for training and scoring the taggers.

Only the word lines matter here (id, form, lemma, upos, feats); multiword-token ranges and
empty nodes are skipped because the taggers work on syntactic words, as UD scores them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from extractors.tag.types import TokenTag


@dataclass(frozen=True)
class GoldSentence:
    sent_id: str
    text: str
    forms: tuple[str, ...]
    tags: tuple[TokenTag, ...]
    # (start_word_index, end_word_index_inclusive, surface) of multiword tokens
    mwts: tuple[tuple[int, int, str], ...] = ()


def parse_conllu(text: str) -> Iterator[GoldSentence]:
    sent_id, sent_text = "", ""
    forms: list[str] = []
    tags: list[TokenTag] = []
    mwts: list[tuple[int, int, str]] = []
    for line in text.splitlines() + [""]:
        if not line.strip():
            if forms:
                yield GoldSentence(sent_id, sent_text, tuple(forms), tuple(tags), tuple(mwts))
            sent_id, sent_text, forms, tags, mwts = "", "", [], [], []
            continue
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                sent_text = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if len(cols) < 6 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            mwts.append((len(forms), len(forms) + int(b) - int(a), cols[1]))
            continue
        forms.append(cols[1])
        tags.append(TokenTag(cols[2], cols[3], cols[5]))


def read_conllu(*paths: str | Path) -> list[GoldSentence]:
    out: list[GoldSentence] = []
    for p in paths:
        out.extend(parse_conllu(Path(p).read_text(encoding="utf-8")))
    return out
