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
    ("ұстаным", "principle"), ("принцип", "principle"), ("қағидат", "principle"),
    ("бағыт", "direction"), ("направлени", "direction"),
    ("нәтиже", "expected_result"), ("результат", "expected_result"),
    ("критери", "effectiveness_criterion"), ("көрсеткіш", "effectiveness_criterion"),
    ("тиімділі", "effectiveness_criterion"), ("показател", "effectiveness_criterion"),
    # өлшем 'measure', өлшемшарт 'criterion': what a cabinet's work is judged by
    ("өлшем", "effectiveness_criterion"),
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
    ("обязанност", "obligations"), ("обязательств", "obligations"), ("міндеттеме", "obligations"),
    # the documents an applicant submits are what the application consists of
    ("құжат", "application_contents"), ("документ", "application_contents"),
    # requirements an applicant must meet are what the expertise checks
    ("талап", "expertise_criteria"), ("требовани", "expertise_criteria"),
)
# a report ('отчёт', 'есеп'), not the verb 'есептеу' (to count)
REPORT_NOUN = re.compile(r"\bотч[её]т|\bесеп(?!те[уйлгк])", re.I)
PLATFORM_PHRASES: tuple[tuple[re.Pattern, str], ...] = (
    # 'before its term': мерзімінен бұрын (ablative of мерзім + бұрын) = досрочно
    (re.compile(r"досрочн|прекраща\w+ досрочно|бұрын\s+тоқтат|ерте\s+тоқтат|тоқтатылу жағдай|мерзімінен\s+бұрын|до\s+истечения\s+срока", re.I), "early_termination"),
    (re.compile(r"по истечении|мерзім\w*\s+(өткен|аяқталған)\w*\s+кейін|аяқталғаннан кейін", re.I), "decision_after_term"),
    (re.compile(r"\bзаявк|\bөтінім", re.I), "application_contents"),
    (REPORT_NOUN, "reporting"),
    (re.compile(r"обязан|компетенц|обеспечива|міндетті\s*(:|$|болып)|міндеттері|құзырет|(?:мыналарды|төмендегілерді)\s+қамтамасыз\s+етеді", re.I),
     "obligations"),
)
# 'the school submits:' — the list closing the clause is what is submitted: reports, when its items
# name reports, otherwise the documents of an application
SUBMITS = re.compile(r"(?<!\w)(представля[ею]т|предоставля[ею]т|пода[её]т|подают|ұсынады|тапсырады"
                     r"|представляются|предоставляются|подаются|ұсынылады|тапсырылады)(\s+[^\s:]+){0,5}\s*:\s*$", re.I)
# the heading of a regulation section on the platforms' activity states their obligations
_ACTIVITY_HEADING = re.compile(r"деятельност|қызмет", re.I)

