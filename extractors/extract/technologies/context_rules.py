"""Methods that no head noun names on the spot: the sentence around them says they are methods.

- an author's genitive before a noun phrase the teacher uses ('В.Ф. Шаталовтың тірек
  сигналдарын пайдаланамыз'): a teaching aid known by its author;
- a quoted name whose own noun follows in the possessive ('«Инсерт» белгілерін'), in a
  sentence that already names methods by quoted names;
- a plural noun of methods, then a dash or colon, then quoted names ('приёмы … – «Фишбоун» и
  «Мозговой штурм»');
- a Kazakh adjective made from a noun before ойын ('рөлдік ойындар'), as 'деловая игра' in Russian;
- English loanwords in -инг and 'веб-квест' that a conjunction joins to a method ('рөлдік ойындар
  мен сторителлинг', 'геокешингом и веб-квестами'): one list, one kind.
"""
from __future__ import annotations

import re

from .normalize import normalize_author
from .patterns import Candidate, GENERIC_KK

_KK_AUTHOR_GEN = r"((?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2})([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+?(?:дың|дің|тың|тің|ның|нің))"
# bare noun + noun with the 3rd-person possessive (plural or not), in any case: 'тірек сигналдарын'
_KK_IZAFET_NP = r"([а-яәғқңөұүһі]{3,})\s+([а-яәғқңөұүһі]{3,}?(?:лары|лері|дары|дері|тары|тері|сы|сі)(?:н|на|не|мен|нда|нде)?)"
_KK_USE = re.compile(r"\s*(?:[а-яәғқңөұүһі]+\s+){0,2}(пайдалан|қолдан|өткіз|жүргіз|ұйымдастыр|енгіз)\w*", re.I)
_KK_AUTHOR_NP = re.compile(rf"(?<!\w){_KK_AUTHOR_GEN}\s+{_KK_IZAFET_NP}(?!\w)")

# what a quoted name's own possessive noun may be: its marks, cards, table, rules, questions
_KK_NAME_PART = re.compile(r"\s+([а-яәғқңөұүһі]{3,}(?:лері|лары|дері|дары|тері|тары|сы|сі|ы|і)(?:н|на|не|мен|нда|нде)?)(?!\w)")
# (a final п/қ of the stem voices before a vowel: 'тақырыбында', 'кітабы', 'сабағы')
_KK_INSTANCE = re.compile(r"^(жоба|ойын|квест|байқау|конкурс|сайыс|олимпиада|кіта[пб]|мақала|тақыры[пб]|саба[қғ]|бағдарлама"
                          r"|атты$)", re.I)  # ('«Атбасар вокзалы» атты … ортасы': a thing's given name)
_QUOTED = re.compile(r"«([^\W\d_a-zа-яёәғқңөұүһі][^«»]{1,39})»")

_RU_PLURAL_METHODS = re.compile(r"(?<!\w)(при[её]мы|приёмов|приемов|методы|методов|стратегии|стратегий|техники)(?!\w)[^«».;:–—]{0,90}?\s[–—:]\s*(?=«)", re.I)
_NEXT = re.compile(r"«([^«»]{2,40})»(\s*(?:,|\bи\b|\bили\b)\s*)?")

_KK_GAME = re.compile(r"(?<![\w-])([а-яәғқңөұүһіА-ЯӘҒҚҢӨҰҮҺІ-]{3,}(?:лық|лік|дық|дік|тық|тік))\s+(ойын(?:дар|ы|ын|ды|ға|да|мен|дары|дарын|дарды|дардың|дарға|дармен|дарда)?)(?!\w)")
_KK_GAME_GENERIC = {"балалық", "спорттық", "компьютерлік", "ұлттық", "халықтық", "тарихтық", "азаматтық"}

# English loanwords: gerunds in -инг and web-quests, with kk/ru case endings
_LOAN = re.compile(r"(?<![\w-])((?:[а-яё]+-)?[а-яё]{3,}инг|веб-квест)(ом|ов|ами|ах|а|у|е|и|і|ті|ке|пен|мен|ты|ды|тер|тің|ке|те)?(?![\w-])", re.I)
# gerunds that name an activity of management or measurement, not a teaching method
_LOAN_NOT_METHOD = {"мониторинг", "рейтинг", "маркетинг", "тренинг", "брифинг", "митинг", "консалтинг", "лизинг",
                    "холдинг", "паркинг", "демпинг", "тестинг", "хостинг", "скоринг", "клиринг", "кастинг"}
# a bracket of examples may stand between a member and the conjunction: 'ойындар («Дүкенде») мен сторителлинг'
_COORD = re.compile(r"(?:\s*\([^()]{0,120}\))?\s*(?:,|\bи\b|\bили\b|\bжәне\b|\bмен\b|\bбен\b|\bпен\b|\bнемесе\b)\s*$", re.I)
_COORD_AFTER = re.compile(r"^\s*(?:,|\bи\b|\bили\b|\bжәне\b|\bмен\b|\bбен\b|\bпен\b|\bнемесе\b)\s*", re.I)


