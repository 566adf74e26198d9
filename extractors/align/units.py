"""Turning blocks and sentences of a half into keyed :class:`Unit` s.

Token weights are inverse document frequencies inside the half, so the words a text repeats
everywhere (``білім``, ``педагогический``) count little and rare anchors (a year, a name, a
term used once) count much. Lemmas are used for stems when the tagger has supplied them.
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from extractors.align.halves import Half
from extractors.align.signals import Tok, Unit, document_frequencies, idf, raw_tokens, token_keys
from models import Block, Sentence

_PUNCT_ONLY = set("-–—‐.,;:!?()[]«»\"'“”„/\\*•·№%")


def _words(sent: Sentence) -> list[tuple[str, Optional[str]]]:
    if sent.tokens:
        out = []
        for t in sent.tokens:
            if any(ch.isalnum() for ch in t.text):
                out.append((t.text, t.lemma))
        return out
    return [(w, None) for w in raw_tokens(sent.text)]


class Keyer:
    """Builds units for one half with that half's weights and the current lexicon."""

    def __init__(self, half: Half, lexicon: Mapping[str, Sequence[str]]):
        self.half = half
        self.lang = half.lang
        self.lexicon = lexicon
        self.sent_words: dict[str, list[tuple[str, Optional[str]]]] = {s.sent_id: _words(s) for s in half.sentences}
        self.block_sents: dict[str, list[Sentence]] = {}
        for s in half.sentences:
            self.block_sents.setdefault(s.block_id, []).append(s)
        stems_per_sent = []
        for s in half.sentences:
            stems_per_sent.append([token_keys(w, self.lang, l, None, i == 0)[1]
                                   for i, (w, l) in enumerate(self.sent_words[s.sent_id])])
        self.df, self.n = document_frequencies(stems_per_sent)
        self._cache: dict[str, Unit] = {}

    def _toks(self, words: Sequence[tuple[str, Optional[str]]]) -> list[Tok]:
        toks = []
        for i, (w, lemma) in enumerate(words):
            keys, st = token_keys(w, self.lang, lemma, self.lexicon, i == 0)
            if not keys:
                continue
            toks.append(Tok(frozenset(keys), idf(self.df, self.n, st), st))
        return toks

    def block_words(self, block: Block) -> list[tuple[str, Optional[str]]]:
        sents = self.block_sents.get(block.block_id)
        if sents:
            return [w for s in sents for w in self.sent_words[s.sent_id]]
        return [(w, None) for w in raw_tokens(block.text)]

    def block(self, block: Block) -> Unit:
        u = self._cache.get(block.block_id)
        if u is None:
            u = Unit(block.block_id, block.text, self.lang, self._toks(self.block_words(block)),
                     marker=block.list_marker, kind=block.kind.value, doc_id=block.doc_id).finish()
            self._cache[block.block_id] = u
        return u

    def sentence(self, sent: Sentence, marker: Optional[str] = None) -> Unit:
        u = self._cache.get(sent.sent_id)
        if u is None:
            u = Unit(sent.sent_id, sent.text, self.lang, self._toks(self.sent_words[sent.sent_id]),
                     marker=marker, kind="sentence", doc_id=sent.doc_id).finish()
            self._cache[sent.sent_id] = u
        return u

    def sentences_of(self, block: Block) -> list[Sentence]:
        return self.block_sents.get(block.block_id, [])
