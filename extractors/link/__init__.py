"""The link stage's curation: people's decisions about concepts, kept in the corpus and applied
after every extraction, so corrections survive rebuilds (see docs/curation.md)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from .candidates import ReviewCandidate, lemma_key, near_duplicates, review_candidates
from .curation import LOG_COLUMNS, apply_curation
from .decisions import (
    ACTIONS,
    ENTITIES,
    CurationFileError,
    Decision,
    format_decision,
    load_decisions,
    parse_decisions,
    split_id,
)

CURATION_FILE = "curation.yaml"
"""Name of the decisions file inside the corpus folder."""


def curate_tables(tables: dict[str, list[dict[str, Any]]], path: Optional[Path]):
    """:func:`apply_curation` with the decisions of ``path``; no file means no decisions (and an
    empty ``curation_log``). A malformed file raises :class:`CurationFileError`."""
    decisions = load_decisions(Path(path)) if path is not None and Path(path).is_file() else []
    return apply_curation(tables, decisions)


__all__ = [
    "ACTIONS",
    "CURATION_FILE",
    "CurationFileError",
    "Decision",
    "ENTITIES",
    "LOG_COLUMNS",
    "ReviewCandidate",
    "apply_curation",
    "curate_tables",
    "format_decision",
    "lemma_key",
    "load_decisions",
    "near_duplicates",
    "parse_decisions",
    "review_candidates",
    "split_id",
]
