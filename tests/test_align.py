"""Kazakh↔Russian alignment: two files written for these tests, a bilingual file made from
them, the cognate/number signals, the lexicon harvest and the table contract."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.align import align_corpus, align_documents, split_halves
from extractors.align.gale_church import gale_church_documents
from extractors.align.lexicon import harvest
from extractors.align.signals import cognate_key, fold, roman_value
from extractors.annotate import segment_document
from models import Block, BlockKind, Document
from models.schema import TABLES

DATA = Path(__file__).parent / "data" / "align"


def _doc(doc_id: str, *names: str) -> Document:
    """A document from the test files: '# ' heading, '- N. ' numbered list item, else paragraph."""
    blocks: list[Block] = []
    pos = 0
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            kind, marker, level, text = BlockKind.PARAGRAPH, None, None, line
            if line.startswith("# "):
                kind, level, text = BlockKind.HEADING, 1, line[2:]
            elif line.startswith("- "):
                kind = BlockKind.LIST_ITEM
                marker, text = line[2:].split(" ", 1)
            blocks.append(Block(f"{doc_id}:b{len(blocks)}", doc_id, kind, text, pos, pos + len(text), None,
                                heading_level=level, list_marker=marker))
            pos += len(text) + 1
    return segment_document(Document(doc_id, f"{doc_id}.txt", "txt", "0" * 64, blocks))


def _texts(doc: Document) -> dict[str, str]:
    out = {b.block_id: b.text for b in doc.blocks}
    out.update({s.sent_id: s.text for s in doc.sentences})
    return out


def _pairs(rows, level, texts):
    return {(texts[r["src_id"]][:25], texts[r["tgt_id"]][:25]) for r in rows if r["level"] == level}


def _has(pairs, kk: str, ru: str) -> bool:
    return any(a.startswith(kk) and b.startswith(ru) for a, b in pairs)


@pytest.fixture(scope="module")
def two_files():
    return _doc("kkm", "kk_method.txt"), _doc("rum", "ru_method.txt")


def test_fold_and_cognates():
    assert fold("Әдістемелік") == "адистемелик"
    assert cognate_key("модульдік") == cognate_key("модульное")
    assert cognate_key("инновациялық") == cognate_key("инновационный")
    assert cognate_key("оқу") is None  # short words carry no cognate evidence
    assert roman_value("ХХ") == 20 and roman_value("III") == 3 and roman_value("МЕН") is None


def test_two_files_align_sections_items_sentences(two_files):
    kk, ru = two_files
    rows = align_documents([kk, ru])
    texts = {**_texts(kk), **_texts(ru)}
    sections = _pairs(rows, "section", texts)
    assert sections == {
        ("Кіріспе", "Введение"),
        ("1 Жобалық оқыту технологи", "1 Технология проектного о"),
        ("2 Цифрлық платформалар", "2 Цифровые платформы"),
        ("1-қосымша", "Приложение 2"),  # the appendices come in the other order
        ("2-қосымша", "Приложение 1"),
    }
    items = _pairs(rows, "item", texts)
    for k, r in [("проблеманы анықтау және м", "определение проблемы и по"),
                 ("ақпарат жинау және талдау", "сбор и анализ информации;"),
                 ("рефлексия және бағалау.", "рефлексия и оценивание."),
                 ("Мұғалімдер Google Classro", "Учителя использовали плат")]:
        assert _has(items, k, r)
    # one Kazakh paragraph of two sentences is two Russian paragraphs: a 1-to-2 item bead
    assert _has(items, "Жобалық оқыту оқушылардың", "Проектное обучение развив")
    assert _has(items, "Жобалық оқыту оқушылардың", "Проект состоит из 4 этап")
    sents = _pairs(rows, "sentence", texts)
    assert _has(sents, "Жоба 4 кезеңнен тұрады.", "Проект состоит из 4 этап")
    assert _has(sents, "Эксперимент нәтижесінде о", "В результате эксперимента")
    wrong = [p for p in sents if p[0].startswith("Жоба 4") and not p[1].startswith("Проект состоит")]
    assert not wrong


def test_bilingual_file_aligns_like_two_files(two_files):
    kk, ru = two_files
    both = _doc("bi", "kk_method.txt", "ru_method.txt")
    halves = split_halves(both)
    assert [h.lang for h in halves] == ["kk", "ru"]
    assert halves[1].blocks[0].text == "Введение"
    texts2 = {**_texts(kk), **_texts(ru)}
    texts1 = _texts(both)
    rows2 = align_documents([kk, ru])
    rows1 = align_documents([both])
    for level in ("section", "item", "sentence"):
        assert _pairs(rows1, level, texts1) == _pairs(rows2, level, texts2)


def test_unrelated_russian_text_is_not_paired(two_files):
    kk, ru = two_files
    other = _doc("oth", "ru_other.txt")
    result = align_corpus([kk, other])
    assert result.pairs == []
    result = align_corpus([kk, ru, other])
    assert [(p.kk.doc_id, p.ru.doc_id) for p in result.pairs] == [("kkm", "rum")]


def test_rows_follow_the_table_contract(two_files):
    rows = align_documents(list(two_files))
    cols = TABLES["alignments"].columns
    assert rows and all(list(r) == cols for r in rows)
    assert all(r["src_lang"] == "kk" and r["tgt_lang"] == "ru" and 0.0 <= r["score"] <= 1.0 for r in rows)
    assert len({(r["src_id"], r["tgt_id"], r["level"]) for r in rows}) == len(rows)
    assert align_documents(list(two_files)) == rows  # stable across runs


def test_lexicon_harvest_links_cooccurring_stems():
    pairs = [(["мұғалі", "сабақт"], ["учител", "урок"]), (["мұғалі", "оқушы"], ["учител", "ученик"]),
             (["оқушы", "сабақт"], ["ученик", "урок"]), (["мұғалі", "кітап"], ["учител", "книга"]),
             (["оқушы", "дәпте"], ["ученик", "тетрад"]), (["дәпте", "кітап"], ["тетрад", "книга"])]
    lex = harvest(pairs, min_count=2)
    assert lex.get("мұғалі") == ("учител",)
    assert lex.get("оқушы") == ("ученик",)
    assert "учител" not in lex.get("сабақт")


def test_gale_church_baseline_runs_on_bilingual_file():
    both = _doc("bi", "kk_method.txt", "ru_method.txt")
    rows = gale_church_documents([both])
    assert rows and {r["level"] for r in rows} <= {"section", "item", "sentence"}
    assert all(list(r) == TABLES["alignments"].columns for r in rows)
