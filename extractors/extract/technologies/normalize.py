"""Lemma keys that fold inflected forms, spellings and the kk/ru names of one technology.

A technology is identified by the *set of its specific content words*, each reduced to a
language-neutral stem: Kazakh words lose their case/possessive/plural endings and the
adjective suffix -лық/-лік…, Russian words are lemmatised (pymorphy3) and lose their
adjective endings; native Kazakh words are then mapped to the Russian stem of the same
pedagogical term (a small hand-written lexicon), while loanwords (модуль, проблема,
компьютер, интерактив …) already meet after soft-sign and final-vowel folding. Head nouns
(технология, оқыту, обучение, әдіс, метод, жүйе, система …) are left out of the key, so
'модульдік оқыту', 'модульдік технология' and 'модульное обучение' share one key.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from extractors.extract.morph import ru_morph

WORD_RE = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЇїЄє0-9]+")

KK_CHARS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# Kazakh endings, longest first; stripped repeatedly (case, then possessive, then plural).
_KK_CASE = (
    "ларының", "лерінің", "дарының", "дерінің", "тарының", "терінің",
    "нан", "нен", "дан", "ден", "тан", "тен", "ның", "нің", "дың", "дің", "тың", "тің",
    "ға", "ге", "қа", "ке", "на", "не", "нда", "нде", "да", "де", "та", "те",
    "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен", "пен", "ын", "ін", "н",
)
_KK_POSS = ("сы", "сі", "ы", "і")
_KK_PLUR = ("лар", "лер", "дар", "дер", "тар", "тер")
_KK_ADJ = ("лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "ды", "ді", "ты", "ті")

# words that never make a technology specific and never enter a key
HEAD_STEMS = {
    "технолог", "оқыт", "оқу", "обучен", "обуч", "әдіс", "метод", "әдістеме", "методик",
    "жүйе", "систем", "педагогика", "педагогикалық", "педагогическ", "педагогич", "педагогик", "педагог", "бағдарлама",
    "программ", "жаса", "теори", "способ", "реализац", "на", "основ", "негіз", "и", "және",
    "мен", "бен", "пен", "др", "т", "б", "изучен", "жүзеге", "асыр", "өткіз", "жек", "дара",
    "қолдан", "использован", "тұрғ", "тұрғы",
}

# Kazakh stem → Russian stem of the same term (pedagogical vocabulary only).
KK_RU_LEXICON = {
    "дамыт": "развива", "дамыта": "развива", "ойын": "игр", "топ": "групп", "топтық": "групп",
    "ұжым": "коллектив", "тұлға": "личн", "тұлғалық": "личн", "тұлғалылық": "личн",
    "бағдар": "ориентир", "бағдарлы": "ориентир", "бағдарлан": "ориентир", "бағыт": "ориентир",
    "бағытта": "ориентир", "бағыттал": "ориентир", "бағыттап": "ориентир",
    "жоба": "проект", "жобала": "проект", "жобалау": "проект", "сын": "критич", "сыни": "критич",
    "ойла": "мышлен", "ойлау": "мышлен", "толық": "полн", "игер": "усвоен", "игеру": "усвоен",
    "қашықта": "дистанц", "қашықтан": "дистанц", "ақпарат": "информац", "ақпараттық": "информац",
    "зерттеу": "исследова", "зерттеушілік": "исследова", "ізденіс": "поиск",
    "ынтымақтастық": "сотрудничеств", "ынтымақ": "сотрудничеств", "адамгершілік": "гуман",
    "бейімде": "адапт", "бейімдеу": "адапт", "тереңдет": "погружен", "тереңдету": "погружен",
    "кәсіби": "профессиональ", "денсаулық": "здоров", "құзырет": "компетент",
    "құзыреттілік": "компетент", "мәдени": "культур", "сөйле": "диалог", "сөйлеу": "диалог",
    "шетел": "иностран", "тіл": "язык", "кезең": "поэтап", "кезеңмен": "поэтап",
    "электрондық": "электрон", "электрон": "электрон", "бағала": "оценива", "бағалау": "оценива",
    "критериал": "критериаль", "критериалдық": "критериаль", "есеп": "задач", "шығару": "решен",
}

# Russian stem variants folded onto one
RU_FOLD = {
    "развивающ": "развива", "игров": "игр", "группов": "групп", "коллективн": "коллектив",
    "личностн": "личн", "личност": "личн", "ориентированн": "ориентир", "ориентирова": "ориентир",
    "проектн": "проект", "проектирован": "проект", "проектировани": "проект", "критическ": "критич",
    "мышлени": "мышлен", "полн": "полн", "усвоени": "усвоен", "дистанционн": "дистанц",
    "информационн": "информац", "исследовательск": "исследова", "исследовани": "исследова",
    "поисков": "поиск", "сотрудничеств": "сотрудничеств", "гуманн": "гуман", "гуманно": "гуман",
    "адаптивн": "адапт", "погружени": "погружен", "профессиональн": "профессиональ",
    "здоровьесберегающ": "здоров", "компетентностн": "компетент", "культур": "культур",
    "иностранн": "иностран", "поэтапн": "поэтап", "электронн": "электрон",
    "оценивани": "оценива", "критериальн": "критериаль", "решени": "решен",
}


def _load_terms() -> None:
    """Add the general kk/ru vocabulary of ``kk_ru_terms.tsv`` (a data file, so the word list can
    grow without touching the rules) to the lexicon and the Russian folds."""
    from pathlib import Path

    path = Path(__file__).with_name("kk_ru_terms.tsv")
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, stem, shared = line.split("\t")[:3]
        (KK_RU_LEXICON if lang == "kk" else RU_FOLD).setdefault(stem.strip(), shared.strip())


_load_terms()
_LEX_ROOTS = sorted((k for k in KK_RU_LEXICON if len(k) >= 5), key=len, reverse=True)


def is_kazakh(text: str) -> bool:
    return any(c in KK_CHARS for c in text)


def kk_strip(word: str) -> str:
    """Drop Kazakh inflection (case, possessive, plural), keeping derivation."""
    w = word.lower()
    for group in (_KK_CASE, _KK_POSS, _KK_PLUR, _KK_POSS):
        for suf in group:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
    return w


def kk_base(word: str) -> str:
    """Inflection and the adjective suffix removed: the stem two kk words share."""
    w = kk_strip(word)
    for suf in _KK_ADJ:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _morph():
    return ru_morph()


@lru_cache(maxsize=20000)
def ru_morph_parses(word: str) -> tuple:
    """Every dictionary reading of a Russian word, best first (empty when the dictionary is missing)."""
    m = _morph()
    return tuple(m.parse(word)) if m else ()


@lru_cache(maxsize=20000)
def ru_parse(word: str):
    parses = ru_morph_parses(word)
    return parses[0] if parses else None


@lru_cache(maxsize=20000)
def ru_agreement(word: str) -> frozenset:
    """Every (case, number, gender) any reading of the word may stand in; gender is None in the
    plural, where adjectives do not show it (empty when the dictionary is missing)."""
    return frozenset((p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
                     for p in ru_morph_parses(word) if p.tag.case)


def ru_lemma(word: str) -> str:
    p = ru_parse(word.lower())
    return p.normal_form if p else word.lower()


_RU_ADJ_END = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ского|ный|ние|ния|ние)$")


def _fold(stem: str) -> str:
    stem = stem.replace("ь", "").replace("ъ", "").replace("ё", "е")
    stem = re.sub(r"(.)\1", r"\1", stem)
    while len(stem) > 4 and stem[-1] in "аеыіиоуяэ":
        stem = stem[:-1]
    return stem


def concept_stem(word: str, lang: Optional[str] = None, lemma: Optional[str] = None) -> str:
    """Language-neutral stem of one word (see the module docstring)."""
    w = word.lower()
    if re.fullmatch(r"[a-z0-9]+", w):
        return w
    if (lang or ("kk" if is_kazakh(w) else "ru")) == "kk" or is_kazakh(w):
        s = kk_strip(w)
        if s in KK_RU_LEXICON:
            return KK_RU_LEXICON[s]
        b = kk_base(w)
        if b in KK_RU_LEXICON:
            return KK_RU_LEXICON[b]
        for root in _LEX_ROOTS:
            if w.startswith(root):
                return KK_RU_LEXICON[root]
        return _fold(b)
    lem = (lemma or ru_lemma(w)).lower()
    p = ru_parse(w)
    if p is not None and p.tag.POS == "PRTF":
        # a participle's lemma is its verb (развивающего → развивать); the adjective form
        # (развивающий) is what names a kind of teaching
        form = p.inflect({"nomn", "sing", "masc"})
        lem = form.word if form else lem
    for n in range(len(lem), 3, -1):  # the longest listed stem the lemma starts with
        if lem[:n] in RU_FOLD:
            return RU_FOLD[lem[:n]]
    base = re.sub(r"(ный|ний|ной|ский|ской|ий|ый|ой|ие|ия|ие|ство|ость)$", "", lem)
    return _fold(base)


def label_key(label: str, lang: Optional[str] = None) -> frozenset[str]:
    stems = set()
    for part in WORD_RE.findall(label):
        # proper names (Монтессори, Зайцев) are compared as written, not lemmatised
        s = _fold(part.lower()) if part[:1].isupper() and len(part) > 2 else concept_stem(part, lang)
        if len(s) < 2 or s in HEAD_STEMS or any(s.startswith(h) for h in ("технолог", "обуч", "оқыт")):
            continue
        stems.add(s)
    return frozenset(stems)


def normalize_author(initials: str, surname: str, lang: str) -> str:
    """'Ж.', 'Қараевтың' → 'Ж.Қараев'; Russian genitive 'Зайцева' → 'Зайцев' (pymorphy3)."""
    ini = "".join(ch + "." for ch in re.findall(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]", initials))
    sur = surname
    if lang == "kk" or is_kazakh(surname):
        for suf in ("ның", "нің", "дың", "дің", "тың", "тің"):
            if sur.endswith(suf):
                sur = sur[: -len(suf)]
                break
    else:
        p = ru_parse(sur)
        if p is not None and "Surn" in p.tag and p.tag.case != "nomn":
            infl = p.inflect({"nomn", "masc"}) or p.inflect({"nomn"})
            if infl:
                sur = infl.word.capitalize()
    return f"{ini}{sur}"


def tech_id(key: Iterable[str], fallback: str) -> str:
    import hashlib

    basis = "|".join(sorted(key)) or fallback.lower()
    return "tech:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
