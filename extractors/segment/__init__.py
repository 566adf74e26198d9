"""Segmentation stage: language per span, sentence spans, token spans (character offsets).

Public API: :func:`identify_language`, :func:`split_sentences`, :func:`tokenize` and
:func:`segment_block`, which gives each sentence of a block its own language.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors.segment.langid import identify_language, quick_language, weak_evidence
from extractors.segment.sentences import split_sentences
from extractors.segment.tokens import tokenize


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence of a block: ``text[start:end]`` of the text given, with its language."""

    start: int
    end: int
    lang: str


def segment_block(text: str, lang_hint: str | None = None) -> list[SentenceSpan]:
    """Sentences of one block with a language each.

    Each sentence is identified on its own, because a Kazakh block may quote a Russian
    sentence; a sentence too short to decide alone (a one-word list item) takes the block's
    language (``lang_hint``, or the block identified as a whole).
    """
    rules_lang = lang_hint if lang_hint in ("kk", "ru") else quick_language(text)
    block_lang = lang_hint if lang_hint in ("kk", "ru") else None
    out = []
    for s, e in split_sentences(text, rules_lang):
        sentence = text[s:e]
        lang = identify_language(sentence)
        if lang in ("kk", "ru", "other") and weak_evidence(sentence):
            if block_lang is None:
                block_lang = identify_language(text)
            if block_lang in ("kk", "ru"):
                lang = block_lang
        out.append(SentenceSpan(s, e, lang))
    return out


__all__ = ["SentenceSpan", "identify_language", "quick_language", "segment_block", "split_sentences", "tokenize"]
