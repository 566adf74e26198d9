"""Russian lemma, UPOS and UD features: pymorphy3 analyses, mapped to UD GSD conventions and
chosen in context.

pymorphy3 gives every dictionary analysis of a form with a frequency-based score, but no
context. We map each analysis to (lemma, UPOS, feats) as UD Russian GSD annotates them, then
pick a UPOS sequence with a small Viterbi search (UPOS bigram transitions and per-form UPOS
priors estimated on GSD dev, shipped in models/tag_data/ru_gsd_dev_stats.json), and finally
pick the analysis inside that UPOS whose case agrees with the governing preposition or the
neighbouring noun. Analyses are cached per word form, which is what makes it fast.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from extractors.tag.types import TokenTag, feats_str, is_punct, is_sym

STATS_PATH = Path(__file__).resolve().parents[2] / "models" / "tag_data" / "ru_gsd_dev_stats.json"

_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc",
         "acc2": "Acc", "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"}
_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
_NUMBER = {"sing": "Sing", "plur": "Plur"}
_TENSE = {"past": "Past", "pres": "Pres", "futr": "Fut"}
_PERSON = {"1per": "1", "2per": "2", "3per": "3"}
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})

# GSD tags these as SCONJ; every other pymorphy CONJ is CCONJ.
_SCONJ = frozenset({"что", "чтобы", "если", "когда", "хотя", "пока", "потому", "поскольку",
                    "так как", "как", "будто", "словно", "ибо", "чем", "раз", "нежели",
                    "дабы", "коли", "ежели", "точно", "едва"})
# Pronominal adjectives (Apro) that GSD tags PRON, and those it tags as plain ADJ
# (quantifying or contrasting adjectives, "другие страны", "сам факт", "многие годы").
_APRO_PRON = frozenset({"который"})
_APRO_ADJ = frozenset({"другой", "самый", "сам", "данный", "многий", "иной", "остальной",
                       "прочий", "сей"})
# Possessive forms of personal pronouns GSD tags DET when they modify a noun.
_POSS_PRON = frozenset({"его", "её", "ее", "их"})
_PRON_LEMMA = {"его": "он", "её": "она", "ее": "она", "их": "они", "этом": "это", "этого": "это",
               "этому": "это", "этим": "это", "того": "то", "тому": "то", "том": "то",
               "тем": "то"}

# Cases each preposition governs (the first is the likelier reading).
_PREP_CASES: dict[str, tuple[str, ...]] = {
    "в": ("Loc", "Acc"), "во": ("Loc", "Acc"), "на": ("Loc", "Acc"), "о": ("Loc", "Acc"),
    "об": ("Loc", "Acc"), "обо": ("Loc",), "при": ("Loc",), "по": ("Dat", "Loc", "Acc"),
    "с": ("Ins", "Gen", "Acc"), "со": ("Ins", "Gen"), "к": ("Dat",), "ко": ("Dat",),
    "из": ("Gen",), "изо": ("Gen",), "от": ("Gen",), "до": ("Gen",), "для": ("Gen",),
    "без": ("Gen",), "у": ("Gen",), "около": ("Gen",), "после": ("Gen",), "из-за": ("Gen",),
    "из-под": ("Gen",), "среди": ("Gen",), "кроме": ("Gen",), "вокруг": ("Gen",),
    "против": ("Gen",), "вместо": ("Gen",), "возле": ("Gen",), "мимо": ("Gen",),
    "ради": ("Gen",), "сквозь": ("Acc",), "через": ("Acc",), "про": ("Acc",),
    "за": ("Ins", "Acc"), "под": ("Ins", "Acc"), "над": ("Ins",), "перед": ("Ins",),
    "между": ("Ins",), "согласно": ("Dat",), "благодаря": ("Dat",), "навстречу": ("Dat",),
    "вследствие": ("Gen",), "путем": ("Gen",), "путём": ("Gen",), "посредством": ("Gen",),
    "в течение": ("Gen",), "внутри": ("Gen",), "вне": ("Gen",),
}
# pymorphy3 normal forms that GSD lemmatises differently.
_LEMMA_FIX = {"должный": "должен", "лёт": "год"}
# Abbreviations whose GSD lemma is the full word.
_ABBREV = {"г.": ("год", "NOUN"), "гг.": ("год", "NOUN"), "тыс.": ("тысяча", "NOUN"), "млн": ("миллион", "NOUN"),
           "млрд": ("миллиард", "NOUN"), "руб.": ("рубль", "NOUN"),
           "т.": ("то", "PRON"), "д.": ("другой", "ADJ"), "в.": ("век", "NOUN"),
           "вв.": ("век", "NOUN"), "фр.": ("франк", "NOUN"), "чел.": ("человек", "NOUN"),
           "чел": ("человек", "NOUN"), "мм": ("миллиметр", "NOUN"), "реж.": ("режиссер", "NOUN"),
           "букв.": ("буквально", "ADV"), "сокр.": ("сокращенно", "ADV"),
           "род.": ("родиться", "VERB"), "ум.": ("умереть", "VERB"),
           "%": ("процент-знак", "SYM")}
# Nouns after which a digit is an ordinal adjective in GSD ("в 1998 году", "5 мая").
_ORDINAL_HEADS = ("год", "гг", "г.", "век", "в.", "январ", "феврал", "март", "апрел", "мая",
                  "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр", "степен")
_YEAR = re.compile(r"^(1[0-9]|20)\d\d$")
_SENT_END = frozenset({".", "!", "?", "…", "...", ":", "—", "–", "-", "--"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'’.\-]*$")
_NUMBER_RE = re.compile(r"^[\d][\d.,:/\-–]*$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


class Cand(NamedTuple):
    lemma: str
    upos: str
    feats: str
    case: str
    gender: str
    number: str
    score: float


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _stats() -> dict:
    """GSD-dev statistics (CC BY-SA 4.0, see models/tag_data/LICENSE.md)."""
    if STATS_PATH.exists():
        return json.loads(STATS_PATH.read_text(encoding="utf-8"))
    return {"trans": {}, "prior": {}, "upos": {}}


_ADJ_ENDING = re.compile(r"(ого|его|ому|ему|ыми|ими|ой|ей|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ий|ый)$")


def _superlative_lemma(low: str) -> str:
    """GSD lemmatises a synthetic superlative as itself ("лучших" -> лучший, "старейшего" ->
    старейший), where pymorphy3 gives the positive degree (хороший, старый)."""
    stem = _ADJ_ENDING.sub("", low)
    return stem + "ий" if stem != low and stem.endswith("ш") else ""


def _map_parse(p, form: str) -> Optional[Cand]:
    tag = p.tag
    pos = tag.POS
    gr = tag.grammemes
    lemma = _LEMMA_FIX.get(p.normal_form, p.normal_form)
    if "Supr" in gr and pos == "ADJF":
        lemma = _superlative_lemma(form.lower()) or lemma
    f: dict[str, str] = {}
    case = next((_CASE[g] for g in gr if g in _CASE), "")
    gender = next((_GENDER[g] for g in gr if g in _GENDER), "")
    number = next((_NUMBER[g] for g in gr if g in _NUMBER), "")
    if pos is None:
        return None
    if pos == "NOUN":
        upos = "PROPN" if gr & _PROPER else "NOUN"
        f["Animacy"] = "Anim" if "anim" in gr else "Inan"
        if gender:
            f["Gender"] = gender
        elif "ms-f" in gr:
            f["Gender"] = "Masc"
    elif pos in ("ADJF", "ADJS", "COMP"):
        upos = "ADJ"
        if "Apro" in gr:
            upos = "PRON" if lemma in _APRO_PRON else ("ADJ" if lemma in _APRO_ADJ else "DET")
        if pos == "ADJS":
            f["Variant"] = "Short"
        if upos == "ADJ":
            f["Degree"] = "Cmp" if pos == "COMP" else ("Sup" if "Supr" in gr else "Pos")
        if gender and number != "Plur":
            f["Gender"] = gender
        if case == "Acc" and ("anim" in gr or "inan" in gr):
            f["Animacy"] = "Anim" if "anim" in gr else "Inan"
    elif pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
        upos = "AUX" if lemma == "быть" else "VERB"
        f["Aspect"] = "Perf" if "perf" in gr else "Imp"
        if pos == "INFN":
            f["VerbForm"] = "Inf"
        elif pos == "GRND":
            f["VerbForm"] = "Conv"
        elif pos in ("PRTF", "PRTS"):
            f["VerbForm"] = "Part"
            if pos == "PRTS":
                f["Variant"] = "Short"
            if gender and number != "Plur":
                f["Gender"] = gender
            if case == "Acc" and ("anim" in gr or "inan" in gr):
                f["Animacy"] = "Anim" if "anim" in gr else "Inan"
        else:
            f["VerbForm"] = "Fin"
            f["Mood"] = "Imp" if "impr" in gr else "Ind"
            if gender and number != "Plur":
                f["Gender"] = gender
            per = next((_PERSON[g] for g in gr if g in _PERSON), "")
            if per:
                f["Person"] = per
        tense = next((_TENSE[g] for g in gr if g in _TENSE), "")
        if tense and "impr" not in gr:
            f["Tense"] = tense
        if upos == "VERB" and pos != "INFN" or "pssv" in gr:
            f["Voice"] = "Pass" if "pssv" in gr else ("Mid" if lemma.endswith(("ся", "сь")) else "Act")
        elif upos == "VERB":
            f["Voice"] = "Mid" if lemma.endswith(("ся", "сь")) else "Act"
    elif pos == "NUMR":
        upos = "NUM"
        f["NumType"] = "Card"
        if gender and number != "Plur":
            f["Gender"] = gender
    elif pos == "ADVB":
        upos = "ADV"
        f["Degree"] = "Pos"
    elif pos == "PRED":
        upos = "ADV"
        f["Degree"] = "Pos"
    elif pos == "NPRO":
        upos = "PRON"
        per = next((_PERSON[g] for g in gr if g in _PERSON), "")
        if per:
            f["Person"] = per
        if gender and number != "Plur":
            f["Gender"] = gender
    elif pos == "PREP":
        upos = "ADP"
    elif pos == "CONJ":
        upos = "SCONJ" if lemma in _SCONJ else "CCONJ"
    elif pos == "PRCL":
        upos = "PART"
    elif pos == "INTJ":
        upos = "INTJ"
    else:
        return None
    if upos in _NOMINAL or upos in ("VERB", "AUX") and "VerbForm" in f and f["VerbForm"] == "Part":
        if case:
            f["Case"] = case
        if number:
            f["Number"] = number
    elif upos in ("VERB", "AUX") and number and f.get("VerbForm") == "Fin":
        f["Number"] = number
    if upos == "DET" and lemma in _POSS_PRON:
        f = {}
    # an imperative is rare in expository text; pymorphy3 ties it with a past plural that
    # looks the same ("пришли": прислать / прийти, "нашли": наслать / найти)
    score = p.score * 0.3 if "impr" in gr else p.score
    return Cand(lemma, upos, feats_str(f), case, gender, number, score)


# Comparatives GSD lemmatises as themselves (no positive adverb stands behind them).
_CMP_SELF = frozenset({"больше", "меньше", "раньше", "позже", "позднее", "ранее", "дольше"})


def _comparative_adverb(c: Cand, form: str) -> Cand:
    """A comparative ("чаще", "ближе") modifies a verb far more often than it is predicative
    ("лучше, чем"); GSD then tags it ADV with the positive adverb as lemma (часто, близко)."""
    low = form.lower()
    lemma = low
    if low not in _CMP_SELF and c.lemma.endswith(("ый", "ий", "ой")):
        adv = c.lemma[:-2] + "о"
        if any(p.tag.POS == "ADVB" and p.normal_form == adv for p in _morph().parse(adv)):
            lemma = adv
    return Cand(lemma, "ADV", "Degree=Cmp", "", "", "", c.score * 0.6)


@lru_cache(maxsize=200_000)
def _known(form: str) -> bool:
    return _morph().word_is_known(form.lower())


def _prefer_stressed_ending(out: dict, form: str) -> dict:
    """pymorphy3 lists an adjective under both "-ый" and "-ой" lemmas when the dictionary has
    both (родный/родной, основный/основной, больший/большой) and splits the score evenly;
    the "-ой" word is the everyday one and GSD's lemma, unless the form itself is a "-ый"
    nominative."""
    lemmas = {c.lemma for c in out.values() if c.upos in ("ADJ", "DET")}
    if form.lower().endswith(("ый", "ий")) or not any(
            l.endswith(("ый", "ий")) and l[:-2] + "ой" in lemmas for l in lemmas):
        return out
    merged: dict = {}
    for c in out.values():
        if c.upos in ("ADJ", "DET") and c.lemma.endswith(("ый", "ий")) and \
                c.lemma[:-2] + "ой" in lemmas:
            c = c._replace(lemma=c.lemma[:-2] + "ой")
        key = (c.lemma, c.upos, c.feats)
        merged[key] = merged[key]._replace(score=merged[key].score + c.score) \
            if key in merged else c
    return merged


def _nonword(form: str) -> Optional[list[Cand]]:
    """Tokens pymorphy3 has no dictionary for: punctuation, numbers, Latin, Roman numerals."""
    if form.lower() in _ABBREV:
        lemma, upos = _ABBREV[form.lower()]
        return [Cand(lemma, upos, "_", "", "", "", 1.0)]
    if is_sym(form):
        return [Cand(form, "SYM", "_", "", "", "", 1.0)]
    if is_punct(form):
        return [Cand(form, "PUNCT", "_", "", "", "", 1.0)]
    if _NUMBER_RE.match(form):
        return [Cand(form, "NUM", "NumType=Card", "", "", "", 0.97),
                Cand(form, "ADJ", "_", "", "", "", 0.03)]
    if _ROMAN.match(form) and len(form) > 1 or form in ("I", "V", "X"):
        return [Cand(form, "ADJ", "_", "", "", "", 0.6), Cand(form, "NUM", "_", "", "", "", 0.4)]
    if _LATIN.match(form):
        # GSD tags Latin-script words as foreign X, names included
        return [Cand(form.lower(), "X", "Foreign=Yes", "", "", "", 1.0)]
    low = form.lower()
    if low in _ABBREV:
        lemma, upos = _ABBREV[low]
        return [Cand(lemma, upos, "_", "", "", "", 1.0)]
    return None


@lru_cache(maxsize=200_000)
def candidates(form: str) -> tuple[Cand, ...]:
    """All UD readings of a form, best-first, with scores summing to ~1 (cached per form)."""
    if "\u0301" in form:  # stress marks in dictionaries and encyclopaedias
        form = form.replace("\u0301", "")
    special = _nonword(form)
    if special is not None:
        return tuple(special)
    parses = _morph().parse(form)
    out: dict[tuple[str, str, str], Cand] = {}
    known = any(p.is_known for p in parses)
    for p in parses:
        c = _map_parse(p, form)
        if c is None:
            continue
        for c in ([_comparative_adverb(c, form), c._replace(score=c.score * 0.4)]
                  if p.tag.POS == "COMP" else [c]):
            key = (c.lemma, c.upos, c.feats)
            if key in out:
                old = out[key]
                out[key] = old._replace(score=old.score + c.score)
            else:
                out[key] = c
    cands = sorted(_prefer_stressed_ending(out, form).values(), key=lambda c: -c.score)
    if not cands:
        cands = [Cand(form.lower(), "X", "_", "", "", "", 1.0)]
    if form[:1].islower():
        # pymorphy3's guesser proposes surnames for unknown words; lowercase ones are not names
        cands = [c._replace(upos="NOUN") if c.upos == "PROPN" else c for c in cands]
    elif not any(c.upos == "PROPN" for c in cands):
        # a capitalised word may be a name even when the dictionary knows it as a common noun
        # ("Союза", "Солнца"); context (mid-sentence capital) decides later
        weight = 0.5 if not known else 0.2
        extra = [c._replace(upos="PROPN", score=c.score * weight) for c in cands
                 if c.upos == "NOUN"]
        if not extra and not known:
            extra = [Cand(form, "PROPN", "_", "", "", "", 0.3)]
        cands = cands + extra
    return tuple(cands)


_ALPHA = 1.0  # weight of pymorphy3's distribution against the GSD-dev counts of a form
_UNIGRAM_EXP = 0.75  # how far emissions are divided by the UPOS unigram probability


def _upos_dist(form: str, cands: Sequence[Cand]) -> dict[str, float]:
    dist: dict[str, float] = {}
    for c in cands:
        dist[c.upos] = dist.get(c.upos, 0.0) + c.score
    total = sum(dist.values()) or 1.0
    dist = {u: s / total for u, s in dist.items()}
    prior = _stats()["prior"].get(form.lower())
    if prior:
        n = sum(prior.values())
        alpha = _ALPHA
        mixed = {u: (prior.get(u, 0) + alpha * dist.get(u, 0.0)) / (n + alpha)
                 for u in set(dist) | set(prior)}
        dist = {u: p for u, p in mixed.items() if p > 0}
    return dist


def _choose_upos(forms: Sequence[str], cand_lists: Sequence[Sequence[Cand]]) -> list[str]:
    """Viterbi over UPOS: emission P(u|w)/P(u), transitions from GSD dev bigrams."""
    st = _stats()
    trans = st["trans"]
    upos_p = st["upos"]
    if not trans:
        return [max(_upos_dist(f, c).items(), key=lambda kv: kv[1])[0]
                for f, c in zip(forms, cand_lists)]
    def t(a: str, b: str) -> float:
        row = trans.get(a, {})
        return math.log(row.get(b, 0.0) + 1e-4)

    prev: dict[str, tuple[float, list[str]]] = {"<s>": (0.0, [])}
    quoted = False
    for i, (form, cands) in enumerate(zip(forms, cand_lists)):
        dist = _upos_dist(form, cands)
        if form[:1].isdigit() and "ADJ" in dist:
            nxt = forms[i + 1].lower() if i + 1 < len(forms) else ""
            prv = forms[i - 1].lower() if i else ""
            year_ctx = _YEAR.match(form.split("-")[0].split("/")[0]) and (
                prv.startswith(_ORDINAL_HEADS) or prv in ("с", "по", "в", "до", "от", "(", "--")
                or not nxt[:1].isalpha())
            if nxt.startswith(_ORDINAL_HEADS) or year_ctx:
                dist = {"ADJ": 0.9, "NUM": 0.1}
        if form in _QUOTE_OPEN or _ENTITY_QUOTE.match(form) and not quoted:
            quoted = True
        elif form in _QUOTE_CLOSE or _ENTITY_QUOTE.match(form):
            quoted = False
        if i > 0 and form[:1].isupper() and "X" not in dist and forms[i - 1] not in _SENT_END \
                and not (quoted and forms[i - 1] in _QUOTE_OPEN and _known(form)):
            # a capital inside a sentence marks a name, but not the first word of a quoted
            # title ("журналу «Огонёк»"), which GSD tags by its own part of speech
            if "PROPN" in dist:
                dist["PROPN"] *= 10.0
        elif form[:1].isupper() and "PROPN" in dist and not _known(form):
            dist["PROPN"] *= 3.0  # an unknown capitalised word opening a sentence: a name
        cur: dict[str, tuple[float, list[str]]] = {}
        for u, pu in dist.items():
            emit = math.log(pu + 1e-6) - _UNIGRAM_EXP * math.log(upos_p.get(u, 1e-3) + 1e-3)
            best = max(((s + t(pv, u), path) for pv, (s, path) in prev.items()),
                       key=lambda x: x[0])
            cur[u] = (best[0] + emit, best[1] + [u])
        prev = cur
    final = max(((s + t(pv, "</s>"), path) for pv, (s, path) in prev.items()),
                key=lambda x: x[0])
    return final[1]


def _pick(cands: Sequence[Cand], upos: str, want_case: tuple[str, ...],
          agree: Optional[Cand]) -> Cand:
    pool = [c for c in cands if c.upos == upos] or list(cands)

    def score(c: Cand) -> float:
        s = c.score
        if want_case and c.case:
            if c.case in want_case:
                s += 1.0 if c.case == want_case[0] else 0.7
            else:
                s -= 0.5
        if agree is not None and c.case and agree.case:
            s += 0.3 * (c.case == agree.case) + 0.2 * (c.number == agree.number)
            if c.gender and agree.gender:
                s += 0.2 * (c.gender == agree.gender)
        return s

    return max(pool, key=score)


def _neuter_or_3sg(cands: Sequence[Cand]) -> bool:
    """The verb after a relative 'что' agrees with it: past neuter or present 3rd singular
    (", что привело", ", что позволяет"), never future ("что придёт" is a clause)."""
    c = cands[0]
    return c.upos in ("VERB", "AUX") and ("Gender=Neut" in c.feats or
                                          "Person=3" in c.feats and "Tense=Pres" in c.feats
                                          and "Number=Sing" in c.feats)


_DASH = frozenset({"--", "—", "–", "-"})
_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"})


_QUOTE_OPEN = frozenset({"``", "«", "„", "“"})
_QUOTE_CLOSE = frozenset({"''", "»", "”"})
_ENTITY_QUOTE = re.compile(r"^(?:&#39;)+$|^&quot;$")
_CYR_ACRONYM = re.compile(r"^[А-ЯЁ]{2,}$")


def _acronym(form: str, cands: Sequence[Cand]) -> tuple[Cand, ...]:
    """A word in capitals inside ordinary text is an acronym, never a function word ("ПО",
    "АН"): GSD tags the dictionary's common-noun acronyms NOUN (СМИ, ТЭЦ) and every other
    one PROPN (НАТО, РУП)."""
    nominal = tuple(c for c in cands if c.upos in ("NOUN", "PROPN")) if _known(form) else ()
    return nominal or (Cand(form, "PROPN", "_", "", "", "", 1.0),)


_CONTEXT_WORDS = frozenset("и также как так однако когда где поэтому лишь то это".split())


def _function_word(tokens: Sequence[str], i: int, upos_seq: Sequence[str]) -> Optional[str]:
    """GSD's reading of a frequent function word whose part of speech depends on its
    neighbours rather than on the word itself (None: keep the Viterbi choice).

    "и" after "как"/"хотя" or in "так и не" is the additive particle ("как и отец"), not a
    conjunction; "также" is a conjunction only in "а также"/"но также"; "как" before "и" or
    a noun phrase compares ("как правило", "известен как Дольятра": ADP), and after "так"
    it is the second half of "так как", which GSD splits as SCONJ + ADV; "однако" opening a
    clause is a conjunction, between commas an adverb; "когда", "где", "то" after a comma
    are adverbs, "поэтому" after a comma a subordinator; "это" after a dash is the copular
    particle ("трупиал -- это паразит") unless a verb follows."""
    low = tokens[i].lower()
    prev = tokens[i - 1].lower() if i else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    nxt_u = upos_seq[i + 1] if i + 1 < len(tokens) else "PUNCT"
    if low == "и":
        if prev in ("как", "хотя") or prev == "так" and prev2 != ",":
            return "PART"
        return None
    if low == "также":
        return "CCONJ" if prev in ("а", "но") else "PART"
    if low == "как":
        if prev == "так":
            return "ADV"
        if nxt == "и":
            return "ADP"
        if nxt_u in ("NOUN", "PROPN", "ADJ") and prev != "," and i > 0:
            return "ADP"
        return None
    if low == "так" and nxt == "как":
        return "SCONJ"
    if low == "однако":
        return "ADV" if prev == "," and nxt == "," else "CCONJ"
    if low in ("когда", "где"):
        return "ADV" if prev == "," or low == "где" else None
    if low == "поэтому":
        return "SCONJ" if prev == "," else "ADV"
    if low == "лишь":
        return "PART"
    if low == "то" and prev == "," and nxt_u not in ("NOUN", "ADJ"):
        return "ADV"
    if low == "это" and prev in _DASH and nxt_u not in ("VERB", "AUX"):
        return "PART"
    return None


_INDECLINABLE_END = tuple("уюиэео")
_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")


def _foreign_name_lemma(low: str, cands: Sequence[Cand], guessed: str) -> str:
    """Lemma of a name the dictionary does not know. pymorphy3's guesser declines it by
    analogy with a Russian word and often invents a nominative ("Сырбу" -> Сырба, "Митчелл"
    -> Митчелла); a name ending in -у/-ю/-и/-э/-е/-о is indeclinable and a name ending in a
    consonant is its own nominative, unless the guesser reads an instrumental "-ом/-ем"."""
    low = low.replace("\u0301", "")
    if low.endswith(_INDECLINABLE_END):
        return low
    if low[-1:] in _CONSONANTS:
        if low.endswith(("ом", "ем")) and len(low) > 4 and any(c.case == "Ins" for c in cands):
            return low[:-2]  # "Шретером" -> Шретер
        return low
    return guessed


def tag_ru(tokens: Sequence[str]) -> list[TokenTag]:
    """Tag one Russian sentence (a list of word tokens)."""
    if not tokens:
        return []
    cand_lists = [candidates(t) for t in tokens]
    letters = [t for t in tokens if t[:1].isalpha()]
    if sum(t.isupper() for t in letters) * 2 < len(letters):  # not a heading in capitals
        cand_lists = [_acronym(t, c) if _CYR_ACRONYM.match(t) else c
                      for t, c in zip(tokens, cand_lists)]
    upos_seq = _choose_upos(tokens, cand_lists)
    out: list[TokenTag] = []
    chosen: list[Optional[Cand]] = [None] * len(tokens)
    gov: tuple[str, ...] = ()
    for i, (tok, cands, u) in enumerate(zip(tokens, cand_lists, upos_seq)):
        low = tok.lower()
        if u == "ADP":
            gov = _PREP_CASES.get(low, ())
        agree = None
        if u == "DET" and low.startswith(("одн", "один")):
            u = "NUM"
        if u in ("ADJ", "DET") or (u == "VERB" and any(c.case for c in cands)):
            # agree with the next noun if one follows within two words
            for j in range(i + 1, min(i + 3, len(tokens))):
                if upos_seq[j] in ("NOUN", "PROPN"):
                    agree = _pick(cand_lists[j], upos_seq[j], gov, None)
                    break
        k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower() == "же" else i + 1
        nxt_u = upos_seq[k] if k < len(tokens) else "PUNCT"  # "в этом же году": look past "же"
        if u == "DET" and nxt_u not in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "VERB") \
                and any(c.upos == "PRON" for c in cands):
            # a determiner with no noun to determine stands alone: GSD tags it PRON
            u = "PRON"
        elif u == "DET" and low in _POSS_PRON and nxt_u not in ("NOUN", "PROPN", "ADJ", "NUM"):
            u = "PRON"
        elif u == "SCONJ" and low == "что" and any(c.upos == "PRON" for c in cands) and (
                i > 0 and tokens[i - 1] == "," and nxt_u in ("VERB", "AUX")
                and _neuter_or_3sg(cand_lists[i + 1])
                or i == 0 and tokens[-1] == "?"):
            # ", что привело к…": a relative pronoun standing for the previous clause;
            # "Что это?": a question word
            u = "PRON"
        forced = _function_word(tokens, i, upos_seq) if low in _CONTEXT_WORDS else None
        if forced:
            u = upos_seq[i] = forced
            if not any(c.upos == u for c in cands):
                cands = (Cand(low, u, "Degree=Pos" if u == "ADV" and low in ("так", "то",
                         "однако", "поэтому") else "_", "", "", "", 1.0),)
        c = _pick(cands, u, gov if u in _NOMINAL else (), agree)
        if u == "PRON" and c.upos != "PRON":
            c = Cand(_PRON_LEMMA.get(low, c.lemma), "PRON", "_", c.case, "", "", c.score)
        chosen[i] = c
        if u in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ") and u != "ADP":
            gov = ()
        lemma = c.lemma
        if u == "ADP" and c.lemma != low and low in ("со", "во", "об", "обо", "ко", "изо", "подо", "ото", "надо", "передо"):
            lemma = low
        if u == "PROPN" and tok[:1].isupper():
            if not _known(tok) and not _CYR_ACRONYM.match(tok):
                lemma = _foreign_name_lemma(low, cands, lemma)
            lemma = lemma[:1].upper() + lemma[1:]
        out.append(TokenTag(lemma, u, c.feats))
    return out


def first_parse(tokens: Sequence[str]) -> list[TokenTag]:
    """pymorphy3's top analysis without context: the baseline the tagger must beat."""
    out = []
    for tok in tokens:
        c = candidates(tok)[0]
        out.append(TokenTag(c.lemma, c.upos, c.feats))
    return out


