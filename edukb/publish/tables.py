"""One table → CSV (RFC 4180, UTF-8, header) and Parquet, typed from :mod:`models.schema`."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from models import TABLES, TableSchema

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
}


def arrow_schema(table: TableSchema) -> pa.Schema:
    return pa.schema(
        [pa.field(f.name, _ARROW_TYPES[f.type], nullable=not f.required, metadata={"description": f.description}) for f in table.fields],
        metadata={"description": table.description, "primary_key": ",".join(table.primary_key)},
    )


Columns = dict[str, list]
"""A table given column by column (the tokens table: a million rows are cheaper as lists)."""


def n_rows(data: "Sequence[dict[str, Any]] | Columns") -> int:
    if isinstance(data, dict):
        return len(next(iter(data.values()), []))
    return len(data)


def to_arrow(name: str, rows: "Sequence[dict[str, Any]] | Columns") -> pa.Table:
    table = TABLES[name]
    schema = arrow_schema(table)
    if isinstance(rows, dict):
        columns = {f.name: rows.get(f.name, [None] * n_rows(rows)) for f in table.fields}
    else:
        columns = {f.name: [r.get(f.name) for r in rows] for f in table.fields}
    return pa.Table.from_pydict(columns, schema=schema)


def write_table(folder: Path, name: str, rows: "Sequence[dict[str, Any]] | Columns") -> list[Path]:
    """Write ``<name>.parquet`` and (unless the schema says Parquet only) ``<name>.csv``."""
    data = to_arrow(name, rows)
    written = []
    parquet = folder / f"{name}.parquet"
    pq.write_table(data, parquet, compression="zstd")
    written.append(parquet)
    if TABLES[name].csv:
        csv_path = folder / f"{name}.csv"
        pacsv.write_csv(data, csv_path, pacsv.WriteOptions(include_header=True, quoting_style="needed"))
        written.append(csv_path)
    return written


def read_table(folder: Path, name: str) -> pa.Table:
    return pq.read_table(folder / f"{name}.parquet")
