"""Finding act references in one sentence.

A reference grows from its head word the way each language builds the phrase:
- Kazakh is head-final: issuer, date, number, period and the topic chain stand to the left
  (``ҚР БҒМ 2007 жылғы 29 қараша № 583 бұйрығы``, ``білім беруді дамытудың 2011-2020
  жылдарға арналған мемлекеттік бағдарламасы``), and a title in quotes either precedes the head
  or follows it as a ``… туралы`` clause;
- Russian is head-initial: agreeing adjectives to the left, then issuer, ``от`` + date, ``№``,
  a title in quotes, an ``о/об`` clause, a genitive chain and a period to the right.
A phrase counts as a reference only with something that identifies one act (title, date,
number, period, a state/national adjective with a topic, a capitalised head inside the
sentence, an addressee such as ``халқына``); generic ``приказом директора`` or ``оқу
бағдарламасы`` are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from .dates import Found, find_dates, find_numbers, find_periods
from .lexicon import (HEADS, ISSUERS, KK_CASE_STOP_RE, KK_GENITIVE_RE, KK_LEFT_STOP, KK_LOCATIVE_RE,
                      KK_PLURAL_RE, KK_VERB_RE,
                      MONTH_KK_RE, PROJECT_HEADS, STATE_ADJ_RE, TOPICS, Head)

TOKEN_RE = re.compile(r"\w+(?:[-‐–]\w+)*|[^\w\s]")
_OPEN, _CLOSE = "«“„", "»”“"
_KK_CONNECTORS = {"жылғы", "жылдарға", "жылдарда", "жылға", "жылдары", "арналған", "туралы",
                  "жөніндегі", "№", "жылы"}
_KK_SENT_ADVERBS = {"өйткені", "себебі", "сондықтан", "алайда", "бірақ", "ал", "егер", "сонымен",
                    "әрине", "мысалы", "қазір", "қазіргі", "бүгінде", "сондай-ақ", "дегенмен"}
_RU_PRONOMINAL = {"этой", "этого", "этом", "этот", "эта", "эту", "данной", "данного", "данный",
                  "данная", "указанной", "указанного", "настоящего", "настоящей", "своей",
                  "своего", "нашей", "нашего", "той", "того", "такой", "такого", "каждой",
                  "каждого", "любой", "любого", "новой", "новых", "новая", "новый", "иной",
                  "иных", "другой", "других"}
_ADJ_END_RE = re.compile(r"(?:ая|ой|ую|ый|ий|ое|ого|ому|ым|ом|ые|ых|ыми|яя|юю|ее|его|ему|им|ие|их|ими|ей)$")
_RU_STOP_AFTER = {"и", "или", "а", "но", "что", "который", "которая", "которое", "которым",
                  "которой", "является", "был", "была", "были", "как", "в", "во", "с", "со", "к",
                  "из", "за", "для", "при", "от", "до", "у", "через", "также", "др"}


@dataclass(frozen=True)
class ActRef:
    """One reference inside a sentence; offsets index the sentence text."""

    start: int
    end: int
    type: str
    head: str
    lang: str
    issuer: Optional[str] = None
    date: Optional[str] = None
    number: Optional[str] = None
    title: Optional[str] = None
    period: Optional[str] = None
    topics: tuple[str, ...] = ()
    title_quoted: bool = False
    confidence: float = 0.5
    signals: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of top-level quoted segments, quote marks included.

    Guillemets may nest (``«… «Өрлеу» …»``) or be left unclosed by the writer, so a closing mark
    with no opener is ignored and an opener with no closer runs to the sentence's end only if
    nothing else closes it (such a quote is dropped).
    """
    out: list[tuple[int, int]] = []
    depth, start, inner_close = 0, -1, -1
    for i, ch in enumerate(text):
        if ch == "«" or (ch in "“„" and depth == 0):
            if depth == 0:
                start, inner_close = i, -1
            depth += 1
        elif ch in "»”" or (ch == "“" and depth > 0):
            if depth > 0:
                depth -= 1
                if depth == 0:
                    out.append((start, i + 1))
                else:
                    inner_close = i
    if depth > 0 and inner_close > start >= 0:
        # one mark closes both quotes, as Kazakhstani titles write it: '«Качественное образование
        # «Образованная нация»'
        out.append((start, inner_close + 1))
    # straight double quotes in pairs
    for m in re.finditer(r'"([^"\n]{2,200})"', text):
        if not any(s <= m.start() < e for s, e in out):
            out.append((m.start(), m.end()))
    return sorted(out)


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _ru_tags(word: str) -> tuple[str, ...]:
    return tuple(str(p.tag) for p in _morph().parse(word)[:4])


def _ru_is_genitive(word: str) -> bool:
    if word in ("РК", "Казахстан", "Республики", "Казахстана"):
        return True
    return any(("gent" in t) and (t.startswith(("NOUN", "ADJF", "PRTF", "NUMR"))) for t in _ru_tags(word))


def _ru_is_verbal(word: str) -> bool:
    return any(t.startswith(("VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PRCL")) for t in _ru_tags(word)[:1])


def _ru_is_adjective(word: str) -> bool:
    """A true adjective (``Государственной``), not a participle (``определенных``)."""
    if word.lower() in _RU_PRONOMINAL or not _ADJ_END_RE.search(word.lower()):
        return False
    tags = _ru_tags(word)
    return bool(tags) and tags[0].startswith("ADJF")


