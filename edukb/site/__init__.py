"""A static site to browse one release: ``index.html`` plus local assets, no server, no network.

Opened from file:// Chromium refuses fetch() of local JSON, so the data travels as JavaScript:
``site/data.js`` holds the pre-aggregated index the first screen needs, and ``site/chunks/*.js``
hold the bulky parts (evidence sentences, list items, full-text search), each loaded by <script>
injection only when the page asks for it. See :mod:`edukb.site.aggregate` for what goes where.
"""
from __future__ import annotations

import json
import shutil
from html import escape
from pathlib import Path
from typing import Any, Mapping

from edukb.site.aggregate import SitePayload, build_payload
from edukb.site.plots import corpus_charts

STATIC = Path(__file__).parent / "static"
ASSETS = ("app.js", "style.css")
SITE_DIR = "site"

__all__ = ["write_site", "build_payload", "SitePayload"]


def _js_json(value: Any) -> str:
    """JSON as a JS string literal for JSON.parse: V8 parses that faster than an object literal."""
    return "JSON.parse(" + json.dumps(json.dumps(value, ensure_ascii=False, separators=(",", ":")), ensure_ascii=False) + ")"


def write_site(folder: Path, tables: Mapping[str, list[dict]], changes: dict) -> Path:
    """Write ``index.html`` and ``site/`` into the release folder; returns the index.html path.

    Any table may be missing or empty (extractors land one by one); the page then says so.
    """
    folder = Path(folder)
    payload = build_payload(tables, changes or {})
    site = folder / SITE_DIR
    if site.exists():
        shutil.rmtree(site)
    (site / "chunks").mkdir(parents=True)
    for name in ASSETS:
        shutil.copyfile(STATIC / name, site / name)
    (site / "data.js").write_text("window.EDUKB_DATA=" + _js_json(payload.index) + ";\n", encoding="utf-8")
    for name, data in payload.chunks.items():
        (site / "chunks" / f"{name}.js").write_text(
            f"EDUKB_CHUNK({json.dumps(name)},{_js_json(data)});\n", encoding="utf-8")
    charts = corpus_charts(payload.index)
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    release = payload.index["release"] or "(unnamed)"
    html = html.replace("{{RELEASE}}", escape(release)).replace(
        "{{CHARTS}}", "".join(f'<figure id="chart-{k}">{svg}</figure>' for k, svg in charts.items()))
    out = folder / "index.html"
    out.write_text(html, encoding="utf-8")
    return out
