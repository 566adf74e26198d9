"""Opening shipped CRF weights (python-crfsuite), shared by the persons and technologies taggers."""
from __future__ import annotations

from pathlib import Path


def open_tagger(path: Path):
    """A crfsuite Tagger on ``path``, or None when the weights are missing (then only rules run)."""
    if not path.exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