def _match_issuer_at(text: str, pos: int) -> Optional[tuple[int, str]]:
    for norm, rx in ISSUERS:
        m = rx.match(text, pos)
        if m and (m.end() == len(text) or not text[m.end()].isalnum()):
            return m.end(), norm
    return None


def _issuer_in(text: str) -> Optional[str]:
    best = None
    for norm, rx in ISSUERS:
        for m in rx.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), norm)
            break
    return best[1] if best else None


def topics_of(text: str) -> tuple[str, ...]:
    low = " " + text.lower().replace("«", " ").replace("»", " ") + " "
    found = set()
    for name, stems in TOPICS:
        for stem in stems:
            if re.search(r"(?<![\w-])" + re.escape(stem.strip()) + (r"(?!\w)" if stem.endswith(" ") else ""), low):
                found.add(name)
                break
    return tuple(sorted(found))


def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    for q in quotes:
        if q[0] < pos < q[1]:
            return q
    return None


# ---------------------------------------------------------------- Kazakh: grow to the left
def _kk_accept(tok: _Tok, prev: Optional[_Tok], nxt: Optional[_Tok], text: str) -> bool:
    w = tok.text
    low = w.lower()
    if w == "." and prev is not None and len(prev.text) == 1 and prev.text.isupper():
        return True  # an initial: Н.Ә.Назарбаевтың
    if w == "." and prev is not None and (prev.text.isdigit() or prev.text.lower() in ("ж", "г")):
        return True  # 29.12.2021 ж.
    if w.lower() in ("ж", "г") and nxt is not None and nxt.text == ".":
        return True
    if len(w) == 1 and w.isupper() and nxt is not None and nxt.text == ".":
        return True
    if w in ("-", "–", "—", "/"):
        # a range or a compound number: 2023–2029, № 01-09/402
        return bool(prev and nxt and prev.text[-1:].isdigit() and nxt.text[:1].isdigit())
    if not (w[0].isalnum()):
        return w == "№"
    if low in ("және", "мен") and prev is not None and nxt is not None and prev.text[:1].islower() \
            and re.search(r"(?:ды|ді|ты|ті|ны|ні|ның|нің|дың|дің|тың|тің)$", prev.text.lower()):
        return True  # ``білім беруді және ғылымды дамытудың``: coordination inside the name
    if low == "және" and prev is not None and nxt is not None and nxt.text[:1].islower() \
            and re.search(r"(?:[а-яәғқңөұүһі]{3,}[ую]|лық|лік|дық|дік|тық|тік)$", prev.text.lower()):
        return True  # ``ұйымдастыру және жүзеге асыру``, ``Оқу-әдістемелік және ғылыми-әдістемелік``: two verbal nouns or adjectives
    if low in KK_LEFT_STOP or low in _KK_SENT_ADVERBS:
        return False
    if w.isdigit() or low in _KK_CONNECTORS or re.fullmatch(MONTH_KK_RE, low) or re.fullmatch(r"\d+[-–]\d+", w):
        return True
    if _match_issuer_at(text, tok.start):
        return True
    if w.isupper() and len(w) >= 2:
        return True
    if low.endswith("ған") or low.endswith("ген") or low.endswith("қан") or low.endswith("кен"):
        return low == "арналған"
    if re.search(r"(?:ын|ін)$", low) and nxt is not None and re.fullmatch(r"[^\W\d_]+(?:у|ю)", nxt.text) \
            and nxt.text[:1].islower():
        return True  # an object before a verbal noun ('қызметін ұйымдастыру'), not a participle in -атын/-етін
    if re.search(r"(?:дан|ден|тан|тен|нан|нен)$", low) and nxt is not None \
            and re.fullmatch(r"[^\W\d_]+(?:у|ю)", nxt.text) and nxt.text[:1].islower():
        return True  # an ablative a verbal noun governs ('аттестаттаудан өткізу қағидалары')
    if KK_PLURAL_RE.search(low) and nxt is not None and (nxt.text.lower() in ("туралы", "жөніндегі")
                                                          or re.fullmatch(r"[а-яәғқңөұүһі]+(?:ін|ын|сін|сын)(?:ің|ың)?", nxt.text)):
        # the topic of a title may be plural ('Өңірлік инновациялық алаңдар туралы ереже', 'Әдістемелік
        # кабинеттер қызметін ұйымдастыру қағидалары')
        return True
    if KK_VERB_RE.search(low) or KK_PLURAL_RE.search(low):
        return False
    # proper nouns such as Қазақстан end like an ablative; other words do not escape
    if KK_CASE_STOP_RE.search(low) and not (w[0].isupper() and low.endswith("стан")):
        return False
    # another act's head (``… № 1118 Жарлығымен бекітілген … бағдарламасы``) ends this one,
    # unless it is a genitive link in the name (``бағдарламасының іс-шаралар жоспары``)
    if _is_head(w) and not KK_GENITIVE_RE.search(low):
        return False
    if w[0].islower() and len(w) >= 6 and KK_LOCATIVE_RE.search(low) and not low.endswith(("нда", "нде")):
        return False
    if w[0].islower() and low.endswith(("нда", "нде")) and len(w) >= 6:
        return False
    return True


def _is_ru_head(word: str) -> bool:
    return any(h.lang == "ru" and h.pattern.fullmatch(word) for h in HEADS)


