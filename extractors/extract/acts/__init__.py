"""The ``normative_acts`` table: references to orders, laws, programmes, plans, conventions,
addresses and other acts, with issuer, date, number, title and a cross-language ``act_key``."""
from __future__ import annotations

import re
from typing import Any, Iterable

from models import TABLES, Document

from .keys import act_key
from .spans import ActRef, find_acts

__all__ = ["ActRef", "act_key", "extract_normative_acts", "find_acts"]

EXTRACTOR = "acts.rules"


# a line that goes on with the date or number of an act named on the line before
# (a title page: «к приказу … области» / «от 14 февраля 2024 года № 112»)
# (or ends the issuer first: «города Шымкент от 18 января 2024 года № 31»)
_CONTINUES_ACT = re.compile(r"^\s*(?:от\s+\d|№\s*\d|\d{4}\s+жылғы|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                            r"|[а-яё][^.;:]{0,60}?\sот\s+\d{1,2}\s+[а-яё]+\s+\d{4})")
_ENDS_SENTENCE = re.compile(r"[.!?;:]\s*$")
_TITLE_LINES = 4  # lines of a title page's act name before its date line


def _units(doc: Document):
    """Sentences, or whole blocks for a document that was not segmented; a unit that ends
    without punctuation is joined with the next one when that one opens with an act's date or
    number (the text between them is taken from the document, so offsets stay right)."""
    units = [(s.sent_id, s.text, s.char_start, s.lang, s.page) for s in doc.sentences] if doc.sentences else \
        [(None, b.text, b.char_start, b.lang, b.page) for b in doc.blocks]
    i = 0
    while i < len(units):
        sid, text, off, lang, page = units[i]
        # the act's name may run over a few unpunctuated lines before its date ('приказом
        # руководителя отдела образования / по … району / … области / от 10 января … № 11')
        k = i + 1
        while k < len(units) and k - i <= _TITLE_LINES and not _ENDS_SENTENCE.search(units[k - 1][1]) \
                and units[k][3] == lang and not _CONTINUES_ACT.match(units[k][1]):
            k += 1
        if k < len(units) and k - i <= _TITLE_LINES and not _ENDS_SENTENCE.search(units[k - 1][1]) \
                and _CONTINUES_ACT.match(units[k][1]) and units[k][3] == lang and doc.text[off:off + len(text)] == text:
            nxt = units[k]
            joined = doc.text[off:nxt[2] + len(nxt[1])]
            parts = sum(len(u[1]) for u in units[i:k + 1])
            if "\n\n" not in joined and len(joined) < parts + 4 * (k - i):
                yield sid, joined.replace("\n", " "), off, lang, page
                i = k + 1
                continue
        yield sid, text, off, lang, page
        i += 1


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
