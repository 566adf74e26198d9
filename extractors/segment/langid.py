"""Language of a Kazakh/Russian text span: "kk", "ru", "other" or "mixed".

Two kinds of evidence are combined, because neither is enough alone:

* Kazakh-only letters (ә ғ қ ң ө ұ ү һ і). A *lower-case* word with one of them is almost
  certainly Kazakh; a capitalised one may be a Kazakh name inside Russian text (``Жампейісова``),
  so it counts less. Many Kazakh sentences have none at all (``Ол бала келді.``).
* Function words, which every sentence has and which the two languages do not share
  (``және``, ``мен``, ``үшін``, ``бойынша`` / ``и``, ``в``, ``что``, ``для``).
* the character n-gram model of ``lingua-language-detector`` (shipped inside the package, no
  download), restricted to Kazakh, Russian and English; it knows inflection (``-ның``, ``-ого``).

"mixed" is only returned when a sentence holds a substantial stretch in the other language,
such as a quotation or bracketed gloss of four words or more.
"""
from __future__ import annotations

import math
import re
import threading

KK_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Latin look-alikes that scanned or converted Kazakh text carries instead of ә, і
_KK_HOMOGLYPHS = str.maketrans({"ə": "ә", "Ə": "Ә", "i": "і", "I": "І"})

KK_FUNCTION_WORDS = frozenset(
    """
    және мен бен пен да де та те мен сен ол біз сіз олар бұл осы сол мұндай сондай
    үшін бойынша арқылы туралы сияқты секілді кейін дейін бері соң қарай бірге
    болып болады болды болған болса табылады емес жоқ бар деп деген деді
    ал бірақ немесе әрі яғни сондықтан себебі өйткені егер онда ғана тек әр барлық
    не неге қалай қандай қашан кім біреу ешкім бәрі өз өзі өзінің оның олардың
    екі бір үш көп аз жаңа үлкен
    беру алу жасау ету болу өткізу жүргізу қою салу қарау
    """.split()
)
RU_FUNCTION_WORDS = frozenset(
    """
    и в во на с со по для что как не это из от к ко о об а но или при также является
    был была были было быть будет так уже его ее её их он она они мы вы я ты который
    которая которые которых этого этой этих того тот та те же ли бы только еще ещё
    между после перед через без до под над за у чтобы если когда где все всех всё
    очень может можно нужно более менее т том этом
    """.split()
)

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CYR_RE = re.compile(r"[\u0400-\u04FF]")
_LAT_RE = re.compile(r"[A-Za-z]")
# enumeration closers that each language writes its own way ("және т.б." / "и т.д.", "и др.")
_KK_ABBR_RE = re.compile(r"(?<!\w)(?:т\.\s?б|т\.\s?с\.\s?с)\.")
_RU_ABBR_RE = re.compile(r"(?<!\w)(?:т\.\s?д|т\.\s?п|и\s+др)\.")
_QUOTED_RE = re.compile(r"«[^«»]+»|“[^“”]+”|\"[^\"]+\"|\([^()]+\)")

_detector = None
_detector_lock = threading.Lock()


