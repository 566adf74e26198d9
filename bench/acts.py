"""Normative acts and persons against hand-made gold lists.

    python3 -m bench.acts            # seeds (bench/data/*_gold.tsv) + own test documents
    python3 -m bench.acts --errors   # also list misses and false hits

A gold row is written as the text shows it; it is located in its document (the n-th row with the
same surface takes the n-th occurrence).  A predicted row matches a gold row of the same document
when their spans overlap (one-to-one, greedy by overlap).  Reported:
- acts: recall, precision, type accuracy, date and number correctness over matched gold rows
  that have a date / number (a missing value counts as wrong), and act_key consistency: labels
  with several references whose matched rows all share one key, and keys shared by two labels;
- persons: recall, precision, and identity: gold persons with mentions in two or more
  documents or languages whose matched rows all share one person_id, and person_ids shared by
  two gold persons.
"""
from __future__ import annotations

import argparse
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from bench.gold import REPO_ROOT

DATA = REPO_ROOT / "bench" / "data"
TEST_DATA = REPO_ROOT / "tests" / "data" / "acts"


@dataclass
class Gold:
    kind: str  # act | person
    doc: str  # doc_id or its prefix
    surface: str
    type: Optional[str]
    date: Optional[str]
    number: Optional[str]
    label: str
    name: Optional[str] = None
    start: int = -1
    end: int = -1
    doc_id: str = ""


def _rows(path: Path) -> list[list[str]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.rstrip("\n").split("\t"))
    return out


def read_seed_gold() -> list[Gold]:
    gold = [Gold("act", r[0], r[1], r[2] or None, r[3] or None, r[4] or None, r[5])
            for r in _rows(DATA / "acts_gold.tsv")]
    gold += [Gold("person", r[0], r[1], None, None, None, r[3], name=r[2])
             for r in _rows(DATA / "persons_gold.tsv")]
    return gold


def read_test_gold(path: Path) -> list[Gold]:
    """``kind doc surface type date number label``; for persons ``type`` holds the name."""
    out = []
    for r in _rows(path):
        r = r + [""] * (7 - len(r))
        if r[0] == "act":
            out.append(Gold("act", r[1], r[2], r[3] or None, r[4] or None, r[5] or None, r[6]))
        else:
            out.append(Gold("person", r[1], r[2], None, None, None, r[6], name=r[3] or None))
    return out


def load_documents(folder: Path, only_txt: bool = False):
    """Read → normalize → segment every document of ``folder`` (tagging is not needed here)."""
    from edukb.build import process_document
    from edukb.corpus import CorpusEntry, scan_corpus
    from extractors.annotate import segment_document

    if only_txt:
        entries = [CorpusEntry(doc_id=p.stem, path=p, rel_path=p.name, title=None, kind=None,
                               languages=None, year=None)
                   for p in sorted(folder.glob("*.txt"))]
    else:
        entries = scan_corpus(folder)
    return [segment_document(process_document(e)) for e in entries]


def locate(gold: list[Gold], docs) -> list[Gold]:
    """Find each gold surface in its document; rows not found are reported and dropped."""
    texts = {d.doc_id: d.text for d in docs}
    cursor: dict[tuple[str, str], int] = defaultdict(int)
    found = []
    for g in gold:
        ids = [i for i in texts if i == g.doc or i.startswith(g.doc + "_")]
        if not ids:
            print(f"  gold document not found: {g.doc}")
            continue
        g.doc_id = ids[0]
        # the next free occurrence: not inside a span an earlier gold row of this kind took
        taken = [(x.start, x.end) for x in found if x.doc_id == g.doc_id and x.kind == g.kind]
        pos = -1
        for hit in re.compile(r"(?<!\w)" + re.escape(g.surface) + r"(?!\w)").finditer(
                texts[g.doc_id], cursor[(g.doc_id, g.surface)]):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                pos = hit.start()
                break
        if pos < 0:
            print(f"  gold surface not found in {g.doc}: {g.surface!r}")
            continue
        g.start, g.end = pos, pos + len(g.surface)
        cursor[(g.doc_id, g.surface)] = pos + 1
        found.append(g)
    return found


def match(gold: list[Gold], rows: list[dict]) -> dict[int, int]:
    """gold index → row index, one-to-one, largest overlaps first."""
    pairs = []
    for gi, g in enumerate(gold):
        for ri, r in enumerate(rows):
            if r["doc_id"] != g.doc_id:
                continue
            ov = min(g.end, r["char_end"]) - max(g.start, r["char_start"])
            if ov > 0:
                pairs.append((ov, gi, ri))
    out, used = {}, set()
    for ov, gi, ri in sorted(pairs, reverse=True):
        if gi in out or ri in used:
            continue
        out[gi] = ri
        used.add(ri)
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"


