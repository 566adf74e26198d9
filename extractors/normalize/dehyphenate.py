"""Decide whether ``left-`` at a line end and ``right`` on the next line are one word broken by
the line end (join: ``педаго-`` + ``гикалық`` → ``педагогикалық``) or a real hyphenated compound
(keep: ``материалдық-`` + ``техникалық`` → ``материалдық-техникалық``).

The decision asks the language, in this order: how the document itself spells the word elsewhere
(joined or hyphenated), a Russian dictionary (pymorphy3, when installed) for Russian words, and
Kazakh word-formation (a left part ending in an adjectival/derivational suffix is a whole word,
as in paired compounds). A fragment without a vowel cannot be a word.
"""
from __future__ import annotations

import bisect
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

_VOWELS = set("аәеёиоөуұүыіэюяaeiouy")
_KAZAKH_LETTERS = set("әғқңөұүһі")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# endings of whole Kazakh words that open compounds: derived adjectives/nouns, genitive, participles
_KK_WORD_FINAL = re.compile(
    r"(лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті|ғы|гі|қы|кі|шы|ші|сыз|сіз|ған|ген|қан|кен|дар|дер|лар|лер|тар|тер|ның|нің|дың|дің|тың|тің|у|ы|і|и|а|е)$"
)
# Russian first parts of compound adjectives: учебно-, научно-, социально-, …
_RU_COMPOUND_FIRST = re.compile(r"(но|ско|ово|ево|еско|ически|ально|ельно|ико|о|е)$")
_RU_ONLY = set("ёъэщ")
# Kazakh inflectional endings: a line that starts with one of these alone continues a word
_KK_ENDINGS = frozenset(
    """лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке на не да де та те
    нда нде ны ні ды ді ты ті дан ден тан тен нан нен мен бен пен сы сі ы і ын ін н
    ларды лерді ларға лерге лардың лердің ларының лерінің сын сін сына сіне сында сінде""".split()
)


@dataclass(frozen=True)
class Decision:
    join: bool
    reason: str


class Vocabulary:
    """Word counts of a text: lower-cased standalone words and hyphenated forms."""

    def __init__(self, texts: Iterable[str] = ()):
        self.counts: Counter[str] = Counter()
        self._sorted: Optional[list[str]] = None
        self._sorted_size = 0
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        for m in _WORD_RE.finditer(text):
            end = m.end()
            # a fragment broken at a line end is not evidence of a word
            if text[end : end + 1] == "-" and text[end + 1 : end + 2] in ("\n", " ", ""):
                continue
            start = m.start()
            # nor is the fragment that continues it on the next line
            if start >= 2 and text[start - 1] == "\n" and text[:start].rstrip("\n ").endswith("-"):
                continue
            word = m.group(0).lower()
            self.counts[word] += 1
            if "-" in word:
                for part in word.split("-"):
                    self.counts[part] += 0  # register without counting as standalone

    def count(self, word: str) -> int:
        return self.counts.get(word.lower(), 0)

    def with_prefix(self, prefix: str) -> int:
        """How many occurrences of words start with ``prefix`` (inflected forms of one stem)."""
        prefix = prefix.lower()
        if self._sorted is None or self._sorted_size != len(self.counts):
            self._sorted = sorted(self.counts)
            self._sorted_size = len(self.counts)
        i = bisect.bisect_left(self._sorted, prefix)
        total = 0
        while i < len(self._sorted) and self._sorted[i].startswith(prefix):
            total += self.counts[self._sorted[i]]
            i += 1
        return total


@lru_cache(maxsize=1)
def _russian_morph():
    try:
        import pymorphy3
    except ImportError:  # optional: without it only document evidence and rules decide
        return None
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _ru_known(word: str) -> bool:
    morph = _russian_morph()
    if morph is None:
        return False
    return morph.word_is_known(word.lower())


_LEXICON = Path(__file__).resolve().parents[2] / "models" / "tag_data" / "kk_lexicon.json.gz"


