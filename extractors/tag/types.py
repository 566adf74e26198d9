"""The one record the tag stage returns per token.

Kept in its own module so that the Kazakh and Russian taggers, the benchmark and the optional
stanza backend can all produce it without importing each other.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class TokenTag:
    """Lemma, Universal POS tag and UD features ('Key=Val|…' sorted by key, or '_')."""

    lemma: str
    upos: str
    feats: str = "_"


def feats_str(pairs: dict[str, str]) -> str:
    """UD orders features by key, case-insensitively; '_' marks none."""
    if not pairs:
        return "_"
    return "|".join(f"{k}={pairs[k]}" for k in sorted(pairs, key=str.lower))


SYM_CHARS = frozenset("$€₸₽£¥+=<>^~#@&%§№°×/*±≤≥")


def is_sym(token: str) -> bool:
    """Symbols that UD tags SYM (%, °, currency, maths), not PUNCT."""
    return bool(token) and all(c in SYM_CHARS for c in token)


def is_punct(token: str) -> bool:
    """A token of punctuation marks only (Unicode category P*, plus ` and ')."""
    return bool(token) and not is_sym(token) and all(
        unicodedata.category(c).startswith("P") or c in "`'" for c in token)
