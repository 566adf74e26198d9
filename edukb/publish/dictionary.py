"""The release's README.md: a data dictionary generated from :mod:`models.schema`."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from models import TABLES


def write_dictionary(folder: Path, counts: Mapping[str, int], release_id: str) -> Path:
    lines = [
        f"# edukb knowledge base — release {release_id}",
        "",
        "Tables as CSV (UTF-8, header, RFC 4180) and Parquet; all of them in `edukb.duckdb`;",
        "described in `datapackage.json`. `char_start`/`char_end` index the document's normalized",
        "text: its blocks' texts joined by one newline, in block order.",
        "",
    ]
    for name, n in counts.items():
        t = TABLES[name]
        files = f"`{name}.csv`, `{name}.parquet`" if t.csv else f"`{name}.parquet`"
        lines += [f"## {name} ({n} rows)", "", t.description, "", f"Files: {files}. Key: {', '.join(t.primary_key)}.", "",
                  "| column | type | description |", "|---|---|---|"]
        lines += [f"| {f.name} | {f.type} | {f.description} |" for f in t.fields]
        lines.append("")
    path = folder / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