def learn_stats(sentences) -> dict:
    """Estimate UPOS bigrams, UPOS unigram and per-form UPOS priors from gold sentences.

    Only forms seen at least twice whose gold UPOS pymorphy3 does not rank first are kept,
    so the file stays small and the priors only correct what the analyser gets wrong.
    """
    trans: dict[str, dict[str, int]] = {}
    uni: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    for s in sentences:
        seq = ["<s>"] + [t.upos for t in s.tags] + ["</s>"]
        for a, b in zip(seq, seq[1:]):
            trans.setdefault(a, {}).setdefault(b, 0)
            trans[a][b] += 1
        for f, t in zip(s.forms, s.tags):
            uni[t.upos] = uni.get(t.upos, 0) + 1
            forms.setdefault(f.lower(), {}).setdefault(t.upos, 0)
            forms[f.lower()][t.upos] += 1
    tp = {a: {b: n / sum(row.values()) for b, n in row.items()} for a, row in trans.items()}
    total = sum(uni.values())
    up = {u: n / total for u, n in uni.items()}
    prior = {}
    for f, cnt in forms.items():
        n = sum(cnt.values())
        if n < 2 or f[:1].isdigit():
            continue
        best = max(cnt.items(), key=lambda kv: kv[1])[0]
        top = max(_upos_dist_raw(f).items(), key=lambda kv: kv[1], default=("", 0))[0]
        if best != top or len(cnt) > 1:
            prior[f] = cnt
    return {"trans": tp, "upos": up, "prior": prior}


def _upos_dist_raw(form: str) -> dict[str, float]:
    dist: dict[str, float] = {}
    for c in candidates(form):
        dist[c.upos] = dist.get(c.upos, 0.0) + c.score
    return dist


def build_stats(dev_conllu: str | Path, out: Path = STATS_PATH) -> dict:
    """Re-estimate models/tag_data/ru_gsd_dev_stats.json from GSD dev (never from test)."""
    from extractors.tag.conllu import read_conllu

    _stats.cache_clear()
    stats = learn_stats(read_conllu(dev_conllu))
    out.write_text(json.dumps(stats, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    _stats.cache_clear()
    return stats


if __name__ == "__main__":  # python3 -m extractors.tag.ru [GSD_DEV_CONLLU]
    import sys

    default = Path(__file__).resolve().parents[3] / "shared" / "gold" / "ud_russian_gsd" / \
        "ru_gsd-ud-dev.conllu"
    st = build_stats(sys.argv[1] if len(sys.argv) > 1 else default)
    print(f"{STATS_PATH}: {len(st['prior'])} form priors")
