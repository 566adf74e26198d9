"""Typed records and the one schema of every published table.

Nothing here imports other edukb packages: every stage speaks these types.
"""
from models.records import (
    BLOCK_SEPARATOR,
    Block,
    BlockKind,
    Document,
    DocumentStatus,
    LineAnchor,
    RawDocument,
    RawPiece,
    ReadError,
    Sentence,
    Token,
)
from models.schema import TABLES, Field, TableSchema

__all__ = [
    "BLOCK_SEPARATOR",
    "Block",
    "BlockKind",
    "Document",
    "DocumentStatus",
    "Field",
    "LineAnchor",
    "RawDocument",
    "RawPiece",
    "ReadError",
    "Sentence",
    "Token",
    "TABLES",
    "TableSchema",
]
