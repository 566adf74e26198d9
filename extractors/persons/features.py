"""Token features for the Kazakh person tagger.

Why these: a Kazakh name is a capitalised word whose stem (after the case ending is cut)
has a surname shape (-ов/-ев/-ұлы/-қызы …), is a known first name, or is tagged as a name
by pymorphy3's Russian dictionary once Kazakh letters are folded (Нұрсұлтан → Нурсултан);
a capitalised word that is also seen in lower case is usually a sentence-initial common
word; and titles before a name (мұғалім, президенті, әріптесім) or verbs of speech after it
say the rest.  Everything here is cheap: the pipeline tags the whole corpus.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .names import _morph, fold_script, strip_kk_suffix

SURNAME_SHAPES = ("ұлы", "қызы", "ова", "ева", "ина", "ов", "ев", "ин", "ский", "ская",
                  "енко", "бек", "бай", "бекова", "баева", "баев", "жан", "гүл", "хан")


@dataclass(frozen=True)
class Lexicon:
    """What the tagger knows besides its weights: names and common words seen in training."""

    first_names: frozenset[str]  # lower-cased stems
    surnames: frozenset[str]
    lower_words: frozenset[str]  # words seen written in lower case (so: common words)

    @staticmethod
    def empty() -> "Lexicon":
        return Lexicon(frozenset(), frozenset(), frozenset())


def shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not any(c.isalpha() for c in word):
        return "p"
    if word.isupper() and len(word) > 1:
        return "U"
    if word[0].isupper():
        return "Xh" if "-" in word else "X"
    if word.islower():
        return "x"
    return "m"


@lru_cache(maxsize=200_000)
def _morph_tag(folded: str) -> str:
    """Name/Surn/Patr/Geox/Orgn from pymorphy3's dictionary, only for words it knows."""
    if len(folded) < 2:
        return ""
    m = _morph()
    if not m.word_is_known(folded):
        return ""
    tags = set()
    for p in m.parse(folded)[:3]:
        for t in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"):
            if t in p.tag:
                tags.add(t)
    return "+".join(sorted(tags)) if tags else "known"


@lru_cache(maxsize=200_000)
def word_info(word: str) -> tuple:
    """Per-word facts that do not depend on context (cached: words repeat)."""
    low = word.lower()
    cap = word[:1].isupper()
    stem = strip_kk_suffix(word).lower() if cap and len(word) > 3 else low
    ending = ""
    for e in SURNAME_SHAPES:
        if stem.endswith(e) and len(stem) > len(e) + 2:
            ending = e
            break
    mtag = _morph_tag(fold_script(stem)) if cap else ""
    return low, stem, shape(word), ending, mtag, low[-3:], low[-2:], stem[-3:]


def sentence_features(tokens: list[str], lex: Lexicon) -> list[list[str]]:
    """Feature strings for every token of one sentence (CRFsuite's item format)."""
    infos = [word_info(t) for t in tokens]
    n = len(tokens)
    facts = []
    for i, (low, stem, shp, ending, mtag, s3, s2, st3) in enumerate(infos):
        fn = stem in lex.first_names
        sn = stem in lex.surnames
        lw = low in lex.lower_words
        facts.append((fn, sn, lw))
    out = []
    for i, (low, stem, shp, ending, mtag, s3, s2, st3) in enumerate(infos):
        fn, sn, lw = facts[i]
        f = ["b", "w=" + low, "st=" + stem, "sh=" + shp, "s3=" + s3, "s2=" + s2, "st3=" + st3,
             "cut=" + str(stem != low)]
        if ending:
            f.append("end=" + ending)
        if mtag:
            f.append("mt=" + mtag)
        if fn:
            f.append("gfn")
        if sn:
            f.append("gsn")
        if lw:
            f.append("lw")
        if shp == "X" and lw:
            f.append("Xlw")
        if i == 0:
            f.append("BOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                lo, st, sh, en, mt, _, _, _ = infos[j]
                pfx = "%+d:" % d
                f.append(pfx + "sh=" + sh)
                if abs(d) == 1:
                    f.append(pfx + "w=" + lo)
                    f.append(pfx + "st=" + st)
                    if en:
                        f.append(pfx + "end=" + en)
                    if mt:
                        f.append(pfx + "mt=" + mt)
                    fj, sj, lj = facts[j]
                    if fj:
                        f.append(pfx + "gfn")
                    if sj:
                        f.append(pfx + "gsn")
                    if lj:
                        f.append(pfx + "lw")
                else:
                    f.append(pfx + "st=" + st)
            else:
                f.append("%+d:pad" % d)
        out.append(f)
    return out


def tag_spans(tags: list[str]) -> set[tuple[int, int]]:
    """Token spans [i, j) of PERSON entities in a BIO sequence (a stray I- starts a span)."""
    out = set()
    i = 0
    while i < len(tags):
        if tags[i] == "B-PERSON" or (tags[i] == "I-PERSON" and (i == 0 or tags[i - 1] == "O")):
            j = i + 1
            while j < len(tags) and tags[j] == "I-PERSON":
                j += 1
            out.add((i, j))
            i = j
        else:
            i += 1
    return out
