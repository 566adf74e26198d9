"""Normalising person names so one person gets one key across documents and languages.

Kazakh glues case endings onto the surname (``Қараевтың``, ``Жампейісованың``,
``Сухомлинскийдің``), Russian declines it (``Сухомлинского``, ``Шаталова``), and the same
person is spelled with Kazakh letters in one document and Russian letters in the next.
:func:`normalize_person` undoes the morphology (keeping the script), :func:`person_key` then
folds script and spacing so ``Ж.Қараев`` and ``Ж. Караев`` meet.
"""
from __future__ import annotations

import re
from functools import lru_cache

_KK_VOWELS_BACK = set("аоұыяю")
_KK_VOWELS_FRONT = set("әөүіеэи")
VOWELS = _KK_VOWELS_BACK | _KK_VOWELS_FRONT | set("уё")

# An initial: one capital letter and a dot, possibly two (``В.А.``) with or without spaces.
INITIAL_RE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.$")
_INITIALS_PREFIX_RE = re.compile(r"^((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]?\.[\s-]*){1,3})(.+)$")
_INITIALS_SUFFIX_RE = re.compile(r"^(\S.+?)\s+((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,3})$")

# Surname shapes that survive case stripping: they tell us where the name ends.
SURNAME_ENDINGS_KK = ("ұлы", "қызы", "улы", "кызы", "ова", "ева", "ёва", "ина",
                      "ов", "ев", "ёв", "ин", "ский", "цкий", "ская", "цкая")
SURNAME_ENDINGS_RU = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына",
                      "ский", "цкий", "ской", "цкой", "ская", "цкая", "ули", "улы", "кызы",
                      # frozen genitive plurals: Гладких, Черных (never declined)
                      "ых", "их")
# endings that mark a surname only on a longer word (Баян is a first name, Арзуманян not)
LONG_SURNAME_ENDINGS = ("енко", "ук", "юк", "ич", "швили", "дзе", "ян")

# Kazakh case/possessive endings that follow a name, longest first.  Each is tried only
# when vowel harmony and the stem's final sound agree with it (see _suffix_fits).
_KK_SUFFIXES = (
    # genitive
    "ның", "нің", "дың", "дің", "тың", "тің",
    # ablative
    "нан", "нен", "дан", "ден", "тан", "тен",
    # locative, and locative + relative -ғы/-гі (Абайдағы)
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "нда", "нде", "да", "де", "та", "те",
    # instrumental
    "менен", "бенен", "пенен", "мен", "бен", "пен",
    # dative
    "на", "не", "ға", "ге", "қа", "ке",
    # accusative
    "ны", "ні", "ды", "ді", "ты", "ті",
    # possessive 3rd person
    "сы", "сі", "ы", "і",
)
_VOICELESS = set("пфктсшщхцчқ")
_SONORANT_LIKE = set("лрйуwў")
_NASAL = set("мнң")


def _last_vowel(stem: str) -> str | None:
    for ch in reversed(stem):
        if ch in VOWELS:
            return ch
    return None


def _harmony_ok(stem: str, suffix: str) -> bool:
    """Back stems take back endings; front stems front ones (loanwords bend: allow both)."""
    if suffix in ("мен", "бен", "пен", "менен", "бенен", "пенен"):
        return True  # the comitative has one vowel for every stem: Тәжібаевамен, Қасымовпен
    sv = _last_vowel(suffix)
    lv = _last_vowel(stem)
    if sv is None or lv is None:
        return True
    if lv in "еиэёуяю":  # Russian ``е``/``и`` in surnames (Караев, Мамин) take either row; so do ``у`` (Блум)
        return True      # and the iotated ``я``/``ю`` of foreign names (Уильямстің)
    if stem.endswith("ь"):  # a soft sign fronts the ending after a back vowel: Гогольдің
        return True
    if stem.endswith(("ов", "ова", "ский")):  # Ахметовқа and Ахметовке are both written
        return True
    return (sv in _KK_VOWELS_BACK) == (lv in _KK_VOWELS_BACK)


def _sound_class(stem: str) -> str:
    """The class of a stem's final sound that picks a Kazakh ending's first consonant."""
    # a soft or hard sign is no sound: the letter before it picks the ending (Фребель → Фребельдің)
    last = stem.rstrip("ьъ")[-1:] or stem[-1]
    if last in VOWELS:
        return "vowel"
    if last in _NASAL:
        return "nasal"
    if last in "жз":
        return "zh"
    if last in "лрйу":
        return "liquid"
    return "voiceless"  # incl. б/в/г/д, devoiced at the end of a word (Караевтың)