KK_DETERMINERS = {"келесі", "мына", "мынадай", "төмендегі", "төмендегідей", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"}
RU_DETERMINERS_RE = re.compile(r"^(следующ|нижеследующ|двух|трех|трёх|четырех|пяти|шести|нескольк|ряд$)", re.I)
_KK_MODIFIER = re.compile(r"(лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ты|ті|ды|ді|лы|лі|атын|етін|йтын|йтін|ған|ген|қан|кен|сыз|сіз)$")
_KK_VERB = re.compile(r"(ады|еді|йды|йді|ылады|іледі|ілді|ылды|атын|етін|у|ады|тиіс|керек|болады|бойынша|арқылы|үшін)$")
_RU_ADJ = re.compile(r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ыми|ими|ому|ему|ого|его|ую|юю|ей)$")
# a plural noun with a case ending (функцияларды, өлшемшарттар, міндеттерге) is a head, never a
# modifier, although -ды/-ді/-ты/-ті also end adjectives (білімді)
_KK_PLURAL_NOUN = re.compile(r"(лар|лер|дар|дер|тар|тер)(ды|ді|ға|ге|да|де|дың|дің|мен|ы|і|ын|ін)?$")
_KK_PLAIN_ADJ = {"басым", "басты", "негізгі", "маңызды", "жаңа", "жалпы", "нақты", "қосымша", "міндетті"}
_CONJ = {"және", "мен", "пен", "бен", "и", "или", "а", "также", "немесе"}
# ('научно-методическая работа' is a deputy director's remit, not a cabinet: 'заместитель по
# учебной и научно-методической работе')
_OWNER = re.compile(
    r"әдістемелі[кқ]\w*\s+(кабинет|қызмет|орталы)|(?<!ғылыми-)әдістемелі[кқ]\w*\s+жұмыс"
    r"|методическ\w*\s+(кабинет|служб|центр)|(?<!научно-)методическ\w*\s+работ|методкабинет|методслужб",
    re.I,
)
PLATFORM_TERMS = re.compile(r"(?:инновациялық|эксперименттік)\s+(?:алаң|платформа)|(?:инновационн|экспериментальн)\w*\s+(?:площад(?:к|ок)|платформ)"
                            r"|\bРИП\b|\bМИП\b"
                            r"|\bөтінім|\bзаявк", re.I)


def words(text: str) -> list[str]:
    """Words of a title, with parenthesised asides dropped (``(облыс, аудан)``, ``(2-қосымша)``)."""
    text = re.sub(r"\([^()]*\)", " ", text)
    text = re.sub(r"№\s*\d[\w/.-]*", " ", text)  # a number after № names a school or an act, it counts no items
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


def _is_year(ws: list[str], i: int) -> bool:
    """A number that dates (``2023–2029 жылдарға``, ``2024 жылы``, ``в 2024 году``) counts no
    items: a year has four digits, opens or closes a range, or governs a year noun."""
    w = ws[i].rstrip("-")
    nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
    prev = ws[i - 1] if i > 0 else ""
    return len(w) == 4 or nxt.rstrip("-").isdigit() or prev.rstrip("-").isdigit() or nxt.startswith(("жыл", "год"))


def _head_after_determiner(ws: list[str], lang: str) -> Optional[int]:
    for i, w in enumerate(ws):
        lw = w.lower()
        if lang == "kk":
            is_det = lw in KK_DETERMINERS or (lw.rstrip("-").isdigit() and not _is_year(ws, i))
            if lw == "келесі" and re.match(r"(оқу|жыл|тоқсан|жартыжыл|кезең|ай)", " ".join(ws[i + 1:i + 3]).lower()):
                is_det = False  # 'Келесі оқу жылына … міндеттері': 'next' year, not 'the following' items
        else:
            is_det = bool(RU_DETERMINERS_RE.match(lw))
            if lw.startswith("следующ") and re.match(r"(учебн\w*\s+)?(год|полугоди|четверт|период|этап|месяц|квартал)",
                                                      " ".join(ws[i + 1:i + 3]).lower()):
                is_det = False  # 'Задачи ГМК на следующий учебный год:': the next year, not 'the following' tasks
        if not is_det:
            continue
        for k in range(i + 1, min(len(ws), i + 6)):
            wk = ws[k].lower()
            if wk in _CONJ:
                continue
            nxt = ws[k + 1].lower() if k + 1 < len(ws) else ""
            if lang == "kk":
                if wk in _KK_PLAIN_ADJ and nxt:
                    continue  # adjectives without a suffix: 'мынадай басым бағыттар'
                if _KK_MODIFIER.search(wk) and not _KK_PLURAL_NOUN.search(wk) and nxt and not _KK_VERB.search(nxt) and nxt not in _CONJ:
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
    if lang == "kk" and "болып" in [w.lower() for w in ws[1:]]:
        # '… жұмысының басым бағыттары болып мыналар айқындалды:' — what the items are defined as
        # stands before болып
        k = [w.lower() for w in ws].index("болып", 1)
        out.append((ws[k - 1], "predicate"))
    if lang == "kk" and len(ws) >= 2 and _KK_DEFINED_VERB.match(ws[-1]):
        # '… орталықтың алдағы міндеттері айқындалды:' — the list is what the verb says was set
        out.append((ws[-2], "predicate"))
    out.append((ws[-1], "last_word"))
    return out


_KK_DEFINED_VERB = re.compile(r"^(?:айқындал|белгілен|анықтал|бекітіл)(?:ды|ді|ады|еді)$", re.I)


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
    if _RESULT_PHRASE.search(title):
        return "expected_result", "phrase"
    return None, ""


# what carrying out the document will bring: 'Реализация настоящего Положения позволит обеспечить:',
# 'Ережені іске асыру … мүмкіндік береді:'
_RESULT_PHRASE = re.compile(r"(?:реализаци|выполнени|внедрени)\w*\s.{0,60}позвол\w*(?:\s+(?:обеспечить|достичь|получить))?\s*:\s*$"
                            r"|(?:іске\s+асыру|орындау|енгізу)\w*\s.{0,60}(?:мүмкіндік\s+береді|қамтамасыз\s+етеді)\s*:\s*$", re.I)


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


# an order instructs the cabinet, named first in the dative, to do what its list says
_INSTRUCTED = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:[А-ЯЁа-яё]+(?:ому|ему)\s+)?(?:методическ\w+\s+)?(?:кабинету|центру|службе|[А-ЯЁ]{2,4})\s+"
                         r"[^:]*?(?<!\w)[а-яё]+(?:ть|ти)(?:ся)?(?!\w)")


