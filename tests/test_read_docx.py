"""DOCX reader on documents generated at test time with python-docx: heading styles (built-in,
localized, outline level), bulleted/numbered/two-level lists, a table with merged cells, and
containers that must be refused before python-docx inflates them."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extractors.read import docx as docx_reader
from extractors.read import read_document
from extractors.read.docx import format_counter, read_docx
from models import BlockKind, RawDocument, ReadError
from tests import builders as b


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    return b.build_docx(tmp_path_factory.mktemp("docx") / "sample.docx")


@pytest.fixture(scope="module")
def sample(sample_path) -> RawDocument:
    return read_docx(sample_path)


def piece(doc: RawDocument, text: str):
    matches = [p for p in doc.pieces if p.text == text]
    assert len(matches) == 1, f"{text!r}: {len(matches)} pieces"
    return matches[0]


def test_document_fields_and_offsets(sample, sample_path):
    assert sample.format == "docx" and sample.path == str(sample_path)
    assert sample.title == b.DOCX_TITLE
    assert sample.n_pages is None
    assert sample.raw_text == "\n".join(p.text for p in sample.pieces)
    for p in sample.pieces:
        assert sample.raw_text[p.src_start : p.src_start + len(p.text)] == p.text
        assert p.whole and p.page is None and p.text == p.text.strip() and p.text


def test_body_order_paragraphs_and_tables_interleaved(sample):
    order = [p.text for p in sample.pieces]
    expected_start = [text for _, text in b.DOCX_BODY]
    assert order[: len(expected_start)] == expected_start  # the empty paragraph left no piece
    first_cell = order.index("Әдіс")
    assert first_cell == len(expected_start)
    assert order.index(b.DOCX_AFTER_TABLE) > order.index("Бағалау") > first_cell
    assert order[-1] == b.DOCX_IN_CONTENT_CONTROL  # read through the content control


def test_heading_levels_from_styles_and_outline(sample):
    expect = {
        "Оқытудағы инновациялар": 1,  # Title
        "Кіріспе": 1,
        "Интерактивные методы": 2,
        b.DOCX_LOCAL_HEADING[1]: 1,  # style named "Заголовок 1", no outline level
        b.DOCX_OUTLINE_HEADING: 3,  # plain style, w:outlineLvl 2
    }
    for text, level in expect.items():
        p = piece(sample, text)
        assert (p.kind_hint, p.heading_level) == (BlockKind.HEADING, level), text
    headings = [p.text for p in sample.pieces if p.kind_hint == BlockKind.HEADING]
    assert sorted(headings) == sorted(expect)


def test_plain_paragraphs_carry_no_hint(sample):
    for text in (b.DOCX_BODY[2][1], b.DOCX_BODY[4][1], b.DOCX_AFTER_TABLE):
        p = piece(sample, text)
        assert p.kind_hint is None and p.heading_level is None and p.list_marker is None


def test_bulleted_and_numbered_lists_from_style_numbering(sample):
    bullets = [t for s, t in b.DOCX_BODY if s == "List Bullet"]
    numbered = [t for s, t in b.DOCX_BODY if s == "List Number"]
    for text in bullets:
        assert (piece(sample, text).kind_hint, piece(sample, text).list_marker) == (
            BlockKind.LIST_ITEM,
            "•",
        )
    assert [piece(sample, t).list_marker for t in numbered] == ["1.", "2.", "3."]
    assert all(piece(sample, t).kind_hint == BlockKind.LIST_ITEM for t in numbered)


def test_two_level_list_with_cyrillic_letters_and_restart(sample):
    got = [(piece(sample, text).list_marker) for _, text, _ in b.DOCX_NESTED_LIST]
    assert got == [marker for _, _, marker in b.DOCX_NESTED_LIST]


def test_table_cells_with_merges_emitted_once(sample):
    cells = [p for p in sample.pieces if p.kind_hint == BlockKind.TABLE_CELL]
    got = {(p.row, p.col): p.text for p in cells}
    assert got == {
        (0, 0): "Әдіс", (0, 1): "Метод", (0, 2): "Кезең / Этап",
        (1, 0): "Ми шабуылы", (1, 1): "Мозговой штурм",  # spans columns 1–2
        (2, 0): "Синквейн", (2, 1): "Синквейн", (2, 2): "Рефлексия",  # (2,0) spans rows 2–3
        (3, 1): "Эссе", (3, 2): "Бағалау",
    }
    assert {p.table for p in cells} == {0}


def test_raw_text_kept_raw(sample):
    symbol = [p for p in sample.pieces if p.text.endswith(b.DOCX_SYMBOL_BULLET)]
    assert [p.text for p in symbol] == [b.PUA_BULLET + "\t" + b.DOCX_SYMBOL_BULLET]
    piece(sample, "\n".join(b.DOCX_LINE_BREAK))


def test_text_box_follows_its_paragraph_once(sample):
    order = [p.text for p in sample.pieces]
    host = order.index(b.DOCX_TEXT_BOX[0])  # the host paragraph does not swallow the box text
    assert order[host + 1] == b.DOCX_TEXT_BOX[1]
    assert order.count(b.DOCX_TEXT_BOX[1]) == 1  # the VML fallback copy is skipped


def test_dispatcher_and_unusual_file_name(tmp_path, sample):
    path = b.build_docx(tmp_path / "Жаңа әдістер — Новые методы.docx")
    doc = read_document(path)
    assert doc.path == str(path)
    assert doc.pieces == sample.pieces and doc.raw_text == sample.raw_text


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (1, "russianLower", "а"), (9, "russianLower", "и"), (10, "russianLower", "к"),
        (3, "russianUpper", "В"), (27, "lowerLetter", "aa"), (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"), (7, "decimalZero", "07"), (12, "decimal", "12"),
    ],
)
def test_format_counter(n, fmt, shown):
    assert format_counter(n, fmt) == shown


# ----------------------------------------------------------------------------- bad inputs


def _assert_read_error(path: Path, *words: str) -> None:
    for reader in (read_docx, read_document):
        with pytest.raises(ReadError) as info:
            reader(path)
        assert str(path) in str(info.value)
        assert "\n" not in info.value.reason
        for word in words:
            assert word in info.value.reason, info.value.reason


def test_renamed_plain_zip(tmp_path):
    _assert_read_error(b.plain_zip(tmp_path / "архив.docx"), "ZIP without word/document.xml")


def test_plain_text_renamed_docx(tmp_path):
    path = tmp_path / "мәтін файлы.docx"
    path.write_text("Бұл DOCX емес, жай мәтін. Это обычный текст.\n", encoding="utf-8")
    _assert_read_error(path, "not a DOCX: not a ZIP container")


def test_ole_container_renamed_docx(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    _assert_read_error(path, "OLE compound file")


def test_image_only_docx(tmp_path):
    _assert_read_error(b.build_image_only_docx(tmp_path / "скан бет.docx"), "only 1 image")


def test_corrupt_document_xml(tmp_path, sample_path):
    path = b.rewrite_zip(
        sample_path, tmp_path / "broken.docx", {"word/document.xml": b"<w:document><w:body><w:p>"}
    )
    _assert_read_error(path, "corrupt DOCX")


def test_declared_size_over_limit_refused(tmp_path, sample_path, monkeypatch):
    # a real DOCX with the limit lowered below its declared size stands in for a huge one
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 10_000)
    _assert_read_error(sample_path, "once uncompressed", "10000-byte limit")


def test_compression_ratio_guard_without_inflating(tmp_path, monkeypatch):
    path = b.compressible_docx(tmp_path / "bomb.docx", member_bytes=50 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024  # ~50 KB on disk

    def no_inflate(*args, **kwargs):
        raise AssertionError("the guard must decide from the ZIP directory alone")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflate)
    monkeypatch.setattr(zipfile.ZipFile, "read", no_inflate)
    _assert_read_error(path, "word/document.xml inflates", "zip bomb")


def test_small_real_docx_passes_the_guards(sample_path):
    with zipfile.ZipFile(sample_path) as archive:
        assert sum(i.file_size for i in archive.infolist()) < docx_reader.MAX_UNCOMPRESSED_BYTES
    assert read_docx(sample_path).pieces
