"""The extractors on documents they were not written from (issue 5).

Hand-written Kazakh and Russian documents in ``tests/data/heldout/`` (set A) and
``tests/data/heldout/set_b/`` … ``set_w/`` (each written after the fixes to the sets before it,
sets D onwards by helpers that never read the extractors), each with gold tables made by hand
before any extractor ran on them (``gold_*.tsv`` beside the texts; the first run of each set is
kept as ``first_run_*.log``). The
documents go through the real pipeline (``edukb.pipeline``: ingest → annotate → extract_document →
link) and every table is scored against its gold:

- technologies: recall of the distinct technologies each document names (a gold row is found
  when a technology mentioned in its document has a label or surface containing every word of
  the row's ``match`` as a word prefix), precision of the distinct technologies extracted per
  document (one counts as right when its surfaces there or its label match a gold row there),
  and whether the kk and ru rows of one concept share a ``tech_id``;
- cabinet_tasks / platform_criteria: recall of items (a row matches when its text starts like
  the gold item), and among matched items the list title, kind/section, position, deadline,
  split (row stops early) and merged (row runs on) items; rows matching no gold item;
- normative_acts: recall (a row's span overlaps the gold surface), type, date and number right;
  rows matching no gold reference; whether references to one act share ``act_key``;
- persons: recall of mentions named with initials, mentions matching no gold name, people
  split over several ``person_id`` and different people sharing one.

    python3 -m bench.heldout [--set A|B|…|Z|AA|…|all] [-v]
    python3 -m bench.heldout --pool-first-runs X Y Z AA …   (the first runs kept beside the sets, added up)
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

from bench.gold import REPO_ROOT

HELDOUT = REPO_ROOT / "tests" / "data" / "heldout"
# set A lies in the folder itself; every further set in a 'set_<letters>' folder beside it
SETS = {"A": HELDOUT, **{p.name[4:].upper(): p for p in sorted(HELDOUT.glob("set_*"), key=lambda p: (len(p.name), p.name))
                         if (p / "gold_technologies.tsv").exists()}}
_PUNCT = re.compile(r"[«»\"“”„'’()\[\]:;.,!?–—\-•·]+")
_ENUM = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[а-яәіңғүұқөһa-z][.)])\s+", re.I)


def norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", (text or "").lower().replace("ё", "е")).split())


def _words(s: str) -> list[str]:
    return re.findall(r"[\w-]+", (s or "").lower().replace("ə", "ә").replace("ё", "е"))


def _matches(match: str, label: str) -> bool:
    lw = _words(label)
    return bool(lw) and all(any(w.startswith(m) or m in w for w in lw) for m in _words(match))


def read_gold(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def build(folder: Path):
    """The documents of one set through the pipeline; returns (docs, tables, doc id → gold doc name)."""
    from edukb.corpus import scan_corpus
    from edukb.pipeline import annotate, extract_document, ingest, link

    entries = [e for e in scan_corpus(folder) if e.path.parent == folder and e.path.suffix == ".txt"]
    docs = [annotate(ingest(e)) for e in entries]
    tables = link(docs, [extract_document(d) for d in docs])
    names = {e.doc_id: e.path.stem for e in entries}
    return docs, tables, names


def _span(text: str, surface: str, nth: int = 0) -> tuple[int, int] | None:
    """Where a gold surface stands in the normalized text (hard wraps may have become spaces or newlines)."""
    pat = r"\s+".join(re.escape(w) for w in surface.split())
    found = list(re.finditer(pat, text))
    if len(found) <= nth:
        return None
    return found[nth].start(), found[nth].end()


def score_technologies(tables, names, gold, verbose) -> dict:
    by_id = {t["tech_id"]: t for t in tables["technologies"]}
    seen: dict[str, list[tuple[str, str]]] = defaultdict(list)
    per_doc_techs: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in tables["technology_mentions"]:
        doc = names.get(m["doc_id"], m["doc_id"])
        t = by_id[m["tech_id"]]
        for lab in (m["surface"], t["label_kk"] or "", t["label_ru"] or "", *(t["alt_labels"] or "").split(";")):
            seen[doc].append((lab, m["tech_id"]))
        per_doc_techs[doc][m["tech_id"]].append(m["surface"])
    found, concept_ids = 0, defaultdict(list)
    for g in gold:
        hits = {tid for lab, tid in seen[g["doc"]] if _matches(g["match"], lab)}
        if hits:
            found += 1
            concept_ids[g["concept"]].append(hits)
        elif verbose:
            print(f"  tech MISSED {g['doc']}: {g['label']}")
    gold_by_doc = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc"]].append(g)
    n_ext = n_ok = 0
    for doc, techs in per_doc_techs.items():
        for tid, surfaces in techs.items():
            t = by_id[tid]
            labels = surfaces + [t["label_kk"] or "", t["label_ru"] or ""]
            ok = any(_matches(g["match"], lab) for g in gold_by_doc[doc] for lab in labels)
            n_ext += 1
            n_ok += ok
            if verbose and not ok:
                print(f"  tech EXTRA {doc}: {t['label_kk'] or t['label_ru']!r} surfaces={surfaces[:2]}")
    cross = [c for c in concept_ids if len({g["lang"] for g in gold if g["concept"] == c}) > 1]
    linked = sum(1 for c in cross if set.intersection(*concept_ids[c]) and len(concept_ids[c]) == sum(1 for g in gold if g["concept"] == c))
    return {"gold": len(gold), "found": found, "extracted": n_ext, "correct": n_ok,
            "cross_concepts": len(cross), "cross_linked": linked}


def score_lists(tables, names, gold, verbose) -> dict:
    stats: dict[tuple, dict] = defaultdict(lambda: defaultdict(int))
    used: set = set()
    for g in gold:
        s = stats[(g["table"], g["lang"])]
        s["gold"] += 1
        col = "kind" if g["table"] == "cabinet_tasks" else "section"
        start = norm(g["text"])[:30]
        cands = [r for r in tables[g["table"]] if names.get(r["doc_id"]) == g["doc"] and norm(_ENUM.sub("", r["text"])).startswith(start)
                 and (g["table"], r["item_id"]) not in used]
        if not cands:
            s["missed"] += 1
            if verbose:
                print(f"  list MISSED {g['doc']} {g['label']} #{g['position']}: {g['text'][:60]!r}")
            continue
        r = cands[0]
        used.add((g["table"], r["item_id"]))
        s["found"] += 1
        title_ok = norm(_ENUM.sub("", r["list_title"] or "")) == norm(_ENUM.sub("", g["list_title"]))  # (alike on both sides: a title may open with a year)
        s["title_ok"] += title_ok
        s["label_ok"] += r[col] == g["label"]
        s["position_ok"] += int(r["position"] or 0) == int(g["position"])
        if g["deadline"] or r.get("deadline"):
            s["deadline_n"] += 1
            s["deadline_ok"] += norm(r.get("deadline") or "") == norm(g["deadline"])
        got, want = norm(_ENUM.sub("", r["text"])), norm(g["text"])
        if got != want:
            s["merged" if got.startswith(want) else "split"] += 1
        if verbose and (not title_ok or r[col] != g["label"] or int(r["position"] or 0) != int(g["position"]) or got != want
                        or ((g["deadline"] or r.get("deadline")) and norm(r.get("deadline") or "") != norm(g["deadline"]))):
            print(f"  list WRONG {g['doc']} #{g['position']}: title={r['list_title'][:50]!r} {col}={r[col]} (gold {g['label']}) "
                  f"pos={r['position']} deadline={r.get('deadline')!r} (gold {g['deadline']!r}) text={r['text'][:70]!r}")
    for table in ("cabinet_tasks", "platform_criteria"):
        for r in tables[table]:
            doc = names.get(r["doc_id"])
            if doc in names.values():
                stats[(table, r["lang"])]["rows"] += 1
                if (table, r["item_id"]) not in used:
                    stats[(table, r["lang"])]["extra"] += 1
                    if verbose:
                        print(f"  list EXTRA {table} {doc}: title={r['list_title'][:50]!r} text={r['text'][:60]!r}")
    return stats


def score_acts(docs, tables, names, gold, verbose) -> dict:
    text_of = {names[d.doc_id]: d.text for d in docs}
    rows_by_doc = defaultdict(list)
    for r in tables["normative_acts"]:
        rows_by_doc[names.get(r["doc_id"])].append(r)
    s = defaultdict(int)
    used: set = set()
    keys = defaultdict(set)
    for g in gold:
        s["gold"] += 1
        span = _span(text_of.get(g["doc"], ""), g["surface"])
        if span is None:
            print(f"  acts GOLD NOT IN TEXT {g['doc']}: {g['surface']!r}")
            continue
        best, best_ov = None, 0
        for r in rows_by_doc[g["doc"]]:
            ov = min(span[1], int(r["char_end"])) - max(span[0], int(r["char_start"]))
            if ov > best_ov and r["act_id"] not in used:
                best, best_ov = r, ov
        if best is None:
            if verbose:
                print(f"  acts MISSED {g['doc']}: {g['surface']!r}")
            continue
        used.add(best["act_id"])
        keys[g["label"]].add(best["act_key"])
        s["found"] += 1
        s["type_ok"] += best["type"] == g["type"]
        if g["date"] or g["number"]:
            s["dn_n"] += 1
            ok = (best["date"] or "") == g["date"] and (best["number"] or "") == g["number"]
            s["dn_ok"] += ok
        else:
            ok = True
        if verbose and (not ok or best["type"] != g["type"]):
            print(f"  acts WRONG {g['doc']}: {g['surface'][:60]!r} → type={best['type']} date={best['date']} number={best['number']} "
                  f"(gold {g['type']} {g['date']} {g['number']}) surface={best['surface'][:60]!r}")
    for doc, rows in rows_by_doc.items():
        for r in rows:
            s["rows"] += 1
            if r["act_id"] not in used:
                s["extra"] += 1
                if verbose:
                    print(f"  acts EXTRA {doc}: {r['surface'][:80]!r} type={r['type']} date={r['date']} number={r['number']}")
    multi = [l for l in keys if sum(1 for g in gold if g["label"] == l) > 1]
    s["multi_acts"] = len(multi)
    s["multi_acts_one_key"] = sum(1 for l in multi if len(keys[l]) == 1 and len([g for g in gold if g["label"] == l]) == len(
        [1 for g in gold if g["label"] == l and _span(text_of.get(g["doc"], ""), g["surface"])]))
    return s


def score_persons(docs, tables, names, gold, verbose) -> dict:
    text_of = {names[d.doc_id]: d.text for d in docs}
    rows_by_doc = defaultdict(list)
    for r in tables["persons"]:
        rows_by_doc[names.get(r["doc_id"])].append(r)
    s = defaultdict(int)
    used: set = set()
    ids_of_label = defaultdict(set)
    nth: dict[tuple, int] = defaultdict(int)
    for g in gold:
        k = (g["doc"], g["surface"])
        # the n-th gold row with this surface is its n-th occurrence, not counting longer surfaces that hold it
        span = None
        while True:
            span = _span(text_of.get(g["doc"], ""), g["surface"], nth[k])
            nth[k] += 1
            if span is None:
                break
            longer = [o for o in gold if o["doc"] == g["doc"] and o["surface"] != g["surface"] and g["surface"] in o["surface"]]
            if not any(_span(text_of[g["doc"]], o["surface"]) and _inside(span, text_of[g["doc"]], o["surface"]) for o in longer):
                break
        counted = g["counted"] == "yes"
        s["gold"] += counted
        if span is None:
            print(f"  persons GOLD NOT IN TEXT {g['doc']}: {g['surface']!r}")
            continue
        hit = next((r for r in rows_by_doc[g["doc"]] if r["mention_id"] not in used
                    and min(span[1], int(r["char_end"])) > max(span[0], int(r["char_start"]))), None)
        if hit is None:
            if verbose and counted:
                print(f"  persons MISSED {g['doc']}: {g['surface']!r}")
            continue
        used.add(hit["mention_id"])
        s["found"] += counted
        ids_of_label[g["label"]].add(hit["person_id"])
        if verbose and norm(hit["name"]).replace(" ", "") != norm(g["name"]).replace(" ", "") and counted:
            print(f"  persons NAME {g['doc']}: {g['surface']!r} → {hit['name']!r} (gold {g['name']!r})")
        s["name_n"] += counted
        s["name_ok"] += counted and norm(hit["name"]).replace(" ", "") == norm(g["name"]).replace(" ", "")
    for doc, rows in rows_by_doc.items():
        for r in rows:
            s["rows"] += 1
            if r["mention_id"] not in used:
                s["extra"] += 1
                if verbose:
                    print(f"  persons EXTRA {doc}: {r['surface']!r} → {r['name']!r}")
    s["people"] = len(ids_of_label)
    s["people_one_id"] = sum(1 for v in ids_of_label.values() if len(v) == 1)
    owner = defaultdict(set)
    for label, ids in ids_of_label.items():
        for i in ids:
            owner[i].add(label)
    s["ids_shared_by_several_people"] = sum(1 for v in owner.values() if len(v) > 1)
    if verbose:
        for label, ids in ids_of_label.items():
            if len(ids) > 1:
                print(f"  persons SPLIT {label}: {len(ids)} person_ids")
        for i, labels in owner.items():
            if len(labels) > 1:
                print(f"  persons MERGED {sorted(labels)} share {i}")
    return s


def _inside(span, text, longer_surface) -> bool:
    pat = r"\s+".join(re.escape(w) for w in longer_surface.split())
    return any(m.start() <= span[0] and span[1] <= m.end() for m in re.finditer(pat, text))


def _pct(a, b) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def run_set(name: str, verbose: bool) -> None:
    folder = SETS[name]
    docs, tables, names = build(folder)
    print(f"== set {name}: {len(docs)} documents in {folder.relative_to(REPO_ROOT)}")
    t = score_technologies(tables, names, read_gold(folder / "gold_technologies.tsv"), verbose)
    print(f"technologies: recall {_pct(t['found'], t['gold'])}  precision {_pct(t['correct'], t['extracted'])}  "
          f"kk/ru concepts sharing one tech_id {t['cross_linked']}/{t['cross_concepts']}")
    ls = score_lists(tables, names, read_gold(folder / "gold_lists.tsv"), verbose)
    for key in sorted(ls):
        s = ls[key]
        f = s["found"]
        print(f"{key[0]:17s} {key[1]}: recall {_pct(f, s['gold'])}  title {s['title_ok']}/{f}  kind/section {s['label_ok']}/{f}  "
              f"position {s['position_ok']}/{f}  deadline {s['deadline_ok']}/{s['deadline_n']}  split {s['split']}  merged {s['merged']}  "
              f"rows {s['rows']} (no gold item: {s['extra']})")
    a = score_acts(docs, tables, names, read_gold(folder / "gold_acts.tsv"), verbose)
    print(f"normative_acts: recall {_pct(a['found'], a['gold'])}  date+number right {_pct(a['dn_ok'], a['dn_n'])}  "
          f"type right {a['type_ok']}/{a['found']}  rows {a['rows']} (no gold act: {a['extra']})  "
          f"acts cited twice+ with one act_key {a['multi_acts_one_key']}/{a['multi_acts']}")
    p = score_persons(docs, tables, names, read_gold(folder / "gold_persons.tsv"), verbose)
    print(f"persons: recall {_pct(p['found'], p['gold'])}  name right {p['name_ok']}/{p['name_n']}  rows {p['rows']} (no gold: {p['extra']})  "
          f"people with one person_id {p['people_one_id']}/{p['people']}  person_ids shared by different people {p['ids_shared_by_several_people']}")


# the summary lines of a set's log, as run_set prints them
_SUMMARY = (
    (re.compile(r"technologies: recall (\d+)/(\d+).*precision (\d+)/(\d+)"),
     (("technologies recall", 1, 2), ("technologies precision", 3, 4))),
    (re.compile(r"(?:cabinet_tasks|platform_criteria)\s+\w+: recall (\d+)/(\d+).*kind/section (\d+)/(\d+)"
                r".*deadline (\d+)/(\d+).*rows (\d+) \(no gold item: (\d+)\)"),
     (("list items found", 1, 2), ("list kind/section right", 3, 4), ("list deadlines right", 5, 6))),
    (re.compile(r"normative_acts: recall (\d+)/(\d+).*date\+number right (\d+)/(\d+)"),
     (("acts recall", 1, 2), ("acts date+number right", 3, 4))),
    (re.compile(r"persons: recall (\d+)/(\d+).*?name right (\d+)/(\d+).*one person_id (\d+)/(\d+)"),
     (("persons recall", 1, 2), ("person names right", 3, 4), ("people with one person_id", 5, 6))),
)


def pool_first_runs(names: list[str]) -> dict[str, list[int]]:
    """Counts added up over the first runs kept beside the sets (``first_run_X.log``): each set
    scored once as it came, before anything was fixed on it."""
    totals: dict[str, list[int]] = {}
    for name in names:
        logs = sorted(SETS[name].glob("first_run_*.log"))
        logs = [p for p in logs if "rules_before" not in p.name][:1]
        if not logs:
            raise SystemExit(f"set {name}: no first-run log in {SETS[name].relative_to(REPO_ROOT)}")
        for line in logs[0].read_text(encoding="utf-8").splitlines():
            for pattern, fields in _SUMMARY:
                m = pattern.match(line)
                for label, a, b in fields if m else ():
                    t = totals.setdefault(label, [0, 0])
                    t[0] += int(m.group(a))
                    t[1] += int(m.group(b))
    return totals


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m bench.heldout", description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all", choices=[*SETS, "all"],
                    help="score one held-out set with the current rules (default: every set)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra row and wrong field")
    ap.add_argument("--pool-first-runs", nargs="+", metavar="SET",
                    help="add up the first runs kept beside these sets (e.g. X Y Z AA) instead of scoring")
    args = ap.parse_args(argv)
    if args.pool_first_runs:
        unknown = [n for n in args.pool_first_runs if n not in SETS]
        if unknown:
            ap.error(f"unknown sets: {', '.join(unknown)}")
        for label, (a, b) in pool_first_runs(args.pool_first_runs).items():
            print(f"{label:28s} {_pct(a, b)}")
        return 0
    for name in (list(SETS) if args.set == "all" else [args.set]):
        if SETS[name].is_dir():
            run_set(name, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