def cabinet_owns(title: str, aliases: tuple[str, ...] = ()) -> bool:
    """The title's list belongs to the cabinet it names: the cabinet opens the title or stands in
    the genitive ('Орталықтың негізгі міндеттері:', 'Задачи методического кабинета:'), not as
    the recipient ('… представляет в Центр:', 'Орталыққа ұсынады:')."""
    spans = _cabinet_mentions(title, aliases)
    if spans and _INSTRUCTED.match(title):
        return True  # an order's point: 'Районному методическому кабинету … вести работу по направлениям:'
    kazakh = bool(re.search(r"[әғқңөұүһі]", title.lower()))
    genitive = r"(ның|нің|тың|тің|дың|дің)$" if kazakh else r"(а|я|ы|и|ов|ев|ей)$"
    for a, b in spans:
        word = re.match(r"(?:[-‐]?\w+)?", title[b:]).group(0)  # (with a case ending after a hyphen: 'ОӘО-ға')
        whole = (title[a:b] + word).lower()
        if kazakh and re.search(r"(?:ға|ге|қа|ке|на|не)$", whole):
            continue  # the addressee: 'Есептер Орталыққа … ұсынылады'
        before = [w.strip("()«»,") for w in title[:a].split()]
        opens = len(before) <= 2 and all(_ADJ_WORD.search(w.lower()) for w in before if w)
        izafet = kazakh and not word and re.match(r"\s+[а-яәғқңөұүһі-]+(?:сы|сі|ы|і)(?:ның|нің|на|не|н|нда|нде|мен)?(?!\w)",
                                                   title[b:].lower())
        if opens or re.search(genitive, whole) or izafet or before and _ACTIVITY_NOUN.match(before[-1].lower()):
            return True  # ('Работа ГМК оценивается …': the cabinet's work, an abbreviation in the genitive)
        if _RU_FINITE_AFTER.match(title[b + len(word):]) and not (before and _nominative_noun(before[-1])):
            return True  # ('экспертный совет УМЦ принимает …': the council decides, the centre is its genitive)
    return False


def _nominative_noun(word: str) -> bool:
    from extractors.extract.morph import ru_morph as _morph

    return any(q.tag.POS == "NOUN" and q.tag.case == "nomn" for q in _morph().parse(word.lower()) if q.score >= 0.05)


# nouns of a body's activity whose genitive the cabinet is: 'Работа ГМК', 'Деятельность РМК'
_ACTIVITY_NOUN = re.compile(r"^(?:работ[аы]|деятельност[ьи]|функци|задач|направлени|эффективност|результат|жұмыс|қызмет)")
# the words before a cabinet that opens a title are its adjectives ('Аудандық (қалалық)', 'Городской')
_ADJ_WORD = re.compile(r"(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ый|ий|ой|ая|ое|ые|ие)$")
# the cabinet as the subject of a Russian verb: 'В текущем году РМК работает по следующим направлениям:'
_RU_FINITE_AFTER = re.compile(r"\s+[а-яё]+(?:ет|ит|ют|ят|ает|яет|ует)(?:ся)?\b")


