"""Gold readers and the raw-text benchmark protocol, on small files written here."""
from __future__ import annotations

from bench.gold import iob2_entities, make_runs, read_conllu, read_iob2
from bench.linguistic import score_sentences, score_tokens

CONLLU = """# sent_id = a
# text = Біз қуаныштымын.
1-2\tқуаныштымын\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
1\tқуанышты\tқуанышты\tADJ\tadj\t_\t0\troot\t_\t_
2\tмын\tе\tAUX\tcop\t_\t1\tcop\t_\t_
3\t.\t.\tPUNCT\tsent\t_\t1\tpunct\t_\t_

# sent_id = b
# text = Ол келді.
1\tОл\tол\tPRON\tprn\t_\t2\tnsubj\t_\t_
2\tкелді\tкел\tVERB\tv\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\tsent\t_\t2\tpunct\t_\t_
"""


def test_conllu_surface_tokens_and_runs(tmp_path):
    # the first sentence's text lacks "Біз" in its tokens: it is reported as text-only
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    sents = read_conllu(path)
    assert [s.tokens for s in sents] == [["қуаныштымын", "."], ["Ол", "келді", "."]]
    assert [w.lemma for w in sents[0].words] == ["қуанышты", "е", "."]
    runs = make_runs(sents, run_size=20)
    assert runs[0].text == "Біз қуаныштымын. Ол келді."
    assert [runs[0].text[s:e] for s, e in runs[0].sentence_spans] == ["Біз қуаныштымын.", "Ол келді."]
    assert [runs[0].text[s:e] for s, e in runs[0].token_spans] == ["қуаныштымын", ".", "Ол", "келді", "."]
    # scoring: a perfect splitter, and one that misses the boundary
    perfect = lambda t: [(0, 16), (17, 26)]
    merged = lambda t: [(0, 26)]
    assert score_sentences(runs, perfect)[2] == 1.0
    assert score_sentences(runs, merged)[2] == 0.0
    assert score_tokens(runs, lambda t: runs[0].token_spans)[2] == 1.0


def test_iob2(tmp_path):
    path = tmp_path / "ner.txt"
    path.write_text("« O\nАтырау B-LOCATION\n» O\n\nНұрсұлтан B-PERSON\nНазарбаев I-PERSON\nкелді O\n", encoding="utf-8")
    sents = list(read_iob2(path))
    assert [s.tokens for s in sents] == [["«", "Атырау", "»"], ["Нұрсұлтан", "Назарбаев", "келді"]]
    assert iob2_entities(sents[1].tags) == [(0, 2, "PERSON")]
    assert iob2_entities(["I-ORG", "O", "B-PERSON", "B-PERSON"]) == [(0, 1, "ORG"), (2, 3, "PERSON"), (3, 4, "PERSON")]
