"""``edukb review``: extracted rows beside the sentence they came from, for a person to check.

The evidence sentence is found by the row's ``sent_id`` when it has one, else as the sentence of
the same document whose span holds the row's ``char_start``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

from models import TABLES

# what to show of each table's rows, before the evidence
SUMMARY_COLUMNS = {
    "technology_mentions": ("tech_id", "surface", "extractor", "confidence"),
    "technologies": ("tech_id", "label_kk", "label_ru", "kind", "class_kk", "class_ru", "author", "n_mentions"),
    "cabinet_tasks": ("position", "kind", "list_title", "text", "parallel_item_id"),
    "platform_criteria": ("position", "section", "list_title", "text", "deadline", "parallel_item_id"),
    "normative_acts": ("type", "issuer", "date", "number", "title", "surface"),
    "persons": ("person_id", "name", "surface"),
    "alignments": ("level", "src_id", "tgt_id", "score"),
}
REVIEWABLE = tuple(SUMMARY_COLUMNS)


def review_rows(release: Path, table: str, doc_id: Optional[str] = None, limit: Optional[int] = None) -> Iterator[dict]:
    """Rows of ``table`` with an ``evidence`` sentence and its page, ordered by document and offset."""
    import duckdb

    if table not in TABLES:
        raise ValueError(f"unknown table '{table}'; tables: {', '.join(TABLES)}")
    cols = set(TABLES[table].columns)
    con = duckdb.connect(str(release / "edukb.duckdb"), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if table not in tables:
            raise ValueError(f"table '{table}' is not in release {release.name}")
        where, params = [], []
        if doc_id and "doc_id" in cols:
            where.append("t.doc_id = ?")
            params.append(doc_id)
        if "sent_id" in cols:
            join = "LEFT JOIN sentences s ON s.sent_id = t.sent_id"
        elif {"doc_id", "char_start"} <= cols:
            join = "LEFT JOIN sentences s ON s.doc_id = t.doc_id AND t.char_start >= s.char_start AND t.char_start < s.char_end"
        else:
            join = "LEFT JOIN (SELECT NULL AS text, NULL AS page) s ON TRUE"
        order = ", ".join(c for c in ("t.doc_id", "t.char_start") if c.split(".")[1] in cols) or "1"
        sql = f"SELECT t.*, s.text AS evidence, s.page AS evidence_page FROM \"{table}\" t {join}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            yield dict(zip(names, row))
    finally:
        con.close()


def format_review(rows: Iterator[dict], table: str) -> Iterator[str]:
    shown = SUMMARY_COLUMNS.get(table, tuple(TABLES[table].columns[:4]))
    current_doc = object()
    n = 0
    for row in rows:
        if row.get("doc_id") != current_doc:
            current_doc = row.get("doc_id")
            yield f"\n== {table} — {current_doc or '(corpus)'}"
        n += 1
        summary = " | ".join(f"{c}: {row[c]}" for c in shown if row.get(c) not in (None, ""))
        yield f"[{n}] {summary}"
        if row.get("evidence"):
            page = f"p. {row['evidence_page']}" if row.get("evidence_page") else "no page"
            yield f"     evidence ({page}, chars {row.get('char_start')}–{row.get('char_end')}): «{row['evidence']}»"
    if n == 0:
        yield f"(no rows in {table})"
