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

from extractors.segment import SentenceSpan, identify_language, split_sentences, tokenize
from extractors.segment.langid import weak_evidence
from models import Document, Sentence, Token

Tagger = Callable[[Sequence[str], str], Sequence[object]]


def _default_tagger() -> Optional[Tagger]:
    try:
        from extractors.tag import tag
    except ImportError:
        return None
    return tag


def block_languages(texts: Sequence[str]) -> list[str]:
    """Language of every block. A block too short to decide alone (``Аттестация;``, ``курсы.``
    read the same in both languages) takes the language of its neighbours, as a reader would:
    a one-word list item stands among items of its own language."""
    langs = [identify_language(t) for t in texts]
    weak = [weak_evidence(t) for t in texts]
    decided = [i for i, w in enumerate(weak) if not w and langs[i] in ("kk", "ru")]
    if not decided:
        return langs
    out = list(langs)
    j = 0
    for i, w in enumerate(weak):
        if not w or langs[i] not in ("kk", "ru"):
            continue
        while j + 1 < len(decided) and decided[j + 1] < i:
            j += 1
        before = decided[j] if decided[j] < i else None
        after = next((k for k in decided[j:] if k > i), None)
        neighbours = {langs[k] for k in (before, after) if k is not None}
        if len(neighbours) == 1:
            out[i] = neighbours.pop()
    return out


def segment_document(doc: Document) -> Document:
    """Languages of blocks and sentences, sentence and token spans (no tags)."""
    sentences: list[Sentence] = []
    blocks = []
    lang_chars: Counter[str] = Counter()
    for block, lang in zip(doc.blocks, block_languages([b.text for b in doc.blocks])):
        blocks.append(replace(block, lang=lang))
        if lang in ("kk", "ru"):
            lang_chars[lang] += len(block.text)
        bounds = split_sentences(block.text, lang if lang in ("kk", "ru") else None)
        if not bounds and block.text.strip():
            bounds = [(0, len(block.text))]
        for n, (s_start, s_end) in enumerate(bounds):
            text = block.text[s_start:s_end]
            # a block of one sentence has its language already; longer ones may quote the other
            span = SentenceSpan(s_start, s_end, lang if len(bounds) == 1 else identify_language(text))
            start = block.char_start + span.start
            tokens = [
                Token(i=i, text=text[s:e], char_start=start + s, char_end=start + e)
                for i, (s, e) in enumerate(tokenize(text, span.lang if span.lang in ("kk", "ru") else lang))
            ]
            sent_lang = span.lang if span.lang != "other" else lang
            if sent_lang != lang and lang in ("kk", "ru") and weak_evidence(text):
                sent_lang = lang  # a short sentence takes its block's language
            sentences.append(
                Sentence(
                    sent_id=f"{block.block_id}:s{n}",
                    doc_id=doc.doc_id,
                    block_id=block.block_id,
                    text=text,
                    char_start=start,
                    char_end=start + len(text),
                    lang=sent_lang,
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
    block_lang = {b.block_id: b.lang for b in doc.blocks}
    main = doc.languages[0] if doc.languages else "kk"
    for sent in doc.sentences:
        if not sent.tokens:
            continue
        # numbers, symbols and mixed spans are tagged by the language around them
        lang = next(l for l in (sent.lang, block_lang.get(sent.block_id), main) if l in ("kk", "ru"))
        tags = tagger([t.text for t in sent.tokens], lang)
        for tok, tg in zip(sent.tokens, tags):
            tok.lemma, tok.upos, tok.feats = tg.lemma, tg.upos, tg.feats
    return doc


def annotate_document(doc: Document) -> Document:
    return tag_document(segment_document(doc))
