"""A learned signal for technology names the rules do not see: a CRF over sentence tokens.

The rules plateau on new documents (docs/measurements.md): what they miss are names with no head
noun or cue word and names of a shape no rule describes. The held-out gold the project wrote
(thousands of hand-listed technologies in both languages) is training data for exactly that. A
linear-chain CRF (python-crfsuite, already used for persons) tags tokens B/I-TECH from the word,
its affixes, its shape and its neighbours; only spans the rules did not already cover, and only
those the model is confident of, become candidates, with the model's marginal as their
confidence. The weights are trained by ``python3 -m bench.tech_spans train`` into
``models/tech_data/``; without them this module adds nothing.

They are not shipped: measured on sets the weights had not seen (docs/measurements.md), the
tagger raised recall a little and lowered precision (CJ–CM: recall 0.894 → 0.925, precision 0.881 →
0.873; the blind round CN–CQ: recall 0.915 → 0.920, precision 0.883 → 0.867), so by default the
knowledge base keeps the rules' precision.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from extractors.crf import open_tagger

from .patterns import Candidate, tokens

DATA_DIR = Path(__file__).resolve().parents[3] / "models" / "tech_data"
MODEL_FILE = DATA_DIR / "tech_span.crfsuite"
# a span becomes a candidate when the model is at least this sure of each of its tokens
THRESHOLD = 0.95
MAX_TOKENS = 6

_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+#.'’-]*$")
_KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.I)


def _shape(w: str) -> str:
    if _LATIN.match(w):
        return "LAT_UP" if w[:1].isupper() else "LAT"
    if w.isdigit():
        return "NUM"
    if not re.search(r"\w", w):
        return "PUNCT"
    if w.isupper() and len(w) > 1:
        return "CAPS"
    return "UP" if w[:1].isupper() else "low"


def _word_features(w: str, prefix: str) -> dict[str, object]:
    low = w.lower()
    return {f"{prefix}w": low, f"{prefix}s3": low[-3:], f"{prefix}shape": _shape(w)}


def sentence_features(words: Sequence[str]) -> list[dict[str, object]]:
    """Features of each token: the word, its affixes and shape, whether it stands inside «…»,
    and the words around it."""
    feats = []
    quote = False
    for i, w in enumerate(words):
        if w == "«":
            quote = True
        low = w.lower()
        f: dict[str, object] = {
            "bias": 1.0, "w": low, "p3": low[:3], "p4": low[:4], "s2": low[-2:], "s3": low[-3:], "s4": low[-4:],
            "shape": _shape(w), "kk": bool(_KK_LETTERS.search(w)), "hyphen": "-" in w, "quote": quote,
            "first": i == 0,
        }
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                f.update(_word_features(words[j], f"{d}:"))
            else:
                f[f"{d}:edge"] = True
        feats.append(f)
        if w == "»":
            quote = False
    return feats


@lru_cache(maxsize=1)
def load_tagger():
    """The CRF, or None when its weights are not shipped (then only the rules run)."""
    return open_tagger(MODEL_FILE)


_LOCK = threading.Lock()  # a Tagger holds the sequence it tagged last: tag and marginal() together


def tagged_spans(text: str, lang: str = "kk") -> list[tuple[int, int, float]]:
    """(start, end, confidence) of the spans the model tags in one sentence."""
    tagger = load_tagger()
    if tagger is None:
        return []
    toks = tokens(text)
    if not toks:
        return []
    words = [w for w, _, _ in toks]
    with _LOCK:
        labels = tagger.tag(sentence_features(words))
        margins = [tagger.marginal(lab, k) for k, lab in enumerate(labels)]
    out, k = [], 0
    while k < len(labels):
        if labels[k] != "B":
            k += 1
            continue
        j = k + 1
        while j < len(labels) and labels[j] == "I":
            j += 1
        conf = min(margins[k:j])
        end = j
        # the gold names a method by its distinctive word ('жұптық' for 'жұптық жұмыс'), so the
        # model often tags an adjective alone: the noun it qualifies completes the name
        if end < len(words) and _adjective(words[end - 1], lang) and _NOUN_NEXT.fullmatch(words[end]):
            end += 1
        if end - k <= MAX_TOKENS and not (end - k == 1 and _adjective(words[k], lang)):
            out.append((toks[k][1], toks[end - 1][2], conf))
        k = j
    return out


# Kazakh adjective endings (denominal and participial; not a verbal noun in the accusative: 'оқытуды')
_KK_ADJ_END = re.compile(r"(?<![ую])(?:лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті|ғы|гі|қы|кі|тын|тін|атын|етін|ған|ген|қан|кен)$")


def _adjective(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "kk" or _KK_LETTERS.search(low):
        return bool(_KK_ADJ_END.search(low))
    if not re.fullmatch(r"[а-яё-]+", low):
        return False
    from .normalize import ru_parse

    p = ru_parse(low)
    return p is not None and p.tag.POS in ("ADJF", "PRTF")
# a lower-case word that may be the noun after it (not a conjunction or preposition)
_NOUN_NEXT = re.compile(r"(?!(?:және|мен|пен|бен|немесе|үшін|арқылы|бойынша|и|или|в|во|на|с|со|для|по|при|через|не|как)$)"
                        r"[а-яёәғқңөұүһі][а-яёәғқңөұүһі-]{2,}")


# a case ending on the last word (a plural or possessive may be part of the name: 'кластер', 'Пропп карталары')
_KK_CASE_END = re.compile(r"(?:ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|мен|бен|пен)$")


def _label(surface: str, sentence_start: bool, lang: str) -> str:
    """The name in its dictionary form ('жобалық жұмысты' → 'жобалық жұмыс', 'смешанного обучения' →
    'смешанное обучение'), with a sentence's capital taken off; a capital inside a sentence is the
    name's own ('Монтессори'), as are Latin names and acronyms."""
    s = surface.strip(" «»\"'")
    words = s.split()
    if _LATIN.match(words[0]) or words[0].isupper():
        return s
    if lang == "kk":
        words = words[:-1] + [_KK_CASE_END.sub("", words[-1]) if len(_KK_CASE_END.sub("", words[-1])) >= 4 else words[-1]]
    elif all(re.fullmatch(r"[А-Яа-яЁё-]+", w) for w in words):
        from .patterns import _ru_nominative_np

        words = _ru_nominative_np(words).split()
    s = " ".join(words)
    if not sentence_start and surface.strip(" «»\"'")[:1].isupper():
        return s[:1].upper() + s[1:]
    return s[:1].lower() + s[1:]


def learned_candidates(text: str, base: int, lang: str, taken: Sequence[Candidate]) -> list[Candidate]:
    """Confident spans of one sentence that no rule candidate overlaps (offsets shifted by ``base``)."""
    out = []
    for s, e, conf in tagged_spans(text, lang):
        a, b = base + s, base + e
        surface = text[s:e]
        if conf < THRESHOLD or not re.search(r"[^\W\d_]{2,}", surface) or any(c.start < b and a < c.end for c in taken):
            continue
        kind = "software" if all(_LATIN.match(w) for w in surface.split()) else "method"
        out.append(Candidate(a, b, surface, _label(surface, not text[:s].strip(" «\"-–—•"), lang), lang, kind, "learned_span",
                             round(conf, 3), priority=0))
    return out