# ending -> the final-sound classes it follows
_ALLOMORPHS = {
    "ның": ("vowel", "nasal"), "нің": ("vowel", "nasal"),
    "дың": ("zh", "liquid"), "дің": ("zh", "liquid"),
    "тың": ("voiceless",), "тің": ("voiceless",),
    "ны": ("vowel",), "ні": ("vowel",),
    "ды": ("nasal", "zh", "liquid"), "ді": ("nasal", "zh", "liquid"),
    "ты": ("voiceless",), "ті": ("voiceless",),
    "ға": ("vowel", "nasal", "zh", "liquid"), "ге": ("vowel", "nasal", "zh", "liquid"),
    "қа": ("voiceless",), "ке": ("voiceless",),
    "да": ("vowel", "nasal", "zh", "liquid"), "де": ("vowel", "nasal", "zh", "liquid"),
    "та": ("voiceless",), "те": ("voiceless",),
    "дағы": ("vowel", "nasal", "zh", "liquid"), "дегі": ("vowel", "nasal", "zh", "liquid"),
    "тағы": ("voiceless",), "тегі": ("voiceless",),
    "дан": ("vowel", "zh", "liquid"), "ден": ("vowel", "zh", "liquid"),
    "нан": ("nasal",), "нен": ("nasal",),
    "тан": ("voiceless",), "тен": ("voiceless",),
    "мен": ("vowel", "nasal", "liquid"), "менен": ("vowel", "nasal", "liquid"),
    "бен": ("zh",), "бенен": ("zh",),
    "пен": ("voiceless",), "пенен": ("voiceless",),
    "лар": ("vowel", "liquid"), "лер": ("vowel", "liquid"),
    "дар": ("nasal", "zh"), "дер": ("nasal", "zh"),
    "тар": ("voiceless",), "тер": ("voiceless",),
    "дай": ("vowel", "nasal", "zh", "liquid"), "дей": ("vowel", "nasal", "zh", "liquid"),
    "тай": ("voiceless",), "тей": ("voiceless",),
    "ша": ("vowel", "nasal", "zh", "liquid", "voiceless"),
    "ше": ("vowel", "nasal", "zh", "liquid", "voiceless"),
    "сы": ("vowel",), "сі": ("vowel",),
    "ы": ("nasal", "zh", "liquid", "voiceless"), "і": ("nasal", "zh", "liquid", "voiceless"),
}


def _suffix_fits(stem: str, suffix: str) -> bool:
    """Whether ``suffix`` is the allomorph Kazakh phonology picks after ``stem``."""
    if len(stem) < 2 or not _harmony_ok(stem, suffix):
        return False
    if suffix in ("на", "не", "нда", "нде", "ндағы", "ндегі"):
        return stem[-1] in "ыі"
    allowed = _ALLOMORPHS.get(suffix)
    if allowed is None:
        return False
    # Kazakh ``и`` and ``у`` are a vowel with a glide (/ɪj/, /ʊw/): a name ending in them takes the
    # endings of a ``й``/``у`` stem (Дьюидің, Сухомлинскийдің) as well as a vowel's
    if stem[-1] in "иу" and "liquid" in allowed:
        return True
    return _sound_class(stem) in allowed


def _has_surname_ending(word: str, lang: str) -> bool:
    w = word.lower()
    ends = SURNAME_ENDINGS_RU if lang == "ru" else SURNAME_ENDINGS_KK
    return (len(w) >= 4 and w.endswith(ends)) or (len(w) >= 7 and w.endswith(LONG_SURNAME_ENDINGS))