def _cabinet_mentions(text: str, aliases: tuple[str, ...] = (), whole_word: bool = False) -> list[tuple[int, int]]:
    """Where the text names a methodological cabinet, in full or by a short name the document
    defined for it (:func:`cabinet_aliases`); a short name may carry case endings
    ('Орталықтың'), unless ``whole_word``."""
    tail = r"(?!\w)" if whole_word else ""
    return [(m.start(), m.end()) for m in _OWNER.finditer(text)] + [
        (m.start(), m.end()) for a in aliases for m in re.finditer(rf"(?<!\w){re.escape(a)}{tail}", text, re.I)]


def names_cabinet(text: str, aliases: tuple[str, ...] = ()) -> bool:
    """The text names a methodological cabinet/service, by name or by one of the document's
    short names for it (:func:`cabinet_aliases`)."""
    return bool(_cabinet_mentions(text, aliases))


# a legal definition of a short name: «… (далее – РМК)», «… (бұдан әрі – ӘК)»
_DEFINED = re.compile(r"\((?:далее|бұдан\s+әрі)\s*[-–—]?\s*([^()]{1,40}?)\s*\)", re.I)
_BARE_CABINET = re.compile(r"(?<!\w)(кабинет)", re.I)  # қызмет/работа alone mean other things


_CABINET_ABBREVIATIONS = ("РМК", "ГМК", "ОМК", "РМЦ", "ГМЦ", "ОМЦ", "НМЦ", "АӘК", "ҚӘК", "ОӘК", "ӘК")
_ATTACHED_BODY = re.compile(r"жанындағы|кеңес|совет|комисси|(?<!\w)топ|групп", re.I)


def cabinet_aliases(texts) -> tuple[str, ...]:
    """Short names a document gives its methodological cabinet: an abbreviation it defines
    right after naming the cabinet (``Районный методический кабинет (далее – РМК)``), and,
    once the document has named the cabinet in full, the bare head noun alone (``Кабинет
    жүктелген міндеттерге сәйкес …``), as Kazakh and Russian texts refer back to it."""
    out: list[str] = []
    named = False
    texts = list(texts)
    for text in texts:
        for m in _DEFINED.finditer(text):
            window = text[max(0, m.start() - 80) : m.start()]
            owners = list(_OWNER.finditer(window))
            # the short name is the cabinet's, not that of a body attached to it ('кабинеті жанындағы
            # сараптама кеңесі (бұдан әрі – сараптама кеңесі)', 'совет при кабинете')
            if owners and not _ATTACHED_BODY.search(window[owners[-1].end():]) \
                    and not _PLATFORM_NAME.search(window[owners[-1].end():]):
                # ('кабинет координирует деятельность инновационных площадок (далее – ГИП)': the platforms' name)
                out.append(m.group(1).strip(" «»\"'"))
        if not named and _OWNER.search(text):
            named = True
            head = _OWNER.search(text).group(0).split()[-1]
            stem = _BARE_CABINET.match(head)
            if stem:
                out.append(stem.group(1).lower())
    if named:
        # the usual abbreviations need no definition once the cabinet is named in full ('Районный
        # методический кабинет' … 'работы РМК'): district/city/oblast cabinet or centre, kk and ru
        joined = "\n".join(texts)
        out += [a for a in _CABINET_ABBREVIATIONS if re.search(rf"(?<!\w){a}(?!\w)", joined)]
    return tuple(dict.fromkeys(a for a in out if a))


def _platform_mentions(text: str, aliases: tuple[str, ...] = ()) -> list[int]:
    """Where the text names an innovation platform, in full or by a short name the document
    defined for it (:func:`platform_aliases`)."""
    return [m.start() for m in PLATFORM_TERMS.finditer(text)] + [
        m.start() for a in aliases for m in re.finditer(_alias_pattern(a), text)]


def _alias_pattern(alias: str) -> str:
    """An abbreviation matches as written (case endings glue on after a hyphen: 'ӨИА-ның'); a
    common noun defined as the short name ('(далее – площадка)') declines, so its stem matches."""
    if re.fullmatch(r"[а-яёәғқңөұүһі]{5,}ка", alias):
        return rf"(?<!\w){re.escape(alias[:-2])}(?:к|ок)\w*"  # ('площадка', 'площадок': the vowel drops in)
    if re.fullmatch(r"[а-яёәғқңөұүһі]{5,}", alias):
        return rf"(?<!\w){re.escape(alias[:-1])}\w*"
    return rf"(?<!\w){re.escape(alias)}(?!\w)"


