"""UD-style tokenization of Kazakh and Russian text, as character spans.

The conventions follow the UD treebanks we score against (UD_Kazakh-KTB, UD_Russian-GSD):

* punctuation is split off words; ``?`` and ``!`` are one token each, a run of dots (``...``,
  ``..``) or of hyphens (``--``) is one token, and so is a TeX quote (``````, ``''``) or a run of
  HTML character references (``&#39;&#39;``), which stand for one quotation mark in scraped text;
* hyphenated words stay whole: compounds (``жан-жақты``, ``учебно-воспитательный``), Russian
  particles (``из-за``, ``что-то``), Kazakh endings written with a hyphen after acronyms
  (``АҚШ-пен``); a hyphen before a number separates (``Олимпиада-2012`` → 3 tokens); in
  Russian, as GSD does, a capitalised compound of names is split (``Ростов-на-Дону`` → 5
  tokens) unless it is a compound adjective or carries a fixed prefix (``Северо-Западный``,
  ``Санкт-Петербург``);
* a number keeps its inner separators (``19,4``, ``6.00``, ``29.06.1941``, ``1/8``) and, by
  language: Kazakh keeps case/ordinal endings (``55-ші``, ``90%-ына``, ``2°С-тан``) and units
  (``51%``, ``32,5°С``) on the number but splits a full word (``2-жартысында``) and ranges
  (``2008-2009``); Russian keeps endings (``1990-х``, ``3-й``) and ranges (``24-11``) but
  splits ``%`` and ``°``;
* an abbreviation keeps its dot (dotted chains ``т.б.``, ``Б.з.б.``; initials ``М.``; listed
  words ``ж.``, ``г.``, ``млн.``) — except where that dot also ends the sentence, where UD
  writes the abbreviation and the full stop as two tokens (``... 2010 г`` ``.``);
* a hyphen left hanging before a conjunction stays on its word (``кино- и фотосъёмка``).
"""
from __future__ import annotations

import re

from extractors.segment.abbreviations import is_known_abbreviation

_W = r"[\w\u0300-\u036f]"  # word characters, combining accents included (Составно́е)
_L = r"[^\W\d_]"  # a letter
_HY = r"[-\u2010\u2011]"  # hyphen characters that join words (not dashes)
_APOS = r"['’ʼ]"

_TOKEN_RE = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s«»"“”()<>]*[^\s«»"“”()<>.,;:!?'])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<entity>(?:&\#?\w{{2,8}};)+)
  | (?P<texq>``|'')
  | (?P<initcity>{L}\.{HY}{L}+(?:{HY}{L}+)*)
  | (?P<chain>{L}{{1,3}}\.(?:{HY}?{L}{{1,3}}\.)+(?!\d))
  | (?P<num>\d+(?:[.,/:]\d+)*(?:[%°]{L}?)?(?:{HY}{W}+)*)
  | (?P<word>{W}+(?:{APOS}{W}+)*(?:{HY}(?!\d){W}+(?:{APOS}{W}+)*)*)
  | (?P<dots>\.{{2,}}|…+)
  | (?P<dashes>--+)
  | (?P<other>\S)
    """.format(L=_L, HY=_HY, APOS=_APOS, W=_W),
    re.VERBOSE,
)

_HANGING_HYPHEN_NEXT = re.compile(r"[-\u2010\u2011]\s+(?:и|или|а|және|мен|бен|пен|не|немесе)\b", re.I)
_NUM_PARTS_RE = re.compile(r"(\d+(?:[.,/:]\d+)*)([%°]\w?)?((?:[-\u2010\u2011][\w\u0300-\u036f]+)*)")

# Kazakh endings written after a hyphen on numerals: possessive/linking part + case or ordinal
_KK_LINK = ("", "ы", "і", "сы", "сі", "ын", "ін", "н")
_KK_CASE = (
    "", "ші", "шы", "нші", "ншы", "ыншы", "інші", "ге", "ға", "ке", "қа", "на", "не", "а", "е",
    "де", "да", "те", "та", "нда", "нде", "ден", "дан", "тен", "тан", "нен", "нан", "дің", "дың",
    "тің", "тың", "нің", "ның", "ді", "ды", "ті", "ты", "ні", "ны", "мен", "бен", "пен", "лар",
    "лер", "дар", "дер", "тар", "тер", "ғы", "гі", "қы", "кі", "дағы", "дегі", "тағы", "тегі",
)
KK_NUMERAL_ENDINGS = frozenset(a + b for a in _KK_LINK for b in _KK_CASE if a + b)


def tokenize(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Token spans (start, end) into ``text``, in order, never overlapping.

    ``lang`` ("kk"/"ru") selects the numeral conventions; None guesses from the letters.
    """
    from extractors.segment.sentences import sentence_tokens

    return sentence_tokens(text, lang)[1]