@lru_cache(maxsize=65536)
def strip_kk_suffix(word: str) -> str:
    """The name inside a Kazakh word form: ``Қараевтың`` → ``Қараев``.

    A surname ending (-ов/-ев/-ин/-ова/-ұлы/-ский …) marks a morpheme boundary and is
    trusted; without one, an ending is removed only when harmony agrees and at least three
    letters remain (so ``Ерден`` stays whole).  A hyphen or apostrophe before the ending
    (``Obama-ның``) is dropped too.
    """
    if not word:
        return word
    if word.lower().endswith(("ұлы", "қызы", "улы", "кызы")):  # the -ы belongs to ұлы/қызы
        return word
    m = re.match(r"^(.*\w)[-'’](\w{1,6})$", word)
    if m and m.group(2).lower() in _KK_SUFFIXES + ("ға", "ге"):
        return m.group(1)
    low = word.lower()
    # 1) a surname ending followed by case endings: cut right after the surname ending.
    for end in ("ұлы", "қызы", "улы", "кызы", "ский", "цкий", "ова", "ева", "ёва", "ина", "ына",
                "ов", "ев", "ёв", "ин", "ын"):
        idx = low.rfind(end)
        while idx > 1:
            rest = low[idx + len(end):]
            cut = idx + len(end)
            if rest == "":
                if end in ("ова", "ева", "ёва", "ина", "ына"):
                    return word  # a woman's surname as written: 'Мұқанова' (Kazakh declines it only by endings after it)
                break
            if _strip_chain(low[:cut], rest):
                return word[:cut]
            idx = low.rfind(end, 0, idx)
    # 2) a bare stem: peel at most two endings (possessive + case, e.g. -ы-на, -сы-ның).
    stem = low
    peeled: list[str] = []
    for _ in range(2):
        for suf in _KK_SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3 and _suffix_fits(stem[:-len(suf)], suf):
                stem = stem[: -len(suf)]
                peeled.append(suf)
                break
        else:
            break
    if peeled and peeled[-1] in _POSSESSIVE and (len(peeled) == 1 or peeled[0] not in _AFTER_POSSESSIVE):
        # a name takes no possessive of its own: the final -ы of 'Сейітқазы' is part of it ('Сейітқазыға')
        stem += peeled[-1]
    if stem != low and len(stem) < 3:
        return word
    return word[: len(stem)]


_POSSESSIVE = ("сы", "сі", "ы", "і")
# endings that follow only a possessive: 'Абайының', 'баласына'
_AFTER_POSSESSIVE = ("на", "не", "нда", "нде", "нан", "нен", "ндағы", "ндегі")


def _strip_chain(stem: str, rest: str) -> bool:
    """Whether ``rest`` is one or two case endings that phonology allows after ``stem``."""
    if rest in _KK_SUFFIXES and _suffix_fits(stem, rest):
        return True
    for suf in _KK_SUFFIXES:
        if rest.startswith(suf) and rest[len(suf):] in _KK_SUFFIXES and _suffix_fits(stem, suf) \
                and _suffix_fits(stem + suf, rest[len(suf):]):
            return True
    return False


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


# -ов/-ев/-ин surname + Russian case ending (Шаталова, Жампеисовой, Ивановым)
_RU_OV_SURNAME = re.compile(r"^(\w{2,}(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ою)$", re.IGNORECASE)
_RU_ADJ_SURNAME = ("ского", "скому", "ским", "ском", "ской", "скую", "ская", "цкого", "цкому",
                   "цким", "цком", "цкой", "цкую", "цкая", "ский", "цкий", "ого", "ому")


# (after a hissing consonant the instrumental ending is -ем: Маршем → Марш)
_RU_INSTR_FOREIGN = re.compile(r"\w{2,}(?:[бгджзклмнпрстфхцчшщ]ом|[жшчщц]ем)$")


# consonant stem + genitive -а, dative -у or instrumental -ом (not -ов/-ев/-ин stems, ruled above)
_RU_FOREIGN_OBLIQUE = re.compile(r"^(\w*(?:[бгджзклмпрстфхцчшщ]|(?<![иы])н))(?:а|у|ом)$|^(\w*[жшчщц])ем$")


