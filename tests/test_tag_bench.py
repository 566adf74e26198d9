"""bench.tagging rows: the shape other benchmarks rely on, and ours above the baselines."""
from __future__ import annotations

import pytest

from bench.tagging import _gold_spans, format_table, run_tagging, shared_dir
from extractors.tag.conllu import parse_conllu

KTB = shared_dir() / "gold" / "ud_kazakh_ktb"


@pytest.mark.skipif(not KTB.exists(), reason="shared gold data not present")
def test_kazakh_cross_validation_rows_beat_baselines():
    rows = run_tagging(langs=("kk",), folds=3, raw=False)
    by = {r["system"]: r for r in rows}
    for r in rows:
        assert {"system", "lang", "lemma_acc", "upos_acc", "n_tokens"} <= set(r)
    ours = next(r for r in rows if r["system"].startswith("ours"))
    assert ours["lemma_acc"] > by["baseline: lemma = lowercase form"]["lemma_acc"] + 0.3
    assert ours["upos_acc"] > by["baseline: all NOUN"]["upos_acc"] + 0.3
    assert "KTB 3-fold CV" in format_table(rows)


def test_gold_spans_skip_multiword_tokens():
    text = ("# text = Біз дайынбыз.\n1\tБіз\tбіз\tPRON\t_\t_\t0\troot\t_\t_\n"
            "2-3\tдайынбыз\t_\t_\t_\t_\t_\t_\t_\t_\n2\tдайын\tдайын\tADJ\t_\t_\t1\tx\t_\t_\n"
            "3\tбыз\tе\tAUX\t_\t_\t2\tcop\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n")
    (s,) = list(parse_conllu(text))
    assert _gold_spans(s) == [(0, 3), None, None, (12, 13)]
