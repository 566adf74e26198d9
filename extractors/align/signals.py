"""Cross-lingual evidence that a Kazakh and a Russian span say the same thing.

Kazakh and Russian share little surface vocabulary, so length alone (Gale–Church) is the usual
fallback. But a methodological text is full of anchors a translator keeps: numbers and dates,
list positions, Latin-script tokens, names, and Russian/international loanwords that Kazakh
writes in Cyrillic with its own suffixes (``инновациялық`` ↔ ``инновационный``,
``модульдік`` ↔ ``модульное``). Folding the Kazakh-specific letters onto their Russian
neighbours and comparing short stems finds these cognates. Native words are linked through a
lexicon learned from already aligned pairs (:mod:`extractors.align.lexicon`).

Every span becomes a list of :class:`Tok` — each with the *keys* it can match on and an
IDF-like weight — so that scoring a candidate pair is a handful of set intersections.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

_KK_FOLD = str.maketrans({
    "ә": "а", "і": "и", "ұ": "у", "ү": "у", "қ": "к", "ғ": "г", "ң": "н", "ө": "о", "һ": "х",
    "ё": "е", "й": "и", "ь": None, "ъ": None,
})
# Roman numerals are typed with Latin or Cyrillic look-alikes ("ХХ ғасыр" / "XX век").
_ROMAN_FOLD = str.maketrans({"Х": "X", "І": "I", "У": "V", "М": "M", "С": "C", "Д": "D", "Л": "L"})
_ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_NUM_RE = re.compile(r"\d+")
_LATIN_RE = re.compile(r"[a-zA-Z]")
_CYR_RE = re.compile(r"[а-яёәіңғүұқөһ]", re.I)
_WORD_RE = re.compile(r"[\w\u0300-\u036f]+(?:[-‐'’][\w\u0300-\u036f]+)*")

COGNATE_LEN = 5
"""Stem length for cognates: long enough to miss chance collisions, short enough to reach
under Kazakh suffixes (``модул|ьдік`` / ``модул|ьное``)."""
STEM_LEN = 6
"""Stem length for lexicon entries when no lemma is available."""


def fold(word: str) -> str:
    """Kazakh and Russian spelling folded onto a common Cyrillic core (lower case)."""
    return word.lower().translate(_KK_FOLD)


def cognate_key(word: str) -> Optional[str]:
    """The folded stem that a loanword keeps in both languages, or None for short words."""
    f = fold(word)
    if len(f) < COGNATE_LEN or not _CYR_RE.search(f):
        return None
    return f[:COGNATE_LEN]


def stem(word: str, lemma: Optional[str] = None) -> str:
    """A crude stem for lexicon statistics: the lemma's (or word's) first letters."""
    base = (lemma or word).lower().replace("ё", "е")
    return base[:STEM_LEN]


def roman_value(word: str) -> Optional[int]:
    w = word.translate(_ROMAN_FOLD)
    if not w or not _ROMAN_RE.match(w) or len(w) > 6:
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, prev = 0, 0
    for ch in reversed(w):
        v = vals[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


@dataclass(frozen=True)
class Tok:
    """One content token: the keys it may match on the other side, its weight and stem."""

    keys: frozenset
    weight: float
    stem: str


@dataclass
class Unit:
    """A span to align (a block, a sentence, a heading) with its tokens already keyed."""

    id: str
    text: str
    lang: str
    toks: list[Tok] = field(default_factory=list)
    nchars: int = 0
    keyset: frozenset = frozenset()
    mass: float = 0.0
    marker: Optional[str] = None
    kind: Optional[str] = None
    doc_id: str = ""

    def finish(self) -> "Unit":
        self.keyset = frozenset().union(*(t.keys for t in self.toks)) if self.toks else frozenset()
        self.mass = sum(t.weight for t in self.toks)
        self.nchars = len(self.text)
        return self


def raw_tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _marker_keys(marker: Optional[str]) -> set[str]:
    """List positions ('4.3', '2)', 'б)') as keys: numbers match across languages directly."""
    if not marker:
        return set()
    nums = _NUM_RE.findall(marker)
    return {"§" + ".".join(nums)} if nums else set()


def token_keys(word: str, lang: str, lemma: Optional[str], lexicon: Optional[Mapping[str, Sequence[str]]],
               first: bool) -> tuple[set[str], str]:
    """Keys for one word and its stem. Russian stems are keys themselves; Kazakh stems map to
    the Russian stems the lexicon gives them."""
    keys: set[str] = set()
    nums = _NUM_RE.findall(word)
    if nums:
        keys.update("#" + str(int(n)) for n in nums)
        return keys, "#" + nums[0]
    rv = roman_value(word) if word.isupper() else None
    if rv is not None:
        keys.add("#" + str(rv))
        return keys, "#" + str(rv)
    if _LATIN_RE.search(word) and not _CYR_RE.search(word):
        keys.add("@" + word.lower())
        return keys, "@" + word.lower()
    st = stem(word, lemma)
    ck = cognate_key(word)
    if ck:
        keys.add("~" + ck)
    if word[:1].isupper() and not first and len(word) >= 3:
        keys.add("^" + fold(word)[:4])
    if lang == "ru":
        keys.add("=" + st)
    elif lexicon:
        for tr in lexicon.get(st, ()):
            keys.add("=" + tr)
    return keys, st


def document_frequencies(texts: Iterable[Sequence[str]]) -> tuple[Counter, int]:
    """Stem document frequencies over spans (each given as its stems)."""
    df: Counter = Counter()
    n = 0
    for stems in texts:
        n += 1
        df.update(set(stems))
    return df, n


def idf(df: Mapping[str, int], n: int, st: str) -> float:
    return math.log((n + 1) / (df.get(st, 0) + 0.5))


def length_prob(a: int, b: int, ratio: float, var: float = 6.8) -> float:
    """Gale–Church: probability that spans of ``a`` and ``b`` characters translate each other."""
    if a == 0 and b == 0:
        return 1.0
    mean = (a + b / ratio) / 2.0
    delta = (b - a * ratio) / math.sqrt(max(mean, 1.0) * var)
    return math.erfc(abs(delta) / math.sqrt(2.0))


def match_mass(a: Sequence[Unit], b: Sequence[Unit]) -> tuple[float, float, float]:
    """Weighted share of tokens on either side that find a partner on the other side."""
    ka = a[0].keyset if len(a) == 1 else frozenset().union(*(u.keyset for u in a))
    kb = b[0].keyset if len(b) == 1 else frozenset().union(*(u.keyset for u in b))
    ma = ta = 0.0
    for u in a:
        ta += u.mass
        for t in u.toks:
            if not t.keys.isdisjoint(kb):
                ma += t.weight
    mb = tb = 0.0
    for u in b:
        tb += u.mass
        for t in u.toks:
            if not t.keys.isdisjoint(ka):
                mb += t.weight
    return ma + mb, ta, tb


def marker_bonus(a: Sequence[Unit], b: Sequence[Unit]) -> float:
    """+1 when the first items carry the same list position, -1 when they carry different ones."""
    ma, mb = _marker_keys(a[0].marker) if a else set(), _marker_keys(b[0].marker) if b else set()
    if not ma or not mb:
        return 0.0
    return 1.0 if ma == mb else -1.0


LEX_SCALE = 0.15
"""Matched share at which lexical evidence counts as ~63 % sure; Kazakh and Russian share few
surface forms, so even a true pair matches only part of its tokens before the lexicon grows."""


def pair_score(a: Sequence[Unit], b: Sequence[Unit], ratio: float) -> float:
    """0–1 evidence that ``a`` (Kazakh) and ``b`` (Russian) translate each other."""
    matched, ta, tb = match_mass(a, b)
    la = sum(u.nchars for u in a)
    lb = sum(u.nchars for u in b)
    lp = length_prob(la, lb, ratio)
    lex = matched / (ta + tb) if ta + tb > 0 else 0.0
    lexn = 1.0 - math.exp(-lex / LEX_SCALE)
    # little text means little lexical evidence: lean on length for short spans
    conf = min(1.0, (ta + tb) / 15.0)
    w = 0.65 * conf
    s = w * lexn + (1 - w) * lp * (0.5 + 0.5 * lexn)
    mb = marker_bonus(a, b)
    if mb > 0:
        s = min(1.0, s + 0.25)
    elif mb < 0:
        s *= 0.7
    if _numbered(a) > 1 or _numbered(b) > 1:
        s *= 0.7  # translators keep numbered items one by one; merging two of them is suspect
    return s


def _numbered(units: Sequence[Unit]) -> int:
    return sum(1 for u in units if _marker_keys(u.marker))


def tfidf_vector(units: Sequence[Unit]) -> Counter:
    """A bag of matchable keys for a whole section (numbers, Latin, cognates, lexicon)."""
    v: Counter = Counter()
    for u in units:
        for t in u.toks:
            for k in t.keys:
                v[k] += t.weight
    return v


def cosine(a: Mapping[str, float], b: Mapping[str, float], key_weight: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(a[k] * b[k] * key_weight.get(k, 1.0) ** 2 for k in a.keys() & b.keys())
    na = math.sqrt(sum((x * key_weight.get(k, 1.0)) ** 2 for k, x in a.items()))
    nb = math.sqrt(sum((x * key_weight.get(k, 1.0)) ** 2 for k, x in b.items()))
    return dot / (na * nb) if na and nb else 0.0