@lru_cache(maxsize=65536)
def ru_nominative(word: str, role: str = "Surn", gender: str = "") -> str:
    """The nominative of a Russian name form (``Сухомлинского`` → ``Сухомлинский``).

    pymorphy3 knows common names and guesses surnames by paradigm; an ambiguous ``-ова``
    (masculine genitive or feminine nominative) comes back masculine, the usual case in
    ``технология В.Ф. Шаталова`` — :func:`person_key` folds the gender anyway.
    """
    if word and role == "Surn" and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)+", word):
        # a double surname declines in each part: 'Зинкевич-Евстигнеевой' → 'Зинкевич-Евстигнеева'
        parts = word.split("-")
        if ru_nominative(parts[-1], role, gender) == parts[-1]:
            return word  # the last part is already nominative: 'Заир-Бек'
        return "-".join(ru_nominative(part, role, gender) for part in parts)
    if not word or not word[0].isupper() or "-" in word:
        return word
    low = word.lower()
    if low.endswith(("улы", "ули", "кызы", "ұлы", "қызы")):  # Kazakh patronymic surnames
        return word
    if role == "Surn" and re.search(r"\w{2,}(?:ов|ев|ёв|ин|ын)$", low):
        return word  # already the masculine nominative (``Байжанов``), not a plural genitive of ``Байжан``
    if role == "Surn":
        m = _RU_OV_SURNAME.match(word)
        if m:  # pymorphy guesses unknown -ов/-ин surnames as adjectives; decline by rule
            stem, ending = m.group(1), m.group(2).lower()
            if ending in ("ой", "ою") or (ending == "а" and gender == "femn") or \
                    (ending in ("у",) and gender == "femn"):
                return stem + ("а" if word.islower() or not word.isupper() else "А")
            return stem
    if role == "Surn" and not _morph().word_is_known(low):
        adj = re.match(r"^(\w{2,}(?:ск|цк))(?:ого|ому|им|ом|ой|ую)$", low)
        if adj:  # an adjectival surname in an oblique case ('Ушинским' is no nominative 'Ушинским' like 'Ким')
            fem = low.endswith(("ой", "ую")) and gender != "masc"
            return word[:adj.end(1)] + ("ая" if fem else "ий")
        if re.search(r"[^аяьй]$", low) and low[-1] in "еиоэы" \
                and not low.endswith(("ове", "еве", "ине", "овы", "евы", "ины", *_RU_ADJ_SURNAME)):
            return word  # an indeclinable foreign or Kazakh surname: Пиаже, Дьюи, Руссо, Сейтказы
        m = _RU_FOREIGN_OBLIQUE.match(low)
        if m:  # a foreign surname the dictionary lacks, declined as a masculine noun: Скиннера, Шоплером
            return word[:m.end(1) if m.group(1) else m.end(2)]

        if re.search(r"[бвгджзклмнпрстфхцчшщ]$", low) and not re.search(r"(?:ск|цк)\w*$|(?:ым|им|ом|ем)$", low):
            return word  # already the nominative of a foreign surname: Винг, Белл
    parses = _morph().parse(word)
    soft = re.match(r"^(\w+л)(?:я|ю|ем)$", low)
    if role == "Surn" and soft and not _morph().word_is_known(low) \
            and not any("Surn" in p.tag or "Name" in p.tag for p in parses):
        return word[:soft.end(1)] + "ь"  # a foreign surname on a soft stem: Фрёбеля, Фрёбелем → Фрёбель
    if gender:  # the first name or patronymic said whose surname this is
        parses = sorted(parses, key=lambda p: p.tag.gender != gender)
    best = None
    for p in parses:
        if role in p.tag:
            best = p
            break
    if best is None and role == "Surn" and low.endswith(_RU_ADJ_SURNAME):
        best = next((p for p in parses if p.tag.POS == "ADJF"), None)
    if best is None and role == "Surn":
        # a foreign surname that is also a first name (Уильяма, Джонсона): decline it as the name
        best = next((p for p in parses if "Name" in p.tag and p.tag.case != "nomn"), None)
    if best is None:
        if role == "Surn" and _RU_INSTR_FOREIGN.search(low):
            return word[:-2]  # a foreign surname the dictionary lacks, in the instrumental: Сэмсом → Сэмс
        return word
    if best.tag.POS == "ADJF":
        gender = best.tag.gender or "masc"
        form = best.inflect({"nomn", "sing", gender}) if gender != "neut" else \
            best.inflect({"nomn", "sing", "masc"})
    else:
        gender = best.tag.gender
        form = best.inflect({"nomn", "sing"} | ({gender} if gender in ("masc", "femn") else set()))
    if form is None:
        return word
    return _match_case(word, form.word)


def _match_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    return new[:1].upper() + new[1:]


def split_initials(surface: str) -> tuple[list[str], list[str]]:
    """Initials (``['В', 'А']``) and the remaining name words of a person mention."""
    s = " ".join(surface.split())
    m = _INITIALS_PREFIX_RE.match(s)
    initials: list[str] = []
    rest = s
    if m:
        initials = [x for x in re.split(r"[.\s-]+", m.group(1)) if x]
        rest = m.group(2)
    else:
        m2 = _INITIALS_SUFFIX_RE.match(s)
        if m2:
            rest = m2.group(1)
            initials = [x for x in re.split(r"[.\s]+", m2.group(2)) if x]
    return initials, rest.split()


def surname_index(words: list[str], lang: str) -> int:
    """Which of the name words is the surname: the one with a surname ending, else the last."""
    for i, w in enumerate(words):
        if _has_surname_ending(strip_kk_suffix(w) if lang == "kk" else w, lang) and not \
                w.lower().endswith(("ұлы", "қызы", "вич", "вна", "ична")):
            return i
    return len(words) - 1


