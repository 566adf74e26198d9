"""Curation marks for the site, read from whatever the release carries.

A curation helper may add a ``curation_log`` table and/or a column on the extracted tables; neither
exists yet, so this reads both loosely and returns nothing when they are absent. The site only
needs one of three marks per row: ``ok`` (a person confirmed it), ``edited`` (a person corrected
it) or ``rejected`` (a person struck it out).
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

# The column a row may carry its own mark in (first one present wins).
ROW_COLUMNS = ("curation", "curation_status", "review_status", "curated")
# Where a curation_log row names its table, its row and what was decided.
LOG_TABLE = ("table", "table_name")
LOG_KEY = ("row_id", "key", "pk", "item_id", "id", "mention_id", "tech_id", "act_id")
LOG_ACTION = ("action", "decision", "status", "verdict")
LOG_ORDER = ("at", "timestamp", "time", "created_at", "seq")

_OK = {"ok", "accepted", "accept", "confirmed", "confirm", "approved", "approve", "curated", "true", "1", "yes", "valid"}
_REJECTED = {"rejected", "reject", "removed", "remove", "deleted", "delete", "wrong", "false", "invalid", "no"}
_EDITED = {"edited", "edit", "corrected", "correct", "fixed", "changed", "merged", "relabelled", "relabeled"}


def mark_of(value: Any) -> Optional[str]:
    """Fold the many words a curator or a tool may use into the site's three marks."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "ok" if value else "rejected"
    v = str(value).strip().lower()
    if v in _OK:
        return "ok"
    if v in _REJECTED:
        return "rejected"
    if v in _EDITED:
        return "edited"
    return None


def _first(row: Mapping[str, Any], names: Iterable[str]) -> Any:
    for n in names:
        if row.get(n) not in (None, ""):
            return row[n]
    return None


def log_marks(log_rows: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(table, row key) → latest mark from a ``curation_log``; later rows win when unordered."""
    rows = list(log_rows or [])
    if rows and any(_first(r, LOG_ORDER) is not None for r in rows):
        rows.sort(key=lambda r: str(_first(r, LOG_ORDER) or ""))
    out: dict[tuple[str, str], str] = {}
    for r in rows:
        table, key, mark = _first(r, LOG_TABLE), _first(r, LOG_KEY), mark_of(_first(r, LOG_ACTION))
        if table and key is not None and mark:
            out[(str(table), str(key))] = mark
    return out


def row_mark(row: Mapping[str, Any], table: str, key: str, log: Mapping[tuple[str, str], str]) -> Optional[str]:
    """The row's own column wins over the log: it is what the release actually publishes."""
    own = mark_of(_first(row, ROW_COLUMNS))
    return own or log.get((table, key))
