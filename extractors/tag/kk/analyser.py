"""The Kazakh tagger: memory of seen forms, closed-class lists, suffix analysis for the rest,
and a UPOS bigram search to choose among readings in context.

Why this shape: UD Kazakh KTB has ~10k words, so 40 % of the words of any held-out text were
never seen. Kazakh morphology is regular enough that stripping endings the grammar allows
(morphotactics.py) and preferring stems the lexicon knows recovers most lemmas; the learned
ending table says which UPOS and features an ending signals. Analyses are cached per
lowercased form, so a text costs about one dictionary lookup per token.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

from extractors.tag.kk.closed_class import CLOSED
from extractors.tag.kk.lexicon import Lexicon, ending_of
from extractors.tag.kk.morphotactics import (VOWELS, consonant_ok, harmonic, harmony,
                                             nominal_endings, verbal_endings)
from extractors.tag.types import TokenTag, feats_str, is_punct, is_sym
from extractors.tag.viterbi import best_path, learn_transitions

DATA_DIR = Path(__file__).resolve().parents[3] / "models" / "tag_data"
DEFAULT_LEXICON = DATA_DIR / "kk_lexicon.json.gz"

_NUM_RE = re.compile(r"^(\d[\d.,]*)(?:-(\w+))?$")
_LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z0-9'’.\-]*$")
_NOMINAL_UPOS = ("NOUN", "ADJ", "PROPN", "NUM", "PRON", "DET", "ADV", "ADP", "X")
_VERBAL_UPOS = ("VERB", "AUX")
_SENT_START = frozenset({".", "!", "?", "…", ":", "-", "—", "–", "«", '"', "“", "("})


@dataclass(frozen=True)
class Reading:
    lemma: str
    upos: str
    feats: str
    score: float


@dataclass
class Weights:
    """Log-linear weights of the suffix analysis (tuned by cross-validation on KTB)."""

    known_stem: float = 0.0
    unknown_char: float = 2.0
    ending: float = 1.0
    grammar_only: float = 0.3
    disharmony: float = 3.0
    short_stem: float = 3.0
    composite: float = 0.5


class KazakhTagger:
    """Fit on gold sentences (or load the shipped lexicon), then ``tag(tokens)``."""

    def __init__(self, lexicon: Optional[Lexicon] = None, weights: Optional[Weights] = None,
                 use_kazdet_forms: bool = True):
        self.lex = lexicon or Lexicon()
        self.w = weights or Weights()
        self.use_kazdet_forms = use_kazdet_forms
        self.trans, self.unigram = learn_transitions(self.lex.upos_seqs)
        self._cache: dict[str, tuple[Reading, ...]] = {}
        self._ending_total: dict[str, int] = Counter()
        for (e, u), c in self.lex.endings.items():
            self._ending_total[u] += sum(c.values())

    # -- construction -------------------------------------------------------------------
    @classmethod
    def fit(cls, sentences: Iterable, kazdet_dir: Optional[str | Path] = None,
            weights: Optional[Weights] = None) -> "KazakhTagger":
        """Learn from gold sentences (objects with ``forms`` and ``tags``, e.g.
        :class:`extractors.tag.conllu.GoldSentence`), optionally adding KazDET's lexicon."""
        lex = Lexicon()
        for s in sentences:
            lex.add_sentence(s.forms, s.tags)
        if kazdet_dir is not None:
            lex.add_kazdet(Path(kazdet_dir) / "lkps")
        return cls(lex, weights, use_kazdet_forms=kazdet_dir is not None)

    @classmethod
    def default(cls) -> "KazakhTagger":
        """The shipped lexicon (UD KTB + KazDET, CC BY-SA 4.0) or, if absent, grammar only."""
        if DEFAULT_LEXICON.exists():
            return cls(Lexicon.load(DEFAULT_LEXICON))
        return cls(Lexicon())

    # -- analysis of one form -------------------------------------------------------------
    def analyse(self, low: str) -> tuple[Reading, ...]:
        """All readings of a lowercased form, scores normalised to sum to 1 (cached)."""
        hit = self._cache.get(low)
        if hit is None:
            hit = self._analyse(low)
            self._cache[low] = hit
        return hit

    def _analyse(self, low: str) -> tuple[Reading, ...]:
        special = _special(low)
        if special is not None:
            return special
        readings: dict[tuple[str, str], list] = {}

        def add(lemma: str, upos: str, feats: str, weight: float) -> None:
            key = (lemma, upos)
            cur = readings.get(key)
            if cur is None or cur[1] < weight:
                readings[key] = [feats, weight]

        seen = self.lex.forms.get(low)
        if seen:
            total = sum(seen.values())
            per = Counter()
            for (lemma, upos, feats), n in seen.items():
                per[(lemma, upos, feats)] += n
            for (lemma, upos, feats), n in per.most_common():
                add(lemma, upos, feats, n / total)
            for lemma, upos, feats in CLOSED.get(low, ()):
                add(lemma, upos, feats, 0.05)
            return _normalise(readings)
        if low in CLOSED:
            for i, (lemma, upos, feats) in enumerate(CLOSED[low]):
                add(lemma, upos, feats, 1.0 / (1 + 2 * i))
            return _normalise(readings)
        kd = self.lex.kazdet_forms.get(low) if self.use_kazdet_forms else None
        if kd:
            total = sum(kd.values())
            for (lemma, upos), n in kd.items():
                e = ending_of(low, lemma)
                feats = self._feats_for(e if e is not None else "", upos)
                add(lemma, upos, feats, n / total)
            return _normalise(readings)
        head, _, tail = low.rpartition("-")
        if head and tail and tail in nominal_endings() and tail not in ("ақ", "ау"):
            # a case ending hyphenated to an abbreviation or foreign name: ФИФА-ның, IT-ге
            g = nominal_endings()[tail]
            add(head, "NOUN", self._feats_for(tail, "NOUN", g), 1.0)
            return _normalise(readings)
        scored = self._suffix_readings(low)
        if not scored:
            return (Reading(low, "NOUN", "Case=Nom", 1.0),)
        best = max(s for *_, s in scored)
        for lemma, upos, feats, s in scored:
            if s > best - 6:
                add(lemma, upos, feats, math.exp(s - best))
        return _normalise(readings)

    def _suffix_readings(self, low: str) -> list[tuple[str, str, str, float]]:
        out: list[tuple[str, str, str, float]] = []
        nom, verb = nominal_endings(), verbal_endings()
        w = self.w
        for i in range(len(low), 0, -1):
            stem, ending = low[:i], low[i:]
            if not any(ch in VOWELS for ch in stem):
                continue
            for cls_table, cls_upos in ((nom, _NOMINAL_UPOS), (verb, _VERBAL_UPOS)):
                g = cls_table.get(ending)
                phon = 0.0
                if g is None and cls_upos is _VERBAL_UPOS:
                    g = _composite_verbal(ending)
                    phon -= w.composite
                if g is None and ending.startswith("и") and cls_upos is _VERBAL_UPOS:
                    g = cls_table.get("й" + ending[1:])
                if g is None:
                    continue
                if not harmonic(stem, ending):
                    phon -= w.disharmony
                if not consonant_ok(stem, ending):
                    phon -= w.disharmony
                for lemma in _lemma_variants(stem, ending, cls_upos is _VERBAL_UPOS):
                    known = self.lex.stems.get(lemma)
                    uposes = [u for u in cls_upos if known and known.get(u)]
                    if uposes:
                        for u in uposes:
                            s = w.known_stem + math.log(known[u]) + phon
                            s += w.ending * self._ending_score(ending, u)
                            out.append((lemma, u, self._feats_for(ending, u, g), s))
                    else:
                        u = cls_upos[0]
                        s = -w.unknown_char * len(lemma) + phon
                        if lemma[-1] in "ғгб":
                            s -= w.disharmony  # no native Kazakh word ends in ғ, г, б
                        if len(lemma) < 3:
                            s -= w.short_stem
                        s += w.ending * self._ending_score(ending, u)
                        out.append((lemma, u, self._feats_for(ending, u, g), s))
        return out

    def _ending_score(self, ending: str, upos: str) -> float:
        """log P(ending | upos), smoothed so that an ending the grammar allows but training
        never showed keeps a small probability."""
        c = self.lex.endings.get((ending, upos))
        n = sum(c.values()) if c else 0
        total = self._ending_total.get(upos, 0)
        return math.log((n + self.w.grammar_only) / (total + 50.0 * self.w.grammar_only + 1.0))

    def _feats_for(self, ending: str, upos: str, grammar=None) -> str:
        c = self.lex.endings.get((ending, upos))
        if c:
            return c.most_common(1)[0][0]
        if grammar is None:
            grammar = (nominal_endings() if upos not in _VERBAL_UPOS else verbal_endings()
                       ).get(ending)
        if grammar:
            return feats_str(grammar[0])
        return "_"

    # -- tagging a sentence ---------------------------------------------------------------
    def tag(self, tokens: Sequence[str]) -> list[TokenTag]:
        tokens = [fold_letters(t) for t in tokens]
        readings = [self.analyse(t.lower()) for t in tokens]
        dists = []
        for i, (tok, rs) in enumerate(zip(tokens, readings)):
            d: dict[str, float] = {}
            for r in rs:
                d[r.upos] = d.get(r.upos, 0.0) + r.score
            if tok[:1].isupper() and (tok.lower() not in self.lex.forms) and "NOUN" in d \
                    and tok.lower() not in CLOSED and (
                        i > 0 and tokens[i - 1] not in _SENT_START
                        or len(tok) > 1 and tok.split("-")[0].isupper()):  # ҚР, БҰҰ-ның
                d["PROPN"] = d.get("PROPN", 0.0) + d["NOUN"] * 3.0
            dists.append(d)
        path = best_path(dists, self.trans, self.unigram)
        for i in range(len(path)):
            if path[i] in _VERBAL_UPOS:
                path[i] = self._aux_or_verb(readings[i], path[i], path[i - 1] if i else "<s>")
        out = []
        for tok, rs, u in zip(tokens, readings, path):
            pool = [r for r in rs if r.upos == u]
            if pool:
                r = max(pool, key=lambda r: r.score)
                lemma, feats = r.lemma, r.feats
            else:  # PROPN promoted from a NOUN reading
                r = max((r for r in rs if r.upos == "NOUN"), key=lambda r: r.score,
                        default=rs[0])
                lemma, feats = r.lemma, r.feats
            if u == "PROPN" and tok[:1].isupper():
                # a name keeps the spelling of the token (Қазақстан, ҚР, ЮНЕСКО-ның → ЮНЕСКО)
                if tok.lower().startswith(lemma.lower()):
                    lemma = tok[:len(lemma)]
                else:
                    lemma = lemma[:1].upper() + lemma[1:]
            out.append(TokenTag(lemma, u, feats))
        return out


    def _aux_or_verb(self, rs: Sequence[Reading], upos: str, prev: str) -> str:
        """AUX or VERB depends on the verb and on what precedes it (бол after a noun is a
        copula, after a converb an auxiliary; ал after a noun is 'take')."""
        lemmas = {r.lemma for r in rs if r.upos in _VERBAL_UPOS}
        votes = Counter()
        for lemma in lemmas:
            votes.update(self.lex.aux_ctx.get((lemma, prev), {}))
        if sum(votes.values()) >= 2:
            best = votes.most_common(1)[0][0]
            if any(r.upos == best for r in rs) or best in _VERBAL_UPOS:
                return best
        return upos


