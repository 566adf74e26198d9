"""PDF reader on PDFs generated at test time (fpdf2 + a Cyrillic TTF): Kazakh and Russian text,
ruled tables, bullets (• and the Symbol-font U+F0B7), running header/footer, hyphenated line
ends, and the broken inputs that must become a ReadError naming the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.read import read_document
from extractors.read.pdf import PAGE_SEPARATOR, read_pdf
from models import BlockKind, RawDocument, ReadError
from tests import builders as b


@pytest.fixture(scope="module")
def font() -> Path:
    found = b.find_cyrillic_font()
    if found is None:
        pytest.skip(
            "no Cyrillic TTF font (DejaVuSans.ttf) in "
            + ", ".join(b.FONT_CANDIDATES)
            + "; install fonts-dejavu-core or set EDUKB_TEST_FONT"
        )
    return found


@pytest.fixture(scope="module")
def pua_font(font, tmp_path_factory) -> Path:
    return b.make_pua_font(font, tmp_path_factory.mktemp("font") / "DejaVuSans-PUA.ttf")


@pytest.fixture(scope="module")
def sample(pua_font, tmp_path_factory) -> tuple[Path, RawDocument]:
    path = b.build_pdf(tmp_path_factory.mktemp("pdf") / "sample.pdf", pua_font, pages=3)
    return path, read_pdf(path)


def texts(doc: RawDocument, kind=None) -> list[str]:
    return [p.text for p in doc.pieces if p.kind_hint == kind]


def assert_offsets(doc: RawDocument) -> None:
    for piece in doc.pieces:
        assert doc.raw_text[piece.src_start : piece.src_start + len(piece.text)] == piece.text


def test_lines_in_reading_order_with_pages(sample):
    _, doc = sample
    assert doc.format == "pdf" and doc.n_pages == 3
    assert doc.title == b.PDF_TITLE
    lines = texts(doc)
    assert lines[:5] == b.KK_LINES + b.KK_BULLETS
    page2 = [p.text for p in doc.pieces if p.page == 2]
    assert page2 == b.RU_LINES
    assert {p.page for p in doc.pieces} == {1, 2, 3}
    assert all(p.kind_hint is None and not p.whole for p in doc.pieces if p.table is None)
    assert_offsets(doc)


def test_raw_text_layout_pages_separated_by_form_feed(sample):
    _, doc = sample
    assert doc.raw_text.count("\f") == doc.n_pages - 1
    pages = doc.raw_text.split(PAGE_SEPARATOR)
    assert pages[1].split("\n") == b.RU_LINES
    # pieces of one page are contiguous lines of that page's chunk
    offset = len(pages[0]) + len(PAGE_SEPARATOR)
    first_on_2 = next(p for p in doc.pieces if p.page == 2)
    assert first_on_2.src_start == offset


def test_running_header_and_footer_removed(sample):
    _, doc = sample
    assert b.PDF_HEADER not in doc.raw_text
    assert "Бет " not in doc.raw_text
    assert not any(p.text.strip().isdigit() for p in doc.pieces)


def test_hyphen_at_line_end_is_kept(sample):
    _, doc = sample
    lines = texts(doc)
    i = lines.index("Мұғалім сабақта жаңа педаго-")
    assert lines[i + 1].startswith("гикалық")
    assert "Учитель применяет интерактивные методы и оценивает образователь-" in lines


def test_bullet_glyphs_stay_at_line_start(sample):
    _, doc = sample
    lines = texts(doc)
    assert "• Кейс-стади әдісі" in lines
    assert "\uf0b7 Жобалық оқыту" in lines  # private-use Symbol bullet, not mapped here


def test_table_cells_become_pieces_not_lines(sample):
    _, doc = sample
    cells = [p for p in doc.pieces if p.kind_hint == BlockKind.TABLE_CELL]
    got = {(p.row, p.col): p.text for p in cells}
    want = {(r, c): v for r, row in enumerate(b.TABLE_ROWS) for c, v in enumerate(row)}
    assert got == want
    assert all(p.table == 0 and p.whole and p.page == 1 for p in cells)
    flat_lines = set(texts(doc))
    assert flat_lines.isdisjoint(v for row in b.TABLE_ROWS for v in row)
    assert not any("Сипаттамасы" in line or "талдау" in line for line in flat_lines)
    # the table sits between the bullets and the line printed after it
    order = [p.text for p in doc.pieces]
    assert order.index(b.KK_BULLETS[1]) < order.index("Технология") < order.index(b.AFTER_TABLE)


def test_table_numbering_counts_across_pages(pua_font, tmp_path):
    path = b.build_pdf(tmp_path / "one.pdf", pua_font, pages=2)
    doc = read_pdf(path)
    assert {p.table for p in doc.pieces if p.kind_hint == BlockKind.TABLE_CELL} == {0}


def test_bare_page_number_dropped_but_year_kept(font, tmp_path):
    # a year alone near the top of a cover page is content; "- 1 -" in the footer is not
    path = b.build_simple_pdf(
        tmp_path / "numbers.pdf",
        font,
        [["Оқу жылы:", "2025", "Жоспар бекітілді."]],
        footer="- {n} -",
    )
    doc = read_pdf(path)
    assert [p.text for p in doc.pieces] == ["Оқу жылы:", "2025", "Жоспар бекітілді."]


def test_page_numbers_of_an_extract_from_a_collection(font, tmp_path):
    # pages printed as 145, 146: not the physical numbers, but in step with them
    pages = [["Мақала басталады."], ["Статья продолжается."]]
    path = b.build_simple_pdf(
        tmp_path / "extract.pdf", font, pages, footer="{n}", first_number=145
    )
    doc = read_pdf(path)
    assert [p.text for p in doc.pieces] == ["Мақала басталады.", "Статья продолжается."]


def test_repeated_body_lines_at_other_heights_are_kept(font, tmp_path):
    # the same sentence opens both pages, but at different heights: content, not a header
    pages = [
        ["Тақырып: Жобалық оқыту", "Мақсаты: дағдыны дамыту."],
        ["Цель урока: развитие навыков.", "Тақырып: Жобалық оқыту"],
    ]
    doc = read_pdf(b.build_simple_pdf(tmp_path / "rep.pdf", font, pages, header="Әдістеме {n}"))
    assert [p.text for p in doc.pieces] == pages[0] + pages[1]


def test_twenty_pages_all_furniture_removed(font, tmp_path):
    path = b.build_long_pdf(tmp_path / "long.pdf", font, pages=20, lines_per_page=30)
    doc = read_document(path)
    assert doc.n_pages == 20 and len(doc.pieces) == 20 * 30
    assert [sum(p.page == n for p in doc.pieces) for n in range(1, 21)] == [30] * 20
    assert b.PDF_HEADER not in doc.raw_text and "Бет" not in doc.raw_text
    assert_offsets(doc)


def test_dispatcher_and_unusual_file_name(pua_font, tmp_path):
    path = b.build_pdf(tmp_path / "Әдістемелік құрал — 2025 ж.pdf", pua_font, pages=2)
    via_dispatch = read_document(path)
    direct = read_pdf(path)
    assert via_dispatch.pieces == direct.pieces and via_dispatch.raw_text == direct.raw_text
    assert via_dispatch.path == str(path)
    assert "Инновационные технологии меняют организацию учебного процесса в школе." in (
        via_dispatch.raw_text
    )


def _assert_read_error(path: Path, *words: str) -> None:
    for reader in (read_pdf, read_document):
        with pytest.raises(ReadError) as info:
            reader(path)
        message = str(info.value)
        assert str(path) in message
        assert "\n" not in info.value.reason
        for word in words:
            assert word in info.value.reason.lower()


def test_truncated_pdf(pua_font, tmp_path):
    whole = b.build_pdf(tmp_path / "whole.pdf", pua_font)
    _assert_read_error(b.truncated_copy(whole, tmp_path / "cut short.pdf", 0.6), "truncated")


def test_corrupt_pdf_body(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nstream garbage\n%%EOF\n")
    _assert_read_error(path, "corrupt")


def test_encrypted_pdf(pua_font, tmp_path):
    path = b.build_pdf(tmp_path / "құпия.pdf", pua_font, user_password="sabaq2025")
    _assert_read_error(path, "encrypted", "password")


def test_owner_password_only_pdf_reads(font, tmp_path):
    from fpdf import FPDF

    doc = FPDF()
    doc.add_font("body", "", str(font))
    doc.add_page()
    doc.set_font("body", size=11)
    doc.cell(0, 8, "Ашық мәтін, тек өңдеуге тыйым салынған.")
    doc.set_encryption(owner_password="owner-2025")
    path = tmp_path / "owner.pdf"
    doc.output(str(path))
    assert [p.text for p in read_pdf(path).pieces] == ["Ашық мәтін, тек өңдеуге тыйым салынған."]


def test_random_bytes_named_pdf(tmp_path):
    _assert_read_error(b.random_bytes(tmp_path / "not a pdf.pdf"), "not a pdf")


def test_scanned_pdf_without_text(tmp_path):
    _assert_read_error(b.build_image_only_pdf(tmp_path / "скан.pdf"), "no extractable text", "scan")


def test_header_with_changing_text_and_page_number_dropped(font, tmp_path):
    # book-style headers: the chapter title changes, the printed page number runs with the page
    titles = ["Кіріспе", "Интерактивные методы", "Бағалау", "Қорытынды"]
    body = b.SENTENCE_POOL[:4]
    pages = [[f"{title} {n + 4}", body[n - 1]] for n, title in enumerate(titles, start=1)]
    pages[3].insert(1, "Оқу жылы 2025")  # a number in the zone that does not follow the pages
    doc = read_pdf(b.build_simple_pdf(tmp_path / "book.pdf", font, pages))
    assert [p.text for p in doc.pieces] == body[:3] + ["Оқу жылы 2025", body[3]]
