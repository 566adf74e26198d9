"""Which item translates which: from item-level alignments when there are any, otherwise by
pairing whole lists (same kind or section, same number of items, same order in the two
halves of a document) and then their items by position."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Mapping, Optional, Sequence

from .structure import block_lang

_SENT_SUFFIX = re.compile(r":s\d+$")

ALIGNMENT = "alignment"
POSITION = "list_position"


def _norm(i: str) -> str:
    return _SENT_SUFFIX.sub("", str(i))


def from_alignments(rows: list[dict], alignments: Iterable[Mapping]) -> int:
    """Fill ``parallel_item_id`` from item-level alignment pairs; returns how many rows got one."""
    partner: dict[str, set[str]] = defaultdict(set)
    for a in alignments:
        if a.get("level") != "item":
            continue
        s, t = _norm(a["src_id"]), _norm(a["tgt_id"])
        partner[s].add(t)
        partner[t].add(s)
    if not partner:
        return 0
    by_block: dict[str, dict] = {}
    for r in rows:
        by_block.setdefault(r["block_id"], r)  # the first item that starts in the block
    filled = 0
    for r in rows:
        if r.get("parallel_item_id") or r["item_id"] != r["block_id"]:
            continue
        for p in sorted(partner.get(r["block_id"], ())):
            other = by_block.get(p)
            if other is not None and other["lang"] != r["lang"] and other["item_id"] == other["block_id"]:
                r["parallel_item_id"] = other["item_id"]
                r["_parallel_method"] = ALIGNMENT
                filled += 1
                break
    return filled


def _groups(rows: Sequence[dict], label: str) -> dict[tuple[str, str], list[list[dict]]]:
    lists: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        lists[(r["doc_id"], r["lang"], r["_list_key"])].append(r)
    out: dict[tuple[str, str], list[list[dict]]] = defaultdict(list)
    for (doc, lang, _), items in lists.items():
        items.sort(key=lambda r: r["position"])
        out[(doc, lang)].append(items)
    for v in out.values():
        v.sort(key=lambda items: items[0]["char_start"])
    return out


def _relpos(lists: list[list[dict]], span: Optional[tuple[int, int]]) -> list[float]:
    """Where each list stands inside its language's part of the document (0 = its start)."""
    starts = [items[0]["char_start"] for items in lists]
    lo, hi = span if span else (min(starts), max(starts))
    return [min(1.0, max(0.0, (s - lo) / (hi - lo))) if hi > lo else 0.0 for s in starts]


def language_spans(docs: Iterable) -> dict[tuple[str, str], tuple[int, int]]:
    """(doc, lang) → the stretch of the document written in that language (5th–95th
    percentile of its blocks' offsets, so that a quoted phrase does not stretch it)."""
    out = {}
    for d in docs:
        by_lang: dict[str, list[int]] = defaultdict(list)
        for b in d.blocks:
            lang = block_lang(b)
            if lang in ("kk", "ru"):
                by_lang[lang].append(b.char_start)
        for lang, xs in by_lang.items():
            xs.sort()
            out[(d.doc_id, lang)] = (xs[len(xs) * 5 // 100], xs[min(len(xs) - 1, len(xs) * 95 // 100)])
    return out


def _same(a: list[dict], c: list[dict], label: str) -> bool:
    return a[0][label] == c[0][label] and len(a) == len(c) and a[0].get("_shape") == c[0].get("_shape")


def by_list_position(rows: list[dict], label: str, spans: Optional[Mapping[tuple[str, str], tuple[int, int]]] = None) -> int:
    """Pair kk and ru lists of the same document in order (dynamic programming over the two
    sequences; a pair needs the same ``label`` value and the same number of items, and lists
    at similar relative places in their halves are preferred), then items by position."""
    groups = _groups(rows, label)
    filled = 0
    docs = {doc for doc, _ in groups}
    for doc in docs:
        kk, ru = groups.get((doc, "kk"), []), groups.get((doc, "ru"), [])
        if not kk or not ru:
            continue
        spans = spans or {}
        pk, pr = _relpos(kk, spans.get((doc, "kk"))), _relpos(ru, spans.get((doc, "ru")))
        n, m = len(kk), len(ru)
        best = [[0.0] * (m + 1) for _ in range(n + 1)]
        for i in range(n - 1, -1, -1):
            for j in range(m - 1, -1, -1):
                b = max(best[i + 1][j], best[i][j + 1])
                a, c = kk[i], ru[j]
                if _same(a, c, label):
                    b = max(b, 1.0 + 0.5 * (1.0 - abs(pk[i] - pr[j])) + best[i + 1][j + 1])
                best[i][j] = b
        i = j = 0
        while i < n and j < m:
            a, c = kk[i], ru[j]
            if (
                _same(a, c, label)
                and abs(best[i][j] - (1.0 + 0.5 * (1.0 - abs(pk[i] - pr[j])) + best[i + 1][j + 1])) < 1e-9
            ):
                for x, y in zip(a, c):
                    for r, o in ((x, y), (y, x)):
                        if not r.get("parallel_item_id"):
                            r["parallel_item_id"] = o["item_id"]
                            r["_parallel_method"] = POSITION
                            filled += 1
                i, j = i + 1, j + 1
            elif best[i][j] == best[i + 1][j]:
                i += 1
            else:
                j += 1
    return filled
