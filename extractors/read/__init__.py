"""Readers: one per format, all returning :class:`models.RawDocument`.

Every failure is a :class:`models.ReadError` whose message names the file and the reason, so a
bad document becomes a ``failed`` row instead of a traceback.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from models import RawDocument, ReadError

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Files larger than this are refused before parsing (200 MiB)."""


def _read_txt(path: Path) -> RawDocument:
    from extractors.read.txt import read_txt

    return read_txt(path)


def _read_pdf(path: Path) -> RawDocument:
    from extractors.read.pdf import read_pdf

    return read_pdf(path)


def _read_docx(path: Path) -> RawDocument:
    from extractors.read.docx import read_docx

    return read_docx(path)


READERS: dict[str, Callable[[Path], RawDocument]] = {
    ".txt": _read_txt,
    ".text": _read_txt,
    ".md": _read_txt,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
}

SUPPORTED_EXTENSIONS = tuple(sorted(READERS))


def read_document(path: Path | str) -> RawDocument:
    """Read one file with the reader its extension names.

    Raises :class:`ReadError` (never anything else) for a file that cannot become a document.
    """
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise ReadError(
            name,
            f"unsupported file type '{suffix or '(none)'}'; supported: {', '.join(SUPPORTED_EXTENSIONS)}",
        )
    if not path.is_file():
        raise ReadError(name, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(name, "empty file")
    if size > MAX_FILE_BYTES:
        raise ReadError(name, f"file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit")
    try:
        return reader(path)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(name, "file too large to read into memory") from None
    except Exception as exc:  # a reader library failed in a way we did not foresee
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ReadError(name, f"cannot read {suffix[1:].upper()}: {reason}") from exc
