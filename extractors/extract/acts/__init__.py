"""The ``normative_acts`` table: references to orders, laws, programmes, plans, conventions,
addresses and other acts, with issuer, date, number, title and a cross-language ``act_key``."""
from __future__ import annotations

from typing import Any, Iterable

from models import TABLES, Document

from .keys import act_key
from .spans import ActRef, find_acts

__all__ = ["ActRef", "act_key", "extract_normative_acts", "find_acts"]

EXTRACTOR = "acts.rules"


def _units(doc: Document):
    """Sentences, or whole blocks for a document that was not segmented."""
    if doc.sentences:
        for s in doc.sentences:
            yield s.sent_id, s.text, s.char_start, s.lang, s.page
    else:
        for b in doc.blocks:
            yield None, b.text, b.char_start, b.lang, b.page


def extract_normative_acts(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per act reference in every sentence of every document."""
    columns = TABLES["normative_acts"].columns
    rows: list[dict[str, Any]] = []
    for doc in docs:
        for sent_id, text, offset, lang, page in _units(doc):
            if lang not in ("kk", "ru", "mixed", "other", None):
                continue
            for ref in find_acts(text, lang or "other"):
                start = offset + ref.start
                row = {
                    "act_id": f"{doc.doc_id}:a{start}",
                    "doc_id": doc.doc_id,
                    "sent_id": sent_id,
                    "lang": lang if lang in ("kk", "ru") else ref.lang,
                    "surface": text[ref.start:ref.end],
                    "type": ref.type,
                    "issuer": ref.issuer,
                    "date": ref.date,
                    "number": ref.number,
                    "title": ref.title,
                    "act_key": act_key(ref),
                    "page": page,
                    "char_start": start,
                    "char_end": offset + ref.end,
                    "extractor": f"{EXTRACTOR}.{ref.lang}.{ref.head}",
                    "confidence": ref.confidence,
                }
                rows.append({c: row[c] for c in columns})
    return rows