_HOMOGLYPHS = str.maketrans({"ə": "ә", "Ə": "Ә", "ɵ": "ө", "Ɵ": "Ө", "i": "і", "I": "І"})
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


def fold_letters(token: str) -> str:
    """Latin look-alikes typed for Kazakh letters (ə for ә, i for і) inside a Cyrillic word
    become the Kazakh letters, so 'жəне' is found as 'және'; Latin words are left alone."""
    if token.isascii() or not _CYRILLIC.search(token):
        return token
    return token.translate(_HOMOGLYPHS)


def _normalise(readings: dict[tuple[str, str], list]) -> tuple[Reading, ...]:
    total = sum(w for _, w in readings.values()) or 1.0
    rs = [Reading(l, u, f, w / total) for (l, u), (f, w) in readings.items()]
    rs.sort(key=lambda r: -r.score)
    return tuple(rs)


@lru_cache(maxsize=4096)
def _composite_verbal(ending: str):
    """A participle or verbal noun followed by nominal endings (-ған+ы+н, -у+ға)."""
    nom, verb = nominal_endings(), verbal_endings()
    for j in range(1, len(ending)):
        v, n = ending[:j], ending[j:]
        fv = verb.get(v)
        if not fv:
            continue
        fv = [f for f in fv if f.get("VerbForm") in ("Part", "Vnoun")]
        fn = nom.get(n)
        if fv and fn:
            return [{**fv[0], **fn[0]}]
    return None


