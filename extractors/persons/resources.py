"""Where the shipped person data lives and how it is loaded (once, lazily, no network)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extractors.crf import open_tagger

from .features import Lexicon

DATA_DIR = Path(__file__).resolve().parents[2] / "models" / "person_data"
MODEL_FILE = DATA_DIR / "kk_person.crfsuite"
_LISTS = {"first_names": "kk_first_names.txt", "surnames": "kk_surnames.txt",
          "lower_words": "kk_lower_words.txt"}


def write_lexicon(lex: Lexicon) -> None:
    for attr, name in _LISTS.items():
        words = sorted(getattr(lex, attr))
        (DATA_DIR / name).write_text("\n".join(words) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    sets = {}
    for attr, name in _LISTS.items():
        path = DATA_DIR / name
        words = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
        sets[attr] = frozenset(w for w in words if w)
    return Lexicon(**sets)


@lru_cache(maxsize=1)
def load_tagger():
    """The CRF tagger, or None when the weights are missing (then only rules run)."""
    return open_tagger(MODEL_FILE)
