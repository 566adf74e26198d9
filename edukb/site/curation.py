"""Curation marks and decisions for the site, read from what the release carries.

The curation stage (``corpus/curation.yaml`` → link stage, see docs/curation.md) publishes a
``curation_log`` table (``row_table``, ``row_id``, ``action``, ``status`` applied/stale/no_effect,
author, date, reason, message) and ``technologies.curated`` (true when a decision changed the
row). Rejected and merged-away rows leave their tables, so on the page a present row can only be
*curated* (a decision changed it) or *confirmed*; what was removed is shown from the log itself.
Older or other releases may lack both; then there are no marks. Column names are read loosely
(``table``/``row_table`` …) so an earlier log format still gives marks.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Optional

# A row's own column (first present wins): a boolean "a person changed this", or a status word.
ROW_FLAG_COLUMNS = ("curated",)
ROW_STATUS_COLUMNS = ("curation", "curation_status", "review_status")
LOG_TABLE = ("row_table", "table", "table_name")
LOG_KEY = ("row_id", "key", "pk", "item_id", "id")
LOG_ACTION = ("action", "decision", "verdict")
LOG_ORDER = ("line", "at", "timestamp", "date")
APPLIED = {"", "applied", "ok", "done"}

_OK = {"ok", "accepted", "accept", "confirmed", "confirm", "approved", "approve", "valid"}
_REJECTED = {"rejected", "reject", "removed", "remove", "deleted", "delete", "wrong", "invalid"}
_EDITED = {"edited", "edit", "corrected", "correct", "fixed", "changed", "curated", "merge", "merged", "label",
           "relabelled", "relabeled", "alt_label", "classify", "classified", "split"}


def mark_of(value: Any) -> Optional[str]:
    """Fold a curator's or a tool's word into the site's marks: ok, edited or rejected."""
    if value is None or value == "" or isinstance(value, bool):
        return None
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


def _applied(row: Mapping[str, Any]) -> bool:
    return str(row.get("status") or "").strip().lower() in APPLIED


def log_marks(log_rows: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(table, row id) → mark of the last applied decision on that row (stale ones changed nothing)."""
    rows = [r for r in (log_rows or []) if _applied(r)]
    def order(r: Mapping[str, Any]) -> tuple:
        v = _first(r, LOG_ORDER)
        return (0, v, "") if isinstance(v, (int, float)) else (1, 0, str(v or ""))

    rows.sort(key=order)  # stable: rows without an order keep the log's own order
    out: dict[tuple[str, str], str] = {}
    for r in rows:
        table, key, mark = _first(r, LOG_TABLE), _first(r, LOG_KEY), mark_of(_first(r, LOG_ACTION))
        if table and key is not None and mark:
            out[(str(table), str(key))] = mark
    return out


def row_mark(row: Mapping[str, Any], table: str, key: str, log: Mapping[tuple[str, str], str]) -> Optional[str]:
    """The row's own status word, else the log, else its ``curated`` flag (true = a decision changed it)."""
    own = mark_of(_first(row, ROW_STATUS_COLUMNS))
    if own:
        return own
    if (table, key) in log:
        return log[(table, key)]
    flag = _first(row, ROW_FLAG_COLUMNS)
    if flag is True or str(flag).strip().lower() in ("true", "1", "yes"):
        return "edited"
    return None


def _label_of(before: Any) -> str:
    """A removed row's name, from the JSON copy the log keeps of it."""
    try:
        row = json.loads(before) if isinstance(before, str) else before
    except ValueError:
        return ""
    if not isinstance(row, Mapping):
        return ""
    return " / ".join(str(row[k]) for k in ("label_kk", "label_ru", "name", "title", "surface") if row.get(k))[:200]


def decisions(log_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per decision for the corpus page: what it did, to how many rows, by whom, why."""
    out: dict[str, dict[str, Any]] = {}
    for i, r in enumerate(log_rows or []):
        key = str(r.get("decision_id") or f"row{i}")
        d = out.get(key)
        if d is None:
            d = out[key] = {
                "a": str(_first(r, LOG_ACTION) or ""), "s": str(r.get("status") or "applied"),
                "e": str(r.get("entity") or ""), "id": str(r.get("target_id") or _first(r, LOG_KEY) or ""),
                "ln": r.get("line"), "au": str(r.get("author") or ""), "da": str(r.get("date") or ""),
                "r": str(r.get("reason") or ""), "m": str(r.get("message") or ""), "n": 0, "gone": [],
            }
        d["n"] += 1
        if mark_of(_first(r, LOG_ACTION)) == "rejected":
            label = _label_of(r.get("before"))
            if label and label not in d["gone"] and len(d["gone"]) < 5:
                d["gone"].append(label)
    return sorted(out.values(), key=lambda d: (d["s"] == "applied", d["ln"] if isinstance(d["ln"], int) else 0))
