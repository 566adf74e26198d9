"""Sentence F1 only, fast, for tuning the splitter: errors are shown for GSD dev, never for test.

    python3 -m bench.sentences_dev              # ru dev F1 + kk F1
    python3 -m bench.sentences_dev --errors 40  # also print up to 40 dev errors
    python3 -m bench.sentences_dev --test       # also the ru test F1 (the figure only)

Same protocol as :mod:`bench.linguistic` (runs of 20 ``# text`` sentences joined by spaces).
Test errors are never printed: rules are tuned on dev, test is only scored.
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from bench.gold import kk_ud_sentences, make_runs, ru_ud_sentences
from bench.linguistic import ours_sentences, score_sentences, trim


def dev_errors(runs, splitter, limit: int) -> list[str]:
    """Each missed gold boundary or spurious one, shown as the text around it."""
    out: list[str] = []
    for run in runs:
        pred = {trim(run.text, sp) for sp in splitter(run.text)}
        gold = set(run.sentence_spans)
        pred_ends = {e for _, e in pred}
        gold_ends = {e for _, e in gold}
        for e in sorted(gold_ends - pred_ends):
            if e < len(run.text):
                out.append(f"MISSED  …{run.text[max(0, e - 60):e]} ‖ {run.text[e:e + 40]}…")
        for e in sorted(pred_ends - gold_ends):
            out.append(f"SPLIT   …{run.text[max(0, e - 60):e]} ‖ {run.text[e:e + 40]}…")
        if len(out) >= limit:
            break
    return out[:limit]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N dev errors")
    ap.add_argument("--test", action="store_true", help="also score ru test (figure only)")
    args = ap.parse_args(argv)
    dev = make_runs(ru_ud_sentences("dev"))
    print(f"ru dev  F1 {score_sentences(dev, ours_sentences('ru'))[2]:.4f}")
    print(f"kk      F1 {score_sentences(make_runs(kk_ud_sentences()), ours_sentences('kk'))[2]:.4f}")
    if args.test:
        print(f"ru test F1 {score_sentences(make_runs(ru_ud_sentences('test')), ours_sentences('ru'))[2]:.4f}")
    for line in dev_errors(dev, ours_sentences("ru"), args.errors):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
