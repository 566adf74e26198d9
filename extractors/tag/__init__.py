"""The tag stage: lemma, UPOS and UD features for Kazakh and Russian tokens.

``tag(tokens, lang)`` is what the pipeline calls, one sentence at a time. Russian uses
pymorphy3 with context rules (ru.py); Kazakh uses our own analyser with a lexicon learned from
UD Kazakh KTB and KazDET (kk/). Both cache analyses per word form. An optional stanza backend
(stanza_backend.py) can replace either when its models are installed locally.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from extractors.tag.types import TokenTag

__all__ = ["TokenTag", "tag", "kazakh_tagger"]


@lru_cache(maxsize=1)
def kazakh_tagger():
    """The default Kazakh tagger (loads the shipped lexicon once per process)."""
    from extractors.tag.kk import KazakhTagger

    return KazakhTagger.default()


def tag(tokens: Sequence[str], lang: str) -> list[TokenTag]:
    """Tag one sentence. ``lang`` is "kk" or "ru"; anything else raises ValueError."""
    tokens = list(tokens)
    if lang == "kk":
        return kazakh_tagger().tag(tokens)
    if lang == "ru":
        from extractors.tag.ru import tag_ru

        return tag_ru(tokens)
    raise ValueError(f"tag(): unsupported language {lang!r}; expected 'kk' or 'ru'")
