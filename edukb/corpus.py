"""The corpus folder: which files are documents, their ids, and the manifest that describes them."""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("doc_id", "file", "title", "kind", "languages", "year", "notes")
# files in the corpus folder that are not documents
_NOT_DOCUMENTS = {MANIFEST, "README.md", "curation.yaml", "curation.csv", ".gitkeep"}


@dataclass(frozen=True)
class CorpusEntry:
    doc_id: str
    path: Path
    rel_path: str
    title: Optional[str] = None
    kind: Optional[str] = None
    languages: Optional[str] = None
    year: Optional[int] = None


class ManifestError(ValueError):
    pass


def safe_doc_id(stem: str) -> str:
    """A document id usable in paths, URLs and SQL: letters (any script), digits, '_', '-', '.'."""
    cleaned = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("._")
    return cleaned or "doc"


def read_manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """Manifest rows keyed by file name. A malformed manifest names the line that is wrong."""
    path = corpus / MANIFEST
    if not path.exists():
        return {}
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"doc_id", "file"} - set(reader.fieldnames or [])
        if missing:
            raise ManifestError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            file = (row.get("file") or "").strip()
            if not file:
                raise ManifestError(f"{path}, line {reader.line_num}: empty 'file'")
            if ".." in Path(file).parts or Path(file).is_absolute():
                raise ManifestError(f"{path}, line {reader.line_num}: file '{file}' leaves the corpus folder")
            year = (row.get("year") or "").strip()
            if year and not year.isdigit():
                raise ManifestError(f"{path}, line {reader.line_num}: year '{year}' is not a number")
            rows[file] = {k: (v or "").strip() for k, v in row.items() if k}
    return rows


def scan_corpus(corpus: Path) -> list[CorpusEntry]:
    """Every document file below ``corpus`` (sorted, so ids and order are stable)."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    manifest = read_manifest(corpus)
    files = sorted(
        p for p in corpus.rglob("*")
        if p.is_file() and p.name not in _NOT_DOCUMENTS and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    )
    stems: dict[str, int] = {}
    for p in files:
        stems[safe_doc_id(p.stem)] = stems.get(safe_doc_id(p.stem), 0) + 1
    entries = []
    seen: set[str] = set()
    for p in files:
        rel = p.relative_to(corpus).as_posix()
        row = manifest.get(rel, {})
        doc_id = row.get("doc_id") or safe_doc_id(p.stem)
        if stems.get(safe_doc_id(p.stem), 0) > 1 and not row.get("doc_id"):
            doc_id = safe_doc_id(f"{p.stem}_{p.suffix.lstrip('.')}")
        if doc_id in seen:  # two files mapping to one id: make it unique, deterministically
            doc_id = f"{doc_id}_{hashlib.sha1(rel.encode()).hexdigest()[:6]}"
        seen.add(doc_id)
        year = row.get("year")
        entries.append(
            CorpusEntry(
                doc_id=doc_id,
                path=p,
                rel_path=rel,
                title=row.get("title") or None,
                kind=row.get("kind") or None,
                languages=row.get("languages") or None,
                year=int(year) if year else None,
            )
        )
    return entries


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
