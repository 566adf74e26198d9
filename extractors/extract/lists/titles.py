"""What a list is a list *of*, read from its introducing text with Kazakh and Russian morphology.

The kind is the head noun the items instantiate. Where the title has a determiner
(``келесі``, ``мына``, a numeral; ``следующие``), the head is the first noun after it that is
not a modifier (``екі міндетті шарт`` → *шарт*, ``следующих количественных … показателей`` →
*показателей*). Otherwise a nominal title names the list in its last word (Kazakh:
``кабинеттердің міндеттері``; Russian: ``… ставятся задачи``) or, in Russian, in its first
noun (``Принципы деятельности …``). Word forms are matched by stem, with inflection endings
allowed after it; lemmas from the tagger are used when present.
"""
from __future__ import annotations

import re
from typing import Mapping, Optional

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+-?")

# stem → kind; a stem matches a word that starts with it (inflections follow the stem)
CABINET_STEMS: tuple[tuple[str, str], ...] = (
    ("міндет", "task"), ("задач", "task"),
    ("функци", "function"),
    ("ұстаным", "principle"), ("принцип", "principle"),
    ("бағыт", "direction"), ("направлени", "direction"),
    ("нәтиже", "expected_result"), ("результат", "expected_result"),
    ("критери", "effectiveness_criterion"), ("көрсеткіш", "effectiveness_criterion"),
    ("тиімділі", "effectiveness_criterion"), ("показател", "effectiveness_criterion"),
    ("эффективност", "effectiveness_criterion"),
)
# forms that share a stem but are another word: бағытталған 'directed', направленный
_NOT_KIND = re.compile(r"^(бағытта[лу]|бағыттылы|направлен(?!и))", re.I)
# қызмет is 'service' (әдістемелік қызмет) unless possessed: кабинеттің қызметі 'its functions'
_QYZMET_FUNCTION = re.compile(r"^қызмет(і|тері)$", re.I)

PLATFORM_STEMS: tuple[tuple[str, str], ...] = (
    ("критери", "expertise_criteria"), ("өлшем", "expertise_criteria"),
    ("шешім", "decision_after_term"), ("решени", "decision_after_term"),
    ("бағыт", "directions"), ("направлени", "directions"),
    ("есеп", "reporting"), ("отчет", "reporting"), ("отчёт", "reporting"),
    ("обязанност", "obligations"),
)
PLATFORM_PHRASES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"досрочн|прекраща\w+ досрочно|бұрын\s+тоқтат|ерте\s+тоқтат|тоқтатылу жағдай", re.I), "early_termination"),
    (re.compile(r"по истечении|мерзім\w*\s+(өткен|аяқталған)\w*\s+кейін|аяқталғаннан кейін", re.I), "decision_after_term"),
    (re.compile(r"\bзаявк|\bөтінім", re.I), "application_contents"),
    (re.compile(r"\bотч[её]т|\bесеп(?!те)", re.I), "reporting"),
    (re.compile(r"обязан|компетенц|обеспечива|міндетті\s*(:|$|болып)|міндеттері|құзырет", re.I), "obligations"),
)
# the heading of a regulation section on the platforms' activity states their obligations
_ACTIVITY_HEADING = re.compile(r"деятельност|қызмет", re.I)

KK_DETERMINERS = {"келесі", "мына", "мынадай", "төмендегі", "төмендегідей", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"}
RU_DETERMINERS_RE = re.compile(r"^(следующ|нижеследующ|двух|трех|трёх|четырех|пяти|шести|нескольк|ряд$)", re.I)
_KK_MODIFIER = re.compile(r"(лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ты|ті|ды|ді|лы|лі|атын|етін|йтын|йтін|ған|ген|қан|кен|сыз|сіз)$")
_KK_VERB = re.compile(r"(ады|еді|йды|йді|ылады|іледі|ілді|ылды|атын|етін|у|ады|тиіс|керек|болады|бойынша|арқылы|үшін)$")
_RU_ADJ = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ыми|ими|ому|ему|ого|его|ую|юю|ей)$")
_CONJ = {"және", "мен", "пен", "бен", "и", "или", "а", "также", "немесе"}
_OWNER = re.compile(
    r"әдістемелі[кқ]\w*\s+(кабинет|қызмет|жұмыс|орталы)|методическ\w*\s+(кабинет|служб|работ|центр)|методкабинет|методслужб",
    re.I,
)
PLATFORM_TERMS = re.compile(r"инновациялық\s+алаң|инновационн\w*\s+площадк|\bРИП\b|\bМИП\b|\bөтінім|\bзаявк", re.I)


