"""Linguistic benchmark: sentence segmentation, tokenization, language ID, throughput.

    python3 -m bench.linguistic            # prints the tables and rewrites docs/benchmarks.md
    python3 -m bench.linguistic --no-write # prints only

Protocol (segmentation): the ``# text`` lines of the gold files, stripped, joined by single
spaces in runs of 20 consecutive sentences (:func:`bench.gold.make_runs`). kk = UD Kazakh KTB
train+test merged (rules, nothing learned); ru = UD Russian GSD test (dev was used to tune rules).

Matching rule: a predicted sentence is correct when its span, with surrounding whitespace
trimmed, has exactly the start and end offsets of a gold sentence in the same run. A predicted
token is correct when its span equals a gold surface token's span (multi-word tokens count once,
as written). Precision, recall and F1 are micro-averaged over all runs.

Alternatives that install offline are scored on the same runs: razdel, pysbd, qaznltk and
spaCy's rule sentencizer (``spacy.blank("xx")``; its tokenizer is scored too).

Tagging hook: if ``bench/tagging.py`` exists and exposes
``run_tagging(kk_sentences, ru_sentences, our_tokenizer) -> list[dict]``, its rows are printed
as a further table; otherwise the section says it was skipped.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Optional

from bench.gold import REPO_ROOT, GoldSentence, Run, kk_ud_sentences, make_runs, ru_ud_sentences, shared_dir
from extractors.segment import identify_language, segment_block, split_sentences, tokenize

Spans = list[tuple[int, int]]
SEED_004 = "004_bc1b1cd6b6a3df82.txt"


# ---------------------------------------------------------------- scoring


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def strings_to_spans(text: str, pieces: list[str]) -> Spans:
    """Spans of pieces that a tool returns as strings, found in order in ``text``."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            continue
        spans.append((found, found + len(piece)))
        pos = found + len(piece)
    return spans


def score_sentences(runs: list[Run], splitter: Callable[[str], Spans]) -> tuple[float, float, float]:
    tp = n_pred = n_gold = 0
    for run in runs:
        pred = {trim(run.text, sp) for sp in splitter(run.text)}
        pred.discard(None)
        pred = {sp for sp in pred if sp[0] < sp[1]}
        gold = set(run.sentence_spans)
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return prf(tp, n_pred, n_gold)


def score_tokens(runs: list[Run], tokenizer: Callable[[str], Spans]) -> tuple[float, float, float]:
    tp = n_pred = n_gold = 0
    for run in runs:
        pred = set(tokenizer(run.text))
        gold = set(run.token_spans)
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    return prf(tp, n_pred, n_gold)


# ---------------------------------------------------------------- systems


def ours_sentences(lang: str) -> Callable[[str], Spans]:
    return lambda text: split_sentences(text, lang)


def _razdel():
    import razdel

    sent = lambda text: [(s.start, s.stop) for s in razdel.sentenize(text)]
    tok = lambda text: [(t.start, t.stop) for t in razdel.tokenize(text)]
    return sent, tok


def _pysbd(lang: str):
    import pysbd

    seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    return lambda text: [(s.start, s.end) for s in seg.segment(text)], None


def _qaznltk():
    from qaznltk import qaznltk as qnltk

    q = qnltk.QazNLTK()
    return lambda text: strings_to_spans(text, q.sent_tokenize(text)), None


def _spacy():
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    sent = lambda text: [(s.start_char, s.end_char) for s in nlp(text).sents]
    tok = lambda text: [(t.idx, t.idx + len(t.text)) for t in nlp.tokenizer(text) if not t.is_space]
    return sent, tok


def alternatives(lang: str) -> list[tuple[str, Callable[[], tuple]]]:
    return [
        ("razdel 0.5", _razdel),
        ("pysbd 0.3 ('kk' rules on kk, 'ru' on ru)", lambda: _pysbd(lang)),
        ("qaznltk", _qaznltk),
        ("spaCy blank('xx') + sentencizer", _spacy),
    ]


def segmentation_rows(runs_by_lang: dict[str, list[Run]]) -> list[dict]:
    rows: list[dict] = []
    ours = {"name": "edukb extractors.segment"}
    for lang, runs in runs_by_lang.items():
        ours[f"sent_{lang}"] = score_sentences(runs, ours_sentences(lang))[2]
        ours[f"tok_{lang}"] = score_tokens(runs, lambda text, lang=lang: tokenize(text, lang))[2]
    rows.append(ours)
    names = [name for name, _ in alternatives("kk")]
    for k, name in enumerate(names):
        row: dict = {"name": name}
        for lang, runs in runs_by_lang.items():
            try:
                sent, tok = alternatives(lang)[k][1]()
            except Exception as exc:  # a missing optional package: say so, go on
                row["note"] = f"not available: {exc.__class__.__name__}: {exc}"
                break
            row[f"sent_{lang}"] = score_sentences(runs, sent)[2]
            if tok is not None:
                row[f"tok_{lang}"] = score_tokens(runs, tok)[2]
        rows.append(row)
    return rows


