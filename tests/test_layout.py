"""Hard-wrapped text → blocks: paragraphs, list items, headings, pages. Texts written for the test."""
from models import BlockKind, RawDocument, RawPiece
from extractors.normalize import normalize_document


def _doc(text: str):
    pieces, pos = [], 0
    for line in text.split("\n"):
        pieces.append(RawPiece(text=line, src_start=pos))
        pos += len(line) + 1
    return normalize_document(RawDocument(path="t.txt", format="txt", raw_text=text, pieces=pieces), "t", "0")


KK = """ Кіріспе
Қазіргі мектептерде әдістемелік кабинеттің жұмысын жаңа талаптарға сай 
ұйымдастыру маңызды міндет болып табылады. Ол мұғалімдердің кәсіби 

шеберлігін арттыруға бағытталған.
Әдістемелік кабинеттің негізгі міндеттері:
• педагогтарға әдістемелік көмек көрсету және озық тәжірибені 
жинақтау;
• инновациялық технологияларды енгізу;
- жас мамандармен жұмыс жүргізу.
41
 1 Әдістемелік қызметтің мазмұны мен 
құрылымы
Зерттеуде М.
Жампейісованың және Ж.Қараевтың еңбектері, т.б.
зерттеулер қарастырылды.
2-қосымша
Кесте 1 - Технологиялар
42
"""


def test_kazakh_wrapped_text_becomes_blocks():
    doc = _doc(KK)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == (BlockKind.HEADING, "Кіріспе")
    para = doc.blocks[1]
    assert para.kind == BlockKind.PARAGRAPH
    assert para.text.startswith("Қазіргі мектептерде") and para.text.endswith("шеберлігін арттыруға бағытталған.")
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert [b.text for b in items] == [
        "педагогтарға әдістемелік көмек көрсету және озық тәжірибені жинақтау;",
        "инновациялық технологияларды енгізу;",
        "жас мамандармен жұмыс жүргізу.",
    ]
    assert [b.list_marker for b in items] == ["•", "•", "-"]
    chapter = next(b for b in doc.blocks if b.text.startswith("1 "))
    assert chapter.kind == BlockKind.HEADING and chapter.text == "1 Әдістемелік қызметтің мазмұны мен құрылымы"
    initials = next(b for b in doc.blocks if "Жампейісованың" in b.text)
    assert initials.text == "Зерттеуде М. Жампейісованың және Ж.Қараевтың еңбектері, т.б. зерттеулер қарастырылды."
    assert initials.section == ["1 Әдістемелік қызметтің мазмұны мен құрылымы"]
    appendix = next(b for b in doc.blocks if b.text == "2-қосымша")
    table = next(b for b in doc.blocks if b.text.startswith("Кесте 1"))
    assert appendix.kind == table.kind == BlockKind.HEADING
    assert table.section == ["2-қосымша"]
    # page-number lines are gone, but they give pages
    assert not any(b.text.strip().isdigit() for b in doc.blocks)
    assert next(b for b in items if b.text.startswith("жас")).page == 41
    assert table.page == 42 and initials.page == 42


RU = """Введение
Методический кабинет района выполняет следующие функции: 
1) организует повышение квалификации педагогов и обобщает передовой 
опыт учителей;
2) внедряет инновационные технологии обучения.
Приложение 3
1 Общие положения
1.1 Настоящее положение определяет порядок присвоения статуса 
инновационной площадки.
1.2 Статус присваивается приказом управления образования.
"""


def test_russian_numbered_lists_and_regulation_clauses():
    doc = _doc(RU)
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert [b.list_marker for b in items] == ["1)", "2)", "1.1", "1.2"]
    assert items[0].text == "организует повышение квалификации педагогов и обобщает передовой опыт учителей;"
    heading = next(b for b in doc.blocks if b.text == "1 Общие положения")
    assert heading.kind == BlockKind.HEADING and heading.section == ["Приложение 3"]
    assert items[2].section == ["Приложение 3", "1 Общие положения"]


def test_offsets_slice_the_normalized_text_and_map_to_source():
    doc = _doc(KK)
    text = doc.text
    for b in doc.blocks:
        assert text[b.char_start : b.char_end] == b.text
        assert b.src_start is not None and KK[b.src_start : b.src_start + 5].strip()


def test_whole_pieces_with_line_breaks_are_unwrapped_and_dehyphenated():
    from models import BlockKind as K

    cell = RawPiece(text="Педагогикалық технология-\nлар мен оқыту-\nдың әдістері", src_start=0, whole=True,
                    kind_hint=K.TABLE_CELL, table=0, row=1, col=0)
    raw = RawDocument(path="t.pdf", format="pdf", raw_text=cell.text, pieces=[cell])
    doc = normalize_document(raw, "t", "0")
    assert doc.blocks[0].text == "Педагогикалық технологиялар мен оқытудың әдістері"
    assert doc.blocks[0].kind == K.TABLE_CELL and doc.blocks[0].row == 1


def test_a_two_letter_initial_at_the_end_of_a_line_does_not_end_the_paragraph():
    doc = _doc("На уроках используется метод полной физической реакции Дж.\nАшера и игры с движением.\n")
    assert len([b for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]) == 1


def test_a_stamp_set_line_by_line_is_one_caption():
    doc = _doc("Бұйрықтың орындалуын бақылау бірінші вице-министрдің орынбасарына жүктелсін, ол туралы\n"
               "есеп келесі тоқсанның соңына дейін ұсынылсын.\n\n"
               "Директор                         А.Б. Сапаров\n\nҚазақстан Республикасы\nОқу-ағарту министрінің\n"
               "2024 жылғы 3 наурыздағы\n№ 17 бұйрығына\nқосымша\n\nЕреже мәтіні осы жерде басталады.\n"
               "\nПриложение\nк приказу Министра просвещения\nот 3 марта 2024 года № 17\n\nТекст положения.\n"
               "\nПриложение 2\nк приказу руководителя отдела образования\nЖамбылского района от 5 мая 2024 года № 40\n"
               "Перечень задач кабинета\n")
    texts = [b.text for b in doc.blocks]
    assert "Қазақстан Республикасы Оқу-ағарту министрінің 2024 жылғы 3 наурыздағы № 17 бұйрығына" in texts
    assert "Приложение к приказу Министра просвещения от 3 марта 2024 года № 17" in texts
    # the number closes a caption: the line after it is no part of it
    assert "Приложение 2 к приказу руководителя отдела образования Жамбылского района от 5 мая 2024 года № 40" in texts