@lru_cache(maxsize=1)
def _kazakh_words() -> frozenset[str]:
    """Kazakh word forms and stems the project ships (UD KTB + KazDET, see models/tag_data)."""
    try:
        with gzip.open(_LEXICON, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return frozenset()
    words = set(data.get("forms", {})) | set(data.get("kazdet_forms", {})) | set(data.get("stems", {}))
    return frozenset(w for w in words if len(w) > 1 and w.replace("-", "").isalpha())


def _kk_known(word: str) -> bool:
    return word.lower() in _kazakh_words()


def _kk_stem_known(word: str) -> bool:
    """The word, or a stem of at least three letters that it begins with, is a Kazakh word
    (``аналарына`` begins with ``ана``)."""
    w = word.lower()
    words = _kazakh_words()
    return any(w[:n] in words for n in range(len(w), 2, -1))


def _is_kazakh(word: str) -> bool:
    return any(c in _KAZAKH_LETTERS for c in word.lower())


def _looks_russian(word: str) -> bool:
    w = word.lower()
    return not _is_kazakh(w) and all("а" <= c <= "я" or c == "ё" for c in w)


def decide(left: str, right: str, vocab: Optional[Vocabulary] = None) -> Decision:
    """Join or keep the hyphen between ``left`` (line-final, hyphen stripped) and ``right``."""
    vocab = vocab or Vocabulary()
    if not left or not right:
        return Decision(False, "empty part")
    if not left[-1].isalpha() or not right[0].isalpha():
        return Decision(False, "not letters")
    if right[0].isupper():
        return Decision(False, "capitalised second part")
    joined = left + right
    hyphenated = f"{left}-{right}"
    n_joined, n_hyph = vocab.count(joined), vocab.count(hyphenated)
    if n_hyph and n_hyph >= n_joined:
        return Decision(False, "document spells it with a hyphen")
    if n_joined:
        return Decision(True, "document spells it joined")
    # inflected forms of the same stem elsewhere in the document
    stem = right[: min(3, len(right))]
    hyph_stem = vocab.with_prefix(f"{left}-{stem}")
    joined_stem = vocab.with_prefix(left + stem)
    if hyph_stem > joined_stem:
        return Decision(False, "document hyphenates this stem")
    if joined_stem > hyph_stem:
        return Decision(True, "document writes this stem joined")
    if not (_VOWELS & set(left.lower())) or not (_VOWELS & set(right.lower())):
        return Decision(True, "a part without a vowel is no word")
    if right.lower() in _KK_ENDINGS and (_is_kazakh(left) or _is_kazakh(right) or len(right) > 2):
        return Decision(True, "second part is a Kazakh ending")
    if right[0].lower() in "ьъың":
        return Decision(True, "no word starts with that letter")
    left_word, right_word = vocab.count(left) > 0, vocab.count(right) > 0
    if left[-1].lower() in _VOWELS and right[0].lower() in _VOWELS and not _looks_russian(joined):
        return Decision(False, "two vowels meet: Kazakh words have no hiatus inside")
    if _kk_known(joined) and not _ru_known(joined):
        return Decision(True, "Kazakh lexicon knows the joined word")
    kk_left, kk_right = _kk_known(left), _kk_stem_known(right)
    if kk_left and kk_right and len(right) > 2:
        return Decision(False, "Kazakh lexicon knows both parts")
    if _looks_russian(joined) and not (kk_left and kk_right):
        if _russian_morph() is not None:
            j, l, r = _ru_known(joined), _ru_known(left), _ru_known(right)
            compound_first = l and r and left.lower()[-1] in "ое" and len(left) > 3
            if j and not compound_first:
                return Decision(True, "dictionary knows the joined word")
            if not j and r and (l or _RU_COMPOUND_FIRST.search(left.lower())):
                return Decision(False, "dictionary knows both parts")
        if _RU_COMPOUND_FIRST.search(left.lower()) and (right_word or len(right) > 3):
            return Decision(False, "Russian compound first part")
        return Decision(True, "Russian fragment")
    # Kazakh (or mixed) words
    if left_word and right_word:
        return Decision(False, "both parts are words of the document")
    if _KK_WORD_FINAL.search(left.lower()) and len(left) >= 4 and (right_word or len(right) >= 4):
        return Decision(False, "left part ends like a whole Kazakh word")
    return Decision(True, "word broken by the line end")