def normalize_person(surface: str, lang: str) -> str:
    """A stable written form of a person mention, in the mention's own script.

    Initials are written together before the surname (``В.А.Сухомлинский``), Kazakh case
    endings are cut from the last word, Russian forms are put in the nominative.
    """
    initials, words = split_initials(surface)
    if not words:
        return surface.strip()
    if lang == "kk" and re.search(r"(?:ов|ев|ин)(?:ой|ым|ому|ого)$", words[-1].lower()) and not re.search(r"[әғқңөұүһі]", surface.lower()):
        lang = "ru"  # a Russian case form in a line tagged Kazakh ('Справки: у методиста Токтаровой А.Е.')
    if lang == "kk":
        last = words[-1]
        stripped = strip_kk_suffix(last)
        # a word seen as a name in training may still be a surname with its case ending ('Мүсіреповтің')
        if not _is_known_name(last) or re.search(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына)$", stripped.lower()):
            last = stripped
        words = words[:-1] + [last]
    else:
        roles = _ru_roles(words, bool(initials))
        gender = _ru_gender(words, roles)
        words = [ru_nominative(w, r, gender) for w, r in zip(words, roles)]
    name = " ".join(words)
    if initials:
        return ".".join(initials) + "." + name
    return name


def _is_known_name(word: str) -> bool:
    """A whole word that training saw as a name (``Мұхтар`` is not ``Мұх`` + plural)."""
    from .resources import load_lexicon

    lex = load_lexicon()
    low = word.lower()
    return low in lex.first_names or low in lex.surnames


def _ru_gender(words: list[str], roles: list[str]) -> str:
    """``femn``/``masc`` from the first name or patronymic, or ``""`` when there is none."""
    for w, r in zip(words, roles):
        if r == "Patr":
            return "femn" if w.lower().endswith(("вна", "вны", "вне", "вной", "вну", "чна",
                                                  "чны", "чне", "чной", "чну")) else "masc"
    for w, r in zip(words, roles):
        if r == "Name":
            for p in _morph().parse(w):
                if "Name" in p.tag and p.tag.gender in ("masc", "femn"):
                    return p.tag.gender
    return ""


def _ru_roles(words: list[str], has_initials: bool) -> list[str]:
    if has_initials or len(words) == 1:
        return ["Surn"] * len(words)
    roles = []
    for i, w in enumerate(words):
        low = w.lower()
        if low.endswith(("вич", "вна", "ична", "вича", "вны", "вной", "вичу")):
            roles.append("Patr")
        elif _has_surname_ending(w, "ru") or i == len(words) - 1:
            roles.append("Surn")
        else:
            roles.append("Name")
    if "Surn" not in roles:
        roles[-1] = "Surn"
    return roles


_FOLD = str.maketrans({
    "қ": "к", "ә": "а", "ө": "о", "ү": "у", "ұ": "у", "і": "и", "ғ": "г", "ң": "н", "һ": "х",
    "ё": "е", "ъ": "", "ь": "", "э": "е",
})


def fold_script(text: str) -> str:
    """Kazakh-specific letters to their Russian spelling, lower case: ``Қараев`` → ``караев``."""
    t = text.lower().translate(_FOLD)
    t = t.replace("йи", "и").replace("ий", "и") if not t.endswith("ий") else \
        t[:-2].replace("йи", "и").replace("ий", "и") + "ий"
    t = re.sub(r"(.)\1", r"\1", t)  # Ассанов / Асанов
    return t


def _fold_surname(word: str) -> str:
    w = fold_script(word)
    # one key for a surname's masculine and feminine forms (Жампейісов / Жампейісова)
    w = re.sub(r"(ов|ев|ин|ын)а$", r"\1", w)
    w = re.sub(r"(ск|цк)(ий|ая|ои)$", r"\1ий", w)
    return w


def person_key(normalized: str, lang: str = "kk") -> str:
    """One key per person across kk and ru spellings: ``Ж.Қараев`` and ``Ж. Караев`` → ``ж.караев``.

    The key is the folded surname behind the first initial (or first-name initial), so
    ``Нұрсұлтан Назарбаев`` and ``Н.Назарбаев`` meet; a single-word name is its folded self.
    Feminine and masculine surname forms share a key (the price: a rare collision).
    """
    initials, words = split_initials(normalized)
    if not words:
        return fold_script(normalized)
    si = surname_index(words, lang)
    surname = _fold_surname(words[si])
    first = initials[0] if initials else (words[0] if si != 0 and len(words) > 1 else
                                          (words[1] if len(words) > 1 else ""))
    if not first:
        return surname
    return fold_script(first[0]) + "." + surname
