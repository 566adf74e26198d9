"""The ingestion 'done when' conditions, checked on the five seeds of the default corpus."""
import re

from extractors.normalize.chars import has_latin_in_cyrillic_word
from models import BlockKind

DOC_004 = "004_bc1b1cd6b6a3df82"


def test_all_seeds_read(seed_documents):
    assert len(seed_documents) == 5
    assert all(d.status.value == "ok" and d.blocks for d in seed_documents.values())


def test_no_private_use_or_latin_lookalikes_or_page_numbers(seed_documents):
    for doc in seed_documents.values():
        for b in doc.blocks:
            assert not re.search("[\ue000-\uf8ff]", b.text), b.block_id
            assert not has_latin_in_cyrillic_word(b.text), (b.block_id, b.text[:80])
            if re.fullmatch(r"\s*\d{1,4}\s*", b.text):
                # numbers standing alone that are not page numbers are table column numbers
                assert b.kind == BlockKind.TABLE_CELL, b.block_id
            assert "\n" not in b.text


def test_004_bullets_are_list_items(seed_documents):
    doc = seed_documents[DOC_004]
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    # every line of the source that starts with a bullet or a dash item is one list item
    raw = open("corpus/004_bc1b1cd6b6a3df82.txt", encoding="utf-8").read().split("\n")
    bullets = sum(1 for line in raw if line.lstrip().startswith("•"))
    assert sum(1 for b in items if b.list_marker == "•") == bullets
    # no item swallowed the next one
    for b in items:
        assert " • " not in b.text
    assert any(b.text == "өңірдің біртұтас ақпараттық әдістемелік кеңістігін құру;" for b in items)


def test_004_headings_of_both_halves_with_section_paths(seed_documents):
    doc = seed_documents[DOC_004]
    headings = [b for b in doc.blocks if b.kind == BlockKind.HEADING]
    texts = [h.text for h in headings]
    for expected in ["Алғысөз", "Қорытынды", "1-қосымша", "2-қосымша", "3-қосымша", "4-қосымша",
                     "Введение", "Заключение", "Приложение 1", "Приложение 2", "Приложение 3"]:
        assert expected in texts, expected
    chapters_kk = [t for t in texts if re.match(r"[1-4] [А-ЯӘІҢҒҮҰҚӨҺ]", t) and not re.search("[а-я]+ие\\b", t)]
    assert len([t for t in texts if re.match(r"[1-4] ", t)]) >= 8  # 4 chapters in each half
    table_kk = next(h for h in headings if h.text.startswith("1-кесте"))
    assert table_kk.section[0].startswith("2 Білім беру процесінде")
    table_ru = next(h for h in headings if h.text.startswith("Таблица 1"))
    assert table_ru.section[0].startswith("2 Теоретико-методологический")
    clause = next(b for b in doc.blocks if b.list_marker == "4.3")
    assert clause.section == ["Приложение 2", "4 Порядок присвоения статуса региональной инновационной площадки"]
    assert chapters_kk


def test_000_initials_split_is_repaired(seed_documents):
    doc = seed_documents["000_7e3c439b1c1e27cd"]
    assert any("М. Жампейісованың блокты-модульдік технологиясы" in b.text for b in doc.blocks)
    assert not any(re.search(r"(^|\s)[А-ЯӘІҢҒҮҰҚӨҺ]\.$", b.text) for b in doc.blocks)


def test_pages_recovered_from_page_number_lines(seed_documents):
    doc = seed_documents[DOC_004]
    pages = [b.page for b in doc.blocks]
    assert all(p is not None for p in pages)
    assert pages == sorted(pages)
    rule = next(b for b in doc.blocks if b.list_marker == "4.6.")
    assert rule.page == 30  # the page whose number follows it
