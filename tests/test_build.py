"""End-to-end: a corpus folder → a published release; bad documents fail alone, with a reason."""
import csv
import io
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from edukb.build import build_knowledge_base
from edukb.cli import main
from edukb.corpus import ManifestError, scan_corpus
from edukb.publish import BuildLock, BuildLockedError

KK = "Әдістемелік кабинеттің міндеттері:\n• педагогтарға әдістемелік көмек көрсету;\n• озық тәжірибені жинақтау.\n"
RU = "Методический кабинет выполняет следующие функции:\n- организует курсы повышения квалификации;\n- обобщает опыт.\n"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture()
def messy_corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "kk article.txt").write_text(KK, encoding="utf-8")  # a space in the name
    (c / "әдістеме.txt").write_bytes(RU.encode("cp1251"))  # Cyrillic name, legacy encoding
    (c / "utf16.txt").write_text(KK, encoding="utf-16")
    (c / "empty.txt").write_bytes(b"")
    (c / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (c / "notes.rtf").write_text("{\\rtf1 hello}", encoding="ascii")
    (c / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrunc")
    (c / "renamed_zip.docx").write_bytes(_zip({"hello.txt": "not a word document"}))
    (c / "text_as.docx").write_text("just text", encoding="utf-8")
    return c


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_bad_documents_fail_alone_with_a_reason(messy_corpus: Path, tmp_path: Path):
    out = tmp_path / "kb"
    result = build_knowledge_base(messy_corpus, out)
    docs = {d["source_file"]: d for d in _rows(out / "current" / "documents.csv")}
    assert len(docs) == 9
    for ok in ["kk article.txt", "әдістеме.txt", "utf16.txt"]:
        assert docs[ok]["status"] == "ok", docs[ok]
    assert docs["әдістеме.txt"]["encoding"] == "cp1251"
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary content",
        "notes.rtf": "unsupported file type",
        "broken.pdf": "",
        "renamed_zip.docx": "",
        "text_as.docx": "",
    }
    for name, reason in expected.items():
        row = docs[name]
        assert row["status"] == "failed"
        assert row["error"].startswith(name + ":"), row["error"]  # names the file
        assert reason in row["error"]
        assert "\n" not in row["error"]
    blocks = _rows(out / "current" / "blocks.csv")
    assert {b["doc_id"] for b in blocks} == {"kk_article", "әдістеме", "utf16"}
    assert len(result.failed) == 6


def test_release_tables_csv_and_parquet_agree(tmp_path: Path, messy_corpus: Path):
    out = tmp_path / "kb"
    build_knowledge_base(messy_corpus, out)
    cur = out / "current"
    for table in ["documents", "blocks"]:
        assert pq.read_table(cur / f"{table}.parquet").num_rows == len(_rows(cur / f"{table}.csv"))
    blocks = _rows(cur / "blocks.csv")
    items = [b for b in blocks if b["kind"] == "list_item"]
    assert [b["text"] for b in items if b["doc_id"] == "әдістеме"] == ["организует курсы повышения квалификации;", "обобщает опыт."]


def test_ids_are_stable_across_rebuilds(tmp_path: Path, messy_corpus: Path):
    out = tmp_path / "kb"
    build_knowledge_base(messy_corpus, out)
    first = (out / "current" / "blocks.csv").read_bytes()
    build_knowledge_base(messy_corpus, out)
    assert (out / "current" / "blocks.csv").read_bytes() == first
    assert len(list((out / "releases").iterdir())) == 2


def test_failed_publish_leaves_current_intact(tmp_path: Path, messy_corpus: Path, monkeypatch):
    out = tmp_path / "kb"
    build_knowledge_base(messy_corpus, out)
    before = (out / "current").resolve()
    import edukb.build as b

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(b, "write_release", boom)
    with pytest.raises(RuntimeError):
        build_knowledge_base(messy_corpus, out)
    assert (out / "current").resolve() == before
    assert (out / "current" / "documents.csv").exists()
    assert not list((out / "releases").glob(".tmp-*"))


def test_second_build_refuses_while_first_holds_the_lock(tmp_path: Path, messy_corpus: Path):
    out = tmp_path / "kb"
    with BuildLock(out):
        with pytest.raises(BuildLockedError, match="another build"):
            build_knowledge_base(messy_corpus, out)
    build_knowledge_base(messy_corpus, out)  # released: works again


def test_manifest_path_traversal_is_refused(tmp_path: Path):
    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(KK, encoding="utf-8")
    (c / "manifest.csv").write_text("doc_id,file,title\nx,../secret.txt,Secret\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="line 2.*leaves the corpus folder"):
        scan_corpus(c)


def test_cli_build_add_status(tmp_path: Path):
    corpus, out = tmp_path / "corpus", tmp_path / "kb"
    corpus.mkdir()
    (corpus / "a.txt").write_text(KK, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["build", "--corpus", str(corpus), "--out", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "1 document(s) built, 0 failed" in res.output and str(out / "current") in res.output
    new = tmp_path / "new ru.txt"
    new.write_text(RU, encoding="utf-8")
    res = runner.invoke(main, ["add", str(new), "--corpus", str(corpus), "--out", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert (corpus / "new ru.txt").exists() and "2 document(s) built" in res.output
    res = runner.invoke(main, ["status", "--corpus", str(corpus), "--out", str(out)])
    assert res.exit_code == 0 and "new_ru: ok" in res.output
    res = runner.invoke(main, ["add", str(tmp_path / "x.exe"), "--corpus", str(corpus)])
    assert res.exit_code != 0
    res = runner.invoke(main, ["build", "--corpus", str(tmp_path / "missing"), "--out", str(out)])
    assert res.exit_code != 0 and "corpus folder not found" in res.output


def test_every_command_explains_itself():
    runner = CliRunner()
    for cmd in [[], ["build"], ["add"], ["status"]]:
        res = runner.invoke(main, cmd + ["--help"])
        assert res.exit_code == 0 and "Usage:" in res.output and len(res.output) > 200


def test_cli_docs_are_generated_from_help():
    from edukb.clidoc import render

    doc = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert doc == render(), "docs/cli.md is stale: run python3 -m edukb.clidoc > docs/cli.md"
