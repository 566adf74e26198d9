"""A document's packed result (what the release needs of it) and the link stage working from
results alone: the streamed build must publish what the documents in memory would."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from edukb.corpus import CorpusEntry
from edukb.pipeline import (DOCUMENT_TABLES, Packed, annotate, document_result, extract_document, ingest, link,
                            link_results, run_document, table_part)
from edukb.publish.tables import TableParts, write_table
from edukb.tables import block_rows, sentence_rows, token_rows

KK = ("Кіріспе\n"
      "Ж.Қараевтың деңгейлеп оқыту технологиясы мен М.Жампейісованың модульдік оқыту технологиясы "
      "мектептерде қолданылады.\n"
      "Әдістемелік кабинеттің міндеттері:\n"
      "1) педагогтерге әдістемелік көмек көрсету;\n"
      "2) озық педагогикалық тәжірибені жинақтау және тарату.\n")
RU = ("Введение\n"
      "Технология уровневой дифференциации Ж.Караева и модульная технология М.Жампеисовой применяются в школах.\n"
      "Задачи методического кабинета:\n"
      "1) оказание методической помощи педагогам;\n"
      "2) обобщение и распространение передового педагогического опыта.\n")


def _entry(tmp_path: Path, name: str, text: str) -> CorpusEntry:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return CorpusEntry(doc_id=path.stem, path=path, rel_path=name)


def test_packed_result_holds_the_documents_own_tables(tmp_path: Path):
    doc = annotate(ingest(_entry(tmp_path, "kk.txt", KK)))
    result = document_result(doc)
    assert result.ok and result.counts["tokens"] == sum(len(s.tokens) for s in doc.sentences) > 0
    assert table_part(result.parts["blocks"]).to_pylist() == block_rows([doc])
    assert table_part(result.parts["sentences"]).to_pylist() == sentence_rows([doc])
    assert table_part(result.parts["tokens"]).to_pydict() == token_rows([doc])
    # what the link stage needs of the document for each technology candidate: its place
    cands, _, places = result.extraction.technology_candidates
    assert cands and len(places) == len(cands)
    sent_ids = {s.sent_id for s in doc.sentences}
    for c, place in zip(cands, places):
        assert place.doc_id == "kk" and place.surface == doc.text[c.start:c.end] and place.sent_id in sent_ids
    # a monolingual file may be the translation of another: kept whole, with its profile
    assert result.whole is not None and [p.lang for p in result.profiles] == ["kk"]
    bilingual = document_result(annotate(ingest(_entry(tmp_path, "bi.txt", KK + RU))))
    if bilingual.extraction.alignments:  # its translation is inside: nothing kept for cross-file pairing
        assert bilingual.whole is None and bilingual.profiles == []


def test_failed_document_packs_its_reason_only(tmp_path: Path):
    result = run_document(_entry(tmp_path, "empty.txt", ""))
    assert not result.ok and "empty.txt" in result.error and result.parts == {} and result.whole is None


def test_packed_value_round_trips_smaller():
    value = {"text": "деңгейлеп оқыту технологиясы " * 200}
    packed = Packed(value)
    assert packed.unpack() == value and len(packed.data) < packed.size / 5


def test_link_from_results_equals_link_from_documents(tmp_path: Path):
    """Two files that translate each other: pairing is found from the results alone, and the
    linked tables are those of the documents in memory."""
    docs = [annotate(ingest(_entry(tmp_path, n, t))) for n, t in (("kk.txt", KK), ("ru.txt", RU))]
    extractions = [extract_document(d) for d in docs]
    from_docs = link(docs, extractions)
    from_results = link_results([document_result(d, x) for d, x in zip(docs, extractions)])
    assert from_results == from_docs
    assert any(r["src_doc_id"] == "kk" and r["tgt_doc_id"] == "ru" for r in from_results["alignments"])
    assert from_results["technology_mentions"] and from_results["cabinet_tasks"]


def test_parts_are_written_like_rows(tmp_path: Path):
    docs = [annotate(ingest(_entry(tmp_path, n, t))) for n, t in (("kk.txt", KK), ("ru.txt", RU))]
    parts = [document_result(d).parts for d in docs]
    for name, rows in (("blocks", block_rows(docs)), ("sentences", sentence_rows(docs)), ("tokens", token_rows(docs))):
        a, b = tmp_path / "rows", tmp_path / "parts"
        a.mkdir(exist_ok=True), b.mkdir(exist_ok=True)
        write_table(a, name, rows)
        streamed = TableParts([p[name] for p in parts])
        write_table(b, name, streamed)
        assert pq.read_table(b / f"{name}.parquet").equals(pq.read_table(a / f"{name}.parquet"))
        assert len(streamed) == pq.read_table(a / f"{name}.parquet").num_rows
        if (a / f"{name}.csv").exists():
            assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes()
    assert set(DOCUMENT_TABLES) == {"blocks", "sentences", "tokens"}
