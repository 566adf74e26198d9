"""One key per act, whichever language or case form a reference uses.

An act with a date and a number is identified by them (``order|2007-11-29|583`` for both
``ҚР БҒМ 2007 жылғы 29 қараша № 583 бұйрығы`` and ``приказ МОН РК от 29 ноября 2007 года
№ 583``).  Programmes, plans, laws and conventions are usually cited by name, so their key is the
type, the period and the title's topics from a bilingual vocabulary (``Білім туралы`` and
``Об образовании`` are both *education*).  A name with no known topic falls back to its
script-folded spelling.
"""
from __future__ import annotations

import re

from .spans import ActRef

_FOLD = str.maketrans({"қ": "к", "ә": "а", "ө": "о", "ү": "у", "ұ": "у", "і": "и", "ғ": "г",
                       "ң": "н", "һ": "х", "ё": "е", "ə": "а"})


def fold_title(title: str) -> str:
    t = title.lower().replace("қазақ", "казах").translate(_FOLD)
    t = re.sub(r"[^\w]+", " ", t)
    return "-".join(t.split())


# a law that amends others shares its topics with the law it amends
_AMENDING = re.compile(r"(?i)внесени\w* изменени|өзгерістер\w* (?:мен|және) толықтыру|өзгерістер енгізу")


def act_key(ref: ActRef) -> str:
    """A law is one per title (``Об образовании`` names one law, cited with or without its
    date and number), so its key is its topics; other acts go by date and number first."""
    if ref.type == "law" and ref.topics and not _AMENDING.search(ref.title or ""):
        return f"law||{'+'.join(ref.topics)}"
    if ref.number:
        return f"{ref.type}|{ref.date or ''}|{ref.number}"
    topics = "+".join(ref.topics)
    if ref.date:
        return f"{ref.type}|{ref.date}|{topics}"
    if topics or ref.period:
        return f"{ref.type}|{ref.period or ''}|{topics}"
    if ref.title and ref.title_quoted:
        return f"{ref.type}||{fold_title(ref.title)}"
    return f"{ref.type}||{ref.issuer or ''}"
