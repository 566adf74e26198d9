"""``changes.json``: what a release added, removed and changed versus the previous one, by the
stable primary key of every table."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

import pyarrow.parquet as pq

from models import TABLES

MAX_IDS = 500  # ids listed per table and kind; the counts are always complete


def _key(row: Mapping[str, Any], pk: Sequence[str]) -> str:
    return "|".join(str(row.get(c)) for c in pk)


def diff_tables(old: Optional[Path], new_tables: Mapping[str, list[dict]]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name, rows in new_tables.items():
        pk = TABLES[name].primary_key
        new = {_key(r, pk): r for r in rows}
        old_rows: dict[str, dict] = {}
        if old is not None and (old / f"{name}.parquet").exists():
            old_rows = {_key(r, pk): r for r in pq.read_table(old / f"{name}.parquet").to_pylist()}
        added = sorted(set(new) - set(old_rows))
        removed = sorted(set(old_rows) - set(new))
        changed = sorted(k for k in set(new) & set(old_rows) if _normalize(new[k]) != _normalize(old_rows[k]))
        out[name] = {
            "added": len(added), "removed": len(removed), "changed": len(changed),
            "added_ids": added[:MAX_IDS], "removed_ids": removed[:MAX_IDS], "changed_ids": changed[:MAX_IDS],
        }
    return out


def _normalize(row: Mapping[str, Any]) -> dict:
    return {k: (None if v == "" else v) for k, v in row.items()}


def write_changes(folder: Path, previous: Optional[Path], new_tables: Mapping[str, list[dict]], release_id: str, cause: Optional[dict] = None) -> dict:
    report = {
        "release": release_id,
        "previous_release": previous.name if previous else None,
        "cause": cause or {},
        "tables": diff_tables(previous, new_tables),
    }
    (folder / "changes.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return report
