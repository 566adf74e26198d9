"""Benchmark of the list extractors (cabinet_tasks, platform_criteria) against hand-made gold.

Gold (``bench/data/lists_gold.tsv``): every item of every such list in 004, both halves, with
the list's title, kind/section, position, block, the item's first and last words and the
deadline it states. An extracted row matches a gold item when it starts with the same words, in
document order (the block id is kept in the gold only as a note: the reader's layout rules may
renumber blocks). Reported per table and language: recall, correctness of title, kind/section,
position and deadline among matched items, merged items (the row runs on past the gold item's
end), split items (the row stops before it), rows that match no gold item, and — for the
list pairs in ``lists_gold_pairs.tsv`` — whether ``parallel_item_id`` names the right item.

    python3 -m bench.lists [--corpus corpus] [--gold bench/data/lists_gold.tsv] [--pairs FILE] [-v]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from bench.gold import REPO_ROOT

_PUNCT = re.compile(r"[«»\"“”„'’()\[\]:;.,!?–—\-•·]+")


def norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", (text or "").lower().replace("ё", "е")).split())


def load_docs(corpus: Path):
    from edukb.build import process_document
    from edukb.corpus import scan_corpus
    from extractors.annotate import annotate_document

    return [annotate_document(process_document(e)) for e in scan_corpus(corpus)]


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def evaluate(rows_by_table: dict[str, list[dict]], gold: list[dict], pairs: list[dict], verbose: bool = False) -> dict:
    doc_ids = {g["doc_id"] for g in gold}
    stats: dict[tuple, dict] = defaultdict(lambda: defaultdict(int))
    matched_rows: set[tuple] = set()
    match_of: dict[tuple, dict] = {}
    for g in gold:
        key = (g["table"], g["lang"])
        s = stats[key]
        s["gold"] += 1
        label_col = "kind" if g["table"] == "cabinet_tasks" else "section"
        start = norm(g["item_start"])[:40]
        # matched by the item's own words, in document order (block ids move when the reader's
        # layout rules change; the gold keeps its block id only as a note of where the item was)
        cands = sorted(
            (r for r in rows_by_table.get(g["table"], [])
             if r["doc_id"] == g["doc_id"] and r["lang"] == g["lang"] and norm(r["text"]).startswith(start)
             and (g["table"], r["item_id"]) not in matched_rows),
            key=lambda r: int(r["char_start"]))
        if not cands:
            s["missed"] += 1
            if verbose:
                print(f"  MISSED {key} {g['block_id']} {g['item_start'][:60]!r}")
            continue
        r = cands[0]
        matched_rows.add((g["table"], r["item_id"]))
        match_of[(g["table"], g["list_id"], g["lang"], int(g["position"]))] = r
        s["found"] += 1
        gt, rt = norm(g["list_title"])[:40], norm(r["list_title"])
        s["title_ok"] += int(gt in rt or rt[:40] in norm(g["list_title"]))
        s["label_ok"] += int(r[label_col] == g["label"])
        s["position_ok"] += int(int(r["position"]) == int(g["position"]))
        if g.get("deadline") or r.get("deadline"):
            s["deadline_n"] += 1
            s["deadline_ok"] += int(norm(r.get("deadline") or "") == norm(g.get("deadline") or ""))
        end, text = norm(g["item_end"]), norm(r["text"])
        if not text.endswith(end):
            if end in text:
                s["merged"] += 1
                tag = "MERGED"
            else:
                s["split"] += 1
                tag = "SPLIT"
            if verbose:
                print(f"  {tag} {key} {g['block_id']} {r['text'][:80]!r}")
        if verbose and (r[label_col] != g["label"] or int(r["position"]) != int(g["position"])):
            print(f"  WRONG {key} {g['block_id']} label={r[label_col]} gold={g['label']} pos={r['position']} gold={g['position']}")
    for table, rows in rows_by_table.items():
        for r in rows:
            if r["doc_id"] in doc_ids:
                stats[(table, r["lang"])]["rows"] += 1
                if (table, r["item_id"]) not in matched_rows:
                    stats[(table, r["lang"])]["unmatched_rows"] += 1
                    if verbose:
                        print(f"  EXTRA {(table, r['lang'])} {r['item_id']} {r['list_title'][:50]!r} {r['text'][:50]!r}")
    # parallel ids on the hand-paired lists
    table_of = {g["list_id"]: g["table"] for g in gold}
    for p in pairs:
        kk, ru = p["kk_list_id"], p["ru_list_id"]
        table = table_of.get(kk) or table_of.get(ru)
        n = sum(1 for g in gold if g["list_id"] == kk and g["lang"] == "kk")
        for pos in range(1, n + 1):
            a, b = match_of.get((table, kk, "kk", pos)), match_of.get((table, ru, "ru", pos))
            s = stats[(table, "pairs")]
            s["pairs"] += 1
            ok = a is not None and b is not None and a.get("parallel_item_id") == b["item_id"] and b.get("parallel_item_id") == a["item_id"]
            s["pairs_ok"] += int(ok)
    return stats


def report(stats) -> None:
    for key in sorted(stats):
        s = stats[key]
        if key[1] == "pairs":
            print(f"{key[0]:18s} parallel_item_id right on {s['pairs_ok']}/{s['pairs']} hand-paired items")
            continue
        found = s["found"] or 1
        print(
            f"{key[0]:18s} {key[1]}: gold={s['gold']} recall={s['found'] / max(1, s['gold']):.3f} "
            f"title={s['title_ok'] / found:.3f} label={s['label_ok'] / found:.3f} position={s['position_ok'] / found:.3f} "
            f"deadline={s['deadline_ok']}/{s['deadline_n']} split={s['split']} merged={s['merged']} "
            f"rows={s['rows']} unmatched_rows={s['unmatched_rows']}"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(REPO_ROOT / "corpus"))
    ap.add_argument("--gold", default=str(REPO_ROOT / "bench" / "data" / "lists_gold.tsv"))
    ap.add_argument("--pairs", default=str(REPO_ROOT / "bench" / "data" / "lists_gold_pairs.tsv"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from extractors.extract.lists import extract_cabinet_tasks, extract_platform_criteria

    docs = load_docs(Path(args.corpus))
    rows = {"cabinet_tasks": extract_cabinet_tasks(docs), "platform_criteria": extract_platform_criteria(docs)}
    gold = read_tsv(Path(args.gold))
    pairs = read_tsv(Path(args.pairs)) if args.pairs and Path(args.pairs).exists() else []
    report(evaluate(rows, gold, pairs, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