def raw_tokens(text: str, lang: str) -> list[tuple[int, int]]:
    """Tokens before sentence decisions: abbreviations still carry their dots."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    search = _TOKEN_RE.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        start, end = m.span()
        kind = m.lastgroup
        if kind == "word":
            end = _extend_word(text, start, end, n, lang)
            if lang == "ru" and text[start].isupper() and _HYPHEN_RE.search(text, start, end):
                spans.extend(_ru_capital_compound(text, start, end))
            else:
                spans.append((start, end))
        elif kind == "num":
            spans.extend(_split_number(text, start, end, lang))
        else:
            spans.append((start, end))
        pos = end
    return spans


_HYPHEN_RE = re.compile(_HY)
# First parts after which a capitalised Russian compound is one word in UD GSD: compass points,
# fixed name prefixes, "по-" adverbs and indefinite pronouns at a sentence start.
_RU_JOINED_FIRST = frozenset(
    "северо юго санкт сент сен гран мак по во из кое кой вице экс лейб унтер обер".split())
_RU_PARTICLES = frozenset("то либо нибудь таки ка".split())


def _ru_capital_compound(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """UD Russian GSD writes a hyphenated name of several names as separate tokens
    ("Ростов - на - Дону", "Буркина - Фасо", "Нассо - стрит") but keeps compound adjectives
    built on a combining form ("Историко-архивный", "Северо-Западный"), fixed prefixes
    ("Санкт-Петербург", "Гран-при"), an acronym before a common noun ("USB-порты") and
    pronouns with a particle ("Кто-то") whole."""
    word = text[start:end]
    parts = _HYPHEN_RE.split(word.rstrip("-\u2010\u2011"))
    first, last = parts[0], parts[-1]
    low = first.lower()
    if (low in _RU_JOINED_FIRST or last.lower() in _RU_PARTICLES
            or low.endswith(("ко", "но")) and len(low) > 4
            or first.isupper() and len(first) > 1 and all(p[:1].islower() for p in parts[1:])
            or word.endswith(("-", "\u2010", "\u2011"))
            or _at_line_or_sentence_start(text, start) and all(p[:1].islower() for p in parts[1:])):
        return [(start, end)]
    out = []
    pos = start
    for m in _HYPHEN_RE.finditer(text, start, end):
        out.append((pos, m.start()))
        out.append((m.start(), m.end()))
        pos = m.end()
    out.append((pos, end))
    return [sp for sp in out if sp[1] > sp[0]]


def _at_line_or_sentence_start(text: str, start: int) -> bool:
    """Capitalised only because it opens a sentence or a line ("Педагог-новатор ..."): then
    it is an ordinary lowercase compound, which GSD keeps whole."""
    before = text[:start].rstrip(" \t«\"„“(")
    return not before or before[-1] in ".!?…\n:"


def _extend_word(text: str, start: int, end: int, n: int, lang: str = "") -> int:
    """Attach an abbreviation's dot, or a hanging hyphen, to the word just matched.

    In Russian a dot run after an abbreviation ("и др...") stays whole, as GSD writes it."""
    if end < n and text[end] == "." and not (lang == "ru" and text.startswith("..", end)):
        word = text[start:end]
        if (len(word) == 1 and word.isalpha()) or is_known_abbreviation(word):
            # a dot followed by a digit is a decimal/date separator, not an abbreviation dot
            if not (end + 1 < n and text[end + 1].isdigit()):
                return end + 1
    elif end < n and text[end] in "-\u2010\u2011" and _HANGING_HYPHEN_NEXT.match(text, end):
        return end + 1
    return end


def _split_number(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """A number with its unit sign and hyphenated parts, cut by the language's conventions."""
    m = _NUM_PARTS_RE.fullmatch(text, start, end)
    if m is None:
        return [(start, end)]
    num_end = m.end(1)
    unit = m.group(2) or ""
    parts = []  # (start, end) of each "-part", hyphen included
    p = m.start(3)
    for piece in re.finditer(r"[-\u2010\u2011][\w\u0300-\u036f]+", m.group(3)):
        parts.append((p + piece.start(), p + piece.end()))
    out: list[tuple[int, int]] = []
    cur_start, cur_end = start, num_end
    if unit:
        if lang == "kk":
            cur_end = m.end(2)
        else:
            out.append((cur_start, cur_end))
            out.append((m.start(2), m.start(2) + 1))
            if len(unit) > 1:
                cur_start, cur_end = m.start(2) + 1, m.end(2)
            else:
                cur_start = cur_end = m.end(2)
    for ps, pe in parts:
        body = text[ps + 1:pe]
        if _joins_number(body, lang, after_unit=bool(unit)) and cur_end > cur_start:
            cur_end = pe
        else:
            if cur_end > cur_start:
                out.append((cur_start, cur_end))
            out.append((ps, ps + 1))
            cur_start, cur_end = ps + 1, pe
    if cur_end > cur_start:
        out.append((cur_start, cur_end))
    return out


def _joins_number(body: str, lang: str, after_unit: bool) -> bool:
    if body.isdigit():
        return lang != "kk"  # Russian writes ranges as one token (24-11), Kazakh splits them
    if lang == "kk":
        return body.lower() in KK_NUMERAL_ENDINGS
    return True  # Russian: 1990-х, 28-го, 122-мм


def token_texts(text: str, lang: str | None = None) -> list[str]:
    """Convenience for tests and notebooks: the token strings."""
    return [text[s:e] for s, e in tokenize(text, lang)]
