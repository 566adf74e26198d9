"""List extractors (cabinet_tasks, platform_criteria) on texts written for these tests and on 004."""
from __future__ import annotations

from pathlib import Path

import pytest

from edukb.build import process_document
from edukb.corpus import scan_corpus
from extractors.extract.lists import extract_cabinet_tasks, extract_platform_criteria
from models.schema import TABLES

DATA = Path(__file__).parent / "data" / "lists"
ROOT = Path(__file__).resolve().parents[1]


def _docs(folder: Path):
    return {e.doc_id: process_document(e) for e in scan_corpus(folder)}


@pytest.fixture(scope="module")
def own_docs():
    return _docs(DATA)


def _write_docs(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return _docs(tmp_path)


def _by_list(rows):
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["list_title"], []).append(r)
    return out


def test_rows_have_exactly_the_schema_columns(own_docs):
    docs = list(own_docs.values())
    for table, fn in (("cabinet_tasks", extract_cabinet_tasks), ("platform_criteria", extract_platform_criteria)):
        rows = fn(docs)
        assert rows
        for r in rows:
            assert list(r) == TABLES[table].columns
            assert r["text"] and r["doc_id"] and r["item_id"].startswith(r["block_id"])
            assert 0 < r["confidence"] <= 1


def test_kazakh_task_and_principle_lists(own_docs):
    rows = extract_cabinet_tasks([own_docs["kk_cabinet_tasks"]])
    lists = _by_list(rows)
    tasks = lists["Аудандық әдістемелік кабинет келесі міндеттерді шешеді:"]
    assert [r["kind"] for r in tasks] == ["task"] * 4
    assert [r["position"] for r in tasks] == [1, 2, 3, 4]
    assert tasks[1]["text"] == "мектептер арасында озық тәжірибе алмасуды ұйымдастыру;"
    principles = lists["Әдістемелік кабинеттің жұмыс ұстанымдары:"]
    assert [r["kind"] for r in principles] == ["principle"] * 3
    # 'Кеңес түрлері' (kinds of consultation) is a list, but not of tasks/functions/…
    assert not any("кеңес" in r["list_title"].lower() for r in rows)


def test_russian_function_and_result_lists(own_docs):
    rows = extract_cabinet_tasks([own_docs["ru_cabinet_tasks"]])
    kinds = {r["list_title"]: r["kind"] for r in rows}
    assert kinds == {
        "Функции методического кабинета:": "function",
        "Ожидаемые результаты работы методического кабинета:": "expected_result",
    }
    assert len(rows) == 6


@pytest.mark.parametrize("doc_id,deadline", [("kk_regulation", "жыл сайын"), ("ru_regulation", "ежегодно")])
def test_regulation_sections_and_reporting_clause(own_docs, doc_id, deadline):
    rows = extract_platform_criteria([own_docs[doc_id]])
    sections = [r["section"] for r in rows]
    assert sections == ["application_contents"] * 3 + ["expertise_criteria"] * 3 + ["early_termination"] * 2 + ["reporting"]
    report = rows[-1]
    assert report["deadline"] == deadline and report["position"] == 1
    # the clause that states when the application is due is not an item of any list
    assert not any("15" in r["text"] for r in rows)


def test_titles_decide_kind_by_head_noun(tmp_path):
    """'міндетті шарт' is a mandatory *condition*, not a task; a numeral names the list's noun."""
    docs = _write_docs(
        tmp_path,
        {
            "kk_heads": "Тәжірибені тарату үшін әдістемелік кабинетте екі міндетті шарт болуы тиіс:\n"
            "• материалдың көрнекі болуы;\n• мұғалімдердің қызығушылығы.\n\n"
            "Әдістемелік кабинеттің жұмысы екі бағытта жүргізіледі:\n"
            "1. Тәжірибені зерделеу.\n2. Тәжірибені тарату.\n",
            "ru_heads": "Перед методическим кабинетом района стоят задачи:\n"
            "- поддержка молодых учителей;\n- обобщение опыта.\n\n"
            "Методический кабинет использует следующие формы работы:\n- семинары;\n- консультации.\n",
        },
    )
    rows = extract_cabinet_tasks(list(docs.values()))
    got = {(r["lang"], r["kind"]) for r in rows}
    assert got == {("kk", "direction"), ("ru", "task")}
    assert len(rows) == 4


