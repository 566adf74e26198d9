"""Optional stanza backend: use locally installed stanza models instead of our taggers.

Nothing here downloads: the pipeline is built with ``download_method=None`` from a resources
directory that must already hold ``resources.json`` and the language's model folder. The
default pipeline never imports this module; it is for users who have stanza models (e.g.
copied from a machine with network access, where ``stanza.download(lang, model_dir=DIR)``
was run) and want them used.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional, Sequence

from extractors.tag.types import TokenTag

ENV_VAR = "STANZA_RESOURCES_DIR"
LANGS = ("kk", "ru")


class StanzaUnavailable(RuntimeError):
    """stanza is not installed, or its models are not where we were told to look."""


def resolve_resources_dir(resources_dir: Optional[str | Path] = None) -> Path:
    """The explicit argument wins, then $STANZA_RESOURCES_DIR; there is no silent default,
    because stanza's own default (~/stanza_resources) would invite a download."""
    chosen = resources_dir if resources_dir is not None else os.environ.get(ENV_VAR)
    if not chosen:
        raise StanzaUnavailable(
            f"no stanza resources directory: pass resources_dir or set {ENV_VAR} to a folder "
            "holding resources.json and one sub-folder per language (e.g. kk/, ru/)")
    return Path(chosen).expanduser()


def check_models(lang: str, resources_dir: Path) -> None:
    """Raise :class:`StanzaUnavailable` naming what is missing and where it should be."""
    if lang not in LANGS:
        raise ValueError(f"stanza backend: unsupported language {lang!r}; expected {LANGS}")
    if not (resources_dir / "resources.json").is_file():
        raise StanzaUnavailable(
            f"{resources_dir}/resources.json not found: copy a stanza resources folder there "
            f"(on a machine with network: python -c \"import stanza; "
            f"stanza.download('{lang}', model_dir='DIR')\"), then point {ENV_VAR} at it")
    lang_dir = resources_dir / lang
    if not lang_dir.is_dir() or not any(lang_dir.rglob("*.pt")):
        raise StanzaUnavailable(
            f"no stanza models for '{lang}' under {lang_dir}: expected e.g. "
            f"{lang_dir}/pos/<package>.pt and {lang_dir}/lemma/<package>.pt")


def _import_stanza():
    try:
        import stanza  # noqa: PLC0415
    except ImportError as e:
        raise StanzaUnavailable(
            "stanza is not installed: `pip install 'stanza>=1.5,<2'` (it pulls torch; install "
            "a CPU-only torch wheel first so no CUDA build is fetched)") from e
    return stanza


def load_stanza_pipeline(lang: str, resources_dir: Optional[str | Path] = None,
                         processors: str = "tokenize,pos,lemma"):
    """A stanza Pipeline for pre-tokenized input, built strictly offline."""
    root = resolve_resources_dir(resources_dir)
    check_models(lang, root)
    stanza = _import_stanza()
    return stanza.Pipeline(lang=lang, dir=str(root), processors=processors,
                           tokenize_pretokenized=True, download_method=None,
                           verbose=False)


def stanza_tagger(pipeline) -> Callable[[Sequence[str]], list[TokenTag]]:
    """Wrap a pipeline as a one-sentence tagger returning :class:`TokenTag`s."""

    def run(tokens: Sequence[str]) -> list[TokenTag]:
        if not tokens:
            return []
        doc = pipeline([list(tokens)])
        out = []
        for sent in doc.sentences:
            for tok in sent.tokens:
                # one tag per input token: a token stanza splits into words keeps its head word
                w = tok.words[0]
                out.append(TokenTag(w.lemma or w.text, w.upos or "X", w.feats or "_"))
        return out

    return run
