"""Throughput of the segment + tag stage (``extractors.annotate``) on the default corpus.

    python3 -m bench.annotate [--runs 7]

One process, one core; the median of several runs after one warm-up run (which loads the
language-ID model, the dictionaries and the lexicon). The machine is shared: read the median.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from edukb.corpus import scan_corpus
from edukb.pipeline import ingest
from extractors.annotate import annotate_document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    docs = [ingest(e) for e in scan_corpus(args.corpus)]
    out = [annotate_document(d) for d in docs]  # warm-up
    n_tokens = sum(len(s.tokens) for d in out for s in d.sentences)
    rates = []
    for _ in range(args.runs):
        t = time.perf_counter()
        for d in docs:
            annotate_document(d)
        rates.append(n_tokens / (time.perf_counter() - t))
    print(f"segment+tag on {len(docs)} documents, {n_tokens} tokens: median {statistics.median(rates):,.0f} tokens/s "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}, {args.runs} runs)")


if __name__ == "__main__":
    main()
