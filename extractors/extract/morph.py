"""One Russian morphological analyser for the extractors (technologies, lists, persons): loading
pymorphy3's dictionaries takes about a second, so every extractor shares this instance."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def ru_morph():
    """The shared pymorphy3 analyser, or None where pymorphy3 is not installed."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - optional dependency
        return None
    return pymorphy3.MorphAnalyzer()
