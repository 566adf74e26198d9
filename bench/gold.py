"""Readers for the gold data in ``shared/gold`` and the raw-text protocol of the benchmarks.

CoNLL-U: one :class:`GoldSentence` per sentence with its ``# text``, its surface tokens (a
multi-word token such as ``қуаныштымын`` = ``қуанышты`` + ``мын`` counts once, as written),
their character spans in the text, and the syntactic words with lemma/UPOS/features for tagging
benchmarks.

Raw-text protocol (segmentation benchmark): the ``# text`` lines, stripped, are joined by single
spaces in runs of ``run_size`` consecutive sentences (the last run may be shorter); gold sentence
and token spans are shifted into the run. A tool is scored on the runs only.

KazNERD: IOB2 files, one "token tag" per line and a blank line between sentences.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """``shared/`` next to the repository (``../shared``) or inside it; $EDUKB_SHARED wins."""
    env = os.environ.get("EDUKB_SHARED")
    if env:
        return Path(env)
    for cand in (REPO_ROOT / "shared", REPO_ROOT.parent / "shared"):
        if cand.is_dir():
            return cand
    return REPO_ROOT.parent / "shared"


@dataclass(frozen=True)
class GoldWord:
    """A syntactic word (integer ID line) of a CoNLL-U sentence."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str


@dataclass
class GoldSentence:
    sent_id: str
    text: str
    tokens: list[str]  # surface tokens, multi-word tokens as written
    token_spans: list[tuple[int, int]]  # into ``text``; tokens that cannot be found are left out
    words: list[GoldWord] = field(default_factory=list)
    unaligned: int = 0  # surface tokens not found in ``text``


def read_conllu(path: str | Path) -> list[GoldSentence]:
    sentences: list[GoldSentence] = []
    sent_id, text = "", None
    tokens: list[str] = []
    words: list[GoldWord] = []
    covered_until = 0
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if tokens:
                    sentences.append(_finish(sent_id, text, tokens, words))
                sent_id, text, tokens, words, covered_until = "", None, [], [], 0
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id ="):
                    sent_id = line.split("=", 1)[1].strip()
                elif line.startswith("# text ="):
                    text = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            tid = cols[0]
            if "-" in tid:
                lo, hi = tid.split("-")
                tokens.append(cols[1])
                covered_until = int(hi)
            elif "." in tid:
                continue  # empty nodes have no surface
            else:
                idx = int(tid)
                words.append(GoldWord(idx, cols[1], cols[2], cols[3], cols[4], cols[5]))
                if idx > covered_until:
                    tokens.append(cols[1])
    if tokens:
        sentences.append(_finish(sent_id, text, tokens, words))
    return sentences


def _finish(sent_id: str, text: Optional[str], tokens: list[str], words: list[GoldWord]) -> GoldSentence:
    if text is None:
        text = " ".join(tokens)
    spans, unaligned = align_tokens(text, tokens)
    return GoldSentence(sent_id, text, tokens, spans, words, unaligned)


def align_tokens(text: str, tokens: list[str]) -> tuple[list[tuple[int, int]], int]:
    """Spans of ``tokens`` found in order in ``text``; tokens not found are skipped and counted."""
    spans: list[tuple[int, int]] = []
    pos, missing = 0, 0
    for tok in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(tok, pos):
            spans.append((pos, pos + len(tok)))
            pos += len(tok)
            continue
        found = text.find(tok, pos)
        if found >= 0 and found - pos <= 10:
            spans.append((found, found + len(tok)))
            pos = found + len(tok)
        else:
            missing += 1
    return spans, missing


@dataclass
class Run:
    """Raw text of consecutive gold sentences joined by single spaces, with gold spans in it."""

    text: str
    sentence_spans: list[tuple[int, int]]
    token_spans: list[tuple[int, int]]
    sentences: list[GoldSentence]


def make_runs(sentences: list[GoldSentence], run_size: int = 20) -> list[Run]:
    runs = []
    for k in range(0, len(sentences), run_size):
        chunk = sentences[k:k + run_size]
        parts, sent_spans, tok_spans = [], [], []
        offset = 0
        for s in chunk:
            if parts:
                offset += 1  # the joining space
            parts.append(s.text)
            sent_spans.append((offset, offset + len(s.text)))
            tok_spans.extend((offset + a, offset + b) for a, b in s.token_spans)
            offset += len(s.text)
        runs.append(Run(" ".join(parts), sent_spans, tok_spans, chunk))
    return runs


@dataclass(frozen=True)
class NerSentence:
    tokens: list[str]
    tags: list[str]


def read_iob2(path: str | Path) -> Iterator[NerSentence]:
    """KazNERD IOB2: "token tag" per line (tab or space), blank line between sentences."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if tokens:
                    yield NerSentence(tokens, tags)
                tokens, tags = [], []
                continue
            if "\t" in line:
                tok, _, tag = line.rpartition("\t")
            else:
                tok, _, tag = line.rpartition(" ")
            if not tok:
                tok, tag = line.strip(), "O"
            tokens.append(tok.strip())
            tags.append(tag.strip() or "O")
    if tokens:
        yield NerSentence(tokens, tags)


def iob2_entities(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, type) of each entity in an IOB2 tag sequence."""
    out = []
    start, kind = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
                start, kind = None, None
            if tag.startswith("B-") or tag.startswith("I-"):
                start, kind = i, tag[2:]
    return out


def kk_ud_sentences() -> list[GoldSentence]:
    """UD Kazakh KTB train + test merged, as its README advises (nothing is learned from it)."""
    base = shared_dir() / "gold" / "ud_kazakh_ktb"
    return read_conllu(base / "kk_ktb-ud-train.conllu") + read_conllu(base / "kk_ktb-ud-test.conllu")


def ru_ud_sentences(split: str = "test") -> list[GoldSentence]:
    return read_conllu(shared_dir() / "gold" / "ud_russian_gsd" / f"ru_gsd-ud-{split}.conllu")