# ---------------------------------------------------------------- language ID on seed 004


def seed_004_halves() -> tuple[str, str]:
    text = (shared_dir() / "seeds" / SEED_004).read_text(encoding="utf-8")
    lines = text.split("\n")
    cut = next(i for i, line in enumerate(lines) if line.strip() == "Введение")
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


def _unwrap(text: str) -> str:
    """Join wrapped lines (single newlines) so sentences run across them; keep blank lines."""
    paras = [" ".join(p.split("\n")) for p in text.replace("\r", "").split("\n\n")]
    return "\n\n".join(paras)


def _has_letters(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def langid_rows() -> list[dict]:
    from extractors.segment.langid import _lingua
    from lingua import Language

    lingua_map = {Language.KAZAKH: "kk", Language.RUSSIAN: "ru", Language.ENGLISH: "other"}
    rows = []
    halves = dict(zip(("kk", "ru"), seed_004_halves()))
    for unit in ("lines", "sentences"):
        for system in ("ours", "lingua alone"):
            ok = total = 0
            wrong: list[str] = []
            for lang, half in halves.items():
                if unit == "lines":
                    items = [ln.strip() for ln in half.split("\n") if ln.strip()]
                else:
                    # each paragraph is a block, as the pipeline sees it: segment_block labels its
                    # sentences, a one-word list item taking the paragraph's language
                    items = []
                    for para in _unwrap(half).split("\n\n"):
                        items += [(para[sp.start:sp.end], sp.lang) for sp in segment_block(para)]
                items = [it if isinstance(it, tuple) else (it, None) for it in items]
                items = [it for it in items if _has_letters(it[0])]
                for it, block_label in items:
                    if system == "ours":
                        got = block_label or identify_language(it)
                    else:
                        det = _lingua().detect_language_of(it)
                        got = lingua_map.get(det, "other")
                    total += 1
                    if got == lang:
                        ok += 1
                    elif len(wrong) < 8:
                        wrong.append(f"{lang}->{got}: {it[:70]}")
            rows.append({"unit": unit, "system": system, "ok": ok, "total": total, "share": ok / total if total else 0.0, "wrong": wrong})
    return rows


# ---------------------------------------------------------------- throughput


def throughput(repeats: int = 5) -> dict:
    texts = []
    for path in sorted((shared_dir() / "seeds").glob("*.txt")):
        texts.append(_unwrap(path.read_text(encoding="utf-8")))
    times_seg, times_all = [], []
    n_tokens = n_sents = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        sents = [split_sentences(t) for t in texts]
        t1 = time.perf_counter()
        n_tokens = sum(len(tokenize(t[s:e])) for t, ss in zip(texts, sents) for s, e in ss)
        t2 = time.perf_counter()
        times_seg.append(t1 - t0)
        times_all.append(t2 - t0)
        n_sents = sum(len(ss) for ss in sents)
    chars = sum(len(t) for t in texts)
    return {
        "chars": chars,
        "sentences": n_sents,
        "tokens": n_tokens,
        "repeats": repeats,
        "seg_tokens_per_s": n_tokens / statistics.median(times_seg),
        "seg_tok_tokens_per_s": n_tokens / statistics.median(times_all),
    }


# ---------------------------------------------------------------- tagging hook


def tagging_rows(kk: list[GoldSentence], ru: list[GoldSentence]) -> Optional[list[dict]]:
    """Rows from ``bench.tagging.run_tagging`` when that module exists, else None."""
    try:
        mod = importlib.import_module("bench.tagging")
    except ModuleNotFoundError as exc:
        if exc.name in ("bench.tagging",):
            return None
        raise
    # keywords: the contract's names; a module taking its own options ignores them (**kwargs)
    try:
        return mod.run_tagging(kk_sentences=kk, ru_sentences=ru, our_tokenizer=tokenize)
    except Exception as exc:  # the segmentation report must not be lost to a tagging failure
        return [{"error": f"bench.tagging.run_tagging failed: {exc.__class__.__name__}: {exc}"}]


# ---------------------------------------------------------------- report


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return "–" if v is None else str(v)


def _table(headers: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_fmt(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def build_report(seg: list[dict], lid: list[dict], thr: dict, tag: Optional[list[dict]], n: dict, elapsed: float) -> str:
    parts = [
        "# Benchmarks",
        "",
        f"Generated by `python3 -m bench.linguistic` on {_dt.date.today().isoformat()} "
        f"({elapsed:.0f} s on this machine). Do not edit by hand: rerun the command.",
        "",
        "## Sentence segmentation and tokenization",
        "",
        "Raw text: the `# text` lines of the gold files, stripped, joined by single spaces in runs of "
        "20 consecutive sentences. kk = UD Kazakh KTB train+test merged "
        f"({n['kk']} sentences, {n['kk_tok']} surface tokens); ru = UD Russian GSD test "
        f"({n['ru']} sentences, {n['ru_tok']} surface tokens; dev was used to tune the rules).",
        "A predicted sentence counts when its span, trimmed of whitespace, starts and ends exactly "
        "where a gold sentence does; a predicted token counts when its span equals a gold surface "
        "token's span (multi-word tokens count once, as written). F1, micro-averaged over runs.",
        "",
        _table(
            ["system", "sentence F1 kk", "sentence F1 ru", "token F1 kk", "token F1 ru", "note"],
            [[r["name"], r.get("sent_kk"), r.get("sent_ru"), r.get("tok_kk"), r.get("tok_ru"), r.get("note", "")] for r in seg],
        ),
        "",
        f"Gold tokens whose text could not be found in `# text` (left out of the gold): kk {n['kk_unaligned']}, ru {n['ru_unaligned']}.",
        "",
        "## Language identification (seed 004: Kazakh half, then its Russian translation)",
        "",
        "Share of items labelled with the language of their half (items with at least one letter; "
        "the Russian half starts at the line `Введение`). Sentences: the half's wrapped lines joined, "
        "blank lines kept; each paragraph labelled by `segment_block` (no hint), so a one- or two-word "
        "sentence (a list item) takes its paragraph's language; lines are labelled by `identify_language` alone.",
        "",
        _table(["unit", "system", "correct", "total", "share"], [[r["unit"], r["system"], r["ok"], r["total"], f"{100 * r['share']:.2f}%"] for r in lid]),
        "",
    ]
    for r in lid:
        if r["system"] == "ours" and r["wrong"]:
            parts.append(f"Errors of ours ({r['unit']}, first {len(r['wrong'])}):")
            parts.append("")
            parts += [f"- `{w}`" for w in r["wrong"]]
            parts.append("")
    parts += [
        "## Throughput",
        "",
        f"All five seeds ({thr['chars']} characters, wrapped lines joined; {thr['sentences']} sentences, "
        f"{thr['tokens']} tokens), median of {thr['repeats']} runs, one process:",
        "",
        _table(["stage", "tokens/s"], [["split_sentences", f"{thr['seg_tokens_per_s']:.0f}"], ["split_sentences + tokenize", f"{thr['seg_tok_tokens_per_s']:.0f}"]]),
        "",
        "## Tagging",
        "",
    ]
    if tag is None:
        parts.append("Skipped: `bench/tagging.py` is not present (or `--skip-tagging`).")
    else:
        keys: list[str] = []
        for r in tag:
            keys += [k for k in r if k not in keys]
        parts.append(_table(keys, [[r.get(k) for k in keys] for r in tag]))
    parts.append("")
    return "\n".join(parts)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    ap.add_argument("--out", default=str(REPO_ROOT / "docs" / "benchmarks.md"))
    ap.add_argument("--skip-tagging", action="store_true", help="leave out the tagging section")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    kk = kk_ud_sentences()
    ru = ru_ud_sentences("test")
    runs = {"kk": make_runs(kk), "ru": make_runs(ru)}
    n = {
        "kk": len(kk), "ru": len(ru),
        "kk_tok": sum(len(s.token_spans) for s in kk), "ru_tok": sum(len(s.token_spans) for s in ru),
        "kk_unaligned": sum(s.unaligned for s in kk), "ru_unaligned": sum(s.unaligned for s in ru),
    }
    seg = segmentation_rows(runs)
    lid = langid_rows()
    thr = throughput()
    tag = None if args.skip_tagging else tagging_rows(kk, ru)
    report = build_report(seg, lid, thr, tag, n, time.perf_counter() - t0)
    print(report)
    if not args.no_write:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(report, encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
