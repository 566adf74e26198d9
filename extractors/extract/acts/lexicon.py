"""Words that make a normative act reference, in Kazakh and Russian.

Heads are matched with their inflection (Kazakh possessive + case chains ``бұйрығымен``,
``Заңының``, ``бағдарламасында``; Russian case forms ``приказом``, ``Закона``,
``Программы``), never as fixed phrases.  Derived words that share a stem but are not acts
(``бағдарламалық`` software, ``жоспарлау`` planning, ``законодательство``, ``правило``) are kept
out by the ending patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Kazakh possessive -ы/-і/-сы/-сі followed by an optional case ending; also bare plural forms.
_KK_POSS_CASE = r"(?:ы|і|сы|сі)(?:н|на|не|нда|нде|ның|нің|нан|нен|мен|менен|ндағы|ндегі)?"
_KK_CASE = r"(?:ға|ге|қа|ке|да|де|та|те|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|мен|бен|пен)?"


@dataclass(frozen=True)
class Head:
    """A word that names an act: its type, the language, and the inflected-form pattern."""

    lemma: str
    type: str
    lang: str
    pattern: re.Pattern


def _h(lemma: str, type_: str, lang: str, pattern: str) -> Head:
    return Head(lemma, type_, lang, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.I))


HEADS: tuple[Head, ...] = (
    # Kazakh: the final consonant of бұйрық / жарлық voices before a vowel (бұйрығы).
    _h("бұйрық", "order", "kk", rf"бұйрық{_KK_CASE}|бұйрығ{_KK_POSS_CASE}|бұйрықтар\w*"),
    # заң: possessed (Заңы, Заңына), bare with a case (Заңнан, Заңға, Заңмен) and plural for laws
    # cited together (… № 319-III және «…» … заңдарына); not заңды 'lawful', заңнама 'legislation'
    _h("заң", "law", "kk", rf"заң{_KK_POSS_CASE}|заң(?:ға|да|нан|мен|ның)?|заңдар(?:ға|да|ды|дың|дан|мен|{_KK_POSS_CASE})?"),
    _h("кодекс", "law", "kk", rf"кодекс{_KK_POSS_CASE}|кодекс{_KK_CASE}"),
    _h("бағдарлама", "programme", "kk", rf"бағдарлама{_KK_POSS_CASE}|бағдарлама{_KK_CASE}"),
    _h("жоспар", "plan", "kk", rf"жоспар{_KK_POSS_CASE}|жоспар{_KK_CASE}"),
    _h("конвенция", "convention", "kk", rf"конвенция{_KK_POSS_CASE}|конвенция{_KK_CASE}"),
    _h("жолдау", "address", "kk", rf"жолдау{_KK_POSS_CASE}|жолдау{_KK_CASE}"),
    _h("жарлық", "other", "kk", rf"жарлық{_KK_CASE}|жарлығ{_KK_POSS_CASE}"),
    _h("қаулы", "other", "kk", r"қаулы(?:сы|сын|сына|сында|сының|сымен|сынан)?"),
    _h("ереже", "other", "kk", rf"ереже{_KK_POSS_CASE}|ережелер\w*|ереже{_KK_CASE}"),
    # қағидалар: the rules an order approves (… ұйымдастыру қағидалары / қағидаларын) are plural;
    # the singular қағида(сы) is a principle or maxim («Білім – өмір бойы» қағидасы)
    _h("қағида", "other", "kk", r"қағидалар\w*"),
    _h("стандарт", "other", "kk", rf"стандарт{_KK_POSS_CASE}|стандарт{_KK_CASE}|стандарттар\w*"),
    # a concept (Тұжырымдама / Концепция) sets a state policy for a period, as a programme does
    _h("тұжырымдама", "programme", "kk", rf"тұжырымдама{_KK_POSS_CASE}|тұжырымдама{_KK_CASE}"),
    _h("стратегия", "other", "kk", rf"стратегия{_KK_POSS_CASE}|стратегия{_KK_CASE}"),
    _h("жоба", "other", "kk", rf"жоба{_KK_POSS_CASE}|жоба{_KK_CASE}"),
    _h("конституция", "other", "kk", rf"конституция{_KK_POSS_CASE}|конституция{_KK_CASE}"),
    # Russian
    _h("приказ", "order", "ru", r"приказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?"),
    _h("закон", "law", "ru", r"закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?"),
    _h("кодекс", "law", "ru", r"кодекс(?:а|у|ом|е|ы)?"),
    _h("программа", "programme", "ru", r"программ(?:а|ы|е|у|ой|ою)"),
    _h("план", "plan", "ru", r"план(?:а|у|ом|е|ы)?"),
    _h("конвенция", "convention", "ru", r"конвенци(?:я|и|ю|ей|ею)"),
    _h("послание", "address", "ru", r"послани(?:е|я|ю|ем|и)"),
    _h("указ", "other", "ru", r"указ(?:а|у|ом|е|ы)?"),
    _h("постановление", "other", "ru", r"постановлени(?:е|я|ю|ем|и)"),
    _h("распоряжение", "other", "ru", r"распоряжени(?:е|я|ю|ем|и)"),
    _h("правила", "other", "ru", r"правил(?:а|ам|ами|ах)?"),
    _h("положение", "other", "ru", r"положени(?:е|я|ю|ем|и)"),
    _h("стандарт", "other", "ru", r"стандарт(?:а|у|ом|е|ы|ов|ам|ами|ах)?"),
    _h("концепция", "programme", "ru", r"концепци(?:я|и|ю|ей|ею)"),
    _h("стратегия", "other", "ru", r"стратеги(?:я|и|ю|ей|ею)"),
    _h("проект", "other", "ru", r"проект(?:а|у|ом|е)?"),
    _h("конституция", "other", "ru", r"конституци(?:я|и|ю|ей|ею)"),
)

# Heads too common as ordinary words to count without a strong signal (a title in quotes,
# a date or number, a national/state adjective in their phrase).
WEAK_HEADS = {"жоба", "проект", "положение", "ереже", "қағида", "правила", "стандарт", "стратегия",
              "тұжырымдама", "концепция", "план", "жоспар", "бағдарлама", "программа"}
# Heads of national projects are acts only with a national adjective and a quoted name.
PROJECT_HEADS = {"жоба", "проект"}

MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RU_RE = r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"

MONTHS_KK = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
# a Kazakh month name with the locative + -ғы/-гі attribute (тамыздағы, қарашадағы, шілдедегі)
MONTH_KK_RE = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:дағы|дегі|тағы|тегі|да|де|та|те)?"

# Adjectives that make a programme/plan/standard a state act rather than a school's own.
STATE_ADJ_RE = re.compile(
    r"(?<!\w)(?:мемлекеттік|ұлттық|республикалық|салалық|государственн\w*|национальн\w*|"
    r"республиканск\w*|отраслев\w*|общенациональн\w*|жалпыұлттық)(?!\w)", re.I)

# Issuers, normalized.  Each entry: (normalized form, pattern).  Order matters: longer first.
ISSUERS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (norm, re.compile(p, re.I)) for norm, p in (
        ("МОН РК", r"Министерств\w*\s+образования\s+и\s+науки(?:\s+(?:Республики\s+Казахстан|РК))?"),
        ("МОН РК", r"Министр\w*\s+образования\s+и\s+науки(?:\s+(?:Республики\s+Казахстан|РК))?"),
        ("МОН РК", r"МОН\s+РК|МОН(?=\s)"),
        ("МП РК", r"Министерств\w*\s+просвещения(?:\s+(?:Республики\s+Казахстан|РК))?|Министр\w*\s+просвещения(?:\s+(?:Республики\s+Казахстан|РК))?|МП\s+РК"),
        ("ҚР БҒМ", r"(?:Қазақстан\s+Республикасы(?:ның)?\s+|ҚР\s+)?Білім\s+және\s+ғылым\s+министр\w*"),
        ("ҚР БҒМ", r"(?:ҚР\s+)?БҒ\s+министр\w*|ҚР\s+БҒМ|БҒМ\w*"),
        ("ҚР ОАМ", r"(?:Қазақстан\s+Республикасы(?:ның)?\s+|ҚР\s+)?Оқу-ағарту\s+министр\w*|ҚР\s+ОАМ"),
        ("Президент РК", r"Президент\w*(?:\s+(?:Республики\s+Казахстан|РК))?|(?:Қазақстан\s+Республикасы(?:ның)?\s+|ҚР\s+)Президент\w*"),
        ("Президент РК", r"Елбасы\w*|Мемлекет\s+басшысы\w*|Главы\s+государства|Глава\s+государства"),
        ("Правительство РК", r"Правительств\w*(?:\s+(?:Республики\s+Казахстан|РК))?|(?:Қазақстан\s+Республикасы(?:ның)?\s+|ҚР\s+)?Үкімет\w*"),
        ("ООН", r"ООН|БҰҰ\w*|Организаци\w+\s+Объединенных\s+Наций|Біріккен\s+Ұлттар\s+Ұйым\w*"),
    )
)

# Bilingual topic vocabulary: a title's topics are the same set in both languages, so
# «Білім туралы» and «Об образовании» share a key.  Stems match at a word's start.
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("education", ("білім", "оқу-ағарту", "образован", "просвещ")),
    ("science", ("ғылым", "наук", "научн")),
    ("informatization", ("ақпараттандыр", "информатиз")),
    ("industry", ("индустри",)),
    ("literacy", ("сауаттылы", "грамотност")),
    ("language", ("тіл", "язык")),
    ("youth", ("жастар", "молодеж", "молодёж")),
    ("rural", ("ауыл", "сельск", "села")),
    ("child", ("бала", "ребен", "ребён", "детей", "дети", "детск")),
    ("rights", ("құқы", "права", "правах", "прав ")),
    ("health", ("денсаулы", "здоров", "здравоохран")),
    ("culture", ("мәдениет", "культур")),
    ("digital", ("цифрл", "цифров")),
    ("labour", ("еңбек", "труд", "занятост")),
    ("status", ("мәртебе", "статус")),
    ("teacher", ("педагог", "мұғалім", "учител")),
    ("family", ("отбасы", "семь", "семей")),
    ("methodical", ("әдістемелік", "методическ")),
    ("disability", ("мүгедек", "инвалид")),
)

# Words that end a Kazakh reference on its left (postpositions, demonstratives, conjunctions).
KK_LEFT_STOP = {
    "кейін", "бойынша", "сәйкес", "арқылы", "үшін", "негізінде", "бірге", "дейін", "қарай",
    "сай", "осы", "бұл", "сол", "мына", "ол", "және", "мен", "немесе", "не", "да", "де",
    "та", "те", "ғана", "ретінде", "туралы:", "яғни", "соның", "ішінде", "деп", "болып",
    "мақсатында", "шеңберінде", "аясында", "барысында", "кезінде", "сияқты",
}
# Kazakh word forms that cannot stand inside a reference's name: verbs, converbs, ablative,
# instrumental and lowercase locative nouns, plural subjects.
KK_VERB_RE = re.compile(r"(?:ып|іп|ап|еп|йды|йді|ады|еді|уда|уде|атын|етін|йтын|йтін|мыз|міз|сыз|ғанда|генде)$")
KK_CASE_STOP_RE = re.compile(r"(?:мен|бен|пен|дан|ден|нан|нен|тан|тен)$")
KK_PLURAL_RE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)$")
KK_GENITIVE_RE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
KK_LOCATIVE_RE = re.compile(r"(?:да|де|та|те|нда|нде)$")