def words(text: str) -> list[str]:
    """Words of a title, with parenthesised asides dropped (``(облыс, аудан)``, ``(2-қосымша)``)."""
    text = re.sub(r"\([^()]*\)", " ", text)
    return _WORD.findall(text.rstrip(" :"))


def _stem_kind(word: str, stems, lemmas: Optional[Mapping[str, str]] = None) -> Optional[str]:
    w = word.lower()
    cands = [w]
    if lemmas and lemmas.get(w):
        cands.insert(0, lemmas[w].lower())
    for c in cands:
        if _NOT_KIND.match(c):
            continue
        for stem, kind in stems:
            if c.startswith(stem):
                return kind
    return None


def _head_after_determiner(ws: list[str], lang: str) -> Optional[int]:
    for i, w in enumerate(ws):
        lw = w.lower()
        is_det = lw in KK_DETERMINERS or lw.rstrip("-").isdigit() if lang == "kk" else bool(RU_DETERMINERS_RE.match(lw))
        if not is_det:
            continue
        for k in range(i + 1, min(len(ws), i + 6)):
            wk = ws[k].lower()
            if wk in _CONJ:
                continue
            nxt = ws[k + 1].lower() if k + 1 < len(ws) else ""
            if lang == "kk":
                if _KK_MODIFIER.search(wk) and nxt and not _KK_VERB.search(nxt) and nxt not in _CONJ:
                    continue
            elif _RU_ADJ.search(wk):
                continue
            return k
        return None
    return None


def head_word_candidates(title: str, lang: str) -> list[tuple[str, str]]:
    """(word, rule) pairs in the order the rules are tried."""
    ws = words(title)
    if not ws:
        return []
    out: list[tuple[str, str]] = []
    k = _head_after_determiner(ws, lang)
    if k is not None:
        out.append((ws[k], "determiner"))
    if lang == "ru":
        first = next((w for w in ws if not _RU_ADJ.search(w.lower())), None)
        if first:
            out.append((first, "first_noun"))
    out.append((ws[-1], "last_word"))
    return out


def cabinet_kind(title: str, lang: str, lemmas: Optional[Mapping[str, str]] = None) -> tuple[Optional[str], str]:
    """Kind of a list of a methodological cabinet/service, or None; and the rule that decided."""
    cands = head_word_candidates(title, lang)
    for word, rule in cands:
        kind = _stem_kind(word, CABINET_STEMS, lemmas)
        if kind is None and rule == "last_word" and _QYZMET_FUNCTION.match(word.lower()):
            kind = "function"
        if kind is not None:
            return kind, rule
        if rule == "determiner":
            return None, rule  # the title names what it lists, and it is something else
    return None, ""


def platform_section(title: str, lang: str, lemmas: Optional[Mapping[str, str]] = None) -> tuple[Optional[str], str]:
    for word, rule in head_word_candidates(title, lang):
        sec = _stem_kind(word, PLATFORM_STEMS, lemmas)
        if sec is not None:
            return sec, rule
    for pattern, sec in PLATFORM_PHRASES:
        if pattern.search(title):
            return sec, "phrase"
    return None, ""


def heading_section(heading: str, lang: str) -> Optional[str]:
    sec, _ = platform_section(heading, lang)
    if sec is None and _ACTIVITY_HEADING.search(heading):
        sec = "obligations"
    return sec


def names_cabinet(text: str) -> bool:
    return bool(_OWNER.search(text))


def names_platform(text: str) -> bool:
    return bool(PLATFORM_TERMS.search(text))


_KK_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DEADLINE = re.compile(
    rf"((?:не позднее|до|не ранее)\s+(?:\d{{1,2}}\s+(?:{_RU_MONTHS})|_+)(?:\s+(?:текущего|следующего|предшествующего|учебного|работе|года|г\.|\d{{4}})){{0,4}}"
    rf"|\d{{1,2}}\s+(?:{_KK_MONTHS})\w*(?:\s+\w+){{0,2}}?\s+дейін"
    rf"|(?:ағымдағы\s+)?(?:оқу\s+)?(?:жылының\s+)?_+\s+мерзіміне\s+дейін"
    rf"|ежегодно|ежеквартально|ежемесячно|жыл сайын|тоқсан сайын|ай сайын|в установленные сроки|(?:белгіленген|берілген) мерзімде)",
    re.I,
)


def deadline(text: str) -> Optional[str]:
    """The deadline an item states, as written (``до 1 мая текущего года``, ``жыл сайын``)."""
    m = _DEADLINE.search(text)
    return m.group(0).strip() if m else None
