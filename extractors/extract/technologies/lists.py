"""Technologies named by list structure: bulleted lists introduced as technologies, colon
lists after a technology noun ('педагогикалық технологияларды: толық игеру технологиясын,
сыни тұрғыда ойлау, М. Монтесори …'), and tool lists under a 'құралдар / инструменты' title.
"""
from __future__ import annotations

import re
from typing import Optional

from models import Block, BlockKind

from .classification import GENERIC_KK, GENERIC_RU, is_kk_adjective, ru_is_adjective
from .normalize import is_kazakh, normalize_author, ru_lemma, ru_parse
from .patterns import Candidate

INTRO_TECH = re.compile(r"\b(технологи(?!ялық|ческ)\w*|әдістер\w*|тәсілдер\w*|техникалар\w*|әдіс-тәсіл\w*|методы|методов|методами|приём\w*|прием\w*)\b[^:]{0,40}:\s*$", re.I)
# 'Жас педагогтер мына тәсілдерді меңгерді:' has its noun; 'Молодые педагоги освоили:' has only the verb
# of learning or using, and then only items that are each a quoted name are named methods
INTRO_MASTERED = re.compile(r"(меңгер|игер|үйрен|қолдан|пайдалан|освои|овладе|использ|примен|апробир)\w*\s*:\s*$", re.I)
# 'На уроках используются:', 'Сабақта мыналарды қолданамын:' — a lesson and a verb of using
# announce the teacher's methods even without a method noun
INTRO_LESSON_USE = re.compile(r"(урок\w*|занят\w*|сабақ\w*).{0,40}(использу|применя|қолдан|пайдалан)\w*\s*:\s*$", re.I)
INLINE_COLON = re.compile(r"\b(технологи(?!ялық|ческ)\w*|әдістер\w*|методы|методов)(\s+[\w-]+){0,2}\s*:\s*"
                          # strategies and techniques in the nominative, with at most a passive verb: 'ең жиі
                          # қолданатын стратегиялар анықталды:' ('стратегияларын қолдану:' opens a subtitle)
                          r"|\b(тәсілдер[і]?|стратегиялар[ыі]?|стратегии)(\s+[\w-]+(?:ылды|ілді|лды|лді|нды|нді|ются|ется|ены|аны))?\s*:\s*", re.I)
LIST_END = re.compile(r"\s*(және\s+т\.\s*б|т\.\s*б|и\s+др|және\s+басқа\w*|и\s+другие|т\.\s*с\.\s*с)\b.*$", re.I | re.S)
PERSON = re.compile(r"^([А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2}([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)$")
ABBR = re.compile(r"^([А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,6})(\s*\(.*\))?$")


_KK_AUTHOR_GEN = re.compile(r"^((?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2})([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+?)(?:дың|дің|тың|тің|ның|нің)\s+(\S.*)$")


