"""Character-level repairs that PDF extraction and old keyboards leave in Kazakh/Russian text.

- Unicode NFC, no-break and odd spaces to plain spaces, soft hyphens and zero-width marks removed.
- Latin look-alike letters inside a Cyrillic word become the Cyrillic letter: Kazakh typed on a
  Russian layout used Latin ``ə`` (U+0259) for ``ә`` and Latin ``i`` for ``і``; PDF fonts mix Latin
  ``a e o p c x y`` into Cyrillic words. A word is repaired only when it already holds Cyrillic
  letters, so Latin words (``ActivStudio``, ``VTS``) are left alone.
- Private-use glyphs (U+E000–U+F8FF, what Symbol/Wingdings bullets become) are mapped to ``•`` at
  the start of a line and dropped elsewhere.
"""
from __future__ import annotations

import re
import unicodedata

BULLET = "•"

_LATIN_TO_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "h": "һ",
    "k": "к", "m": "м", "t": "т", "b": "в", "ə": "ә",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "Y": "У", "I": "І", "H": "Н",
    "K": "К", "M": "М", "T": "Т", "B": "В", "Ə": "Ә",
}
# letters that only make sense as look-alikes: never part of a genuine Latin word in this corpus
_ALWAYS_CYRILLIC = {"ə": "ә", "Ə": "Ә"}
# in Russian text Latin i is a typo for и? No: it is Ukrainian/Kazakh і; keep Kazakh і.

_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_PUA = re.compile("[\ue000-\uf8ff]")
_LEADING_PUA = re.compile(r"^(\s*)[\ue000-\uf8ff]+\s*")


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    has_cyr = any(is_cyrillic(c) for c in word)
    latin = [c for c in word if c.isascii() or c in _ALWAYS_CYRILLIC]
    if not latin:
        return word
    if has_cyr and all(c in _LATIN_TO_CYRILLIC for c in latin):
        return "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in word)
    if any(c in _ALWAYS_CYRILLIC for c in word) and all(c in _LATIN_TO_CYRILLIC for c in latin):
        return "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in word)
    return word


def fix_homoglyphs(text: str) -> str:
    """Map Latin look-alikes inside Cyrillic words to Cyrillic letters."""
    return _WORD.sub(_fix_word, text)


def normalize_chars(line: str) -> str:
    """Normalize one physical line (no newlines inside). Keeps leading indentation collapsed to one
    space so layout cues (an indented first line) survive; trailing space is dropped."""
    line = unicodedata.normalize("NFC", line)
    line = line.translate(_INVISIBLE).translate(_SPACE_LIKE)
    line = _LEADING_PUA.sub(lambda m: m.group(1) + BULLET + " ", line)
    line = _PUA.sub("", line)
    line = fix_homoglyphs(line)
    line = re.sub(r" {2,}", " ", line)
    return line.rstrip()


def has_latin_in_cyrillic_word(text: str) -> bool:
    """True where a word mixes Cyrillic letters with Latin look-alikes (what normalization removes)."""
    for m in _WORD.finditer(text):
        w = m.group(0)
        if any(is_cyrillic(c) for c in w) and any(c in _LATIN_TO_CYRILLIC for c in w):
            return True
    return False
