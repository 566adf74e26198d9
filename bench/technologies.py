"""Recall of the technologies extractor against the hand list (bench/data/technologies_gold.tsv)
and a sample of extracted rows to check precision by hand.

    python3 -m bench.technologies [--corpus corpus] [--sample outputs/bench/technologies_sample.tsv]

A gold row is found when a technology mentioned in its document and language has a label
(or alternative label) containing every word of the row's `match` column as a prefix of one of
its words. Concept recall checks that gold rows sharing a concept landed in one technology.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from collections import defaultdict
from pathlib import Path

GOLD = Path(__file__).parent / "data" / "technologies_gold.tsv"


def load_docs(corpus: Path):
    from edukb.build import process_document
    from edukb.corpus import scan_corpus
    from extractors.annotate import annotate_document

    return [annotate_document(process_document(e)) for e in scan_corpus(corpus)]


def _words(s: str) -> list[str]:
    return re.findall(r"[\w-]+", s.lower().replace("ə", "ә"))


def _matches(match: str, label: str) -> bool:
    lw = _words(label)
    return all(any(w.startswith(m) or m in w for w in lw) for m in _words(match))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--sample", default="outputs/bench/technologies_sample.tsv")
    ap.add_argument("--n", type=int, default=120)
    args = ap.parse_args(argv)
    from extractors.extract.technologies import extract_technologies

    docs = load_docs(Path(args.corpus))
    techs, mentions = extract_technologies(docs)
    by_id = {t["tech_id"]: t for t in techs}
    # labels seen per (doc prefix, lang): technology labels + surfaces of its mentions there
    seen: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for m in mentions:
        t = by_id[m["tech_id"]]
        labels = [m["surface"], t["label_kk"] or "", t["label_ru"] or "", *(t["alt_labels"] or "").split(";")]
        for lab in labels:
            seen[(m["doc_id"][:3], m["lang"])].append((lab, m["tech_id"]))
    gold = [r for r in csv.DictReader((l for l in GOLD.open(encoding="utf-8") if not l.startswith("#")), delimiter="\t")]
    found, missed = 0, []
    concept_ids: dict[str, set] = defaultdict(set)
    for g in gold:
        hits = {tid for lab, tid in seen[(g["doc"], g["lang"])] if _matches(g["match"], lab)}
        if hits:
            found += 1
            concept_ids[g["concept"]].add(frozenset(hits))
        else:
            missed.append(g)
    n_concepts = len({g["concept"] for g in gold})
    linked = 0
    for c, hitsets in concept_ids.items():
        common = set.intersection(*(set(h) for h in hitsets)) if hitsets else set()
        linked += bool(common)
    print(f"gold rows: {len(gold)}  found: {found}  recall: {found / len(gold):.3f}")
    print(f"concepts: {n_concepts}  concepts whose found rows share one tech_id: {linked} ({linked / n_concepts:.3f})")
    print(f"extracted: {len(techs)} technologies, {len(mentions)} mentions")
    for g in missed:
        print(f"  MISSED {g['doc']} {g['lang']} {g['label']}")
    out = Path(args.sample)
    out.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    sample = rng.sample(mentions, min(args.n, len(mentions)))
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["verdict", "mention_id", "surface", "label_kk", "label_ru", "kind", "class_kk", "class_ru", "author", "extractor"])
        for m in sorted(sample, key=lambda m: m["mention_id"]):
            t = by_id[m["tech_id"]]
            w.writerow(["", m["mention_id"], m["surface"], t["label_kk"], t["label_ru"], t["kind"],
                        t["class_kk"], t["class_ru"], t["author"], m["extractor"]])
    print(f"sample of {len(sample)} mentions written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
