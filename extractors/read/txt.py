"""Plain-text reader: detect the encoding with charset-normalizer, split into physical lines.

Text files in this corpus are often what somebody copied out of a PDF, so line structure (hard
wraps, page-number lines, bullets) is kept as it is; normalization interprets it.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from models import RawDocument, RawPiece, ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 controls mean a binary file (UTF-16/32 are caught by their BOM first)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: the high byte of each code unit is nearly constant
    (0x00 for Latin/punctuation, 0x04 for Cyrillic), so one byte parity has almost no variety."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    for high, enc in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        top = sum(sorted((high.count(b) for b in set(high)), reverse=True)[:2])
        if top / len(high) > 0.9 and (0 in high or 4 in high):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or all(c.isprintable() or c in "\n\r\t\f" for c in text[:2048]):
                return text, enc
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding). Raises ReadError for binary or undecodable content."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ReadError(name, f"bad {enc} text after byte-order mark: {exc.reason}") from None
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return bom_less
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise ReadError(name, "binary content, not a text document")
    # legacy 8-bit encodings: let charset-normalizer rank the Cyrillic code pages
    best = from_bytes(data, cp_isolation=list(_CYRILLIC_CODECS)).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise ReadError(name, "cannot detect the text encoding")
    return str(best), best.encoding


def read_txt(path: Path) -> RawDocument:
    data = path.read_bytes()
    text, encoding = decode_text(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(str(path), "no text (only whitespace)")
    pieces: list[RawPiece] = []
    pos = 0
    for line in text.split("\n"):
        pieces.append(RawPiece(text=line, src_start=pos))
        pos += len(line) + 1
    return RawDocument(path=str(path), format="txt", raw_text=text, pieces=pieces, encoding=encoding)