def _item_label(text: str, lang: str) -> tuple[str, Optional[str], str]:
    """Label, author and kind for one list element."""
    t = text.strip(" ;.,")
    m = PERSON.match(t)
    if m:
        sur = m.group(2)
        if sur.endswith(("ова", "ева", "ина", "ына")) and not is_kazakh(t):
            sur = sur[:-1]
        elif sur.endswith(("ова", "ева")) and lang == "kk":
            sur = sur[:-1]  # a Russian genitive copied into Kazakh text ('Н. Зайцева')
        ini = "".join(ch + "." for ch in re.findall(r"[А-ЯЁӘҒҚҢӨҰҮҺІ](?=\.)", t))
        author = f"{ini}{sur}"
        label = f"{author} технологиясы" if lang == "kk" else f"технология {author}"
        return label, author, "pedagogical_technology"
    # 'элементы X' / 'X элементтері': elements of a method name the method
    if re.search(r"\S\s+элементтер[іi]\w*$", t):
        t = re.sub(r"(ның|нің|дың|дің|тың|тің)?\s+элементтер[іi]\w*$", "", t)  # 'әдістемесінің элементтері'
    t = re.sub(r"^элемент(ы|ов)\s+(?=\S)", "", t, flags=re.I)
    m = _KK_AUTHOR_GEN.match(t)
    if m and lang == "kk":
        author = normalize_author(m.group(1), m.group(2), "kk")
        return m.group(3), author, "method" if re.search(r"(әдіс|метод)\w*$", m.group(3)) else "pedagogical_technology"
    words = t.split()
    if len(words) == 1 and (is_kk_adjective(t) if lang == "kk" else ru_is_adjective(t)):
        return (f"{t} технология" if lang == "kk" else f"{t} технологии"), None, "pedagogical_technology"
    if lang == "ru" and words and not t.lower().startswith("технолог"):
        from .classification import ru_is_genitive

        if ru_is_genitive(words[-1]) and ru_is_adjective(words[0]) or (len(words) > 1 and ru_is_genitive(words[0])):
            return f"технология {t}", None, "pedagogical_technology"
    t = re.sub(r"\bтехнология(сын|сының|сына|ны|ларын|ларды|лары)$", "технологиясы", t)
    kind = "method" if re.search(r"(әдіс|метод)\w*$", t.lower()) else "pedagogical_technology"
    if re.search(r"[A-Z]{2,}\s+бағдарлама", t):
        kind = "method"
    # lower case for a capitalised common noun, not for a name ('М. Монтессори', 'Су-Джок', 'ABA')
    proper = re.match(r"[A-ZА-ЯЁ]{2}|\w\.|\w+-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|[A-Za-z]+[A-Z]", t)  # … or camel case: 'PhET'
    label = t[:1].lower() + t[1:] if t[:1].isupper() and not proper else t
    return label, None, kind


def _generic(label: str, lang: str) -> bool:
    words = re.findall(r"[\w-]+", label.lower())
    if lang == "kk":
        return all(w in GENERIC_KK or w.startswith("технолог") for w in words)
    return all(ru_lemma(w) in GENERIC_RU or w.startswith("технолог") for w in words)


# an intro that names methods or techniques (not technologies): its items are methods
_METHOD_INTRO = re.compile(r"(әдіс|тәсіл|метод|при[её]м)\w*[^:]{0,40}:\s*$", re.I)


def _masked(text: str) -> str:
    """Quoted names and bracketed asides hidden, so their commas and colons split nothing."""
    return re.sub(r"«[^»]*»|\([^)]*\)", lambda m: "_" * len(m.group(0)), text)


# where or with whom the methods are used: a Kazakh locative ('жұмыста', 'түзетуде', 'сыныптарда'),
# a Russian prepositional phrase ('в работе с …', 'при коррекции …', 'на уроках …')
_KK_LOCATIVE = re.compile(r"(да|де|та|те|нда|нде)$", re.I)
_RU_CIRCUMSTANCE = re.compile(r"^(в|во|на|при|для|с|со)\s", re.I)


# a plural noun of a kind of method closing what stands before a dash
_KIND_PLURAL = re.compile(r"^(?:техникалар|әдістер|тәсілдер|технологиялар|стратегиялар|методы|при[её]мы|техники|технологии|стратегии)$", re.I)


def _circumstance_dash(masked: str, lang: str) -> Optional[int]:
    """Position of the dash after an item's circumstance ('… оқушылармен жұмыста – ABA-терапия,
    PECS'), or None: what follows the dash are the methods used there."""
    m = re.search(r"\s[–—-]\s", masked)
    if not m:
        return None
    left = masked[:m.start()].split()
    if not 1 <= len(left) <= 8:
        return None
    if _KIND_PLURAL.match(left[-1]):
        return m.start() + 1  # '… арналған техникалар – саусақпен, алақанмен салу': the kind, then its members
    if lang == "kk" and _KK_LOCATIVE.search(left[-1]) and len(left[-1]) > 4:
        return m.start() + 1
    if lang == "ru" and _RU_CIRCUMSTANCE.match(masked):
        return m.start() + 1
    return None


_LONE_ADJ = re.compile(r"[^\W\d_]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|лық|лік|дық|дік|тық|тік)", re.I)