def _is_head(word: str) -> bool:
    return any(h.lang == "kk" and h.pattern.fullmatch(word) for h in HEADS)


def _kk_left(text: str, toks: list[_Tok], k: int, quotes: list[tuple[int, int]], limit: int = 16) -> int:
    """Start offset of the phrase ending at token ``k`` (the head, or a quote's first mark)."""
    left = toks[k].start
    i, used = k - 1, 0
    while i >= 0 and used < limit:
        t = toks[i]
        if t.text in _CLOSE or t.text == '"':
            q = next((q for q in quotes if q[1] == t.end), None)
            if q is None:
                break
            left = q[0]
            while i >= 0 and toks[i].start > q[0]:
                i -= 1
            i -= 1
            used += 1
            continue
        if t.text == ")" and i > 0:
            # a bracketed alternative inside the name: 'кабинеттердің (қызметтердің) қызметін'
            o = next((x for x in range(i - 1, max(-1, i - 6), -1) if toks[x].text == "("), None)
            if o is not None and o > 0 and all(toks[x].text[:1].isalpha() and toks[x].text[:1].islower()
                                               for x in range(o + 1, i)) and o + 1 < i:
                i = o - 1
                used += 1
                continue
            break
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.text == "(":
            # the word is read with what follows the bracket: 'кабинеттер (қызметтер) қызметінің'
            close = next((x for x in range(i + 2, min(len(toks), i + 8)) if toks[x].text == ")"), None)
            nxt = toks[close + 1] if close is not None and close + 1 < len(toks) else nxt
        if not _kk_accept(t, prev, nxt, text):
            break
        left = t.start
        i -= 1
        used += 1
    left = _kk_drop_subject(text, left, toks[k].start)
    return _kk_from_issuer(text, left, toks[k].start, quotes)


def _kk_from_issuer(text: str, left: int, stop: int, quotes: list[tuple[int, int]]) -> int:
    """An issuer opens a Kazakh reference (``Тәрбие жұмысы | Қазақстан Республикасы Оқу-ағарту
    министрінің … бұйрығымен``): what precedes it belongs to the sentence, except a quoted
    title (``«Білім туралы» Қазақстан Республикасының … Заңы``)."""
    for norm, rx in ISSUERS:
        for m in rx.finditer(text, left, stop):
            if m.start() > left and not text[m.start() - 1].isalnum():
                if any(left <= q[0] and q[1] <= m.start() for q in quotes) or \
                        re.search(r"(?<!\w)(?:туралы|жөніндегі)(?!\w)", text[left:m.start()]):
                    return left  # a title stands before the issuer
                # the country name before a ministry or government belongs to the issuer
                c = re.search(r"(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+$", text[left:m.start()])
                return left + c.start() if c else m.start()
    return left


_INITIALS = r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,3}"
_SUBJECT_RE = re.compile(
    rf"^(?:(Елбасы|Президент|Мемлекет\s+басшысы)\s+)?({_INITIALS}\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w+\s+)?")


def _kk_drop_subject(text: str, left: int, stop: int) -> int:
    """Cut a nominative subject off the phrase: in ``Елбасы Н.Ә.Назарбаев «…» ұлттық жобасы``
    the speaker is not the act's issuer (an issuer stands in the genitive: ``Назарбаевтың``)."""
    m = _SUBJECT_RE.match(text[left:stop])
    if not m or not m.group().strip():
        return left
    last = m.group().split()[-1]
    if not KK_GENITIVE_RE.search(last.lower()):
        return left + m.end()
    return left


def _kk_right(text: str, end: int, quotes: list[tuple[int, int]]) -> tuple[int, Optional[tuple[int, int]]]:
    """A ``… туралы`` title in quotes right after a Kazakh head (``бұйрығы «… бекіту туралы»``)."""
    m = re.match(r"\s*", text[end:])
    pos = end + (m.end() if m else 0)
    q = next((q for q in quotes if q[0] == pos), None)
    if q and re.search(r"туралы|жөнінде|бекіту", text[q[0]:q[1]], re.I):
        return q[1], q
    return end, None


# ---------------------------------------------------------------- Russian: grow to the right
@lru_cache(maxsize=50_000)
def _ru_case_number(word: str, pos: tuple[str, ...]) -> frozenset:
    out = set()
    for p in _morph().parse(word):
        if p.tag.POS in pos:
            out.add((p.tag.case, p.tag.number))
    return frozenset(out)


def _ru_left(text: str, toks: list[_Tok], k: int) -> int:
    """Adjectives that agree with the head in case and number (``Государственной программой``;
    not ``определенных`` in ``определенных Государственной программой``)."""
    left = toks[k].start
    head_forms = _ru_case_number(toks[k].text, ("NOUN",))
    i = k - 1
    n = 0
    while i >= 0 and n < 3 and _ru_is_adjective(toks[i].text) and \
            _ru_case_number(toks[i].text, ("ADJF", "PRTF")) & head_forms:
        left = toks[i].start
        i -= 1
        n += 1
    return left


_PERSON_RE = re.compile(r"(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.[\s-]*){1,4}[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?")


