"""A first-order Viterbi search over UPOS, shared by the Kazakh and Russian taggers.

Each token brings P(upos | word) from its analyser; transitions P(u_i | u_{i-1}) come from
gold sentences. Dividing the emission by P(u)^k turns the posterior into a scaled likelihood
(the usual hybrid trick), so frequent tags are not favoured twice.
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence


def best_path(dists: Sequence[Mapping[str, float]],
              trans: Mapping[str, Mapping[str, float]],
              unigram: Mapping[str, float],
              prior_power: float = 0.5,
              trans_weight: float = 1.0) -> list[str]:
    if not dists:
        return []
    if not trans:
        return [max(d.items(), key=lambda kv: kv[1])[0] for d in dists]

    def t(a: str, b: str) -> float:
        return trans_weight * math.log(trans.get(a, {}).get(b, 0.0) + 1e-4)

    prev: dict[str, tuple[float, tuple[str, ...]]] = {"<s>": (0.0, ())}
    for dist in dists:
        cur: dict[str, tuple[float, tuple[str, ...]]] = {}
        for u, pu in dist.items():
            emit = math.log(pu + 1e-6) - prior_power * math.log(unigram.get(u, 1e-3) + 1e-3)
            score, path = max(((s + t(pv, u), p) for pv, (s, p) in prev.items()),
                              key=lambda x: x[0])
            cur[u] = (score + emit, path + (u,))
        prev = cur
    _, path = max(((s + t(pv, "</s>"), p) for pv, (s, p) in prev.items()),
                  key=lambda x: x[0])
    return list(path)


def learn_transitions(upos_sentences) -> tuple[dict, dict]:
    """Bigram transition and unigram probabilities from sequences of gold UPOS tags."""
    trans: dict[str, dict[str, int]] = {}
    uni: dict[str, int] = {}
    for seq in upos_sentences:
        full = ["<s>"] + list(seq) + ["</s>"]
        for a, b in zip(full, full[1:]):
            row = trans.setdefault(a, {})
            row[b] = row.get(b, 0) + 1
        for u in seq:
            uni[u] = uni.get(u, 0) + 1
    tp = {a: {b: n / sum(row.values()) for b, n in row.items()} for a, row in trans.items()}
    total = sum(uni.values()) or 1
    return tp, {u: n / total for u, n in uni.items()}
