"""All tables of a release in one DuckDB file.

DuckDB rather than SQLite: analysts query columnar data (GROUP BY over mentions and tokens),
DuckDB reads the release's Parquet files natively and opens a file read-only, so ``edukb query``
can never change a published release.
"""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from models import TABLES

DATABASE = "edukb.duckdb"

_SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}
WRITE_MEMORY_LIMIT = "128MB"
"""DuckDB's memory while a release is written: it spills to disk beyond this instead of growing
with the corpus (its default is 80 % of the machine's memory)."""


@contextmanager
def publishing_connection(path: str = ":memory:", temp_dir: Path | None = None):
    """A DuckDB connection for writing a release: bounded memory, spilling into ``temp_dir``
    (removed afterwards, so nothing of it is published)."""
    import duckdb

    config = {"memory_limit": WRITE_MEMORY_LIMIT, "threads": 2, "preserve_insertion_order": False}
    if temp_dir is not None:
        config["temp_directory"] = str(temp_dir)
    con = duckdb.connect(path, config=config)
    try:
        yield con
    finally:
        con.close()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)


def ddl(name: str) -> str:
    table = TABLES[name]
    cols = [f'"{f.name}" {_SQL_TYPES[f.type]}{" NOT NULL" if f.required else ""}' for f in table.fields]
    cols.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in table.primary_key) + ")")
    return f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(cols) + "\n)"


def write_database(folder: Path, names: Iterable[str]) -> Path:
    """Create the database from the Parquet files already written in ``folder``."""
    path = folder / DATABASE
    with publishing_connection(str(path), folder / ".duckdb-tmp") as con:
        for name in names:
            con.execute(ddl(name))
            columns = ", ".join(f'"{c}"' for c in TABLES[name].columns)
            con.execute(f'INSERT INTO "{name}" SELECT {columns} FROM read_parquet(?)', [str(folder / f"{name}.parquet")])
    return path


class ReadOnlyQueryError(ValueError):
    pass


def query(folder: Path, sql: str):
    """Run ``sql`` on a read-only connection; returns (column names, rows)."""
    import duckdb

    path = folder / DATABASE
    if not path.exists():
        raise FileNotFoundError(f"no database in {folder}; run 'edukb build' first")
    con = duckdb.connect(str(path), read_only=True)
    try:
        try:
            cur = con.execute(sql)
        except duckdb.Error as exc:
            msg = str(exc).splitlines()[0]
            if "read-only" in msg.lower() or "read only" in msg.lower():
                raise ReadOnlyQueryError(f"the knowledge base is read-only: {msg}") from None
            raise ReadOnlyQueryError(msg) from None
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()