def _ru_right(text: str, end: int, quotes: list[tuple[int, int]]) -> tuple[int, Optional[tuple[int, int]]]:
    pos, title = end, None
    gen_words = 0
    steps = 0
    while steps < 14:
        steps += 1
        m = re.match(r"\s+", text[pos:])
        p = pos + (m.end() if m else 0)
        if p >= len(text):
            break
        q = next((q for q in quotes if q[0] == p), None)
        if q and re.search(r"(?<!\w)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}\s*$", text[:p]) and _DATE_OR_NUMBER_NEXT.match(text, q[1]):
            pos = q[1]  # an organisation's legal form and its quoted name: 'директора ГККП «…» от …'
            continue
        if q:
            # a title ends the name; its date and number may still follow: «О статусе педагога» от … № …
            e2, _ = _ru_right(text, q[1], [])
            return (e2 if re.search(r"\d", text[q[1]:e2]) else q[1]), q
        nm = _PERSON_RE.match(text, p)
        if nm:  # the issuer's name: Послание Президента … К.-Ж.К. Токаева народу Казахстана
            pos = nm.end()
            continue
        iss = _match_issuer_at(text, p)
        if iss:
            pos = iss[0]
            continue
        dm = next((d for d in find_dates(text[p:p + 40]) if d.start == 0), None)
        if dm:
            pos = p + dm.end
            continue
        nm = re.match(r"(?:№|N(?=\s*\d))\s*\d+(?:[-/][0-9A-Za-zА-Яа-яӘәҚқҒғ]+)*", text[p:])
        if nm:
            pos = p + nm.end()
            continue
        pm = next((f for f in find_periods(text[p:p + 40]) if f.start == 0), None)
        if pm:
            return p + pm.end, None
        cm = re.match(r",\s+(\w+)", text[p:])
        prev_w = re.search(r"(\w+)$", text[:pos])
        if cm and gen_words > 0 and prev_w and all(_ADJ_END_RE.search(w.lower()) and _ru_is_genitive(w)
                                                   for w in (prev_w.group(1), cm.group(1))):
            # coordinated adjectives of one genitive noun: 'развития дошкольного, среднего и … образования'
            pos = p + cm.end()
            gen_words += 1
            continue
        if cm and gen_words > 0 and _ru_is_genitive(cm.group(1)) and not _ru_is_verbal(cm.group(1)) \
                and find_periods(re.split(r"[.;]", text[p:p + 200])[0]):
            # coordinated genitive nouns of a programme whose period follows: 'Концепции цифровой
            # трансформации, развития отрасли … на 2023–2029 годы'
            pos = p + cm.end()
            gen_words += 1
            continue
        wm = re.match(r"\w+(?:[-‐]\w+)*", text[p:])
        if not wm:
            break
        word = wm.group()
        low = word.lower()
        if low in ("о", "об") and gen_words == 0:
            # an ``о/об`` clause: nouns and adjectives up to punctuation or a verb
            j = p + wm.end()
            n = 0
            while n < 6:
                mm = re.match(r"\s+(\w+(?:[-‐]\w+)*)", text[j:])
                if not mm or mm.group(1).lower() in _RU_STOP_AFTER or _ru_is_verbal(mm.group(1)):
                    break
                j += mm.end()
                n += 1
            if n == 0:
                break
            pos = j
            gen_words += n
            continue
        if low == "в" and gen_words > 0:
            # the country a programme or concept is for: 'Концепция развития языковой политики в
            # Республике Казахстан на 2023 – 2029 годы'
            mm = re.match(r"в\s+(?:Республике\s+Казахстан|РК)(?!\w)", text[p:])
            if mm:
                pos = p + mm.end()
                continue
            break
        if low == "по" and gen_words < 8:
            mm = re.match(r"\s+(\w+)", text[p + 2:])
            if mm and any("datv" in t for t in _ru_tags(mm.group(1))):
                pos = p + 2 + mm.end()
                gen_words += 1
                # the dative phrase goes on to its noun: 'по Аршалынскому району'
                nn = re.match(r"\s+(\w+)", text[pos:])
                if nn and _ru_is_adjective(mm.group(1)) and any("datv" in t for t in _ru_tags(nn.group(1))) \
                        and not _ru_is_adjective(nn.group(1)):
                    pos += nn.end()
                continue
            break
        if low == "и" and gen_words == 0 and steps == 1:
            # a second noun in the head's case shares its name: 'Правилами и условиями
            # проведения аттестации'; another act's head ('приказом и положением') does not
            mm = re.match(r"\s+(\w+)", text[p + 1:])
            hw = re.search(r"(\w+)$", text[:pos])
            if mm and hw and mm.group(1)[:1].islower() and not _is_ru_head(mm.group(1)) \
                    and {c for c, _ in _ru_case_number(mm.group(1), ("NOUN",))} \
                    & {c for c, _ in _ru_case_number(hw.group(1), ("NOUN",))} - {None}:
                pos = p + 1 + mm.end()
                continue
        if low == "и" and gen_words > 0:
            mm = re.match(r"\s+(\w+)", text[p + 1:])
            if mm and _ru_is_genitive(mm.group(1)) and not _ru_is_verbal(mm.group(1)):
                pos = p + 1 + mm.end()  # развития образования и науки
                gen_words += 1
                continue
            break
        if low in _RU_STOP_AFTER or gen_words >= 10:
            break
        if low in ("народу", "казахстана", "казахстанцам"):  # Послание … народу Казахстана
            pos = p + wm.end()
            continue
        if _ru_is_genitive(word) and not _ru_is_verbal(word):
            pos = p + wm.end()
            gen_words += 1
            continue
        if gen_words > 0 and word[:1].isupper():
            # the issuer named in the nominative or by its legal form and quoted name, when the
            # act's date or number follows: 'руководителя управления образования области Абай от
            # 28 октября …', 'руководителя КГУ «Управление образования …» от 15 января …'
            om = _ISSUER_NAME.match(text, p)
            if om:
                pos = om.end(1)
                continue
        break
    return pos, title