def names_platform(text: str, aliases: tuple[str, ...] = ()) -> bool:
    return bool(_platform_mentions(text, aliases))


def cabinet_closes_title(title: str, aliases: tuple[str, ...] = ()) -> bool:
    """'В соответствии с возложенными задачами Центр:', 'Кабинет өз құзыреті шегінде РМК:' — the cabinet
    named last before the colon is the subject of the verbs in the items."""
    t = title.rstrip().rstrip(":").rstrip()
    ends = [e for _, e in _cabinet_mentions(t, aliases, whole_word=True)]
    return title.rstrip().endswith(":") and any(e >= len(t) - 1 or re.fullmatch(r"\w*", t[e:]) for e in ends)


_PURPOSE_FIRST = re.compile(r"^\s*(?:в\s+целях|с\s+целью|[^:;]*\sмақсатында\s*$)", re.I)


def cabinet_is_subject(title: str, platform_short_names: tuple[str, ...] = (), cabinet_short_names: tuple[str, ...] = ()) -> bool:
    """A title naming both a cabinet and a platform is the cabinet's when the cabinet opens it, as
    the subject: 'Районные методические кабинеты в части сопровождения РИП выполняют функции:'."""
    cab = [a for a, _ in _cabinet_mentions(title, cabinet_short_names, whole_word=True)]
    plat = _platform_mentions(title, platform_short_names)
    if cab and plat and _PURPOSE_FIRST.match(title[:min(cab)]) and not re.search(r"[,;]", title[:min(cab)]):
        return True  # 'В целях координации сети РИП ОМК:' — a purpose phrase, then the cabinet as subject
    if cab and plat and any(_RU_FINITE_AFTER.match(title[b:]) and re.search(r"(?:кабинет|центр|[А-ЯӘ]{2,4})$", title[a:b], re.I)
                            for a, b in _cabinet_mentions(title, cabinet_short_names, whole_word=True)):
        # 'На период отбора и сопровождения РИП областной методический кабинет выполняет следующие задачи:':
        # the cabinet in the nominative before the verb is its subject, whatever stands before it
        return True
    if not (cab and plat) or min(cab) > min(plat):
        return False
    # the cabinet opens the title (at most two words, and its own adjectives, before it): it is the subject
    # ('Направления работы городского методического кабинета по сопровождению площадок')
    before = re.sub(r"\([^()]*\)", "", title[:min(cab)]).split()
    while before and (_ADJ_WORD.search(before[-1].lower()) or re.search(r"(?:ого|его|ых|их)$", before[-1].lower())):
        before.pop()
    return len(before) <= 2


# (some regions call the площадка a 'платформа': 'өңірлік инновациялық платформа')
_PLATFORM_NAME = re.compile(r"(?:инновациялық|эксперименттік)\s+(?:алаң|платформа)\w*"
                            r"|(?:инновационн|экспериментальн)\w*\s+(?:площад(?:к|ок)|платформ)\w*", re.I)


def platform_aliases(texts) -> tuple[str, ...]:
    """Abbreviations a document defines for the platforms right after naming them:
    ``өңірлік инновациялық алаң (бұдан әрі – ӨИА)``, ``инновационная площадка (далее – РИП/ИП)``.
    Alternatives joined by a slash are each a short name; case suffixes glue on (``ӨИА-ның``).
    After the full name, a sentence opening with the bare noun (``Алаң``, ``Площадка``) means it."""
    out: list[str] = []
    named = False
    texts = list(texts)
    for text in texts:
        for m in _DEFINED.finditer(text):
            if _PLATFORM_NAME.search(text[max(0, m.start() - 80) : m.start()]):
                out += [a.strip(" «»\"'") for a in re.split(r"[/,]|\s+или\s+|\s+немесе\s+", m.group(1))]
        named = named or bool(_PLATFORM_NAME.search(text))
        if named:
            # once named in full, the bare noun opening a sentence refers back to it ('Алаң … есептерді
            # ұсынады:', 'Площадка представляет …')
            out += [w for w in re.findall(r"(?:^|(?<=[.:;]\s))((?:Алаң|Площадк|Платформа)\w*)", text)]
            # … and the Russian bare noun in any case ('организация, получившая статус площадки')
            if re.search(r"(?<!\w)площад(?:к|ок)", _PLATFORM_NAME.sub(" ", text)):
                out.append("площадка")
    return tuple(dict.fromkeys(a for a in out if a and len(a) <= 12))


