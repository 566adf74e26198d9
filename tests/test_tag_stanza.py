"""The optional stanza backend: path resolution, the offline guarantee, clear errors.

No real stanza model is built here (training one needs torch and pretrained vectors); the
pipeline construction is checked against a stand-in ``stanza`` module that records how it
was called, so the test proves nothing is downloaded and the input stays pre-tokenized."""
from __future__ import annotations

import sys
import types

import pytest

from extractors.tag import stanza_backend as sb


def _fake_models(root, lang="kk"):
    (root / "resources.json").write_text("{}", encoding="utf-8")
    (root / lang / "pos").mkdir(parents=True)
    (root / lang / "pos" / "ktb.pt").write_bytes(b"\0")


def test_resources_dir_from_argument_or_environment(tmp_path, monkeypatch):
    monkeypatch.delenv(sb.ENV_VAR, raising=False)
    with pytest.raises(sb.StanzaUnavailable, match="STANZA_RESOURCES_DIR"):
        sb.resolve_resources_dir()
    monkeypatch.setenv(sb.ENV_VAR, str(tmp_path))
    assert sb.resolve_resources_dir() == tmp_path
    assert sb.resolve_resources_dir(tmp_path / "other") == tmp_path / "other"


def test_missing_models_are_named(tmp_path):
    with pytest.raises(sb.StanzaUnavailable, match="resources.json"):
        sb.load_stanza_pipeline("kk", tmp_path)
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    with pytest.raises(sb.StanzaUnavailable, match=r"no stanza models for 'ru'"):
        sb.load_stanza_pipeline("ru", tmp_path)
    with pytest.raises(ValueError):
        sb.load_stanza_pipeline("en", tmp_path)


def test_missing_stanza_package_says_what_to_install(tmp_path, monkeypatch):
    _fake_models(tmp_path)
    monkeypatch.setitem(sys.modules, "stanza", None)  # import stanza -> ImportError
    with pytest.raises(sb.StanzaUnavailable, match="pip install"):
        sb.load_stanza_pipeline("kk", tmp_path)


def test_pipeline_is_built_offline_and_pretokenized(tmp_path, monkeypatch):
    _fake_models(tmp_path)
    calls = {}

    class Word:
        def __init__(self, text):
            self.text, self.lemma, self.upos, self.feats = text, text.lower(), "NOUN", None

    class Pipeline:
        def __init__(self, **kwargs):
            calls.update(kwargs)

        def __call__(self, sentences):
            toks = [types.SimpleNamespace(words=[Word(t)]) for t in sentences[0]]
            return types.SimpleNamespace(sentences=[types.SimpleNamespace(tokens=toks)])

    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace(Pipeline=Pipeline))
    pipe = sb.load_stanza_pipeline("kk", tmp_path)
    assert calls["download_method"] is None
    assert calls["dir"] == str(tmp_path) and calls["tokenize_pretokenized"] is True
    out = sb.stanza_tagger(pipe)(["Мектеп", "үлкен"])
    assert [(t.lemma, t.upos, t.feats) for t in out] == [("мектеп", "NOUN", "_"),
                                                          ("үлкен", "NOUN", "_")]
