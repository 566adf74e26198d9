"""Kazakh suffix morphotactics: which endings a nominal or verbal stem can take, and what they
mean in UD features.

Kazakh is agglutinative: a word is a stem followed by suffixes in a fixed order, each suffix
with allomorphs chosen by vowel harmony (back а о ұ ы / front ә е ө ү і) and by the sound the
stem ends in (vowel, sonorant, voiced or voiceless consonant). Rather than parse left to right
we enumerate the endings the grammar allows (a few thousand strings) once, and let the
analyser try every split of a word into stem + ending; the grammar says which splits are
possible, the lexicon and the learned ending statistics say which is likely.
"""
from __future__ import annotations

from functools import lru_cache

BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әөүіеэю")
VOWELS = BACK_VOWELS | FRONT_VOWELS | frozenset("иуё")
VOICELESS = frozenset("пткқсшфхцчщ")


def last_vowel(s: str) -> str:
    for ch in reversed(s):
        if ch in VOWELS:
            return ch
    return ""


def first_vowel(s: str) -> str:
    for ch in s:
        if ch in VOWELS:
            return ch
    return ""


def harmony(stem: str) -> str:
    """'b' (back) or 'f' (front) for the vowel the next suffix must agree with; '' unknown."""
    v = last_vowel(stem)
    if v in BACK_VOWELS:
        return "b"
    if v in FRONT_VOWELS:
        return "f"
    return ""


def ending_harmony(ending: str) -> str:
    v = first_vowel(ending)
    if v in BACK_VOWELS:
        return "b"
    if v in FRONT_VOWELS:
        return "f"
    return ""


def harmonic(stem: str, ending: str) -> bool:
    """True when the ending's first vowel agrees with the stem's last vowel (or either has none
    or the stem ends in и/у, which take both)."""
    hs, he = harmony(stem), ending_harmony(ending)
    return not hs or not he or hs == he


def consonant_ok(stem: str, ending: str) -> bool:
    """Suffix-initial д/т, ғ/қ, г/к, б/п alternate on the voicing of the stem's last sound
    (ды after voiced, ты after voiceless); a lone consonant suffix (-п, -т) follows vowels."""
    if not stem or len(ending) < 2 or ending[1] not in VOWELS:
        return True
    last, first = stem[-1], ending[0]
    if first in "тқк" or first == "п" and ending[:3] not in ("пыз", "піз", "пын", "пін"):
        return last in VOICELESS
    if first in "дғгб":
        return last not in VOICELESS and last not in VOWELS or first in "ғгб" and last in VOWELS
    if first == "н" and ending[:2] in ("ны", "ні", "на", "не"):
        return last in VOWELS or last in "ңмн"
    return True


# --- nominal slots --------------------------------------------------------------------------
# Each slot: list of (allomorphs, feats). Feats follow UD Kazakh KTB.
_PLURAL = [(("лар", "лер", "дар", "дер", "тар", "тер"), {"Number": "Plur"})]
_POSS = [
    (("ым", "ім", "м"), {"Number[psor]": "Sing", "Person[psor]": "1"}),
    (("ың", "ің", "ң"), {"Number[psor]": "Sing", "Person[psor]": "2"}),
    (("ыңыз", "іңіз", "ңыз", "ңіз"), {"Number[psor]": "Sing", "Person[psor]": "2",
                                      "Polite[psor]": "Form"}),
    (("ы", "і", "сы", "сі"), {"Number[psor]": "Plur,Sing", "Person[psor]": "3"}),
    (("ымыз", "іміз", "мыз", "міз"), {"Number[psor]": "Plur", "Person[psor]": "1"}),
]
_CASE_BARE = [
    (("ның", "нің", "дың", "дің", "тың", "тің"), {"Case": "Gen"}),
    (("ға", "ге", "қа", "ке"), {"Case": "Dat"}),
    (("ны", "ні", "ды", "ді", "ты", "ті"), {"Case": "Acc"}),
    (("да", "де", "та", "те"), {"Case": "Loc"}),
    (("дан", "ден", "тан", "тен", "нан", "нен"), {"Case": "Abl"}),
    (("мен", "бен", "пен", "менен", "бенен", "пенен"), {"Case": "Ins"}),
    (("дай", "дей", "тай", "тей"), {"Case": "Equ"}),
    (("ша", "ше"), {"Case": "Equ"}),
    (("дағы", "дегі", "тағы", "тегі"), {"Case": "Loc"}),
    (("ға дейін",), {"Case": "Dat"}),
]
# after 1st/2nd person possessives: кітабым-ның, кітабым-а, кітабым-ды, кітабым-нан
_CASE_AFTER_POSS12 = [
    (("ның", "нің", "дың", "дің"), {"Case": "Gen"}),
    (("а", "е", "ға", "ге"), {"Case": "Dat"}),
    (("ды", "ді"), {"Case": "Acc"}),
    (("да", "де"), {"Case": "Loc"}),
    (("нан", "нен", "дан", "ден"), {"Case": "Abl"}),
    (("мен", "бен"), {"Case": "Ins"}),
    (("дағы", "дегі"), {"Case": "Loc"}),
]
# after the 3rd person possessive: кітабы-ның, кітабы-на, кітабы-н, кітабы-нда, кітабы-нан
_CASE_AFTER_POSS = [
    (("ның", "нің"), {"Case": "Gen"}),
    (("на", "не", "а", "е"), {"Case": "Dat"}),
    (("н", "ны", "ні"), {"Case": "Acc"}),
    (("нда", "нде", "да", "де"), {"Case": "Loc"}),
    (("нан", "нен", "дан", "ден"), {"Case": "Abl"}),
    (("мен", "менен"), {"Case": "Ins"}),
    (("ндағы", "ндегі", "дағы", "дегі"), {"Case": "Loc"}),
    (("ндай", "ндей"), {"Case": "Equ"}),
]
_COPULA = [
    (("мын", "мін", "бын", "бін", "пын", "пін"), {"Number": "Sing", "Person": "1"}),
    (("сың", "сің"), {"Number": "Sing", "Person": "2"}),
    (("сыз", "сіз"), {"Number": "Sing", "Person": "2", "Polite": "Form"}),
    (("мыз", "міз", "быз", "біз", "пыз", "піз"), {"Number": "Plur", "Person": "1"}),
]

