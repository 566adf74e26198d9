"""Kazakh↔Russian alignment: two files written for these tests, a bilingual file made from
them, the cognate/number signals, the lexicon harvest and the table contract."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.align import align_corpus, align_documents, split_halves
from extractors.align.cells import group_blocks
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


def _blocks(doc_id: str, lines: list[str]) -> list[Block]:
    out, pos = [], 0
    for line in lines:
        out.append(Block(f"{doc_id}:b{len(out)}", doc_id, BlockKind.PARAGRAPH, line, pos, pos + len(line), 1))
        pos += len(line) + 1
    return out


def test_table_cell_lines_are_joined_by_grammar():
    # lines of a made-up two-column table, broken at different words in each language
    ru = _blocks("t", ["Информационные образовательные", "технологии", "электронные учебники",
                       "Технологии на основе развития", "критического мышления", "чтение и письмо",
                       "компьютерные", "дистанционные"])
    kk = _blocks("t", ["Ақпараттық білім беру", "технологиялары", "электрондық оқулықтар",
                       "Сыни тұрғыдан ойлауды дамыту", "негізіндегі технологиялар", "оқу және жазу"])
    rg = [[b.text for b in g] for g in group_blocks(ru, "ru")]
    kg = [[b.text for b in g] for g in group_blocks(kk, "kk")]
    assert ["Информационные образовательные", "технологии"] in rg  # an adjective awaits its noun
    assert ["Технологии на основе развития", "критического мышления"] in rg  # a genitive hangs on
    assert ["чтение и письмо"] in rg and ["электронные учебники"] in rg
    assert ["компьютерные"] in rg and ["дистанционные"] in rg or ["компьютерные", "дистанционные"] in rg
    assert ["Ақпараттық білім беру", "технологиялары"] in kg  # izafet head on the next line
    assert ["Сыни тұрғыдан ойлауды дамыту", "негізіндегі технологиялар"] in kg
    assert ["электрондық оқулықтар"] in kg and ["оқу және жазу"] in kg


def test_refine_splits_parallel_items_and_sheds_a_stray_line():
    from extractors.align.items import UnitBead, refine
    from extractors.align.signals import Tok, Unit

    def unit(uid, lang, keys, text):
        toks = [Tok(frozenset({k}), 2.0, k) for k in keys]
        return Unit(uid, text, lang, toks).finish()

    a1, a2 = unit("k1", "kk", ["~инфор", "#1"], "ақпараттық орта;"), unit("k2", "kk", ["~модул", "#2"], "модульдік оқыту;")
    b1, b2 = unit("r1", "ru", ["~инфор", "#1"], "информационная среда;"), unit("r2", "ru", ["~модул", "#2"], "модульное обучение;")
    gid = {"k1": 0, "k2": 1, "r1": -1, "r2": -2}
    out = refine(UnitBead([a1, a2], [b1, b2], 0.9), gid, 1.0)
    assert [([u.id for u in b.kk], [u.id for u in b.ru]) for b in out] == [(["k1"], ["r1"]), (["k2"], ["r2"])]


def test_file_pairs_are_found_from_profiles_without_the_documents(two_files):
    """The link stage decides which files to load from small per-half profiles: the translated
    pair is found, the unrelated Russian text is not, and a file never pairs with itself."""
    from extractors.align import half_profiles, translated_file_pairs

    kk, ru = two_files
    other = _doc("oth", "ru_other.txt")
    profiles = [p for d in (kk, ru, other) for p in half_profiles(d)]
    assert translated_file_pairs(profiles) == [("kkm", "rum")]
    both = _doc("bi", "kk_method.txt", "ru_method.txt")
    assert all(a != b for a, b in translated_file_pairs(half_profiles(both)))