# up to two capitalised words or a legal-form abbreviation with its quoted name, then 'от <date>' or '№'
_DATE_OR_NUMBER_NEXT = re.compile(r",?\s+(?:от\s+\d|№\s*\d)")
_ISSUER_NAME = re.compile(
    r"((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?)(?:\s*«[^«»]{3,120}»)?)"
    rf"(?={_DATE_OR_NUMBER_NEXT.pattern})")


# ---------------------------------------------------------------- qualification
def _capitalised_inside(text: str, toks: list[_Tok], k: int) -> bool:
    w = toks[k].text
    if not w[:1].isupper() or w.isupper():
        return False
    # not the sentence's first word (nor the first after a list marker or a bracket)
    before = text[: toks[k].start].strip()
    return bool(before) and before[-1] not in ".!?:;•-–—(«\"" and not re.fullmatch(r"[\d.)\s]*", before)


def _signals(ref_text: str, head: Head, cap_inside: bool, title: Optional[str], dates, numbers,
             periods, lang: str) -> tuple[str, ...]:
    s = []
    if title is not None:
        s.append("title")
    if dates:
        s.append("date")
    if numbers:
        s.append("number")
    if periods:
        s.append("period")
    if cap_inside:
        s.append("capital")
    if STATE_ADJ_RE.search(ref_text):
        s.append("state")
    iss = _issuer_in(ref_text)
    if iss:
        s.append("issuer:" + iss)
    if re.search(r"(?<!\w)(?:туралы|жөніндегі|об?)\s", ref_text, re.I) and head.type in ("law", "convention", "other"):
        s.append("about")
    if re.search(r"(?<!\w)(?:халқына|халыққа|народу)(?!\w)", ref_text, re.I):
        s.append("addressee")
    if re.search(r"(?<!\w)(?:РК|ҚР|Республики Казахстан|Қазақстан Республикасы\w*)(?!\w)", ref_text):
        s.append("country")
    return tuple(s)


_SELF_REF = re.compile(r"(?i)(?:настоящ\w*|данн(?:ое|ый|ая|ого|ой|ым|ую|ом)|осы|бұл|этот|эта|это|этого|этой|этим)\s")


# a programme of teaching: 'учебная/образовательная программа', 'оқу бағдарламасы', 'білім беру
# бағдарламасы' (not 'білім беруді дамытудың … бағдарламасы', the state programme of its development)
_CURRICULUM = re.compile(r"(?i)(?:учебн|образовательн)\w*\s+программ|(?<![\w-])(?:оқу|білім\s+беру)\s+бағдарлама")


_OWN_TITLE_BEFORE = re.compile(r"(?:^|бекітілген|утвержден[оаы]?|УТВЕРЖДЕН[ОАЫ]?|БЕКІТІЛГЕН)[\s«\"]*$")
_OWN_TITLE_AFTER = re.compile(r"[\s.»\"]*(?:\((?:үзінді|извлечение|выдержка|выписка)\)[\s.]*)?", re.I)
_EVENT_PROGRAMME = re.compile(r"(?i)(?:семинар|конференци|форум|курс|тренинг|іс-шара|слет|съезд)\w*\s+(?:[а-яәғқңөұүһі]+\s+){0,2}?"
                               r"(?:бағдарлама|программ)|программ\w*\s+(?:семинара|конференции|форума|курса|тренинга)")
_SOFTWARE_OR_OWN = re.compile(
    r"(?i)компьютерн\w*\s+программ|обучающ\w*\s+программ|бағдарламалық\s+(?:кешен|қамтама)|компьютерлік\s+бағдарлама"
    r"|(?:внутренн|школьн|лицейск|колледжск|авторск|парциальн|кружков|рабоч)\w*\s+программ"
    r"|(?<!\w)(?:мектеп|лицей|гимназия|колледж|балабақша|орталық|жоба)\w*(?:дың|дің|тың|тің|ның|нің)\s+(?:«[^»]*»\s+)?бағдарлама"
    # a project's programme ('программа инновационного проекта'); an author's programme of teaching
    # ('К. Мередиттің «…» бағдарламасы'); a programme named after a way of
    # teaching ('«Оқу мен жазу арқылы … дамыту» бағдарламасы'): none is an act
    r"|программ\w*\s+(?:[а-яё]+\s+)?проект"
    r"|(?<![\w.])(?:[А-ЯӘҒҚҢӨҰҮҺІ]\.\s?){1,2}[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:дың|дің|тың|тің|ның|нің)\s+(?:«[^»]*»\s+)?(?:[а-яәғқңөұүһі-]+\s+)?бағдарлама"
    r"|«[^»]*(?<!\w)(?:арқылы|через|посредством)\s[^»]*»\s+бағдарлама|программ\w*\s+«[^»]*(?<!\w)(?:арқылы|через|посредством)\s[^»]*»")
_ACCORDING_AFTER = re.compile(r"\s+(?:мен\s+\w+\s+)?(?:сәйкес|негізінде)(?!\w)", re.I)
_ACCORDING_BEFORE = re.compile(r"(?:в\s+соответствии\s+с|согласно)\s+$", re.I)
_OWN_WORK_PLAN = re.compile(r"(?i)жұмыс\s+жоспар|план\w*\s+работы|жылдық\s+жоспар|годово\w+\s+план")