# --- verbal slots ---------------------------------------------------------------------------
_VOICE = [
    (("ыл", "іл", "л"), {"Voice": "Pass"}),
    (("ын", "ін", "н"), {"Voice": "Pass"}),
    (("ғыз", "гіз", "қыз", "кіз", "дыр", "дір", "тыр", "тір", "т", "ғыз", "ыр", "ір"),
     {"Voice": "Cau"}),
    (("ыс", "іс", "с"), {"Voice": "Rcp"}),
]
_NEG = [(("ма", "ме", "ба", "бе", "па", "пе"), {"Polarity": "Neg"})]
_PERS_FIN = [
    (("м",), {"Number": "Sing", "Person": "1"}),
    (("ң",), {"Number": "Sing", "Person": "2"}),
    (("ңыз", "ңіз"), {"Number": "Sing", "Person": "2", "Polite": "Form"}),
    (("қ", "к"), {"Number": "Plur", "Person": "1"}),
    (("ңдар", "ңдер"), {"Number": "Plur", "Person": "2"}),
    (("",), {"Number": "Sing", "Person": "3"}),
]
_PERS_PRES = [
    (("мын", "мін"), {"Number": "Sing", "Person": "1"}),
    (("сың", "сің"), {"Number": "Sing", "Person": "2"}),
    (("сыз", "сіз"), {"Number": "Sing", "Person": "2", "Polite": "Form"}),
    (("мыз", "міз"), {"Number": "Plur", "Person": "1"}),
    (("ды", "ді"), {"Number": "Sing", "Person": "3"}),
]
_FIN = {"VerbForm": "Fin", "Mood": "Ind"}
# TAM endings; each with the personal endings it can take
_TAM = [
    (("ды", "ді", "ты", "ті"), {**_FIN, "Tense": "Past"}, _PERS_FIN),
    (("а", "е", "й"), {**_FIN, "Aspect": "Hab", "Tense": "Pres"}, _PERS_PRES),
    (("ар", "ер", "р"), {**_FIN, "Tense": "Fut"}, _COPULA + [(("",), {"Person": "3"})]),
    (("мақ", "мек", "бақ", "бек", "пақ", "пек"), {**_FIN, "Tense": "Fut", "Mood": "Des"},
     _COPULA + [(("шы", "ші"), {"Person": "3"})]),
    (("ыпты", "іпті", "пты", "пті"), {**_FIN, "Tense": "Past", "Evident": "Nfh"},
     [(("",), {"Person": "3"})]),
    (("ып", "іп", "п"), {**_FIN, "Tense": "Past", "Evident": "Nfh"}, _COPULA),
    (("ған", "ген", "қан", "кен"), {**_FIN, "Tense": "Past"}, _COPULA),
    (("са", "се"), {"VerbForm": "Fin", "Mood": "Cnd"}, _PERS_FIN),
    (("сын", "сін"), {"VerbForm": "Fin", "Mood": "Opt", "Person": "3"}, [(("",), {})]),
    (("айын", "ейін", "йын", "йін"), {"VerbForm": "Fin", "Mood": "Opt", "Person": "1"},
     [(("",), {})]),
    (("йық", "йік", "айық", "ейік"), {"VerbForm": "Fin", "Mood": "Opt", "Person": "1",
                                       "Number": "Plur"}, [(("",), {})]),
    (("ыңыз", "іңіз", "ңыз", "ңіз"), {"VerbForm": "Fin", "Mood": "Imp", "Person": "2",
                                      "Polite": "Form"}, [(("",), {})]),
    (("шы", "ші"), {"VerbForm": "Fin", "Mood": "Imp", "Person": "2"}, [(("",), {})]),
]
_NONFIN = [
    (("ып", "іп", "п"), {"Aspect": "Perf", "VerbForm": "Conv"}),
    (("а", "е", "й"), {"Aspect": "Imp", "VerbForm": "Conv"}),
    (("ғалы", "гелі", "қалы", "келі"), {"VerbForm": "Conv"}),
    (("ғанша", "генше", "қанша", "кенше"), {"VerbForm": "Conv"}),
    (("майынша", "мейінше"), {"VerbForm": "Conv"}),
    (("ған", "ген", "қан", "кен"), {"Tense": "Past", "VerbForm": "Part"}),
    (("атын", "етін", "йтын", "йтін"), {"Tense": "Pres", "VerbForm": "Part"}),
    (("ар", "ер", "р", "мас", "мес", "бас", "бес", "пас", "пес"), {"Tense": "Fut",
                                                                   "VerbForm": "Part"}),
    (("у",), {"VerbForm": "Vnoun"}),
    (("уы", "уі"), {"VerbForm": "Vnoun"}),
]

