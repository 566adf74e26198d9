"""What the Kazakh analyser learns from annotated text: word forms, stems and endings.

Three tables, all learnable from any set of gold sentences (so cross-validation can fit on
nine folds and score the tenth):
- ``forms``: lowercased form → counts of (lemma, upos, feats) — exact memory of seen words;
- ``stems``: lemma → counts of UPOS — the stems suffix stripping may land on;
- ``endings``: (ending, upos) → counts of feats, where form = lemma + ending — how endings
  behave, which generalises to unseen stems.
The KazDET morphological lexicon (KazNLP tagset) can be added as extra stems and forms after
its tags are mapped to UPOS.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from extractors.tag.kk.morphotactics import VOWELS

# KazNLP root tags (R_…) → UPOS (KazDET's model.mor); see models/tag_data/LICENSE.md.
KAZDET_UPOS = {
    "ZE": "NOUN", "ZEQ": "PROPN", "SE": "ADJ", "ET": "VERB", "ETK": "VERB", "ETP": "VERB",
    "ETPK": "VERB", "ETB": "VERB", "ETD": "VERB", "US": "ADV", "SN": "NUM", "SIM": "PRON",
    "SH": "PART", "OS": "INTJ", "ELK": "ADV", "MOD": "ADJ", "ZHL": "CCONJ",
}
_VOICING = {"ғ": "қ", "г": "к", "б": "п"}


@dataclass
class Lexicon:
    forms: dict[str, Counter] = field(default_factory=dict)
    stems: dict[str, Counter] = field(default_factory=dict)
    endings: dict[tuple[str, str], Counter] = field(default_factory=dict)
    upos_seqs: list[list[str]] = field(default_factory=list)

    def add_sentence(self, forms: Iterable[str], tags) -> None:
        seq = []
        prev = "<s>"
        for form, t in zip(forms, tags):
            if t.upos in ("VERB", "AUX"):
                self.aux_ctx.setdefault((t.lemma.lower(), prev), Counter())[t.upos] += 1
            prev = t.upos
            low = form.lower()
            lemma = t.lemma.lower()
            self.forms.setdefault(low, Counter())[(t.lemma, t.upos, t.feats)] += 1
            if t.upos != "PUNCT":
                self.stems.setdefault(lemma, Counter())[t.upos] += 1
                ending = ending_of(low, lemma)
                if ending is not None:
                    self.endings.setdefault((ending, t.upos), Counter())[t.feats] += 1
            seq.append(t.upos)
        self.upos_seqs.append(seq)

    def add_kazdet(self, path: str | Path, weight: float = 1.0) -> int:
        """Add KazDET's attested analyses (``lkps``: form, root_TAG suffixes, count)."""
        n = 0
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3:
                continue
            form, seg, _count = parts
            morphs = seg.split()
            root, _, tag = morphs[0].rpartition("_R_")
            upos = KAZDET_UPOS.get(tag)
            if not upos or not root or not form[:1].isalpha():
                continue
            root = root.lower()
            rest = "".join(m.split("_", 1)[0] for m in morphs[1:])
            if root[-1:] in _VOICING and rest[:1] in VOWELS:
                root = root[:-1] + _VOICING[root[-1]]  # KTB lemmas are the citation form
            if upos == "VERB" and rest.startswith(("у", "и")) and root[-1:] not in VOWELS \
                    and tag == "ET" and len(root) > 2 and form.lower().startswith(root + "и"):
                root = root + "ы"
            self.stems.setdefault(root, Counter())[upos] += weight
            self.kazdet_forms.setdefault(form.lower(), Counter())[(root, upos)] += weight
            n += 1
        return n

    # forms attested only in KazDET (lemma, upos) without features
    kazdet_forms: dict[str, Counter] = field(default_factory=dict)
    # (verb lemma, previous UPOS) → counts of VERB / AUX
    aux_ctx: dict[tuple[str, str], Counter] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "forms": {f: [[l, u, ft, n] for (l, u, ft), n in c.items()]
                      for f, c in self.forms.items()},
            "stems": {s: dict(c) for s, c in self.stems.items()},
            "endings": [[e, u, dict(c)] for (e, u), c in self.endings.items()],
            "kazdet_forms": {f: [[l, u, n] for (l, u), n in c.items()]
                             for f, c in self.kazdet_forms.items()},
            "upos_seqs": [" ".join(s) for s in self.upos_seqs],
            "aux_ctx": [[l, p, dict(c)] for (l, p), c in self.aux_ctx.items()],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Lexicon":
        lex = cls()
        lex.forms = {f: Counter({(l, u, ft): n for l, u, ft, n in rows})
                     for f, rows in data["forms"].items()}
        lex.stems = {s: Counter(c) for s, c in data["stems"].items()}
        lex.endings = {(e, u): Counter(c) for e, u, c in data["endings"]}
        lex.kazdet_forms = {f: Counter({(l, u): n for l, u, n in rows})
                            for f, rows in data.get("kazdet_forms", {}).items()}
        lex.upos_seqs = [s.split() for s in data["upos_seqs"]]
        lex.aux_ctx = {(l, p): Counter(c) for l, p, c in data.get("aux_ctx", [])}
        return lex

    def save(self, path: str | Path) -> None:
        """JSON, gzip-compressed when the name ends in .gz (deterministic: no timestamp)."""
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))
        if str(path).endswith(".gz"):
            Path(path).write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        else:
            Path(path).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        raw = Path(path).read_bytes()
        if str(path).endswith(".gz"):
            raw = gzip.decompress(raw)
        return cls.from_json(json.loads(raw.decode("utf-8")))


def ending_of(form: str, lemma: str) -> Optional[str]:
    """The ending that turns ``lemma`` into ``form``, allowing for the regular stem changes
    (final қ/к/п voiced before a vowel; the high vowel of орын, халық dropped; verb stems in
    -ы/-і before -у); None when the form is not lemma + ending."""
    if not lemma:
        return None
    if form.startswith(lemma):
        return form[len(lemma):]
    last = lemma[-1]
    voiced = {"қ": "ғ", "к": "г", "п": "б"}.get(last)
    if voiced and form.startswith(lemma[:-1] + voiced):
        return form[len(lemma):]
    if len(lemma) > 3 and lemma[-2] in "ыі" and form.startswith(lemma[:-2] + lemma[-1]):
        return form[len(lemma) - 1:]
    if lemma[-1:] in "ыі" and form.startswith(lemma[:-1]) and form[len(lemma) - 1:][:1] in "уи":
        return form[len(lemma) - 1:]
    return None
