"""Rebuild the shipped Kazakh lexicon (models/tag_data/kk_lexicon.json).

    python3 -m extractors.tag.kk.build [SHARED_DIR]

SHARED_DIR defaults to ../shared next to the repository; it must hold
gold/ud_kazakh_ktb/*.conllu and resources/kazdet_morph_model/lkps. Both sources are
CC BY-SA 4.0, so the derived file is too (models/tag_data/LICENSE.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

from extractors.tag.conllu import read_conllu
from extractors.tag.kk.analyser import DEFAULT_LEXICON
from extractors.tag.kk.lexicon import Lexicon

REPO = Path(__file__).resolve().parents[3]


def build(shared: Path, out: Path = DEFAULT_LEXICON) -> Lexicon:
    ktb = shared / "gold" / "ud_kazakh_ktb"
    lex = Lexicon()
    for s in read_conllu(*sorted(ktb.glob("*.conllu"))):
        lex.add_sentence(s.forms, s.tags)
    lkps = shared / "resources" / "kazdet_morph_model" / "lkps"
    if lkps.exists():
        lex.add_kazdet(lkps)
    out.parent.mkdir(parents=True, exist_ok=True)
    lex.save(out)
    return lex


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    lex = build(shared)
    print(f"{DEFAULT_LEXICON}: {len(lex.forms)} forms, {len(lex.stems)} stems, "
          f"{len(lex.kazdet_forms)} KazDET forms")