def _kk_nominative(word: str) -> str:
    return re.sub(r"(?<=[ыі])(н|на|не|мен|нда|нде)$", "", word)


def kk_author_aids(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _KK_AUTHOR_NP.finditer(text):
        first, second = m.group(3), m.group(4)
        if first.lower() in GENERIC_KK or not _KK_USE.match(text, m.end()):
            continue
        author = normalize_author(m.group(1).strip(), m.group(2), "kk")
        label = f"{first.lower()} {_kk_nominative(second.lower())}"
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{label} ({author})", "kk", "method",
                             "kk_author_aid", 0.75, author=author))
    return out


def kk_quoted_with_part(text: str, base: int, found: list[Candidate]) -> list[Candidate]:
    if not any("_named" in c.rule for c in found):
        return []
    taken = [(c.start - base, c.end - base) for c in found]
    out = []
    for m in _QUOTED.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or text[:m.start()].rstrip().endswith("("):
            continue
        part = _KK_NAME_PART.match(text, m.end())
        if not part or _KK_INSTANCE.match(part.group(1)) or len(m.group(1).split()) > 4:
            continue
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"«{m.group(1)}»", "kk", "method",
                             "kk_named_part", 0.7))
    return out


def ru_dash_quoted(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _RU_PLURAL_METHODS.finditer(text):
        pos = m.end()
        while True:
            q = _NEXT.match(text, pos)
            if not q:
                break
            out.append(Candidate(base + q.start(), base + q.start() + len(q.group(1)) + 2, f"«{q.group(1)}»",
                                 f"«{q.group(1)}»", "ru", "method", "ru_named_list", 0.75))
            if not q.group(2):
                break
            pos = q.end()
    return out


def kk_games(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _KK_GAME.finditer(text):
        adj = m.group(1).lower()
        if adj in GENERIC_KK or adj in _KK_GAME_GENERIC:
            continue
        if re.match(r"\s*технология", text[m.end():]):
            continue  # 'ойын технологиясы' is read by the head rules
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{adj} ойын", "kk", "method", "kk_game", 0.7))
    return out


def coordinated_loans(text: str, base: int, lang: str, found: list[Candidate]) -> list[Candidate]:
    loans = []
    for m in _LOAN.finditer(text):
        stem = m.group(1).lower()
        if stem in _LOAN_NOT_METHOD or stem.split("-")[-1] in _LOAN_NOT_METHOD:
            continue
        loans.append(m)
    out: list[Candidate] = []
    spans = [(c.start - base, c.end - base) for c in found if c.kind != "software"]
    changed = True
    while changed:
        changed = False
        for m in loans:
            if any(a <= m.start() < b for a, b in spans):
                continue
            left = any(b <= m.start() and _COORD.fullmatch(text[b:m.start()]) for a, b in spans)
            right = any(a >= m.end() and _COORD_AFTER.fullmatch(text[m.end():a]) for a, b in spans)
            # two loanwords joined to each other: 'геокешингом и веб-квестами'
            pair = any(o is not m and (_COORD.fullmatch(text[o.end():m.start()]) or _COORD.fullmatch(text[m.end():o.start()]))
                       for o in loans) and any("квест" in o.group(1).lower() for o in loans)
            if left or right or pair:
                stem = m.group(1).lower()
                out.append(Candidate(base + m.start(), base + m.end(), m.group(0), stem, lang, "method", f"{lang}_loan_method", 0.7))
                spans.append((m.start(), m.end()))
                changed = True
    return out


# a quoted name the sentence says is used: Kazakh puts the passive verb after it ('«Географиялық
# диктант» жиі қолданылады'), Russian after it or an active verb of use before it ('«Лесенка успеха»
# применяется …', 'используем «Лесенку успеха»'); an adverb may stand between
_KK_USED_AFTER = re.compile(r"\s+(?:[а-яәғқңөұүһі]+\s+)?(?:қолданыл|пайдаланыл)\w*", re.I)
_RU_USED_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?(?:использу|применя)\w*с[яь]", re.I)
_RU_USE_BEFORE = re.compile(r"(?<!\w)(?:использу|примен|использова)\w*\s+$", re.I)


def quoted_in_use(text: str, base: int, lang: str) -> list[Candidate]:
    out = []
    for m in _QUOTED.finditer(text):
        name = m.group(1)
        if len(name.split()) > 5 or text[:m.start()].rstrip().endswith("("):
            continue
        used = _KK_USED_AFTER.match(text, m.end()) if lang == "kk" else \
            (_RU_USED_AFTER.match(text, m.end()) or _RU_USE_BEFORE.search(text[:m.start()]))
        if used:
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"«{name}»", lang, "method",
                                 f"{lang}_quoted_in_use", 0.7))
    return out


def context_rules(text: str, base: int, lang: str, found: list[Candidate]) -> list[Candidate]:
    """``found``: what the head rules already read in this sentence."""
    if lang == "kk":
        out = kk_author_aids(text, base) + kk_quoted_with_part(text, base, found) + kk_games(text, base)
    else:
        out = ru_dash_quoted(text, base)
    out += quoted_in_use(text, base, lang)
    return out + coordinated_loans(text, base, lang, found + out)
