"""Generators of test documents (PDF, DOCX, broken files), built at test time into tmp_path.

The texts are written for these tests (Kazakh and Russian sentences about teaching methods),
so the readers are checked against content that no seed document contains.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Optional

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/local/share/fonts/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)

PUA_BULLET = "\uf0b7"
"""The bullet that Word's Symbol font leaves in PDFs and DOCX numbering."""

PDF_TITLE = "Білім берудегі инновациялық технологиялар"
PDF_HEADER = "Инновациялық технологиялар — Инновационные технологии"
PDF_FOOTER = "Бет {n} / {total}"

KK_LINES = [
    "Білім берудегі инновациялық үдерістер қазіргі қоғамның басты талабы болып табылады.",
    "Мұғалім сабақта жаңа педаго-",
    "гикалық технологияларды шығармашылықпен қолдануы тиіс.",
]
RU_LINES = [
    "Инновационные технологии меняют организацию учебного процесса в школе.",
    "Учитель применяет интерактивные методы и оценивает образователь-",
    "ные результаты учащихся.",
]
KK_BULLETS = ["• Кейс-стади әдісі", PUA_BULLET + " Жобалық оқыту"]
TABLE_ROWS = [
    ("Технология", "Сипаттамасы"),
    ("Кейс-стади", "Нақты жағдайларды талдау"),
    ("Проектное обучение", "Работа над проектом в группах"),
]
AFTER_TABLE = "Кестеден кейінгі мәтін жалғасады."
SENTENCE_POOL = [
    "Оқушылардың сыни ойлауын дамыту үшін сұрақ қою тәсілі қолданылады.",
    "Проблемное обучение ставит ученика перед познавательной задачей.",
    "Топтық жұмыс оқушылардың бір-біріне көмектесуін қалыптастырады.",
    "Цифровые платформы позволяют учителю отслеживать прогресс класса.",
    "Критериалды бағалау оқу нәтижелерін айқын етеді.",
    "Метод проектов объединяет знания из разных предметов.",
    "Ойын технологиясы бастауыш сыныптарда жиі пайдаланылады.",
    "Рефлексия в конце урока помогает осмыслить пройденный материал.",
    "Жаңартылған бағдарлама функционалдық сауаттылыққа бағытталған.",
    "Смешанное обучение сочетает очные занятия и онлайн-курсы.",
    "Ата-аналармен байланыс электрондық күнделік арқылы жүргізіледі.",
    "Портфолио ученика отражает его достижения за учебный год.",
    "Дарынды балалармен жеке жоспар бойынша жұмыс істеледі.",
]