_KK_MONTHS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қыркүйег|қазан|қараша|желтоқсан"  # қыркүйег-: voiced before a vowel
_RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DEADLINE = re.compile(
    rf"((?:не позднее|до|не ранее)\s+(?:\d{{1,2}}\s+(?:{_RU_MONTHS})|_+)(?:\s+(?:текущего|следующего|предшествующего|каждого|учебного|работе|года|г\.|\d{{4}})){{0,4}}"
    rf"|(?:(?:ағымдағы|келесі|есепті|бірінші|екінші|үшінші|соңғы)\s+)?(?:оқу\s+)?(?:жылдың\s+|жылының\s+|\d{{4}}\s+жылғы\s+)?\d{{1,2}}\s+(?:{_KK_MONTHS})\w*(?:\s+\w+){{0,2}}?\s+дейін"
    rf"|(?:ағымдағы\s+)?(?:оқу\s+)?(?:жылының\s+)?_+\s+мерзіміне\s+дейін"
    # a time limit counted from an event: 'әр тоқсан аяқталғаннан кейін 10 күн ішінде',
    # 'в течение 10 рабочих дней после окончания квартала'
    rf"|(?:[^\s–—;:,]+\s+){{0,3}}[^\s–—;:,]+(?:ғаннан|геннен|қаннан|кеннен)\s+кейін\s+(?:\d+|бір|екі|үш|төрт|бес|алты|жеті|он|отыз)\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|ай|апта)\w*\s+ішінде"
    # counted from the day of an event: 'мәртебе мерзімі аяқталған күннен бастап екі ай ішінде',
    # 'шешім қабылданған күннен бастап 10 жұмыс күні ішінде' (participle + күннен бастап)
    # (a word in the accusative before it is the item's object, no part of the time: 'жоспарын')
    rf"|(?:(?<![\w-])(?:(?![^\s–—;:,]*(?:ын|ін|ны|ні|ды|ді|ты|ті)\s)[^\s–—;:,]+\s+){{0,2}}[^\s–—;:,]+(?:ған|ген|қан|кен)\s+(?:күн|кез|сәт)(?:інен|нен|тен)\s+бастап\s+)?"
    rf"(?:\d+|бір|екі|үш|төрт|бес|алты|жеті|он|отыз)\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|ай|апта)\w*\s+ішінде"
    rf"|в\s+течение\s+(?:(?:\d+|одного|двух|трех|трёх|пяти|десяти)\s+)?(?:рабочих\s+|календарных\s+)?(?:дн|день|месяц|недел)\w*(?:\s+(?:после|с\s+момента|со\s+дня)(?:\s+[^\s;,.]+){{1,5}})?"
    # a day of a month counted from another date: 'айдың 10-ына дейін', 'до 10-го числа'
    rf"|(?:айдың\s+)?\d{{1,2}}-?(?:ына|іне|на|не|сына|сіне)\s+дейін|до\s+\d{{1,2}}(?:-?го)?\s+числа"
    # a time before an event: '… аяқталғанға дейін бір ай бұрын', 'за один месяц до окончания …'
    rf"|(?:\d+|бір|екі|үш|он|отыз)\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|ай|апта)\w*\s+бұрын"
    # a latest time: 'бір айдан кешіктірмей' (not later than a month [after …]), '1 маусымнан
    # кешіктірмей'; 'не позднее одного месяца после …', 'не позднее 10 рабочих дней со дня …'
    rf"|(?:(?:[^\s–—;:,]+\s+){{0,3}}[^\s–—;:,]+(?:ғаннан|геннен|қаннан|кеннен)\s+кейін\s+)?"
    rf"(?:\d+|бір|екі|үш|төрт|бес|алты|жеті|он|отыз)\s+(?:жұмыс\s+)?(?:(?:күн|ай|апта)\w*|(?:{_KK_MONTHS})\w*)\s+кешіктір(?:іл)?мей"
    # 'не позднее первого года работы', 'не позднее конца учебного года'
    rf"|не\s+позднее\s+(?:первого|второго|третьего|последнего|конца|окончания)\s+[^\s;,.]+(?:\s+[^\s;,.]+){{0,2}}"
    rf"|не\s+позднее\s+(?:\d+|одного|двух|трех|трёх|пяти|десяти)\s+(?:рабочих\s+|календарных\s+)?(?:дн|день|месяц|недел)\w*(?:\s+(?:после|с\s+момента|со\s+дня)(?:\s+[^\s;,.]+){{1,5}})?"
    rf"|за\s+(?:\d+|один|одну|два|две|три|десять|месяц)\s*(?:рабочих\s+|календарных\s+)?(?:дн\w*|день|месяц\w*|недел\w*)?\s+до(?:\s+[^\s;,.]+){{1,3}}"
    rf"|ежегодно|ежеквартально|ежемесячно|жыл сайын|тоқсан сайын|ай сайын|в установленные сроки|(?:белгіленген|берілген) мерзімде)",
    re.I,
)
# 'жылдық есеп – жыл сайын 15 маусымға дейін': a list of reports names each report before a
# dash and gives its due time after it; the whole time expression is the deadline
_FINAL_VERB = re.compile(r"\s+[^\W\d_]+(?:ады|еді|йды|йді|ется|ются|ится|ятся|ет|ют|ит|ят)$", re.I)
_NAME_DASH = re.compile(r"^\s*([^–—:;]{2,60}?)\s+[–—-]\s+(.+?)[\s;.,]*$", re.S)


