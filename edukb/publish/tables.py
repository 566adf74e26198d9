"""One table → CSV (RFC 4180, UTF-8, header) and Parquet, typed from :mod:`models.schema`."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Iterator, Sequence

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


class TableParts:
    """A table given as Parquet parts (one per document): written into the release one part at
    a time, so a corpus of millions of tokens never sits in memory whole."""

    def __init__(self, parts: Sequence[bytes]):
        self.parts = list(parts)

    def tables(self) -> Iterator[pa.Table]:
        for part in self.parts:
            yield pq.read_table(io.BytesIO(part))

    def __len__(self) -> int:
        return sum(pq.ParquetFile(io.BytesIO(p)).metadata.num_rows for p in self.parts)


class ParquetRows:
    """A published Parquet table read back as dict rows, batch by batch, for consumers (the
    browse page) that walk a big table once."""

    def __init__(self, path: Path, batch_size: int = 20_000):
        self.path, self.batch_size = Path(path), batch_size

    def __len__(self) -> int:
        return pq.ParquetFile(self.path).metadata.num_rows

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for batch in pq.ParquetFile(self.path).iter_batches(batch_size=self.batch_size):
            yield from batch.to_pylist()


def n_rows(data: "Sequence[dict[str, Any]] | Columns | TableParts") -> int:
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


def _write_parts(folder: Path, name: str, parts: TableParts) -> list[Path]:
    schema = arrow_schema(TABLES[name])
    parquet, csv_path = folder / f"{name}.parquet", folder / f"{name}.csv"
    csv_writer = None
    with pq.ParquetWriter(parquet, schema, compression="zstd") as writer:
        try:
            if TABLES[name].csv:
                csv_writer = pacsv.CSVWriter(csv_path, schema, write_options=pacsv.WriteOptions(include_header=True, quoting_style="needed"))
            for part in parts.tables():
                part = part.select(schema.names).cast(schema)
                writer.write_table(part)
                if csv_writer is not None:
                    csv_writer.write_table(part)
        finally:
            if csv_writer is not None:
                csv_writer.close()
    return [parquet, csv_path] if TABLES[name].csv else [parquet]


def write_table(folder: Path, name: str, rows: "Sequence[dict[str, Any]] | Columns | TableParts") -> list[Path]:
    """Write ``<name>.parquet`` and (unless the schema says Parquet only) ``<name>.csv``."""
    if isinstance(rows, TableParts):
        return _write_parts(folder, name, rows)
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
