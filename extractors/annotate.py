"""The segment and tag stages over a whole :class:`Document`.

Every block gets a language; every block is split into sentences (each with its own language,
since a Kazakh block may quote Russian), sentences into tokens, and tokens get lemma, UPOS and
features from the tagger of their sentence's language. Offsets index the document's normalized
text, so later stages can cite exact spans.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Callable, Optional, Sequence

from extractors.segment import identify_language, segment_block, tokenize
from models import BlockKind, Document, Sentence, Token

Tagger = Callable[[Sequence[str], str], Sequence[object]]


def _default_tagger() -> Optional[Tagger]:
    try:
        from extractors.tag import tag
    except ImportError:
        return None
    return tag


def segment_document(doc: Document) -> Document:
    """Languages of blocks and sentences, sentence and token spans (no tags)."""
    sentences: list[Sentence] = []
    blocks = []
    lang_chars: Counter[str] = Counter()
    for block in doc.blocks:
        lang = identify_language(block.text)
        blocks.append(replace(block, lang=lang))
        if lang in ("kk", "ru"):
            lang_chars[lang] += len(block.text)
        spans = segment_block(block.text, lang) if block.kind != BlockKind.TABLE_CELL or len(block.text) > 40 else []
        if not spans and block.text.strip():
            spans = [type("S", (), {"start": 0, "end": len(block.text), "lang": lang})()]
        for n, span in enumerate(spans):
            text = block.text[span.start : span.end]
            start = block.char_start + span.start
            tokens = [
                Token(i=i, text=text[s:e], char_start=start + s, char_end=start + e)
                for i, (s, e) in enumerate(tokenize(text, span.lang if span.lang in ("kk", "ru") else lang))
            ]
            sentences.append(
                Sentence(
                    sent_id=f"{block.block_id}:s{n}",
                    doc_id=doc.doc_id,
                    block_id=block.block_id,
                    text=text,
                    char_start=start,
                    char_end=start + len(text),
                    lang=span.lang if span.lang != "other" else lang,
                    page=block.page,
                    tokens=tokens,
                )
            )
    total = sum(lang_chars.values()) or 1
    languages = [l for l, n in lang_chars.most_common() if n / total >= 0.05]
    return replace(doc, blocks=blocks, sentences=sentences, languages=languages)


def tag_document(doc: Document, tagger: Optional[Tagger] = None) -> Document:
    """Lemma, UPOS and features for every token of every kk/ru sentence."""
    tagger = tagger or _default_tagger()
    if tagger is None:
        return doc
    for sent in doc.sentences:
        if sent.lang not in ("kk", "ru") or not sent.tokens:
            continue
        tags = tagger([t.text for t in sent.tokens], sent.lang)
        for tok, tg in zip(sent.tokens, tags):
            tok.lemma, tok.upos, tok.feats = tg.lemma, tg.upos, tg.feats
    return doc


def annotate_document(doc: Document) -> Document:
    return tag_document(segment_document(doc))