_KK_INSTRUMENTAL_WORD = re.compile(r"^[а-яәғқңөұүһі]{3,}(?:мен|пен|бен)$")
_KK_PARTICIPLE = re.compile(r"(?:ған|ген|қан|кен)$")


def _kk_member_core(body: str, rest: str) -> str:
    """The name in a Kazakh member, as a person would list it: a lone instrumental shares the
    verbal noun of the next member ('саусақпен, алақанмен салу' → 'саусақпен салу'), and a
    participle clause before the name describes the material ('картоп пен тығыннан жасалған
    мөрлермен штамптау' → 'мөрлермен штамптау')."""
    words = body.split()
    if len(words) == 1 and _KK_INSTRUMENTAL_WORD.match(words[0]):
        nxt = re.match(r"\s*([а-яәғқңөұүһі]{3,}(?:мен|пен|бен))\s+([а-яәғқңөұүһі]{2,}у)(?=[\s,;.]|$)", rest)
        if nxt:
            return f"{body} {nxt.group(2)}"
    ptcp = [k for k, w in enumerate(words[:-1]) if _KK_PARTICIPLE.search(w)]
    if ptcp and len(words) - ptcp[-1] - 1 >= 2:
        return " ".join(words[ptcp[-1] + 1:])
    return body


def _grouped_item(b: Block, lang: str, method_intro: bool) -> Optional[list[Candidate]]:
    """An item that names a group and then its members: 'до чтения: «Кластер», синквейн' (the
    stage of a lesson, then the methods used in it). The members are the candidates; a quoted
    name keeps its bracketed gloss out of the label ('«Инсерт» (чтение с пометками)')."""
    masked = _masked(b.text)
    colon = masked.find(":")
    if colon <= 0 or len(masked[:colon].split()) > 5:
        colon = _circumstance_dash(masked, lang)
        if colon is None:
            return None
    out = []
    tail = b.text[colon + 1:]
    mtail = masked[colon + 1:]
    if _is_clause(LIST_END.sub("", mtail).strip().rstrip(".;,"), lang) and len(mtail.split()) > 6:
        return None  # 'кейс-әдіс: … кейстер шешілді': the name, then what was done with it
    pos = 0
    seps = [m for m in re.finditer(r"[,;]|\s+(?:и|және|мен)\s+(?=[«\w])", mtail)
            # two adjectives joined before one noun are one name: 'альтернативная и дополнительная коммуникация'
            if m.group(0) in ",;" or not _LONE_ADJ.fullmatch(mtail[:m.start()].split(",")[-1].split(";")[-1].strip())]
    for m in seps + [None]:
        end = m.start() if m else len(mtail)
        a, piece = pos, tail[pos:end]
        pos = m.end() if m else len(mtail)
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip().rstrip(".;,")
        if not body or len(body.split()) > 7:
            continue
        if _is_clause(re.sub(r"«[^»]*»|\([^)]*\)", " ", body), lang):
            continue  # 'каждая группа читает свой фрагмент': what the members do, not a member's name
        label_src = re.sub(r"\s*\([^)]*\)\s*$", "", body)  # (a gloss in brackets is no part of the name)
        if lang == "kk":
            label_src = _kk_member_core(label_src, mtail[pos:])
        label, author, kind = _item_label(label_src, lang)
        if _generic(label, lang):
            continue
        if method_intro and not re.search(r"технолог|обучен|оқыт", label, re.I):
            kind = "method"
        start = b.char_start + colon + 1 + a + lead
        out.append(Candidate(start, start + len(body), body, label, lang, kind, "list_group_member", 0.85,
                             author=author, block_id=b.block_id, priority=3))
    return out or None


def _kind_dash_item(b: Block, lang: str) -> bool:
    """An item that opens with its own kind of method and a dash ('1) кіші топқа арналған
    техникалар – …'): a classification's row, whatever line introduced the list."""
    masked = _masked(b.text)
    m = re.search(r"\s[–—-]\s", masked)
    return bool(m) and _circumstance_dash(masked, lang) == m.start() + 1 and bool(_KIND_PLURAL.match(masked[:m.start()].split()[-1]))


