"""kk↔ru alignment benchmark: ours and the Gale–Church baseline against hand-checked pairs.

Gold: ``bench/data/alignment_gold.tsv`` — document 004's Kazakh half against its Russian half,
read by hand: section pairs, list-item / table-row pairs, sentence pairs (a group translated
as a whole is written as all its cross pairs; "-" marks a span with no counterpart). Ids are
checked against the stored text prefixes, and a span whose id no longer shows that text is
found again by its prefix, so the gold survives re-segmentation.

Scoring per level: precision over predicted pairs that touch a span the gold covers (a span
listed in any gold row, matched or "-"), recall over gold pairs. Also printed: how many Kazakh
sections are paired with their Russian counterpart, and the time to align the whole corpus.

Run: ``python3 -m bench.alignment [--corpus corpus] [--gold bench/data/alignment_gold.tsv]``.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.gold import REPO_ROOT

GOLD = REPO_ROOT / "bench" / "data" / "alignment_gold.tsv"
LEVELS = ("section", "item", "sentence")


def load_docs(corpus: Path):
    from edukb.build import process_document
    from edukb.corpus import scan_corpus
    from extractors.annotate import annotate_document

    return [annotate_document(process_document(e)) for e in scan_corpus(corpus)]


def _resolver(docs):
    """id → text for blocks and sentences, and prefix lookup with ordinals for re-finding."""
    texts: dict[str, str] = {}
    order: dict[str, int] = {}
    for d in docs:
        for n, b in enumerate(d.blocks):
            texts[b.block_id] = b.text
            order[b.block_id] = n
        for n, s in enumerate(d.sentences):
            texts[s.sent_id] = s.text
            order[s.sent_id] = n

    def resolve(doc_id: str, short: str, prefix: str) -> str:
        full = f"{doc_id}:{short}"
        if texts.get(full, "").startswith(prefix):
            return full
        is_sent = ":s" in short
        cands = [k for k, t in texts.items() if k.startswith(doc_id + ":") and (":s" in k[len(doc_id) + 1:]) == is_sent
                 and t.startswith(prefix)]
        if not cands:
            raise KeyError(f"gold span {full!r} ({prefix!r}) not found")
        ref = order.get(full, 0)
        return min(cands, key=lambda k: abs(order[k] - ref))

    return resolve


def load_gold(path: Path, docs):
    resolve = _resolver(docs)
    gold = {lv: set() for lv in LEVELS}
    cover = {lv: (set(), set()) for lv in LEVELS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("level\t"):
            continue
        level, doc_id, kk, ru, kp, rp = (line.split("\t") + [""] * 6)[:6]
        k = resolve(doc_id, kk, kp) if kk != "-" else None
        r = resolve(doc_id, ru, rp) if ru != "-" else None
        if k:
            cover[level][0].add(k)
        if r:
            cover[level][1].add(r)
        if k and r:
            gold[level].add((k, r))
    return gold, cover


def score(rows, gold, cover):
    out = {}
    for lv in LEVELS:
        ck, cr = cover[lv]
        pred = {(r["src_id"], r["tgt_id"]) for r in rows if r["level"] == lv and (r["src_id"] in ck or r["tgt_id"] in cr)}
        tp = len(pred & gold[lv])
        p = tp / len(pred) if pred else 0.0
        rec = tp / len(gold[lv]) if gold[lv] else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        out[lv] = (p, rec, f, tp, len(pred), len(gold[lv]))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    from extractors.align import align_corpus, alignment_rows
    from extractors.align.gale_church import gale_church_documents

    t0 = time.perf_counter()
    docs = load_docs(args.corpus)
    t1 = time.perf_counter()
    result = align_corpus(docs)
    ours = alignment_rows(result)
    t2 = time.perf_counter()
    gc = gale_church_documents(docs)
    t3 = time.perf_counter()
    gold, cover = load_gold(args.gold, docs)
    print(f"corpus: {len(docs)} documents read+annotated in {t1 - t0:.1f}s; "
          f"half pairs aligned: {[(p.kk.doc_id, p.ru.doc_id) for p in result.pairs]}")
    print(f"alignment time: ours {t2 - t1:.2f}s (lexicon {len(result.lexicon)} entries), Gale–Church {t3 - t2:.2f}s")
    print("gold pairs: " + ", ".join(f"{lv} {len(gold[lv])}" for lv in LEVELS))
    print()
    print(f"{'level':<10}{'aligner':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    for name, rows in (("ours", ours), ("gale-church", gc)):
        sc = score(rows, gold, cover)
        for lv in LEVELS:
            p, r, f, tp, npred, ngold = sc[lv]
            print(f"{lv:<10}{name:<14}{p:7.3f}{r:7.3f}{f:7.3f}{tp:6d}{npred:6d}{ngold:6d}")
    kk_sections = {k for k, _ in gold["section"]}
    for name, rows in (("ours", ours), ("gale-church", gc)):
        got = {(r["src_id"], r["tgt_id"]) for r in rows if r["level"] == "section"}
        ok = sum(1 for pair in gold["section"] if pair in got)
        print(f"sections paired with their counterpart ({name}): {ok}/{len(kk_sections)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
