from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_documents():
    """The five default-corpus documents, read and normalized once per test session."""
    from edukb.build import process_document
    from edukb.corpus import scan_corpus

    return {e.doc_id: process_document(e) for e in scan_corpus(SEEDS)}
