"""``datapackage.json`` (Frictionless Data Package with Table Schemas) from :mod:`models.schema`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from models import TABLES


def descriptor(names: Iterable[str], release_id: str, version: str) -> dict:
    resources = []
    for name in names:
        t = TABLES[name]
        fields = [
            {"name": f.name, "type": f.type, "description": f.description, **({"constraints": {"required": True}} if f.required else {})}
            for f in t.fields
        ]
        schema = {"fields": fields, "primaryKey": list(t.primary_key)}
        fks = [
            {"fields": list(fk.fields), "reference": {"resource": fk.table, "fields": list(fk.table_fields)}}
            for fk in t.foreign_keys
            if fk.table in names
        ]
        if fks:
            schema["foreignKeys"] = fks
        fmt = "csv" if t.csv else "parquet"
        res = {
            "name": name,
            "path": f"{name}.{fmt}",
            "format": fmt,
            "description": t.description,
            "schema": schema,
        }
        if t.csv:
            res.update({"mediatype": "text/csv", "encoding": "utf-8", "profile": "tabular-data-resource"})
        resources.append(res)
    return {
        "name": "edukb",
        "title": "edukb knowledge base: innovation in education (Kazakh / Russian)",
        "version": version,
        "id": release_id,
        "resources": resources,
    }


def write_datapackage(folder: Path, names: Iterable[str], release_id: str, version: str) -> Path:
    path = folder / "datapackage.json"
    path.write_text(json.dumps(descriptor(list(names), release_id, version), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