def test_item_continued_in_lower_case_block_is_one_item(tmp_path):
    docs = _write_docs(
        tmp_path,
        {
            "kk_cont": "Әдістемелік кабинеттің міндеттері:\n"
            "• мектеп басшыларына және педагогтарға жаңа оқу бағдарламасы бойынша\n\n"
            "кеңес беру;\n"
            "• семинарлар өткізу.\n",
        },
    )
    rows = extract_cabinet_tasks(list(docs.values()))
    assert [r["position"] for r in rows] == [1, 2]
    assert rows[0]["text"].endswith("кеңес беру;")


def test_choice_between_alternatives_is_two_items(tmp_path):
    docs = _write_docs(
        tmp_path,
        {
            "kk_choice": "Инновациялық алаң туралы ереже\n\n"
            "4.1. Жоба мерзімі аяқталғаннан кейін кеңес келесі шешімдердің біреуін қабылдайды:\n\n"
            "алаңның мәртебесін тоқтату немесе алаңның мәртебесін ұзарту.\n",
            "ru_choice": "Положение об инновационной площадке\n\n"
            "4.1 По истечении срока проекта принимается одно из следующих решений: "
            "о прекращении статуса площадки; о продлении статуса площадки.\n",
        },
    )
    rows = extract_platform_criteria(list(docs.values()))
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    assert [r["text"] for r in by_doc["kk_choice"]] == ["алаңның мәртебесін тоқтату", "алаңның мәртебесін ұзарту."]
    assert [r["text"] for r in by_doc["ru_choice"]] == ["о прекращении статуса площадки", "о продлении статуса площадки"]
    assert all(r["section"] == "decision_after_term" for r in rows)
    ids = [r["item_id"] for r in rows]
    assert len(set(ids)) == len(ids)


def test_parallel_ids_from_alignments_and_by_list_position(own_docs, tmp_path):
    kk, ru = own_docs["kk_regulation"], own_docs["ru_regulation"]
    alignments = [
        {"src_id": f"{kk.doc_id}:b{n}", "tgt_id": f"{ru.doc_id}:b{n}", "level": "item"} for n in (7, 8, 9)
    ]
    rows = extract_platform_criteria([kk, ru], alignments)
    apps = [r for r in rows if r["section"] == "application_contents"]
    assert all(r["parallel_item_id"] for r in apps)
    assert all("parallel=alignment" in r["extractor"] for r in apps)
    kk_first = next(r for r in apps if r["lang"] == "kk" and r["position"] == 1)
    assert kk_first["parallel_item_id"] == f"{ru.doc_id}:b7"
    # one bilingual document, no alignments: lists of the same kind and size pair by position
    docs = _write_docs(
        tmp_path,
        {
            "bilingual": "Әдістемелік кабинеттің міндеттері:\n• семинар өткізу;\n• тәжірибе тарату.\n\n"
            "Задачи методического кабинета:\n• проведение семинаров;\n• распространение опыта.\n",
        },
    )
    rows = extract_cabinet_tasks(list(docs.values()))
    by_id = {r["item_id"]: r for r in rows}
    assert len(rows) == 4
    for r in rows:
        partner = by_id[r["parallel_item_id"]]
        assert partner["lang"] != r["lang"] and partner["position"] == r["position"]
        assert "parallel=list_position" in r["extractor"]


def test_ids_are_stable_across_runs(own_docs):
    docs = list(own_docs.values())
    a = [r["item_id"] for r in extract_platform_criteria(docs)]
    b = [r["item_id"] for r in extract_platform_criteria(list(_docs(DATA).values()))]
    assert a == b and len(set(a)) == len(a)


def test_seed_004_against_hand_gold(seed_documents):
    from bench.lists import evaluate, read_tsv

    docs = list(seed_documents.values())
    rows = {"cabinet_tasks": extract_cabinet_tasks(docs), "platform_criteria": extract_platform_criteria(docs)}
    stats = evaluate(rows, read_tsv(ROOT / "bench/data/lists_gold.tsv"), read_tsv(ROOT / "bench/data/lists_gold_pairs.tsv"))
    for key, s in stats.items():
        if key[1] == "pairs":
            assert s["pairs_ok"] / s["pairs"] >= 0.9, key
            continue
        assert s["found"] / s["gold"] >= 0.98, key
        assert s["split"] == 0 and s["merged"] == 0, key
        assert s["label_ok"] == s["found"] and s["position_ok"] == s["found"], key
