"""Tagging benchmark: lemma / UPOS / feats accuracy on UD gold, and tag() speed.

    python3 -m bench.tagging [--shared DIR] [--folds N] [--no-raw] [--no-speed]

Russian: UD Russian GSD test (the Russian rules and priors were tuned on GSD dev only).
Kazakh: 10-fold cross-validation over UD Kazakh KTB train+test merged, as its README advises:
fold k = sentences i with i % 10 == k; the tagger is fitted on the other nine folds only.

Scoring: non-punctuation gold words (UPOS != PUNCT); lemma compared case-insensitively with
ё = е. "gold" rows tag the gold words; "raw" rows tokenize each sentence's text with
extractors.segment and score a gold word as right only when a predicted token has exactly its
character span and the right value (words inside multiword tokens cannot match).

Hook for other benchmarks: ``run_tagging(**kwargs) -> list[dict]``; every row has at least
system, lang, lemma_acc, upos_acc, n_tokens (plus feats_acc, tokens, eval). Unknown keyword
arguments are ignored so callers can pass a shared option set — bench.linguistic passes
kk_sentences / ru_sentences / our_tokenizer; they are ignored on purpose: this module reads the
gold files itself so that the fold protocol (never score a sentence learned from) and the
GSD dev/test split stay under its control. Speed rows (tokens_per_s) only with speed=True.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from extractors.tag.conllu import GoldSentence, read_conllu
from extractors.tag.types import TokenTag

REPO = Path(__file__).resolve().parents[1]


def shared_dir(path: Optional[str | Path] = None) -> Path:
    return Path(path or os.environ.get("EDUKB_SHARED") or REPO.parent / "shared")


def _norm(s: str) -> str:
    return s.lower().replace("ё", "е")


class Score:
    def __init__(self) -> None:
        self.n = self.lemma = self.upos = self.feats = 0

    def add(self, gold: TokenTag, pred: Optional[TokenTag]) -> None:
        if gold.upos == "PUNCT":
            return
        self.n += 1
        if pred is None:
            return
        self.lemma += _norm(gold.lemma) == _norm(pred.lemma)
        self.upos += gold.upos == pred.upos
        self.feats += gold.feats == pred.feats

    def row(self, system: str, lang: str, eval_: str, tokens: str = "gold",
            feats: bool = True) -> dict:
        n = self.n or 1
        return {"system": system, "lang": lang, "eval": eval_, "tokens": tokens,
                "lemma_acc": round(self.lemma / n, 4), "upos_acc": round(self.upos / n, 4),
                "feats_acc": round(self.feats / n, 4) if feats else None, "n_tokens": self.n}


Tagger = Callable[[Sequence[str]], Sequence[TokenTag]]


def score_gold(sentences: Iterable[GoldSentence], tagger: Tagger, score: Score) -> None:
    for s in sentences:
        for g, p in zip(s.tags, tagger(list(s.forms))):
            score.add(g, p)


def _gold_spans(s: GoldSentence) -> list[Optional[tuple[int, int]]]:
    """Character span of each gold word in the sentence text; None inside multiword tokens
    or where the word cannot be found."""
    in_mwt = {}
    for a, b, surface in s.mwts:
        for k in range(a, b + 1):
            in_mwt[k] = surface
    spans: list[Optional[tuple[int, int]]] = []
    pos = 0
    k = 0
    while k < len(s.forms):
        surface = in_mwt.get(k, s.forms[k])
        j = s.text.find(surface, pos)
        if j < 0:
            spans.append(None)
            k += 1
            continue
        if k in in_mwt:
            b = next(b for a, b, _ in s.mwts if a <= k <= b)
            spans.extend([None] * (b - k + 1))
            k = b + 1
        else:
            spans.append((j, j + len(surface)))
            k += 1
        pos = j + len(surface)
    return spans


def score_raw(sentences: Iterable[GoldSentence], tagger: Tagger, lang: str,
              score: Score) -> None:
    from extractors.segment import tokenize

    for s in sentences:
        spans = tokenize(s.text, lang)
        tags = tagger([s.text[a:b] for a, b in spans])
        by_span = dict(zip(spans, tags))
        for g, sp in zip(s.tags, _gold_spans(s)):
            score.add(g, by_span.get(sp) if sp else None)


def _segment_available() -> bool:
    try:
        import extractors.segment  # noqa: F401
        return hasattr(extractors.segment, "tokenize")
    except ImportError:
        return False


# -- Russian ---------------------------------------------------------------------------------
def run_russian(shared: Path, raw: bool = True) -> list[dict]:
    from extractors.tag.ru import first_parse, tag_ru

    gsd = shared / "gold" / "ud_russian_gsd"
    rows = []
    for split in ("test", "dev"):
        sents = read_conllu(gsd / f"ru_gsd-ud-{split}.conllu")
        for name, fn in (("ours", tag_ru), ("pymorphy3-first-parse", first_parse)):
            sc = Score()
            score_gold(sents, fn, sc)
            note = "GSD test" if split == "test" else "GSD dev (rules tuned here)"
            rows.append(sc.row(name, "ru", note))
            if raw and split == "test" and _segment_available():
                sc = Score()
                score_raw(sents, fn, "ru", sc)
                rows.append(sc.row(name, "ru", note, tokens="raw"))
    return rows


# -- Kazakh ----------------------------------------------------------------------------------
def _lower_baseline(tokens: Sequence[str]) -> list[TokenTag]:
    return [TokenTag(t.lower(), "NOUN", "_") for t in tokens]


def run_kazakh(shared: Path, folds: int = 10, raw: bool = True) -> list[dict]:
    from extractors.tag.kk import KazakhTagger
    from extractors.tag.kk import analyser

    ktb = shared / "gold" / "ud_kazakh_ktb"
    sents = read_conllu(ktb / "kk_ktb-ud-train.conllu", ktb / "kk_ktb-ud-test.conllu")
    kazdet = shared / "resources" / "kazdet_morph_model"
    have_kazdet = (kazdet / "lkps").exists()
    note = f"KTB {folds}-fold CV"
    variants = [("ours (KTB folds + KazDET)", True, True)] if have_kazdet else []
    variants += [("ours (KTB folds only)", False, True),
                 ("ours (KTB folds + KazDET, no closed-class lists)", True, False)]
    rows = []
    closed_saved = dict(analyser.CLOSED)
    for name, use_kd, closed in variants:
        if use_kd and not have_kazdet:
            continue
        sc, sc_raw = Score(), Score()
        if not closed:
            analyser.CLOSED.clear()
        try:
            for k in range(folds):
                train = [s for i, s in enumerate(sents) if i % folds != k]
                test = [s for i, s in enumerate(sents) if i % folds == k]
                tagger = KazakhTagger.fit(train, kazdet_dir=kazdet if use_kd else None)
                score_gold(test, tagger.tag, sc)
                if raw and closed and _segment_available():
                    score_raw(test, tagger.tag, "kk", sc_raw)
        finally:
            analyser.CLOSED.update(closed_saved)
        rows.append(sc.row(name, "kk", note))
        if sc_raw.n:
            rows.append(sc_raw.row(name, "kk", note, tokens="raw"))
    sc = Score()
    score_gold(sents, _lower_baseline, sc)
    row = sc.row("baseline: lemma = lowercase form", "kk", "KTB all", feats=False)
    row["upos_acc"] = None
    rows.append(row)
    sc = Score()
    score_gold(sents, _lower_baseline, sc)
    row = sc.row("baseline: all NOUN", "kk", "KTB all", feats=False)
    row["lemma_acc"] = None
    rows.append(row)
    return rows


# -- speed -----------------------------------------------------------------------------------
def run_speed(shared: Path, repeats: int = 5) -> list[dict]:
    """tokens/s of segment+tag and of tag() alone on the seed texts, one process, one core."""
    from extractors.segment import identify_language, segment_block, tokenize
    from extractors.tag import kazakh_tagger, tag
    from extractors.tag.ru import _morph, _stats

    kazakh_tagger(), _morph(), _stats()  # load dictionaries outside the timings (~0.2 s)

    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]

    def segment_all():
        out = []
        for para in paragraphs:
            lang = identify_language(para)
            for span in segment_block(para, lang):
                sl = span.lang if span.lang in ("kk", "ru") else lang
                if sl not in ("kk", "ru"):
                    continue
                text = para[span.start:span.end]
                out.append((sl, [text[a:b] for a, b in tokenize(text, sl)]))
        return out

    sents = segment_all()
    n_tok = sum(len(t) for _, t in sents)
    tag_times, stage_times = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for lang, toks in sents:
            tag(toks, lang)
        tag_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for lang, toks in segment_all():
            tag(toks, lang)
        stage_times.append(time.perf_counter() - t0)
    return [
        {"system": "tag() on seed texts (first run, cold cache)", "lang": "kk+ru",
         "tokens_per_s": round(n_tok / tag_times[0]), "n_tokens": n_tok},
        {"system": f"tag() on seed texts (median of {repeats})", "lang": "kk+ru",
         "tokens_per_s": round(n_tok / statistics.median(tag_times)), "n_tokens": n_tok},
        {"system": f"segment+tag on seed texts (median of {repeats})", "lang": "kk+ru",
         "tokens_per_s": round(n_tok / statistics.median(stage_times)), "n_tokens": n_tok},
    ]


def run_tagging(shared: Optional[str | Path] = None, langs: Sequence[str] = ("kk", "ru"),
                folds: int = 10, raw: bool = True, speed: bool = False, **_ignored) -> list[dict]:
    """All accuracy rows (and speed rows when ``speed``); see the module docstring."""
    root = shared_dir(shared)
    rows: list[dict] = []
    if "ru" in langs:
        rows += run_russian(root, raw=raw)
    if "kk" in langs:
        rows += run_kazakh(root, folds=folds, raw=raw)
    if speed:
        rows += run_speed(root)
    return rows


def format_table(rows: Sequence[dict]) -> str:
    acc = [r for r in rows if "lemma_acc" in r]
    spd = [r for r in rows if "tokens_per_s" in r]
    fmt = lambda v: "  -   " if v is None else f"{v:.4f}"  # noqa: E731
    lines = [f"{'lang':4} {'system':50} {'eval':28} {'tokens':6} {'lemma':>6} {'upos':>6} "
             f"{'feats':>6} {'n':>6}"]
    for r in acc:
        lines.append(f"{r['lang']:4} {r['system']:50} {r['eval']:28} {r['tokens']:6} "
                     f"{fmt(r['lemma_acc'])} {fmt(r['upos_acc'])} {fmt(r['feats_acc'])} "
                     f"{r['n_tokens']:6}")
    for r in spd:
        lines.append(f"{r['lang']:4} {r['system']:50} {r['tokens_per_s']:>8} tokens/s "
                     f"({r['n_tokens']} tokens)")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=None, help="shared data dir (default ../shared)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--lang", action="append", choices=["kk", "ru"])
    ap.add_argument("--no-raw", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args(argv)
    rows = run_tagging(a.shared, langs=a.lang or ("kk", "ru"), folds=a.folds,
                       raw=not a.no_raw, speed=not a.no_speed)
    print(format_table(rows))


if __name__ == "__main__":
    main()
