"""Everything one release holds, written into a (staging) folder from the table rows."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Optional

import pyarrow.parquet as pq

from edukb import __version__
from edukb.publish.changes import write_changes
from edukb.publish.database import write_database
from edukb.publish.datapackage import write_datapackage
from edukb.publish.dictionary import write_dictionary
from edukb.publish.skos import write_taxonomy
from edukb.publish.tables import ParquetRows, TableParts, n_rows, write_table
from models import TABLES

Rows = list[dict[str, Any]]


def document_changes(previous: Optional[Path], documents: Rows) -> dict[str, list[str]]:
    """Which documents are new, gone or changed (by content hash) since the previous release."""
    old: dict[str, Optional[str]] = {}
    if previous is not None and (previous / "documents.parquet").exists():
        old = {r["doc_id"]: r["sha256"] for r in pq.read_table(previous / "documents.parquet", columns=["doc_id", "sha256"]).to_pylist()}
    new = {r["doc_id"]: r["sha256"] for r in documents}
    return {
        "documents_added": sorted(set(new) - set(old)),
        "documents_removed": sorted(set(old) - set(new)),
        "documents_changed": sorted(k for k in set(new) & set(old) if new[k] != old[k]),
    }


BUILD_INFO = "build.json"


def up_to_date(out: Path, fingerprint: str) -> bool:
    """True when the current release was built from exactly these inputs and code."""
    from edukb.publish import current_release

    current = current_release(out)
    if current is None or not (current / BUILD_INFO).exists():
        return False
    try:
        return json.loads((current / BUILD_INFO).read_text(encoding="utf-8")).get("fingerprint") == fingerprint
    except ValueError:
        return False


def write_release(folder: Path, tables: Mapping[str, Any], release_id: str, previous: Optional[Path], fingerprint: Optional[str] = None) -> dict:
    """Write tables (CSV + Parquet), the database, datapackage.json, taxonomy.ttl, changes.json and
    the data dictionary. Returns the change report."""
    names = [n for n in TABLES if n in tables]
    for name in names:
        write_table(folder, name, tables[name])
    # tables written part by part are read back batch by batch by whoever walks them below
    tables = {n: ParquetRows(folder / f"{n}.parquet") if isinstance(t, TableParts) else t for n, t in tables.items()}
    write_database(folder, names)
    write_datapackage(folder, names, release_id, __version__)
    write_taxonomy(folder, tables.get("technologies", []), release_id)
    write_dictionary(folder, {n: n_rows(tables[n]) for n in names}, release_id)
    cause = document_changes(previous, tables.get("documents", []))
    report = write_changes(folder, previous, names, release_id, cause)
    (folder / BUILD_INFO).write_text(json.dumps({"release": release_id, "fingerprint": fingerprint, "edukb": __version__,
                                                 "rows": {n: n_rows(tables[n]) for n in names}}, indent=2), encoding="utf-8")
    try:
        from edukb.site import write_site
    except ImportError:
        pass
    else:
        write_site(folder, tables, report)
    return report