def list_item_candidates(blocks: list[Block], lang_of) -> list[Candidate]:
    """Items of bulleted lists whose introducing paragraph ends with 'технологиялар:' etc."""
    out: list[Candidate] = []
    intro: Optional[Block] = None
    quoted_only = False
    for b in blocks:
        if b.kind == BlockKind.LIST_ITEM and intro is not None:
            text = b.text
            if quoted_only and not _QUOTED_ITEM.fullmatch(LIST_END.sub("", text).strip(" ;.,")):
                continue
            grouped = _grouped_item(b, lang_of(b), bool(_METHOD_INTRO.search(intro.text)))
            if grouped:
                out += grouped
                continue
            body = LIST_END.sub("", text).rstrip(" ;.,")
            if lang_of(b) == "kk" and _KK_PLURAL_CLASS.search(body):
                continue  # 'белсенді оқыту стратегиялары': a class of the grouping, not one technology
            if 0 < len(body.split()) <= 7:
                lang = lang_of(b)
                label, author, kind = _item_label(body, lang)
                if not _generic(label, lang):
                    out.append(Candidate(b.char_start, b.char_start + len(body), body, label, lang, kind,
                                         "list_item", 0.9, author=author, block_id=b.block_id, priority=3))
            continue
        if b.kind == BlockKind.LIST_ITEM and _kind_dash_item(b, lang_of(b)):
            # an item that names its own kind before a dash needs no introducing line
            out += _grouped_item(b, lang_of(b), True) or []
            continue
        named = INTRO_TECH.search(b.text) or INTRO_LESSON_USE.search(b.text)
        quoted_only = not named and bool(INTRO_MASTERED.search(b.text))
        intro = b if (b.kind != BlockKind.LIST_ITEM and (named or quoted_only)) else None
    return out


_KK_PLURAL_CLASS = re.compile(r"(?:стратегия|технология|әдіс|тәсіл|құрал|платформа|жүйе|ресурс|бағдарлама)(?:лар|лер|тер|дар)[ыі]?$", re.I)
_QUOTED_ITEM = re.compile(r"«[^«»]{2,60}»(?:\s*\([^()]{1,60}\))?")


def _split_elements(seg: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in re.finditer(r",|;|\s+және\s+|\s+и\s+", seg):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(seg)))
    return spans


_HOURS = re.compile(r"\(\s*(?:[^()]*,\s*)?\d+\s*(?:ч|час\w*|сағ\w*|ак\.\s*ч)\.?\s*\)", re.I)


def _is_clause(piece: str, lang: str) -> bool:
    """An element that is a clause, not a name: a Russian verb of its own (finite, infinitive or
    gerund), or a Kazakh clause closed by a finite verb (three words or more: a two-word name may
    end like a verb)."""
    words = piece.split()
    if lang == "ru":
        return any((p := ru_parse(w)) is not None and p.tag.POS in ("VERB", "INFN", "GRND")
                   for w in re.findall(r"[а-яё]+", piece.lower()))
    low = piece.lower()
    # a finite verb, a (negative) converb that opens a clause, or a personal pronoun: 'оқушылар шешімді
    # жаттамай', 'оны өздері табуға үйренді'
    # a dative at the end says what each part is for ('келесі сабақтар дереккөздермен өзіндік жұмысқа'): a
    # name in a list stands in the nominative
    return len(words) >= 3 and bool(re.search(r"(?:ады|еді|йды|йді|[мбп][ае]й|[ыі]п|нді|нды|лді|лды|рді|рды|ға|ге|қа|ке)\s*[.;,]?\s*$", low)
                                    or re.search(r"(?<!\w)(?:ол|олар|оны|оған|біз|өздері|өзі)(?!\w)", low))


