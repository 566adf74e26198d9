"""``edukb curate`` commands (click's CliRunner) and the review candidates they list."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from edukb.curate import curate
from edukb.publish import publish_release, write_table
from extractors.link import apply_curation, lemma_key, load_decisions, review_candidates, split_id
from extractors.link.candidates import kept_apart, near_duplicates
from tests.test_curation import corpus_v1, tech

WHO = ["--author", "Р. Иванова", "--date", "2025-04-01"]


@pytest.fixture
def kb(tmp_path):
    """A published release of the small corpus, as 'edukb build' would leave it."""
    out = tmp_path / "kb"
    tables = corpus_v1()

    def write(folder):
        for name in ("technologies", "technology_mentions", "persons", "normative_acts"):
            write_table(folder, name, tables[name])

    publish_release(out, write, "r1")
    return out


def run(args, kb, file_):
    result = CliRunner().invoke(curate, [*args, "--out", str(kb), "--file", str(file_)], catch_exceptions=False)
    return result


def test_commands_write_a_file_the_build_applies(kb, tmp_path):
    f = tmp_path / "corpus" / "curation.yaml"
    steps = [
        ["merge", "tech:modkk", "tech:modru", "--reason", "бір технология / одна технология", *WHO],
        ["reject", "tech:false", "--reason", "не технология", *WHO],
        ["label", "tech:prob", "--kk", "проблемалық оқыту технологиясы", "--reason", "ресми атауы", *WHO],
        ["alt-label", "tech:prob", "проблемно-поисковое обучение", "--reason", "синоним", *WHO],
        ["classify", "tech:modkk", "--class-kk", "Тұлғаға бағытталған технологиялар",
         "--class-ru", "Личностно-ориентированные технологии", "--reason", "по классификации Селевко", *WHO],
        ["split", "tech:inter", "--surface", "интерактивті тақта", "--ru", "интерактивная доска",
         "--reason", "тақта — құрал, әдіс емес", *WHO],
        ["merge", "person:kk", "person:ru", "--reason", "бір адам", *WHO],
        ["merge", "order|2019-01-15|12", "order|2019-01-15|№12", "--entity", "act", "--reason", "один приказ", *WHO],
        ["reject", "other||", "--entity", "act", "--reason", "не нормативный акт", *WHO],
    ]
    for args in steps:
        result = run(args, kb, f)
        assert result.exit_code == 0, result.output
        assert f"written to {f}, line" in result.output
    text = f.read_text(encoding="utf-8")
    assert text.startswith("# edukb curation decisions")
    assert "модульдік оқыту" in text  # names remembered as written, not escaped
    decisions = load_decisions(f)
    assert [d.action for d in decisions] == ["merge", "reject", "label", "alt_label", "classify", "split",
                                             "merge", "merge", "reject"]
    assert [d.entity for d in decisions][-3:] == ["person", "act", "act"]
    assert decisions[0].names == (("tech:modkk", "модульдік оқыту"), ("tech:modru", "модульное обучение"))
    assert all(d.author == "Р. Иванова" and d.date == "2025-04-01" for d in decisions)
    out, log, warnings = apply_curation(corpus_v1(), decisions)
    assert warnings == []
    techs = {r["tech_id"]: r for r in out["technologies"]}
    assert techs["tech:modkk"]["label_ru"] == "модульное обучение"
    assert techs["tech:modkk"]["class_ru"] == "Личностно-ориентированные технологии"
    assert techs[split_id(decisions[5])]["label_ru"] == "интерактивная доска"
    assert "tech:false" not in techs


def test_unknown_id_is_refused_unless_forced(kb, tmp_path):
    f = tmp_path / "curation.yaml"
    result = CliRunner().invoke(curate, ["reject", "tech:nope", "--reason", "r", *WHO, "--out", str(kb), "--file", str(f)])
    assert result.exit_code != 0 and "tech:nope" in result.output and not f.exists()
    result = run(["reject", "tech:nope", "--reason", "r", "--force", *WHO], kb, f)
    assert result.exit_code == 0 and load_decisions(f)[0].id == "tech:nope"


def test_a_malformed_file_is_not_appended_to(kb, tmp_path):
    f = tmp_path / "curation.yaml"
    f.write_text("- action: reject\n  id: tech:false\n  author: x\n  date: 2025-01-01\n  reson: typo\n", encoding="utf-8")
    result = CliRunner().invoke(curate, ["reject", "tech:prob", "--reason", "r", *WHO, "--out", str(kb), "--file", str(f)])
    assert result.exit_code != 0 and "line 5" in result.output and "reson" in result.output
    assert "tech:prob" not in f.read_text(encoding="utf-8")
    check = CliRunner().invoke(curate, ["check", "--file", str(f)])
    assert check.exit_code != 0 and "line 5" in check.output


def test_label_needs_a_name_and_dates_must_be_iso(kb, tmp_path):
    f = tmp_path / "curation.yaml"
    assert CliRunner().invoke(curate, ["label", "tech:prob", "--reason", "r", "--out", str(kb), "--file", str(f)]).exit_code == 2
    bad = CliRunner().invoke(curate, ["reject", "tech:prob", "--reason", "r", "--date", "01.04.2025", "--out", str(kb), "--file", str(f)])
    assert bad.exit_code == 2 and "ISO" in bad.output and not f.exists()


def test_candidates_lists_near_duplicates_from_the_current_release(tmp_path):
    out = tmp_path / "kb"
    techs = [
        tech("tech:a", kk="модульдік оқыту", cls_kk="Дамыта оқыту"),
        tech("tech:b", kk="модульдік оқыту технологиясы", cls_kk="Дамыта оқыту"),
        tech("tech:c", ru="проблемное обучение", cls_ru="Развивающее обучение"),
        tech("tech:d", ru="проблемного обучения", cls_ru="Развивающее обучение"),
        tech("tech:e", kk="жобалау әдісі", ru="метод проектов", conf=0.4),
    ]
    publish_release(out, lambda folder: write_table(folder, "technologies", techs), "r1")
    result = CliRunner().invoke(curate, ["candidates", "--out", str(out), "--file", str(tmp_path / "none.yaml")])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Near-duplicates" in text
    assert "tech:a «модульдік оқыту»  ⟷  tech:b «модульдік оқыту технологиясы»" in text
    assert "tech:c «проблемное обучение»  ⟷  tech:d «проблемного обучения»" in text
    assert "edukb curate merge tech:a tech:b" in text
    assert "Low confidence" in text and "tech:e" in text.split("Low confidence")[1]
    assert "named in one language only" in text and "no Russian name" in text
    assert "tech:e" not in text.split("Near-duplicates")[1].split("Low confidence")[0]


def test_distinct_decisions_silence_a_pair(kb, tmp_path):
    f = tmp_path / "curation.yaml"
    run(["distinct", "tech:modkk", "tech:modru", "--reason", "түрлі", *WHO], kb, f)
    assert kept_apart(load_decisions(f)) == {frozenset({"tech:modkk", "tech:modru"})}


def test_lemma_key_folds_inflection_and_leaves_out_generic_heads():
    assert lemma_key("модульдік оқыту") == lemma_key("модульдік оқыту технологиясы") == lemma_key("Модульдік оқытудың технологиясы")
    assert lemma_key("проблемное обучение") == lemma_key("проблемного обучения") == {"проблемный"}
    assert lemma_key("ойын технологиялары") == lemma_key("Ойын технологиясы") == {"ойын"}  # no kk-only letter
    assert lemma_key("кейс әдісі") == lemma_key("кейс әдістері") == {"кейс"}
    assert lemma_key("проектное обучение") != lemma_key("проблемное обучение")
    assert lemma_key("оқыту технологиясы") == frozenset()


def test_near_duplicates_by_spelling_and_not_by_shared_head_words():
    items = [
        ("tech:1", ["интерактивті оқыту"]), ("tech:2", ["интерактивтік оқыту"]),
        ("tech:3", ["проектное обучение"]), ("tech:4", ["проблемное обучение"]),
        ("tech:5", ["Ж.Қараев"]), ("tech:6", ["Ж. Караев"]),
    ]
    pairs = {c.ids: c for c in near_duplicates(items)}
    assert ("tech:1", "tech:2") in pairs and "similar names" in pairs[("tech:1", "tech:2")].detail
    assert ("tech:3", "tech:4") not in pairs
    # a Kazakh and a Russian spelling of one name differ only in Kazakh letters
    assert ("tech:5", "tech:6") in pairs
    assert near_duplicates(items, apart={frozenset({"tech:1", "tech:2"})}) == [c for c in near_duplicates(items) if c.ids != ("tech:1", "tech:2")]


def test_review_candidates_covers_persons_and_weak_acts():
    tables = corpus_v1()
    tables["normative_acts"][2]["confidence"] = 0.2
    found = review_candidates(tables)
    reasons = {(c.reason, c.entity, c.ids) for c in found}
    assert ("near_duplicate", "person", ("person:kk", "person:ru")) in reasons
    assert ("low_confidence", "act", ("other||",)) in reasons
    assert ("low_confidence", "technology", ("tech:false",)) in reasons
    order = [c.reason for c in found]
    assert order == sorted(order, key=["near_duplicate", "low_confidence", "no_class", "no_translation"].index)