_FINITE_VERB = re.compile(r"[^\W\d_]+(?:ется|ются|ится|ятся|ает|яет|ует|ают|яют|уют|ады|еді|йды|йді|ыды|іді)(?!\w)", re.I)
_FREQUENCY = re.compile(r"^(ежегодно|ежеквартально|ежемесячно|жыл сайын|тоқсан сайын|ай сайын)$", re.I)


# what is handed in: a frequency alone is its due time ('жыл сайын есеп ұсынады', 'ежегодно
# представляют отчет'); with any other duty it says how often the work is done
_DELIVERY = re.compile(r"отч[её]т|представля|направля|сда[её]т|сдава|есеп|ұсын|жібер|тапсыр", re.I)


def deadline(text: str, section: Optional[str] = None) -> Optional[str]:
    """The deadline an item states, as written (``до 1 мая текущего года``, ``жыл сайын``).
    A date outranks a frequency in the same item: ``жыл сайын 1 маусымға дейін`` is due by
    1 June (every year). A frequency alone is a deadline of what is delivered (a report, the
    reporting section); in another section's item that hands nothing in (``section`` given:
    ``ежегодно проводить семинар``) it is how often the work is done, not a due time."""
    found = deadline_as_written(text)
    if found and section is not None and section != "reporting" and _FREQUENCY.match(found) \
            and not _DELIVERY.search(text):
        return None
    return found


def deadline_as_written(text: str) -> Optional[str]:
    m = _NAME_DASH.match(text)
    if m and len(m.group(1).split()) <= 5 and _DEADLINE.search(m.group(2)) and len(m.group(2).split()) <= 12:
        # the verb that closes the item is not part of the time ('– 15 маусымға дейін ұсынады')
        when = _FINAL_VERB.sub("", " ".join(m.group(2).split()))
        if _DEADLINE.search(when):
            return when
    found = [m.group(0).strip() for m in _DEADLINE.finditer(text)]
    dated = [f for f in found if not _FREQUENCY.match(f)]
    body = " ".join(text.split()).rstrip(" ;.,")
    if dated and body.endswith(dated[-1]) and not _FINITE_VERB.search(body[: len(body) - len(dated[-1])]):
        # a verbless item that ends in its due time ('анықтаманы жыл сайын 1 желтоқсанға дейін;'), as the part
        # after a dash does: a frequency right before the date is part of that time (with a verb,
        # 'представляется ежегодно до …', the frequency goes with the verb)
        freq = re.search(r"(?:ежегодно|ежеквартально|ежемесячно|жыл сайын|тоқсан сайын|ай сайын)\s+$",
                         body[: len(body) - len(dated[-1])])
        if freq:
            return freq.group(0) + dated[-1]
    return (dated or found or [None])[0]
