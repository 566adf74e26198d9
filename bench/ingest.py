"""Ingestion figures: blocks per document, de-hyphenation accuracy, read throughput.

    python3 -m bench.ingest [--corpus corpus] [--runs 5]

De-hyphenation is scored on two kinds of line-end hyphen, each with a known answer:
- *real compounds*: every line-end hyphen in the seeds (39, each checked by hand: all are
  compounds such as ``материалдық-техникалық``, ``учебно-воспитательного``), plus every
  mid-line hyphenated word of the corpus re-broken at its hyphen (answer: keep);
- *typographic breaks*: long words of the corpus broken inside, after a vowel, as a typesetter
  would (answer: join). The words come from the corpus text, the break points from a rule, so no
  case was written to suit the decider.
Throughput: TXT in KB/s over the corpus, PDF in pages/s over a generated 20-page Kazakh/Russian PDF.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from edukb.corpus import scan_corpus
from edukb.pipeline import ingest
from extractors.normalize.chars import normalize_chars
from extractors.normalize.dehyphenate import Vocabulary, decide
from extractors.read import read_document
from models import BlockKind

_VOWELS = set("аәеёиоөуұүыіэюя")
_LINE_END = re.compile(r"([^\W\d_]+)-[ \t]*\n\s*(?:\d+\s*\n\s*)?([^\W\d_]+)")
_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w-])")
_WORD = re.compile(r"[^\W\d_]{9,}")


def dehyphenation_cases(texts: list[str], seed: int = 0) -> list[tuple[str, str, bool, str]]:
    rng = random.Random(seed)
    cases = []
    for t in texts:
        for left, right in _LINE_END.findall(t):
            cases.append((left, right, False, "seed line-end compound"))
    joined = "\n".join(texts)
    compounds = sorted(set(_HYPHENATED.findall(joined)))
    for left, right in compounds:
        cases.append((left, right, False, "corpus compound re-broken"))
    words = sorted(set(w for w in _WORD.findall(joined) if w.islower()))
    rng.shuffle(words)
    for w in words[:400]:
        cuts = [i for i in range(3, len(w) - 2) if w[i - 1].lower() in _VOWELS and w[i].lower() not in _VOWELS]
        if cuts:
            i = rng.choice(cuts)
            cases.append((w[:i], w[i:], True, "typographic break"))
    return cases


def score_dehyphenation(texts: list[str], use_document: bool = True) -> dict:
    """With ``use_document`` the decider sees the corpus vocabulary (as in the pipeline), which
    usually holds the word elsewhere; without it only the language rules decide (dictionary,
    Kazakh endings and word formation) — the figure for a word the corpus never spells whole."""
    vocab = Vocabulary(texts) if use_document else Vocabulary()
    by_kind: dict[str, list[bool]] = {}
    errors = []
    for left, right, join, kind in dehyphenation_cases(texts):
        d = decide(left, right, vocab)
        ok = d.join == join
        by_kind.setdefault(kind, []).append(ok)
        if not ok:
            errors.append((kind, f"{left}-|{right}", d.reason))
    return {"by_kind": {k: (sum(v), len(v)) for k, v in by_kind.items()}, "errors": errors}


def txt_throughput(paths: list[Path], runs: int) -> float:
    size = sum(p.stat().st_size for p in paths) / 1024
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for e in paths:
            read_document(e)
        times.append(time.perf_counter() - t)
    return size / statistics.median(times)


def ingest_throughput(entries, runs: int) -> float:
    size = sum(e.path.stat().st_size for e in entries) / 1024
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for e in entries:
            ingest(e)
        times.append(time.perf_counter() - t)
    return size / statistics.median(times)


def pdf_throughput(runs: int) -> float | None:
    try:
        from tests.builders import build_long_pdf, find_cyrillic_font
    except Exception:
        return None
    font = find_cyrillic_font()
    if font is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        pdf = build_long_pdf(Path(d) / "long.pdf", font, pages=20)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            read_document(pdf)
            times.append(time.perf_counter() - t)
    return 20 / statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    entries = scan_corpus(args.corpus)
    print("## Blocks per document\n")
    print("| document | blocks | heading | paragraph | list_item | table_cell | pages |")
    print("|---|---|---|---|---|---|---|")
    for e in entries:
        d = ingest(e)
        counts = {k: sum(1 for b in d.blocks if b.kind == k) for k in BlockKind}
        print(f"| {e.doc_id} | {len(d.blocks)} | " + " | ".join(str(counts[k]) for k in BlockKind) + f" | {d.n_pages or '-'} |")
    # characters are normalized first, as in the pipeline (Latin ə/i in Kazakh words repaired)
    texts = ["\n".join(normalize_chars(line) for line in e.path.read_text(encoding="utf-8").split("\n"))
             for e in entries if e.path.suffix == ".txt"]
    print("\n## De-hyphenation decisions\n")
    for use_document in (True, False):
        res = score_dehyphenation(texts, use_document)
        print(f"\n{'with the corpus vocabulary (pipeline setting)' if use_document else 'language rules only (no corpus vocabulary)'}:\n")
        print("| case | right | total | accuracy |")
        print("|---|---|---|---|")
        tot_ok = tot = 0
        for kind, (ok, n) in res["by_kind"].items():
            print(f"| {kind} | {ok} | {n} | {ok / n:.3f} |")
            tot_ok, tot = tot_ok + ok, tot + n
        print(f"| all | {tot_ok} | {tot} | {tot_ok / tot:.3f} |")
        if res["errors"]:
            print(f"\nErrors ({len(res['errors'])}, first 15):")
            for kind, case, reason in res["errors"][:15]:
                print(f"- {kind}: {case} ({reason})")
    print("\n## Throughput (median of %d runs)\n" % args.runs)
    print(f"- TXT read: {txt_throughput([e.path for e in entries], args.runs):,.0f} KB/s")
    print(f"- TXT read + normalize: {ingest_throughput(entries, args.runs):,.0f} KB/s")
    pps = pdf_throughput(args.runs)
    print(f"- PDF read (generated 20-page kk/ru PDF): {pps:,.1f} pages/s" if pps else "- PDF: no Cyrillic font found, skipped")


if __name__ == "__main__":
    main()
