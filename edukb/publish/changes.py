"""``changes.json``: what a release added, removed and changed versus the previous one, by the
stable primary key of every table.

The diff runs in DuckDB over the two releases' Parquet files, so a corpus of millions of tokens
is compared without loading it into Python.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence

from models import TABLES

MAX_IDS = 500  # ids listed per table and kind; the counts are always complete


def _key_sql(pk: Sequence[str]) -> str:
    return " || '|' || ".join(f"COALESCE(CAST(\"{c}\" AS VARCHAR), 'None')" for c in pk)


def diff_table(con, name: str, new: Path, old: Optional[Path]) -> dict:
    pk = TABLES[name].primary_key
    key = _key_sql(pk)
    new_src = f"read_parquet('{new.as_posix()}')"
    if old is None or not old.exists():
        n_added, added = _ids(con, f"SELECT {key} AS k FROM {new_src}")
        return {"added": n_added, "removed": 0, "changed": 0, "added_ids": added, "removed_ids": [], "changed_ids": []}
    old_src = f"read_parquet('{old.as_posix()}', union_by_name=true)"
    cols = ", ".join(f'"{c}"' for c in TABLES[name].columns)
    old_cols = ", ".join(
        f'"{c}"' if c in _columns(con, old) else f'NULL AS "{c}"' for c in TABLES[name].columns
    )
    # a row is its key and a 64-bit hash of all its columns: comparing those two short columns
    # costs a fraction of the memory of comparing whole rows (a million tokens at 50×)
    con.execute(f"CREATE OR REPLACE TEMP TABLE n AS SELECT {key} AS __k, hash({cols}) AS __h FROM {new_src}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE o AS SELECT {key} AS __k, hash({old_cols}) AS __h FROM {old_src}")

    n_added, added = _ids(con, "SELECT __k FROM n EXCEPT SELECT __k FROM o")
    n_removed, removed = _ids(con, "SELECT __k FROM o EXCEPT SELECT __k FROM n")
    n_changed, changed = _ids(con, "SELECT __k FROM (SELECT __k, __h FROM n EXCEPT SELECT __k, __h FROM o) "
                                   "WHERE __k IN (SELECT __k FROM o)")
    return {"added": n_added, "removed": n_removed, "changed": n_changed,
            "added_ids": added, "removed_ids": removed, "changed_ids": changed}


def _ids(con, sql: str) -> tuple[int, list[str]]:
    """How many keys ``sql`` yields and the first :data:`MAX_IDS` of them in order — counted in
    DuckDB, so a million added tokens never become a million Python strings."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE __ids AS {sql}")
    n = con.execute("SELECT count(*) FROM __ids").fetchone()[0]
    first = [r[0] for r in con.execute(f"SELECT * FROM __ids ORDER BY 1 LIMIT {MAX_IDS}").fetchall()]
    return n, first


def _columns(con, path: Path) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path.as_posix()}')").fetchall()}


def diff_tables(folder: Path, previous: Optional[Path], names: Sequence[str]) -> dict[str, dict]:
    from edukb.publish.database import publishing_connection

    with publishing_connection(temp_dir=folder / ".duckdb-tmp") as con:
        return {
            name: diff_table(con, name, folder / f"{name}.parquet", previous / f"{name}.parquet" if previous else None)
            for name in names
        }


def write_changes(folder: Path, previous: Optional[Path], names: Sequence[str], release_id: str, cause: Optional[dict] = None) -> dict:
    report = {
        "release": release_id,
        "previous_release": previous.name if previous else None,
        "cause": cause or {},
        "tables": diff_tables(folder, previous, names),
    }
    (folder / "changes.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return report