def _lingua():
    """The detector, built on first use: building and loading its models costs ~0.5 s."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                _detector = LanguageDetectorBuilder.from_languages(
                    Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH
                ).build()
    return _detector


def quick_language(text: str) -> str:
    """A cheap kk/ru guess for choosing rules over a long text: Kazakh letters are frequent
    in any Kazakh paragraph (~7% of letters), rare in Russian even with Kazakh names."""
    text = text.translate(_KK_HOMOGLYPHS) if ("ə" in text or "Ə" in text) else text
    cyr = len(_CYR_RE.findall(text))
    if not cyr:
        return "other"
    kk = sum(1 for ch in text if ch in KK_LETTERS)
    return "kk" if kk / cyr >= 0.015 else "ru"


def identify_language(text: str) -> str:
    """Language of ``text``: "kk", "ru", "other" (no Cyrillic words, or mostly Latin) or "mixed"."""
    label, _ = _score(text)
    if label not in ("kk", "ru"):
        return label
    for m in _QUOTED_RE.finditer(text):
        inner = m.group(0)[1:-1]
        inner_words = [w for w in _WORD_RE.findall(inner) if w[0].islower()]
        if len(inner_words) < 4:  # a gloss or a list of names is not a language switch
            continue
        rest = text[: m.start()] + " " + text[m.end():]
        if len(_WORD_RE.findall(rest)) < 3:
            continue
        inner_label, inner_margin = _score(inner)
        rest_label, rest_margin = _score(rest)
        if {inner_label, rest_label} == {"kk", "ru"} and min(abs(inner_margin), abs(rest_margin)) >= 2.0:
            return "mixed"
    return label


def weak_evidence(text: str) -> bool:
    """True for a span too short to decide alone (one or two words, no Kazakh-only letter in a
    lower-case word): "Аттестация;", "курсы." read the same in both languages."""
    words = [w for w in _WORD_RE.findall(_fold(text)) if _CYR_RE.search(w)]
    if len(words) > 2:
        return False
    return not any(ch in KK_LETTERS for w in words if not w[0].isupper() for ch in w)


def language_scores(text: str) -> dict[str, float]:
    """The evidence behind a decision, for debugging and the benchmark report."""
    label, margin = _score(text)
    return {"label": label, "kk_minus_ru": margin}


def _score(text: str) -> tuple[str, float]:
    """(label, margin) where margin > 0 favours Kazakh; a log-odds-like sum of the evidence."""
    folded = _fold(text)
    words = _WORD_RE.findall(folded)
    cyr_words = [w for w in words if _CYR_RE.search(w)]
    lat_words = [w for w in words if _LAT_RE.search(w) and not _CYR_RE.search(w)]
    if not cyr_words:
        return "other", 0.0
    if len(lat_words) > 2 * len(cyr_words):
        return "other", 0.0
    margin = 0.0
    kk_lower = kk_upper = 0
    for w in cyr_words:
        if any(ch in KK_LETTERS for ch in w):
            # a capitalised word may be a Kazakh name inside Russian text: weak evidence
            if w[0].isupper():
                kk_upper += 1
            else:
                kk_lower += 1
    lower = [w.lower() for w in cyr_words]
    kk_fw = sum(1 for w in lower if w in KK_FUNCTION_WORDS)
    ru_fw = sum(1 for w in lower if w in RU_FUNCTION_WORDS)
    margin += 3.0 * min(kk_lower, 5) + 0.7 * min(kk_upper, 3)
    margin += 1.5 * min(kk_fw, 4) - 1.5 * min(ru_fw, 4)
    margin += 3.0 * len(_KK_ABBR_RE.findall(folded)) - 3.0 * len(_RU_ABBR_RE.findall(folded))
    # a Russian-only letter sequence or ending is not needed: lingua covers inflection
    margin += _lingua_margin(_without_names(folded, cyr_words), len(cyr_words))
    if margin == 0.0:
        return ("kk" if kk_lower + kk_upper else "ru"), 0.0
    return ("kk" if margin > 0 else "ru"), margin


def _lingua_margin(text: str, n_words: int) -> float:
    """lingua's log-odds kk vs ru, clipped; shrunk for short strings, where it guesses."""
    from lingua import Language

    values = {c.language: c.value for c in _lingua().compute_language_confidence_values(text)}
    p_kk = values.get(Language.KAZAKH, 0.0)
    p_ru = values.get(Language.RUSSIAN, 0.0)
    eps = 1e-3
    logit = math.log((p_kk + eps) / (p_ru + eps))
    logit = max(-5.0, min(5.0, logit))
    weight = 1.0 if n_words >= 4 else 0.5
    return weight * logit


def _without_names(text: str, cyr_words: list[str]) -> str:
    """The text less its capitalised words after the first: names (``Жампейісова`` in Russian,
    ``Лазарев`` in Kazakh) say nothing of the language around them. Kept when too little
    would remain for the n-gram model."""
    names = {w for w in cyr_words[1:] if w[0].isupper()}
    if cyr_words and any(ch in KK_LETTERS for ch in cyr_words[0]) and cyr_words[0][0].isupper():
        names.add(cyr_words[0])  # "Айгүл ..." at the start: its letters would outweigh the rest
    if not names or sum(1 for w in cyr_words if w not in names) < 2:
        return text
    return _WORD_RE.sub(lambda m: "" if m.group(0) in names else m.group(0), text)


def _fold(text: str) -> str:
    """Replace Latin look-alikes inside Cyrillic words so that "əлемдік" reads as "әлемдік"."""
    if not any(ch in text for ch in "əƏiI"):
        return text
    return re.sub(
        r"\w+",
        lambda m: m.group(0).translate(_KK_HOMOGLYPHS) if _CYR_RE.search(m.group(0)) else m.group(0),
        text,
    )
