"""Train the learned technology-span tagger from the held-out gold (issue 5).

    python3 -m bench.tech_spans train [--exclude BP BQ …] [--out PATH]

Every held-out set (``tests/data/heldout``) lists by hand the technologies each document names,
each with the words that must appear in a mention (``match``). Those words are found in the
sentences of the document (the smallest run of at most eight tokens that holds them all, as the
bench matches them), and the runs are tagged B/I, everything else O. A linear-chain CRF
(python-crfsuite) learns the tags from the features of
:func:`extractors.extract.technologies.learned.sentence_features`. ``--exclude`` leaves sets out,
so the model can be scored on sets it never saw (``bench.heldout`` then runs with it).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.heldout import SETS, _words, read_gold
from extractors.extract.technologies.learned import MODEL_FILE, sentence_features
from extractors.extract.technologies.patterns import tokens

WINDOW = 8
CRF_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 80, "feature.possible_transitions": True}


def _hits(word: str, match_word: str) -> bool:
    w = word.lower().replace("ё", "е").replace("ə", "ә")
    return w.startswith(match_word) or (len(match_word) >= 4 and match_word in w)


def label_sentence(words: list[str], matches: list[list[str]]) -> list[str]:
    """B/I/O tags: every smallest window holding all words of one gold ``match``."""
    tags = ["O"] * len(words)
    for ms in matches:
        if not ms:
            continue
        for i, w in enumerate(words):
            if not any(_hits(w, m) for m in ms):
                continue
            need = set(ms)
            j = i
            while j < len(words) and j - i < WINDOW and need:
                need -= {m for m in need if _hits(words[j], m)}
                if need:
                    j += 1
            if need or any(t != "O" for t in tags[i:j + 1]):
                continue
            tags[i] = "B"
            for k in range(i + 1, j + 1):
                tags[k] = "I"
    return tags


def training_data(exclude: set[str]) -> list[tuple[list[str], list[str]]]:
    from edukb.corpus import scan_corpus
    from edukb.pipeline import annotate, ingest

    data = []
    used = 0
    for name, folder in SETS.items():
        if name in exclude:
            continue
        used += 1
        gold = read_gold(folder / "gold_technologies.tsv")
        by_doc: dict[str, list[list[str]]] = {}
        for g in gold:
            by_doc.setdefault(g["doc"], []).append(_words(g.get("match", "")))
        entries = [e for e in scan_corpus(folder) if e.path.parent == folder and e.path.suffix == ".txt"]
        for e in entries:
            doc = annotate(ingest(e))
            matches = by_doc.get(e.path.stem, [])
            for s in doc.sentences:
                words = [w for w, _, _ in tokens(s.text)]
                if words:
                    data.append((words, label_sentence(words, matches)))
    print(f"{used} sets", file=sys.stderr)
    return data


def train(data, out: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in data:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(CRF_PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m bench.tech_spans", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    tr = sub.add_parser("train", help="train the tagger on the held-out gold")
    tr.add_argument("--exclude", nargs="*", default=[], help="sets to leave out (to score the model on them)")
    tr.add_argument("--out", type=Path, default=MODEL_FILE, help=f"where to write the weights (default {MODEL_FILE})")
    args = ap.parse_args(argv)
    t0 = time.time()
    data = training_data({x.upper() for x in args.exclude})
    n_spans = sum(t.count("B") for _, t in data)
    print(f"{len(data)} sentences, {n_spans} tagged spans ({time.time() - t0:.0f} s)", file=sys.stderr)
    train(data, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {time.time() - t0:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