def _lemma_variants(stem: str, ending: str, verbal: bool):
    yield stem
    first = ending[:1]
    if first in VOWELS or first == "и":
        last = stem[-1]
        unvoiced = {"ғ": "қ", "г": "к", "б": "п"}.get(last)
        if unvoiced:
            yield stem[:-1] + unvoiced
        if len(stem) >= 3 and last not in VOWELS and stem[-2] not in VOWELS \
                and stem[-2] not in "йуи":
            yield stem[:-1] + ("ы" if harmony(stem) == "b" else "і") + last
    if verbal and first in ("у", "и") and stem[-1:] not in VOWELS:
        yield stem + ("ы" if harmony(stem) == "b" else "і")


def _special(low: str) -> Optional[tuple[Reading, ...]]:
    if is_sym(low):
        return (Reading(low, "SYM", "_", 1.0),)
    if is_punct(low):
        return (Reading(low, "PUNCT", "_", 1.0),)
    m = _NUM_RE.match(low)
    if m:
        ordinal = m.group(2) is not None and m.group(2).startswith(("ші", "шы", "інші", "ншы"))
        feats = "NumType=Ord" if ordinal else "NumType=Card"
        return (Reading(m.group(1).rstrip(".,") or m.group(1), "NUM", feats, 1.0),)
    if low[:1].isdigit():  # "1.", "2)", "3-4", "10%-ы": a numeral with trailing marks
        digits = re.match(r"[\d.,]*\d", low)
        return (Reading(digits.group(0) if digits else low, "NUM", "NumType=Card", 1.0),)
    if _LATIN_RE.match(low):
        return (Reading(low, "X", "_", 0.6), Reading(low, "PROPN", "_", 0.4))
    return None