def _qualifies(head: Head, sig: tuple[str, ...], ref_text: str, title: Optional[str], plural: bool = False) -> bool:
    has = set(x.split(":")[0] for x in sig)
    strong = has & {"title", "date", "number"}
    if plural and head.type == "law":
        return bool(strong)  # 'Ньютонның заңдары', 'законами физики': laws of nature; cited laws carry titles
    if title is not None and not re.match(r"[\W_]*[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", title):
        return False  # «обучения на всю жизнь»: a term in quotes, not the name of an act
    if title is not None and re.search(r"[A-Za-z]", title) and not re.search(r"[А-Яа-яӘәҚқ]", title):
        return False  # «PowerPoint» бағдарламасы: software, not an act
    if re.match(_SELF_REF, ref_text):
        return False  # the document itself or an act just named: Настоящее Положение, Осы Ереже, бұл бағдарлама
    if head.lemma == "конституция":
        return bool(has & {"country", "capital", "title", "date"})  # the Constitution, not 'конституция клетки'
    if head.lemma in PROJECT_HEADS:
        return "state" in has and "title" in has
    if head.type == "programme" and _EVENT_PROGRAMME.search(ref_text):
        return False  # the programme of a seminar or a conference: its agenda, not an act
    if head.type == "programme" and (_SOFTWARE_OR_OWN.search(ref_text)):
        return False  # a computer program or an institution's own programme: 'компьютерная программа «…»', 'лицейдің «…» бағдарламасы'
    if head.type == "programme" and _CURRICULUM.search(ref_text):
        return False  # a (model) curriculum of a subject, not a state programme: Типовая учебная программа
    if head.lemma == "стратегия" and not has & {"date", "number", "period", "state"} and \
            not (title and re.search(r"\d|Қазақстан|Казахстан", title)):
        return False  # «Ойлан, жұптас, бөліс» стратегиясы: a classroom strategy; state strategies name a horizon
    words = len(re.findall(r"\w+", ref_text))
    if head.type in ("order",) or head.lemma in ("указ", "жарлық", "постановление", "қаулы", "распоряжение"):
        return bool(strong)
    if head.type == "law":
        return bool(strong) or "capital" in has or "about" in has or ("country" in has and words > 1)
    if head.type == "convention":
        return bool(strong) or "capital" in has or "about" in has or "issuer" in has
    if head.type == "address":
        iss = [x for x in sig if x.startswith("issuer:Президент")]
        return bool(strong) or "capital" in has or bool(iss) or "addressee" in has or "period" in has
    if head.type == "plan" and _OWN_WORK_PLAN.search(ref_text) and not has & {"date", "number", "state"}:
        return False  # an institution's own work plan for the year, not a normative act
    if head.type in ("programme", "plan"):
        return bool(strong) or "period" in has or ("state" in has and words >= 3)
    # other weak heads: rules, standards, concepts, strategies
    if head.lemma in ("правила", "положение", "ереже", "қағида", "стандарт"):
        return bool(strong) or ("capital" in has and words >= 2) or ("state" in has and words >= 3) \
            or ("according" in has and words >= 4)
    return bool(strong) or "period" in has or ("state" in has and words >= 3)


# ---------------------------------------------------------------- main entry
def _strip_title(title: str, lang: str) -> str:
    t = title.strip().strip("«»“”\"").strip()
    t = re.sub(r"^(?:ҚР|РК|Қазақстан Республикасының)\s+", "", t)
    return t


