"""Curation through the real build: decisions apply, survive rebuilds, stale ones are reported,
and the same corpus with the same decisions gives byte-identical tables."""
import csv
from pathlib import Path

from click.testing import CliRunner

from edukb.build import build_knowledge_base
from edukb.cli import main

KK = (
    "Мектепте Ж.Қараевтың деңгейлеп оқыту технологиясы және модульдік оқыту технологиясы қолданылады.\n"
    "Мұғалімдер сын тұрғысынан ойлауды дамыту технологиясын да пайдаланады.\n"
)
RU = "В школах применяются технология развития критического мышления и проектное обучение.\n"
TABLES = ("technologies", "technology_mentions", "persons", "normative_acts", "curation_log")


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_decisions_apply_survive_and_are_reported(tmp_path: Path, monkeypatch):
    corpus, out = tmp_path / "corpus", tmp_path / "kb"
    corpus.mkdir()
    (corpus / "kk.txt").write_text(KK, encoding="utf-8")
    build_knowledge_base(corpus, out)
    techs = {t["label_kk"] or t["label_ru"]: t["tech_id"] for t in _rows(out / "current" / "technologies.csv")}
    assert len(techs) >= 2, techs
    victim = next(tid for label, tid in techs.items() if "модульдік" in label)
    runner = CliRunner()
    monkeypatch.setenv("EDUKB_AUTHOR", "researcher")
    res = runner.invoke(main, ["curate", "reject", victim, "--reason", "test rejection",
                               "--file", str(corpus / "curation.yaml"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    build_knowledge_base(corpus, out)
    cur = out / "current"
    assert victim not in {t["tech_id"] for t in _rows(cur / "technologies.csv")}
    log = _rows(cur / "curation_log.csv")
    assert any(r["row_id"] == victim and r["reason"] == "test rejection" and r["author"] == "researcher" for r in log)
    # a new document through `edukb add`: the decision still applies
    new = tmp_path / "ru.txt"
    new.write_text(RU, encoding="utf-8")
    res = runner.invoke(main, ["add", str(new), "--corpus", str(corpus), "--out", str(out), "--runner", "none", "--no-progress"])
    assert res.exit_code == 0 and "warning" not in res.output, res.output
    after_add = {t: (out / "current" / f"{t}.csv").read_bytes() for t in TABLES}
    assert victim not in {t["tech_id"] for t in _rows(out / "current" / "technologies.csv")}
    # … and equals curating after the rebuild: the same decisions applied to a fresh build
    fresh = tmp_path / "kb_fresh"
    build_knowledge_base(corpus, fresh)
    assert {t: (fresh / "current" / f"{t}.csv").read_bytes() for t in TABLES} == after_add
    # the same corpus and decisions twice: byte-identical tables
    first = {t: (out / "current" / f"{t}.csv").read_bytes() for t in TABLES}
    build_knowledge_base(corpus, out)
    assert {t: (out / "current" / f"{t}.csv").read_bytes() for t in TABLES} == first
    # the rejected technology's document goes away: the decision is stale and said so by name
    (corpus / "kk.txt").unlink()
    result = build_knowledge_base(corpus, out)
    assert any(victim in w for w in result.warnings), result.warnings
    res = runner.invoke(main, ["status", "--corpus", str(corpus), "--out", str(out)])
    assert res.exit_code == 0 and "not applied" in res.output and victim in res.output, res.output


def test_malformed_curation_file_stops_the_build_with_the_line(tmp_path: Path):
    corpus, out = tmp_path / "corpus", tmp_path / "kb"
    corpus.mkdir()
    (corpus / "kk.txt").write_text(KK, encoding="utf-8")
    (corpus / "curation.yaml").write_text("- action: merge\n  ids: [a]\n  reson: typo\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--out", str(out), "--runner", "none", "--no-progress"])
    assert res.exit_code != 0 and "curation.yaml" in res.output and "line" in res.output, res.output
    assert not (out / "current").exists()