def score_acts(gold: list[Gold], rows: list[dict], errors: bool = False) -> dict[str, str]:
    m = match(gold, rows)
    with_date = [gi for gi, g in enumerate(gold) if g.date]
    with_num = [gi for gi, g in enumerate(gold) if g.number]
    date_ok = sum(1 for gi in with_date if gi in m and rows[m[gi]]["date"] == gold[gi].date)
    num_ok = sum(1 for gi in with_num if gi in m and rows[m[gi]]["number"] == gold[gi].number)
    type_ok = sum(1 for gi, ri in m.items() if rows[ri]["type"] == gold[gi].type)
    by_label: dict[str, set] = defaultdict(set)
    n_by_label: dict[str, int] = defaultdict(int)
    for gi, g in enumerate(gold):
        n_by_label[g.label] += 1
        if gi in m:
            by_label[g.label].add(rows[m[gi]]["act_key"])
    multi = [lab for lab, n in n_by_label.items() if n > 1]
    linked = sum(1 for lab in multi if len(by_label[lab]) == 1
                 and sum(1 for gi, g in enumerate(gold) if g.label == lab and gi in m) == n_by_label[lab])
    key_labels: dict[str, set] = defaultdict(set)
    for lab, keys in by_label.items():
        for k in keys:
            key_labels[k].add(lab)
    collisions = sum(1 for labs in key_labels.values() if len(labs) > 1)
    if errors:
        for gi, g in enumerate(gold):
            if gi not in m:
                print(f"  MISS {g.doc}: {g.surface}")
            else:
                r = rows[m[gi]]
                bad = [f for f, want in (("type", g.type), ("date", g.date), ("number", g.number))
                       if want and r[f] != want]
                if bad:
                    print(f"  WRONG {','.join(bad)} {g.doc}: {g.surface} -> {r['type']} {r['date']} {r['number']}")
        matched = set(m.values())
        for ri, r in enumerate(rows):
            if ri not in matched:
                print(f"  FALSE {r['doc_id']}: {r['surface']}")
        for lab in multi:
            if len(by_label[lab]) > 1:
                print(f"  SPLIT {lab}: {sorted(by_label[lab])}")
        for k, labs in key_labels.items():
            if len(labs) > 1:
                print(f"  MERGED {k}: {sorted(labs)}")
    return {
        "recall": _ratio(len(m), len(gold)),
        "precision": _ratio(len(m), len(rows)),
        "type accuracy (matched)": _ratio(type_ok, len(m)),
        "date correct": _ratio(date_ok, len(with_date)),
        "number correct": _ratio(num_ok, len(with_num)),
        "act_key: acts cited ≥2 times with one key": _ratio(linked, len(multi)),
        "act_key: keys shared by different acts": str(collisions),
    }


def score_persons(gold: list[Gold], rows: list[dict], docs, errors: bool = False) -> dict[str, str]:
    m = match(gold, rows)
    lang_of = {}
    for d in docs:
        for s in d.sentences:
            lang_of[(d.doc_id, s.char_start)] = s.lang
    # persons whose mentions span two documents or two languages
    spread: dict[str, set] = defaultdict(set)
    for gi, g in enumerate(gold):
        r = rows[m[gi]] if gi in m else None
        spread[g.label].add((g.doc_id, r["lang"] if r else None))
    cross = [lab for lab, s in spread.items() if len({d for d, _ in s}) > 1 or len({l for _, l in s}) > 1]
    ids: dict[str, set] = defaultdict(set)
    full: dict[str, bool] = defaultdict(lambda: True)
    for gi, g in enumerate(gold):
        if gi in m:
            ids[g.label].add(rows[m[gi]]["person_id"])
        else:
            full[g.label] = False
    one_id = sum(1 for lab in cross if len(ids[lab]) == 1 and full[lab])
    id_labels: dict[str, set] = defaultdict(set)
    for lab, s in ids.items():
        for pid in s:
            id_labels[pid].add(lab)
    collisions = sum(1 for labs in id_labels.values() if len(labs) > 1)
    all_multi = [lab for lab in ids if sum(1 for g in gold if g.label == lab) > 1]
    one_id_all = sum(1 for lab in all_multi if len(ids[lab]) == 1 and full[lab])
    if errors:
        for gi, g in enumerate(gold):
            if gi not in m:
                print(f"  MISS {g.doc}: {g.surface}")
        matched = set(m.values())
        for ri, r in enumerate(rows):
            if ri not in matched:
                print(f"  FALSE {r['doc_id']}: {r['surface']}")
        for lab in all_multi:
            if len(ids[lab]) > 1 or not full[lab]:
                print(f"  SPLIT {lab}: {len(ids[lab])} ids, all found: {full[lab]}")
        for pid, labs in id_labels.items():
            if len(labs) > 1:
                print(f"  MERGED {pid}: {sorted(labs)}")
    return {
        "recall": _ratio(len(m), len(gold)),
        "precision": _ratio(len(m), len(rows)),
        "persons across docs/languages with one person_id": _ratio(one_id, len(cross)),
        "persons mentioned ≥2 times with one person_id": _ratio(one_id_all, len(all_multi)),
        "person_ids shared by different persons": str(collisions),
    }


def run(name: str, docs, gold: list[Gold], errors: bool) -> None:
    from extractors.extract.acts import extract_normative_acts
    from extractors.extract.persons import extract_persons

    gold = locate(gold, docs)
    acts = [g for g in gold if g.kind == "act"]
    persons = [g for g in gold if g.kind == "person"]
    print(f"== {name}: {len(docs)} documents, {len(acts)} gold act references, {len(persons)} gold person mentions")
    for k, v in score_acts(acts, extract_normative_acts(docs), errors).items():
        print(f"  acts     {k:45s} {v}")
    if persons:
        for k, v in score_persons(persons, extract_persons(docs), docs, errors).items():
            print(f"  persons  {k:45s} {v}")


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses, false hits, split/merged keys")
    ap.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    args = ap.parse_args(argv)
    # the five seeds (000_…004_); other files someone drops into corpus/ have no gold
    seeds = [d for d in load_documents(args.corpus) if re.match(r"\d{3}_", d.doc_id)]
    run("seeds", seeds, read_seed_gold(), args.errors)
    for part in ("dev", "heldout"):
        gold_path = TEST_DATA / f"{part}_gold.tsv"
        if gold_path.exists():
            run(f"tests/data/acts/{part}", load_documents(TEST_DATA / part, only_txt=True),
                read_test_gold(gold_path), args.errors)


if __name__ == "__main__":
    main()