def find_acts(text: str, lang: str) -> list[ActRef]:
    """Act references in one sentence of language ``lang`` (``kk`` or ``ru``), in text order."""
    toks = [_Tok(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    by_start = {t.start: i for i, t in enumerate(toks)}
    quotes = quote_spans(text)
    langs = (lang,) if lang in ("kk", "ru") else ("kk", "ru")
    refs: list[ActRef] = []
    for head in HEADS:
        if head.lang not in langs:
            continue
        for m in head.pattern.finditer(text):
            k = by_start.get(m.start())
            if k is None:
                continue
            if m.group().isupper() and len(m.group()) >= 4:
                continue  # 'БҰЙРЫҚ', 'ЕРЕЖЕ', 'ПОЛОЖЕНИЕ' in capitals head the document itself; citations are not set so
            q = _in_quote(m.start(), quotes)
            title_q: Optional[tuple[int, int]] = None
            if q is not None:
                inner = text[q[0] + 1:q[1] - 1]
                rel = m.start() - q[0] - 1
                if head.lang == "kk":
                    # the head must close the quoted name: «… туралы заңы», «… Ұлттық жоспарын»
                    if inner[rel + len(m.group()):].strip(" .;,") != "":
                        continue
                else:
                    # the head must open it (adjectives may precede): «Национального плана …»
                    before = inner[:rel].split()
                    if any(not _ru_is_adjective(w) for w in before):
                        continue
                title_q = q
                start_k = by_start.get(q[0], k)
                end = q[1]
            else:
                start_k = k
                end = m.end()
            if head.lang == "kk":
                start = _kk_left(text, toks, start_k, quotes)
                if q is None:
                    end, tq = _kk_right(text, end, quotes)
                    title_q = title_q or tq
                    # a quoted name standing just before the head is its title
                    if title_q is None:
                        title_q = next((qq for qq in quotes if start <= qq[0] and qq[1] <= m.start()), None)
            else:
                start = _ru_left(text, toks, start_k) if q is None else q[0]
                if q is None:
                    end, tq = _ru_right(text, end, quotes)
                    title_q = tq
                else:
                    # issuer, date or number after a quoted name: «…» от 27 июля 2007 года № 319
                    e2, _ = _ru_right(text, end, [])
                    end = e2 if re.search(r"\d", text[end:e2]) else end
                    # «Об образовании» is the title of a preceding ``Закон РК``
            if q is None and start == m.start() and _DEMONSTRATIVE_BEFORE.search(text[:start]):
                continue  # 'Осы қағидалар', 'настоящим Положением': the document itself or an act just named
            plural = _is_plural(m.group(), head.lang)
            ref = _make_ref(text, toks, by_start, head, k, start, end, title_q, q is not None, plural)
            if ref is None:
                continue
            if _approved_here(text, ref):
                continue
            refs.append(ref)
            if plural:
                refs.extend(_coordinated(text, toks, by_start, quotes, head, k, start, end, title_q))
    refs.extend(_inside_quotes(text, lang, quotes, refs))
    return _resolve(refs)


# an act the text approves is its own appendix, not one it cites: the order's own words
# ('утвердить (прилагаемое) Положение о …', 'Утверждается …', 'об утверждении Правил …'; Kazakh
# '… туралы ереже (2-қосымша) бекітілсін', '… ережені бекіту туралы', 'бекітемін'), or its
# pointer to an appendix ('… (приложение 2)', '(1-қосымша)'). A past passive reports an
# approval made elsewhere ('Указом … утверждена Государственная программа', '… бағдарламасы
# бекітілді'): that act is cited.
_APPROVING_BEFORE = re.compile(r"(?i)(?<![\w-])(?:утвердить|утверждении|утверждается|утверждаются)\s+"
                               r"(?:прилагаем\w*\s+)?$")
_APPROVED_AFTER = re.compile(r"(?i)^\s*(?:\((?:приложени[ея]|\d+\s*-\s*қосымша)[^()]{0,6}\)\s*)?"
                             r"(?:бекітілсін|бекітемін|бекіту\s+туралы)(?!\w)"
                             r"|^\s*\((?:приложени[ея]\s*\d+|\d+\s*-\s*қосымша)\)")


def _approved_here(text: str, ref: "ActRef") -> bool:
    """The reference names an act this text approves or attaches (no date or number of its own
    yet: it takes the approving document's)."""
    if ref.date or ref.number:
        return False
    return bool(_APPROVING_BEFORE.search(text[:ref.start]) or _APPROVED_AFTER.match(text[ref.end:]))


# a demonstrative right before the head: the text refers to itself or to an act it just named
_DEMONSTRATIVE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:осы|бұл|сол|мына|настоящ\w*|данн(?:ое|ый|ая|ого|ой|ым|ую|ом|ые|ых|ыми)|"
    r"этот|эта|это|этого|этой|этим|этими|этих|эти)\s+$")
_KK_PLURAL = re.compile(r"(?i)\w+(?:лар|лер|дар|дер|тар|тер)\w*")


def _is_plural(word: str, lang: str) -> bool:
    """A head in the plural names several acts cited together: 'заңдарына', 'законами' (not
    'Программы', which is also a genitive singular)."""
    if lang == "kk":
        return bool(_KK_PLURAL.fullmatch(word))
    forms = _ru_case_number(word, ("NOUN",))
    return bool(forms) and all(n == "plur" for _, n in forms)


def _make_ref(text: str, toks: list[_Tok], by_start: dict[int, int], head: Head, k: int, start: int, end: int,
              title_q: Optional[tuple[int, int]], head_in_quote: bool, plural: bool = False) -> Optional[ActRef]:
    """The reference over ``text[start:end]`` if its phrase identifies one act."""
    ref_text = text[start:end]
    dates = find_dates(ref_text)
    numbers = find_numbers(ref_text)
    periods = find_periods(ref_text, dates)
    title = None
    if title_q is not None:
        title = _strip_title(text[title_q[0]:title_q[1]], head.lang)
    # a capital on the head or on an adjective that opens the name (Типовыми правилами …)
    k0 = by_start.get(start, k)
    cap = (_capitalised_inside(text, toks, k) or _capitalised_inside(text, toks, k0)) and not head_in_quote
    sig = _signals(ref_text, head, cap, title, dates, numbers, periods, head.lang)
    if _ACCORDING_AFTER.match(text, end) or _ACCORDING_BEFORE.search(text[max(0, start - 30):start]):
        sig += ("according",)  # '… қағидаларына сәйкес', 'в соответствии с Правилами …': a document that binds
    if not _qualifies(head, sig, ref_text, title, plural):
        return None
    if head.type == "other" and not (dates or numbers) and _OWN_TITLE_BEFORE.search(text[:start]) \
            and _OWN_TITLE_AFTER.fullmatch(text[end:]):
        # a line that is only 'Өңірлік инновациялық алаңдар туралы ереже (үзінді)', under the stamp
        # of the order that approved it, titles the document itself
        return None
    if title is None and head.type in ("programme", "plan", "address", "law", "convention", "other"):
        title = _name_without_issuer(ref_text, dates, numbers) or None
    conf = min(0.95, 0.55 + 0.1 * len([x for x in sig if x.split(":")[0] in
                                        ("title", "date", "number", "period", "state", "issuer")]))
    return ActRef(
        start=start, end=end, type=head.type, head=head.lemma, lang=head.lang,
        issuer=_issuer_in(ref_text), date=dates[0].value if dates else None,
        number=numbers[0].value if numbers else None, title=title,
        period=periods[0].value if periods else None,
        topics=topics_of(title or ref_text), title_quoted=title_q is not None, confidence=round(conf, 2), signals=sig,
    )


def _coordinated(text: str, toks: list[_Tok], by_start: dict[int, int], quotes: list[tuple[int, int]], head: Head,
                 k: int, start: int, end: int, title_q: Optional[tuple[int, int]]) -> list[ActRef]:
    """The other acts of a plural head, each a quoted title with its own date and number.

    Kazakh puts the shared head after the last one (``«Білім туралы» 2007 жылғы … № 319-III және
    «Педагог мәртебесі туралы» … Қазақстан Республикасының заңдарына``): the phrase grows left
    from the word before ``және``/comma as it would from a head. Russian puts it before the first
    (``Законами РК «Об образовании» и «О статусе педагога»``): each further title after ``и`` or a
    comma, with its date and number, is an act of the same kind."""
    out: list[ActRef] = []
    if head.lang == "kk":
        pos = start
        for _ in range(4):
            m = re.search(r"(?:,|\s(?:және|мен|бен|пен))\s*$", text[:pos])
            if not m:
                break
            i = next((j for j in range(len(toks) - 1, -1, -1) if toks[j].end <= m.start()), None)
            if i is None:
                break
            # the part closes with a title or its number: '… № 319-III', '«Тіл туралы»'
            if toks[i].text not in _CLOSE and not re.search(r"\d", toks[i].text):
                break
            # grow left as from a head standing right after the part
            s0 = _kk_left(text, toks[:i + 1] + [_Tok(toks[i].end, toks[i].end, "")], i + 1, quotes)
            s0 = min(s0, toks[i].start)
            tq = next((qq for qq in quotes if s0 <= qq[0] and qq[1] <= toks[i].end), None)
            if tq is None:
                break
            ref = _make_ref(text, toks, by_start, head, by_start.get(tq[0], i), s0, toks[i].end, tq, False)
            if ref is None:
                break
            out.append(ref)
            pos = s0
    else:
        pos = end
        for _ in range(4):
            m = re.match(r"\s*(?:,|и)\s*", text[pos:])
            if not m:
                break
            p = pos + m.end()
            tq = next((qq for qq in quotes if qq[0] == p), None)
            if tq is None:
                break
            e2, _ = _ru_right(text, tq[1], [])
            e = e2 if re.search(r"\d", text[tq[1]:e2]) else tq[1]
            ref = _make_ref(text, toks, by_start, head, by_start.get(tq[0], k), tq[0], e, tq, False)
            if ref is None:
                break
            out.append(ref)
            pos = e
    return out


_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _script_lang(text: str, lang: str) -> str:
    """A quote in a bilingual line may be in the other language than the line's majority
    (a Russian talk title in a line tagged Kazakh): Kazakh letters mark Kazakh, Cyrillic
    without them Russian."""
    if lang not in ("kk", "ru"):
        return lang
    if _KK_LETTERS.search(text):
        return "kk"
    return "ru" if re.search(r"[А-Яа-яЁё]{3}", text) else lang


def _inside_quotes(text: str, lang: str, quotes: list[tuple[int, int]], refs: list[ActRef]) -> list[ActRef]:
    """Acts cited inside a quoted name that is no act itself (a talk's title: «Мектептегі
    өзгерістер: «Педагог мәртебесі туралы» Заңнан туындайтын міндеттер»): the quote is read as a
    sentence of its own, so its nested quotes are titles again."""
    out: list[ActRef] = []
    for q0, q1 in quotes:
        if any(r.start < q1 and q0 < r.end for r in refs) or q1 - q0 < 12:
            continue
        inner = text[q0 + 1:q1 - 1]
        for r in find_acts(inner, _script_lang(inner, lang)):
            out.append(replace(r, start=r.start + q0 + 1, end=r.end + q0 + 1))
    return out


def _name_without_issuer(ref_text: str, dates: list[Found], numbers: list[Found]) -> str:
    t = ref_text
    for f in sorted(list(dates) + list(numbers), key=lambda f: -f.start):
        t = t[:f.start] + " " + t[f.end:]
    for _norm, rx in ISSUERS:
        m = rx.match(t.strip())
        if m:
            t = t.strip()[m.end():]
            break
    t = re.sub(r"^\s*(?:[А-ЯӘҒҚҢӨҰҮҺІ]\.\s?){1,3}[А-ЯӘҒҚҢӨҰҮҺІ]\w+\s+", "", t.strip())  # a person's name
    return " ".join(t.split())


def _resolve(refs: list[ActRef]) -> list[ActRef]:
    """One reference per stretch of text: the longest wins, ties go to the stronger."""
    refs = sorted(refs, key=lambda r: (-(r.end - r.start), -r.confidence, r.start))
    kept: list[ActRef] = []
    for r in refs:
        if any(r.start < k.end and k.start < r.end for k in kept):
            continue
        kept.append(r)
    return sorted(kept, key=lambda r: r.start)