def _may_name(body: str, lang: str) -> bool:
    """Whether an element after a colon can name a technology at all: not a module of a course
    plan ('… (24 ч)'), not a clause (a Russian finite verb: the colon explained how the technology
    works: 'учитель не сообщает готового знания, а создаёт ситуацию'), not a single everyday
    noun the lexicon does not know ('Критерии выбора технологии: цели, ресурсы')."""
    if _HOURS.search(body):
        return False
    if _is_clause(body, lang):
        return False
    if lang != "ru":
        return True
    from .normalize import _morph

    words = re.findall(r"[а-яё]+", body.lower())
    if len(body.split()) == 1 and words and body[:1].islower():
        from .lexicon import default_lexicon

        morph = _morph()
        if morph is not None and morph.word_is_known(words[0]) and default_lexicon().concept_of(body, "ru") is None:
            return False
    return True


def _head_lemma(word: str) -> Optional[str]:
    """The dictionary form of the noun before the colon, when it names a kind of method."""
    w = word.lower()
    for stem, lemma in (("метод", "метод"), ("әдіс", "әдіс"), ("тәсіл", "тәсіл"), ("стратеги", "стратегия"),
                        ("технолог", "технология")):
        if w.startswith(stem):
            return lemma
    return None


def _adjective_with_head(adj: str, head: str, lang: str) -> str:
    if lang == "kk":
        return f"{adj.lower()} {head}"
    from .patterns import _ru_agree

    return f"{_ru_agree([adj], head)} {head}"


def colon_list_candidates(text: str, base: int, lang: str, continuation: Optional[tuple[str, int]] = None) -> list[Candidate]:
    """Elements of 'технологиялар: A, B, C және т.б.' in one sentence (or in the next block
    when the introducing block ends with the colon)."""
    out: list[Candidate] = []
    segs = []
    m = INLINE_COLON.search(text)
    if m and text[:m.start()].count("«") > text[:m.start()].count("»"):
        return out  # a colon inside a quoted title ('«Lesson Study технологиясы: … қалай құрылады»') starts a subtitle
    if m and m.end() < len(text):
        segs.append((text[m.end():], base + m.end()))
    elif m and continuation is not None and _circumstance_dash(_masked(continuation[0]), lang) is None:
        # (an item that opens with where the methods are used is read by list_item_candidates)
        segs.append(continuation)
    head = _head_lemma(m.group(1) or m.group(3)) if m else None
    for seg, seg_base in segs:
        cut = LIST_END.search(seg)
        stop = re.search(r"\s[-–—]\s", _masked(seg))  # (a dash inside a quoted name stops nothing)
        end = min(x for x in (cut.start() if cut else len(seg), stop.start() if stop else len(seg), len(seg)))
        seg = seg[:end]
        # keep parenthesised expansions with their abbreviation
        masked = re.sub(r"\([^)]*\)", lambda mm: "_" * len(mm.group(0)), seg)
        if any(_is_clause(seg[a:b], lang) for a, b in _split_elements(masked)):
            continue  # the colon opened an explanation ('… жүйелі қолданамыз: тапсырмалар … бөлінеді, ал …')
        for a, b in _split_elements(masked):
            piece = seg[a:b]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip().rstrip(".")
            if not body or len(_masked(body).split()) > 6:  # (a quoted name counts as one word)
                continue
            lone_adjective = len(body.split()) == 1 and (is_kk_adjective(body) if lang == "kk" else ru_is_adjective(body))
            if lone_adjective and _generic(body, lang):
                continue  # a judgement, not a kind: 'методы: эффективные, современные
            if not lone_adjective and not _may_name(body, lang):
                continue
            if lone_adjective and head is not None:
                # 'методы обучения: объяснительно-иллюстративный, репродуктивный, …': each adjective is a
                # kind of the head noun before the colon
                label, author = _adjective_with_head(body, head, lang), None
                kind = "pedagogical_technology" if head.startswith("технолог") else "method"
            else:
                label, author, kind = _item_label(body, lang)
            if _generic(label, lang):
                continue
            s = seg_base + a + lead
            out.append(Candidate(s, s + len(body), body, label, lang, kind, "colon_list", 0.85,
                                 author=author, priority=2))
    return out