def find_cyrillic_font() -> Optional[Path]:
    """A TTF with Cyrillic and Kazakh letters, or None when none of the usual places has one."""
    extra = os.environ.get("EDUKB_TEST_FONT")
    for candidate in ((extra,) if extra else ()) + FONT_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def make_pua_font(src: Path, dst: Path) -> Path:
    """Copy a font, mapping U+F0B7 to its bullet glyph, the way Symbol-font bullets look."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(src))
    bullet = font.getBestCmap()[0x2022]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0xF0B7] = bullet
    font.save(str(dst))
    return dst


def _pdf_class(header: Optional[str], footer: Optional[str]):
    from fpdf import FPDF

    class _Doc(FPDF):
        def header(self):
            if header:
                self.set_font("body", size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font("body", size=9)
                self.cell(0, 8, footer.format(n=self.page_no(), total="{nb}"), align="C")

    return _Doc


def build_pdf(
    path: Path,
    font: Path,
    *,
    pages: int = 2,
    header: Optional[str] = PDF_HEADER,
    footer: Optional[str] = PDF_FOOTER,
    table: bool = True,
    title: Optional[str] = PDF_TITLE,
    user_password: Optional[str] = None,
) -> Path:
    """A Kazakh/Russian PDF: text with a hyphenated line end, bullets, a ruled table, furniture.

    Page 1: Kazakh lines, the two bullets, the table, a line after it. Page 2: Russian lines.
    Further pages repeat both blocks (numbered), so the running header/footer repeats too.
    Every line is placed with ``cell`` so the line breaks (and the hyphen) are exactly ours.
    ``font`` must map U+F0B7 (see :func:`make_pua_font`) for the PUA bullet to be drawn.
    """
    doc = _pdf_class(header, footer)()
    doc.add_font("body", "", str(font))
    bold = font.with_name("DejaVuSans-Bold.ttf")
    doc.add_font("body", "B", str(bold if bold.is_file() else font))
    if title:
        doc.set_title(title)
    doc.set_auto_page_break(True, margin=20)

    def lines(texts):
        for text in texts:
            doc.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")

    for number in range(1, pages + 1):
        doc.add_page()
        doc.set_font("body", size=11)
        if number == 1:
            lines(KK_LINES + KK_BULLETS)
            if table:
                with doc.table(col_widths=(40, 80)) as tbl:
                    for row_values in TABLE_ROWS:
                        row = tbl.row()
                        for value in row_values:
                            row.cell(value)
                lines([AFTER_TABLE])
        elif number == 2:
            lines(RU_LINES)
        else:  # varied content, so only the header and footer repeat from page to page
            count = 3 + number % 4
            lines(SENTENCE_POOL[(number * 5 + i) % len(SENTENCE_POOL)] for i in range(count))
    if user_password:
        doc.set_encryption(owner_password=user_password + "-owner", user_password=user_password)
    doc.output(str(path))
    return path


def build_long_pdf(path: Path, font: Path, pages: int = 20, lines_per_page: int = 30) -> Path:
    """A text-heavy PDF for timing: full pages of Kazakh and Russian lines from a pool."""
    doc = _pdf_class(PDF_HEADER, PDF_FOOTER)()
    doc.add_font("body", "", str(font))
    doc.set_auto_page_break(False)
    for number in range(1, pages + 1):
        doc.add_page()
        doc.set_font("body", size=10)
        for i in range(lines_per_page):
            text = SENTENCE_POOL[(number * 7 + i) % len(SENTENCE_POOL)]
            doc.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    doc.output(str(path))
    return path


def build_simple_pdf(
    path: Path,
    font: Path,
    pages: list[list[str]],
    *,
    header: Optional[str] = None,
    footer: Optional[str] = None,
    first_number: int = 1,
) -> Path:
    """One page per list of lines, each line placed as-is; header/footer may use {n}, the
    printed page number (``first_number`` on the first page)."""
    doc = _pdf_class(None, None)()
    doc.add_font("body", "", str(font))
    doc.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        doc.add_page()
        doc.set_font("body", size=11)
        if header:
            shown = number + first_number - 1
            doc.cell(0, 8, header.format(n=shown), new_x="LMARGIN", new_y="NEXT")
        for text in lines:
            doc.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        if footer:
            doc.set_y(-15)
            doc.cell(0, 8, footer.format(n=number + first_number - 1), align="C")
    doc.output(str(path))
    return path


def build_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """What a scanner produces: pages that are pictures, without a text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 60), fill=0)  # a "line of print"
    doc = FPDF()
    for _ in range(pages):
        doc.add_page()
        doc.image(picture, x=10, y=10, w=150)
    doc.output(str(path))
    return path


def truncated_copy(src: Path, dst: Path, keep: float = 0.6) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * keep)])
    return dst


def random_bytes(path: Path, size: int = 4096, seed: int = 7) -> Path:
    import random

    path.write_bytes(random.Random(seed).randbytes(size))
    return path


# --------------------------------------------------------------------------- DOCX

DOCX_TITLE = "Инновациялық әдістер жинағы"
DOCX_BODY = [
    ("Title", "Оқытудағы инновациялар"),
    ("Heading 1", "Кіріспе"),
    (None, "Бұл құралда мұғалімдерге арналған заманауи әдістер сипатталады."),
    ("Heading 2", "Интерактивные методы"),
    (None, "Интерактивные методы повышают вовлечённость учащихся на уроке."),
    ("List Bullet", "Кейс-стади әдісі"),
    ("List Bullet", "Дебаты и дискуссии"),
    ("List Number", "Сабақтың мақсатын анықтау"),
    ("List Number", "Определить критерии оценивания"),
    ("List Number", "Рефлексия өткізу"),
]
DOCX_TABLE = [
    ("Әдіс", "Метод", "Кезең / Этап"),
    ("Ми шабуылы", "Мозговой штурм", None),  # None: merged with the cell on its left
    ("Синквейн", "Синквейн", "Рефлексия"),
    ("^", "Эссе", "Бағалау"),  # "^": merged with the cell above
]
DOCX_AFTER_TABLE = "Кестеден кейін қорытынды келеді. После таблицы идёт вывод."
DOCX_LOCAL_HEADING = ("Заголовок 1", "Қорытынды")
DOCX_OUTLINE_HEADING = "Бағалау критерийлері"  # plain style, outline level 3 set directly
DOCX_NESTED_LIST = [  # (ilvl, text, marker Word draws): decimal "%1." over russianLower "%2)"
    (0, "Дайындық кезеңі", "1."),
    (1, "Определить тему урока", "а)"),
    (1, "Подобрать материалы", "б)"),
    (0, "Өткізу кезеңі", "2."),
    (1, "Провести рефлексию", "а)"),
]
DOCX_SYMBOL_BULLET = "Интерактивті тақтамен жұмыс"  # preceded by a Symbol-font w:sym F0B7
DOCX_LINE_BREAK = ("Бірінші жол", "Вторая строка")
DOCX_IN_CONTENT_CONTROL = "Мазмұн басқару элементіндегі мәтін."
DOCX_TEXT_BOX = ("Сызбаға түсініктеме:", "Мәтін өрісіндегі ескертпе: жұмыс топпен жүргізіледі.")

_TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>
<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>
</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox>
<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>
</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def build_docx(path: Path) -> Path:
    """Headings (built-in, localized, outline level), bulleted, numbered and two-level lists
    (the last with numbering written into numbering.xml by hand), a table with horizontally
    and vertically merged cells, a Symbol-font bullet, a manual line break, a text box (with
    its VML fallback copy, as Word writes it), a content control.
    """
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.core_properties.title = DOCX_TITLE
    for style, text in DOCX_BODY:
        if style == "Title":
            document.add_heading(text, level=0)
        elif style and style.startswith("Heading "):
            document.add_heading(text, level=int(style.split()[-1]))
        else:
            document.add_paragraph(text, style=style)
    document.add_paragraph("")  # an empty paragraph must not become a piece
    table = document.add_table(rows=len(DOCX_TABLE), cols=len(DOCX_TABLE[0]))
    for r, values in enumerate(DOCX_TABLE):
        for c, value in enumerate(values):
            if value not in (None, "^"):
                table.cell(r, c).text = value
    for r, values in enumerate(DOCX_TABLE):
        for c, value in enumerate(values):
            if value is None:
                table.cell(r, c - 1).merge(table.cell(r, c))
            elif value == "^":
                table.cell(r - 1, c).merge(table.cell(r, c))
    document.add_paragraph(DOCX_AFTER_TABLE)

    local = document.styles.add_style(DOCX_LOCAL_HEADING[0], WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(DOCX_LOCAL_HEADING[1], style=local)
    outlined = document.add_paragraph(DOCX_OUTLINE_HEADING)
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {w} w:val="2"/>'))

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/>'
        '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for ilvl, text, _marker in DOCX_NESTED_LIST:
        item = document.add_paragraph(text)
        item._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'
            )
        )

    symbol = document.add_paragraph()
    symbol._p.append(
        parse_xml(f'<w:r {w}><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/></w:r>')
    )
    symbol.add_run(DOCX_SYMBOL_BULLET)
    broken = document.add_paragraph(DOCX_LINE_BREAK[0])
    broken.runs[0].add_break()
    broken.add_run(DOCX_LINE_BREAK[1])
    boxed = document.add_paragraph(DOCX_TEXT_BOX[0])
    boxed._p.append(parse_xml(_TEXT_BOX_RUN.format(text=DOCX_TEXT_BOX[1])))
    controlled = document.add_paragraph(DOCX_IN_CONTENT_CONTROL)
    sdt = parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent/></w:sdt>")
    controlled._p.addprevious(sdt)
    sdt[1].append(controlled._p)
    document.save(str(path))
    return path


def build_image_only_docx(path: Path) -> Path:
    """A DOCX whose body is a pasted scan: one picture, no text."""
    import docx
    from PIL import Image

    picture = tmp = path.with_suffix(".png")
    Image.new("L", (120, 60), 200).save(picture)
    document = docx.Document()
    document.add_picture(str(picture))
    document.save(str(path))
    tmp.unlink()
    return path


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> Path:
    """Copy a ZIP (a DOCX), replacing or dropping members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = replace.get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
    return dst


def plain_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("notes/readme.txt", "Бұл жай ғана архив. Это просто архив.")
    return path


def compressible_docx(path: Path, member_bytes: int) -> Path:
    """A DOCX-shaped ZIP whose word/document.xml is ``member_bytes`` of one repeated byte.

    Streamed in 1 MiB chunks, so building a 50 MB member costs little memory and the ZIP on
    disk stays around member_bytes / 1000.
    """
    chunk = b"A" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            left = member_bytes
            while left > 0:
                member.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path