NOMINAL = "N"
VERBAL = "V"


def _expand(slots):
    """All (ending, feats) sequences from a list of optional slots (each slot: list of
    (allomorphs, feats) alternatives)."""
    results = [("", {})]
    for slot, optional in slots:
        new = list(results) if optional else []
        for ending, feats in results:
            for allos, f in slot:
                for a in allos:
                    new.append((ending + a, {**feats, **f}))
        results = new
    return results


@lru_cache(maxsize=1)
def nominal_endings() -> dict[str, list[dict]]:
    """Ending → possible feature sets for a nominal (noun, adjective, proper noun, numeral)."""
    out: dict[str, list[dict]] = {}

    def add(e, f):
        f = dict(f)
        f.setdefault("Case", "Nom")
        lst = out.setdefault(e, [])
        if f not in lst:
            lst.append(f)

    for e, f in _expand([(_PLURAL, True)]):
        add(e, f)
        for e2, f2 in _expand([(_CASE_BARE, False)]):
            add(e + e2, {**f, **f2})
        for e2, f2 in _expand([(_POSS, False)]):
            add(e + e2, {**f, **f2})
            after = _CASE_AFTER_POSS if f2["Person[psor]"] == "3" else _CASE_AFTER_POSS12
            for e3, f3 in _expand([(after, False)]):
                add(e + e2 + e3, {**f, **f2, **f3})
        for e2, f2 in _expand([(_COPULA, False)]):
            add(e + e2, {**f, **f2})
    # derivational endings that keep the stem a nominal lemma are *not* stripped (KTB keeps
    # -лық, -шы, -лы, -сыз inside the lemma); the lexicon decides those.
    return out


@lru_cache(maxsize=1)
def verbal_endings() -> dict[str, list[dict]]:
    """Ending → possible feature sets for a verb stem (voice, negation, TAM, person, converbs,
    participles, verbal noun). Participles and verbal nouns then take nominal endings; the
    analyser composes those rather than listing every combination here."""
    out: dict[str, list[dict]] = {}

    def add(e, f):
        lst = out.setdefault(e, [])
        if f not in lst:
            lst.append(f)

    pre = _expand([(_VOICE, True), (_NEG, True)])
    for e0, f0 in pre:
        for allos, f, pers in _TAM:
            for a in allos:
                for pallos, pf in pers:
                    for pa in pallos:
                        add(e0 + a + pa, {**f0, **f, **pf})
        for allos, f in _NONFIN:
            for a in allos:
                add(e0 + a, {**f0, **f})
        if e0:
            add(e0, {**f0, "Mood": "Imp", "Person": "2", "VerbForm": "Fin"})
    add("", {"Mood": "Imp", "Person": "2", "VerbForm": "Fin"})
    return out
