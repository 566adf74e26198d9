"""Kazakh PERSON span F1 on KazNERD test (exact span match, PERSON only), and speed.

Run: ``python3 -m bench.persons [KAZNERD_DIR] [--split test|valid]``.

Two scorings, both over KazNERD's tokenized sentences:
- ``raw``: the sentence's tokens are joined with single spaces, :func:`find_persons` runs on
  that string (our tokenizer, sentence splitter, initials rule, CRF), and each predicted
  character span is mapped back to the tokens it covers; a span counts only if it starts at
  a token's start, ends at a token's end and equals a gold span exactly.
- ``tokens``: :func:`tag_tokens` runs on KazNERD's own tokens (the CRF alone).
The model is trained on the valid split only; scoring on valid is a fit check, not a result.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extractors.persons import find_persons, tag_tokens
from extractors.persons.train import read_iob2, tag_spans


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _raw_spans(tokens: list[str]) -> set[tuple[int, int]]:
    text = " ".join(tokens)
    starts, ends, pos = {}, {}, 0
    for k, t in enumerate(tokens):
        starts[pos] = k
        ends[pos + len(t)] = k + 1
        pos += len(t) + 1
    out = set()
    for p in find_persons(text, "kk"):
        if p.start in starts and p.end in ends:
            out.add((starts[p.start], ends[p.end]))
        else:
            out.add((-1 - p.start, -1 - p.end))  # misaligned: always a false positive
    return out


def evaluate(data, mode: str) -> dict:
    tp = fp = fn = 0
    n_tok = sum(len(t) for t, _ in data)
    t0 = time.perf_counter()
    for toks, tags in data:
        gold = tag_spans(tags)
        if mode == "raw":
            pred = _raw_spans(toks)
        else:
            pred = tag_spans([y for y, _ in tag_tokens(toks)])
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    dt = time.perf_counter() - t0
    p, r, f = _prf(tp, fp, fn)
    return {"mode": mode, "precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
            "tokens": n_tok, "seconds": dt, "tokens_per_s": n_tok / dt}


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(prog="python3 -m bench.persons", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kaznerd_dir", nargs="?", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared/gold/kaznerd",
                    help="folder holding IOB2_test.txt / IOB2_valid.txt (default: ../shared/gold/kaznerd)")
    ap.add_argument("--split", default="test", choices=("test", "valid"),
                    help="which KazNERD split to score (the model is trained on valid: score test)")
    args = ap.parse_args(argv)
    split, root = args.split, args.kaznerd_dir
    path = root / f"IOB2_{split}.txt"
    if not path.exists():
        ap.error(f"{path}: no such file (pass the KazNERD folder as the first argument)")
    data = read_iob2(path)
    n_gold = sum(len(tag_spans(t)) for _, t in data)
    print(f"KazNERD {split}: {len(data)} sentences, {n_gold} PERSON spans")
    for mode in ("raw", "tokens"):  # raw first: its speed is measured with cold caches
        m = evaluate(data, mode)
        print(f"{mode:6s} P={m['precision']:.4f} R={m['recall']:.4f} F1={m['f1']:.4f} "
              f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})  "
              f"{m['tokens_per_s']:,.0f} tokens/s over {m['tokens']} tokens")


if __name__ == "__main__":
    main(sys.argv[1:])
