"""Items of the lists that state what methodological cabinets do (cabinet_tasks) and the rules
for regional innovation platforms (platform_criteria), with list title, kind or section,
position and the item's translation.

Lists are found by structure (:mod:`.structure`), named by their introducing text
(:mod:`.titles`) and paired across languages (:mod:`.parallel`).
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Optional, Sequence

from models import BlockKind, Document
from models.schema import TABLES

from . import parallel
from .structure import CONTEXT, ParsedList, block_lang, clause_blocks, find_lists
from .titles import (
    cabinet_aliases,
    cabinet_closes_title,
    cabinet_is_subject,
    cabinet_kind,
    cabinet_owns,
    deadline,
    heading_section,
    names_cabinet,
    names_platform,
    platform_aliases,
    platform_section,
    REPORT_NOUN,
    SUBMITS,
    words,
)

__all__ = ["extract_cabinet_tasks", "extract_platform_criteria", "find_lists"]

NAME = "lists"


def _lemmas(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in doc.sentences or ():
        for t in s.tokens:
            if t.lemma:
                out.setdefault(t.text.lower(), t.lemma)
    return out


def _title_lang(pl: ParsedList) -> str:
    lang = pl.lang
    return lang if lang in ("kk", "ru") else "kk"


def _first_line(title: str) -> str:
    return title.split(" (")[0] if title.endswith(")") else title


def _page_of(doc: Document, block_id: str) -> Optional[int]:
    for b in doc.blocks:
        if b.block_id == block_id:
            return b.page
    return None


def _heads_a_sublist(text: str, lang: str) -> bool:
    """'1. ҚӘК-тің биылғы міндеттері:' / '2. Ожидаемые результаты:' — an item that only names the
    kind of the list under it (a short line ending in a colon whose head is a list kind) is that
    list's title, not an item; 'Титуль парағы:' (a part of an application) stays an item."""
    t = text.strip()
    if not t.endswith(":") or len(t.split()) > 10:
        return False
    return cabinet_kind(t, lang)[0] is not None or platform_section(t, lang)[0] is not None


def _clause_sequence(pl: ParsedList) -> bool:
    """Numbered clauses of a regulation under a heading ('Требования к …: 1. … создается …
    2. Организация … должна соответствовать следующим критериям: 3. … представляет отчеты в
    следующие сроки:'): some open lists of their own with a sentence ending in a colon, the
    others are whole sentences; the lists inside are the items, the clauses are not."""
    texts = [it.text.strip() for it in pl.items]
    openers = [t for t in texts if t.endswith(":")]
    sentences = [t for t in texts if t[:1].isupper() and t.endswith(".")]
    return any(len(t.split()) >= 7 for t in openers) and bool(sentences) and len(openers) + len(sentences) == len(texts)


def _rows(doc: Document, pl: ParsedList, table: str, label_col: str, label: str, rule: str, conf: float) -> list[dict]:
    cols = TABLES[table].columns
    rows = []
    lang = _title_lang(pl)
    if _clause_sequence(pl):
        return []
    items = [it for it in pl.items if not _heads_a_sublist(it.text, lang)]
    for pos, it in enumerate(items, 1):
        row = dict.fromkeys(cols)
        row.update(
            item_id=it.item_id,
            doc_id=doc.doc_id,
            block_id=it.block_id,
            lang=lang,
            list_title=pl.title,
            position=pos,
            text=it.text.strip(),
            page=it.blocks[0].page,
            char_start=it.start,
            char_end=it.end,
            extractor=f"{NAME}:{pl.mode}:{rule}",
            confidence=round(conf - (0.1 if it.inline else 0.0), 2),
        )
        row[label_col] = label
        if "deadline" in cols:
            # in a ground for termination a time phrase is part of the failure it describes
            # (``непредставление отчета в установленные сроки``), not a deadline the item sets
            row["deadline"] = None if label == "early_termination" else deadline(it.text, label)
        row["_list_key"] = pl.intro.block_id + ("#inline" if pl.mode == "inline" else "")
        # a regulation clause translates into a clause, a list into a list
        row["_shape"] = "clause" if pl.mode == "clause" else "list"
        rows.append(row)
    return rows


def _finish(docs: Sequence[Document], rows: list[dict], alignments: Iterable[Mapping], label_col: str) -> list[dict]:
    parallel.from_alignments(rows, alignments)
    parallel.by_list_position(rows, label_col, parallel.language_spans(docs))
    out = []
    for r in rows:
        method = r.pop("_parallel_method", None)
        r.pop("_list_key", None)
        r.pop("_shape", None)
        if method:
            r["extractor"] = f"{r['extractor']}|parallel={method}"
        out.append(r)
    return out


def _base_conf(pl: ParsedList, rule: str) -> float:
    conf = {"marked": 0.9, "unmarked": 0.8, "inline": 0.85, "clause": 0.75}.get(pl.mode, 0.8)
    if rule in ("inherited", "heading"):
        conf -= 0.1
    return conf


def extract_cabinet_tasks(docs: Sequence[Document], alignments: Iterable[Mapping] = ()) -> list[dict]:
    """Rows of ``cabinet_tasks``: items of lists of tasks, functions, criteria, results,
    principles and directions of methodological cabinets and services."""
    rows: list[dict] = []
    for doc in docs:
        lemmas = _lemmas(doc)
        aliases = cabinet_aliases(b.text for b in doc.blocks)
        p_aliases = platform_aliases(b.text for b in doc.blocks)
        kinds: dict[int, Optional[str]] = {}
        tags = _block_tags(doc)
        order = {b.block_id: k for k, b in enumerate(doc.blocks)}
        last_cabinet_item = -10  # index of the last item block of the cabinet's previous list
        for pl in find_lists(doc.blocks):
            lang = _title_lang(pl)
            kind, rule = cabinet_kind(_first_line(pl.title), lang, lemmas)
            # only where the title refers to the body's tasks or is the body's bare name: a long
            # title without a kind word is about something else ('… моделінің негізгі идеялары:')
            if rule != "determiner" and (kind is not None or len(words(_first_line(pl.title))) <= 3
                                         and names_cabinet(pl.title, aliases)
                                         or cabinet_is_subject(pl.title, p_aliases, aliases)
                                         or cabinet_closes_title(pl.title, aliases)) \
                    and kind != "expected_result" and _predicate_items(pl, lang, tags):
                # items that are finite verbs say what the body does: functions, whatever the
                # title refers to ('РМК в соответствии с возложенными на него задачами:'); expected
                # results are stated as what will happen ('сауаттылық артады') and stay results
                kind, rule = "function", "predicates"
            if kind is None and pl.parent is not None and kinds.get(id(pl.parent)):
                kind, rule = kinds[id(pl.parent)], "inherited"
            caption = rule == "phrase"  # (a phrase of what the document brings says nothing of whose it is)
            if kind is None:
                kind, rule = _kind_from_caption(pl, lang)
                caption = kind is not None
            if kind is None or names_platform(pl.title) and not cabinet_is_subject(pl.title, p_aliases, aliases):
                continue
            # a bare caption right after the cabinet's previous list goes on with it ('… кабинеттің
            # міндеттері: 1. … 4. …' then 'Күтілетін нәтижелер: – …')
            follows = caption or len(words(_first_line(pl.title))) <= 3
            follows = follows and 0 < order.get(pl.intro.block_id, -1) - last_cabinet_item <= 1 \
                and not names_platform(pl.title, p_aliases)
            if rule != "inherited" and not (names_cabinet(pl.title, aliases) or names_cabinet(pl.intro.text, aliases)
                                            or follows or _cabinet_context(doc, pl, aliases, p_aliases, any_title=caption)):
                continue
            kinds[id(pl)] = kind
            rows.extend(_rows(doc, pl, "cabinet_tasks", "kind", kind, rule, _base_conf(pl, rule)))
            last_cabinet_item = max(order.get(b.block_id, -10) for it in pl.items for b in it.blocks)
    return _finish(docs, rows, list(alignments), "kind")


# a course, programme, seminar, project or lesson named in a short title owns the list, whatever
# body the text around it is about
_OTHER_OWNER = re.compile(r"(?<![\w-])(?:курс|бағдарлама|семинар|жоба|сабақ|сабағ|модуль|программ|проект|урок|тренинг|конференци)"
                          r"[а-яәғқңөұүһіё]*(?![\w-])", re.I)
# the year a list is for says nothing of its owner: '2024–2025 оқу жылына арналған жұмыстың басым
# бағыттары:' is as bare a caption as 'Басым бағыттар:'
_PERIOD = re.compile(r"\d{4}(?:\s*[–—-]\s*\d{4})?\s*(?:(?:оқу\s+)?жыл\w*\s+арналған|(?:оқу\s+)?жыл\w*)"
                     r"|(?:на|в)\s+\d{4}(?:\s*[–—-]\s*\d{4})?\s*(?:учебн\w+\s+)?год\w*", re.I)
_DOC_HEAD = 3  # the first blocks of a document: its title ('Положение о городском методическом кабинете')


def _cabinet_context(doc: Document, pl: ParsedList, aliases: tuple[str, ...], p_aliases: tuple[str, ...],
                     any_title: bool = False) -> bool:
    """A list whose title names only what it lists (``Күтілетін нәтижелер:``) belongs to the body
    the text around it is about: the nearest of the lines before it, its section headings and the
    document's title that names a methodological cabinet or an innovation platform decides.
    ``any_title``: the kind came from the section caption, so the title says nothing of the owner."""
    if _OTHER_OWNER.search(pl.title):
        return False  # 'Курстың міндеттері:', 'Задачи проекта:' name whose tasks they are
    if (len(words(_PERIOD.sub(" ", _first_line(pl.title)))) > 4 and not any_title) or names_platform(pl.title, p_aliases) \
            or sum(names_platform(it.text, p_aliases) for it in pl.items) * 2 > len(pl.items):
        # only a bare caption ('Задачи:', 'Күтілетін нәтижелер:') leaves its owner to the context; a
        # cabinet's result may name the platforms it helps, a list mostly about them is theirs
        return False
    before = [b.text for b in reversed(pl.context)] + list(reversed(pl.intro.section))
    first = [b.text for b in doc.blocks[:_DOC_HEAD] if b.char_start < pl.intro.char_start]
    for text in before + first:
        cab, plat = names_cabinet(text, aliases), names_platform(text, p_aliases)
        if cab or plat:
            return cab and not plat
    return False


def _block_tags(doc: Document) -> dict[str, list]:
    """Tagged tokens of each block, in order (empty lists where the tagger left no tags)."""
    out: dict[str, list] = {}
    for s in doc.sentences or ():
        out.setdefault(s.block_id, []).extend(t for t in s.tokens if t.upos != "PUNCT")
    return out


# finite present/future 3rd person: ru 'организует', 'проводит', 'издают'; kk 'ұйымдастырады', 'көрсетеді'
_RU_FINITE = re.compile(r"^[а-яё]+(?:ует|ирует|ает|яет|еет|ит|ет|ёт|ют|ут|ят|ат)(?:ся)?$")
_RU_NOT_VERB = re.compile(r"^(?:совет|бюджет|предмет|отчет|отчёт|кредит|лимит|аспект|объект|проект|пакет|портрет|кабинет|паритет|приоритет|авторитет|комитет|институт|маршрут|результат|формат|мандат|аттестат|стандарт)$")
_KK_FINITE = re.compile(r"(?:ады|еді|йды|йді)$")  # not -ды/-ді: accusative nouns end so too


def _is_finite(tokens: list, word: str, lang: str, last: bool) -> bool:
    tok = (tokens[-1] if last else tokens[0]) if tokens else None
    if tok is not None and tok.upos:
        return tok.upos in ("VERB", "AUX") and "VerbForm=Fin" in (tok.feats or "")
    w = word.lower()
    if lang == "ru":
        return bool(_RU_FINITE.match(w)) and not _RU_NOT_VERB.match(w)
    return bool(_KK_FINITE.search(w)) and len(w) > 5


# the operative words of an order: its points are what the order decides, not a platform's duties
_ORDERS = re.compile(r"БҰЙЫРАМЫН|ПРИКАЗЫВАЮ|ПОСТАНОВЛЯ|ШЕШІМ ҚАБЫЛДА|туралы|о присвоении", re.I)


_RU_TIME_LEAD = re.compile(r"(?:(?:ежегодно|ежеквартально|ежемесячно|регулярно|систематически)\s+)?"
                           r"(?:(?:до|не позднее)\s+\d{1,2}\s+[а-яё]+\s+)?", re.I)


def _predicate_items(pl: ParsedList, lang: str, tags: Mapping[str, list]) -> bool:
    """Most items (at least two) are predicates of the list's subject: Russian items open with a
    finite verb, Kazakh items close with one (the verb ends the clause)."""
    if len(pl.items) < 2:
        return False
    hits = 0
    for it in pl.items:
        ws = words(it.text)
        if not ws:
            continue
        if lang == "ru":
            toks = tags.get(it.blocks[0].block_id, [])
            # the verb may follow a time ('ежегодно до 15 сентября формирует план …'); the tagger's
            # tokens then no longer start at the verb, so the word is read on its own
            lead = _RU_TIME_LEAD.match(it.text.strip()).end()
            after = words(it.text.strip()[lead:]) if lead else ws
            hits += bool(after) and _is_finite(toks if not lead else [], after[0], lang, last=False)
        else:
            # the verb may come before a deadline ('… келіседі – 2024 жылғы 1 қазанға дейін'); the
            # tagger's tokens then no longer end at the verb, so the word is read on its own
            body = re.split(r"\s[–—-]\s(?=[^–—-]*дейін\W*$)", it.text.strip())[0]
            if body != it.text.strip():
                bws = words(body)
                hits += bool(bws) and _is_finite([], bws[-1], lang, last=True)
                continue
            toks = tags.get(it.blocks[-1].block_id, [])
            hits += _is_finite(toks, ws[-1], lang, last=True)
    return hits * 3 >= len(pl.items) * 2


def _kind_from_caption(pl: ParsedList, lang: str) -> tuple[Optional[str], str]:
    """A clause that opens its list with what the document achieves ('Реализация … позволит
    обеспечить:') leaves the kind to the caption above it (``3. Ожидаемые результаты``), a short
    line without end punctuation, numbered or not."""
    if not pl.context or not pl.title.rstrip().endswith(":"):
        return None, ""
    cap = pl.context[-1].text.strip()
    if not cap or cap.endswith(_CAPTION_END) or len(cap.split()) > 8:
        return None, ""
    cap = re.sub(r"^\s*\d+(?:[.-]\w+)?\.?\s*", "", cap)
    kind, _ = cabinet_kind(cap, lang)
    return (kind, "caption") if kind else (None, "")


def _platform_related(pl: ParsedList, aliases: tuple[str, ...] = (), cabinets: tuple[str, ...] = ()) -> bool:
    """The list, its clause, its section headings or the lines just before it speak of the
    platforms (by name or by the short name the document defined); a list its title gives to
    methodological cabinets (by name or by the cabinet's defined short name, ``деятельности
    РМК``) belongs there instead."""
    if cabinet_owns(pl.title, cabinets) and not names_platform(pl.title, aliases):
        return False  # 'Орталықтың негізгі міндеттері:' stays the cabinet's though an item serves the platforms
    if cabinet_owns(pl.title, (*cabinets, "кабинет")) and not names_platform(pl.title, aliases) \
            and sum(names_platform(it.text, aliases) for it in pl.items) * 2 < len(pl.items):
        # '2025 жылы кабинет жұмысының негізгі бағыттары:' names its owner; an item that helps the
        # platforms' applicants does not make the list theirs
        return False
    own = [pl.title, pl.intro.text, *(it.text for it in pl.items)]
    if any(names_platform(t, aliases) for t in own):
        return True
    return any(names_platform(t, aliases) for t in (*pl.intro.section, *(b.text for b in pl.context)))


def extract_platform_criteria(docs: Sequence[Document], alignments: Iterable[Mapping] = ()) -> list[dict]:
    """Rows of ``platform_criteria``: expertise criteria, application contents, grounds for
    early termination, decisions after the term, directions, obligations and reporting of
    regional innovation platforms, with the deadline an item states."""
    rows: list[dict] = []
    for doc in docs:
        lemmas = _lemmas(doc)
        p_aliases = platform_aliases(b.text for b in doc.blocks)
        # the cabinet's defined short names (the bare word 'кабинет' is too loose to rule a list out)
        c_aliases = tuple(a for a in cabinet_aliases(b.text for b in doc.blocks) if a.lower() != "кабинет")
        sections: dict[int, Optional[str]] = {}
        tags = _block_tags(doc)
        for pl in find_lists(doc.blocks):
            lang = _title_lang(pl)
            if cabinet_is_subject(pl.title, p_aliases, c_aliases):
                continue  # the cabinet's own functions towards the platforms (cabinet_tasks)
            sec, rule = platform_section(pl.title, lang, lemmas)
            if sec is None and pl.title.rstrip().endswith(":") and len(pl.title.split()) <= 10 \
                    and names_platform(pl.title, p_aliases) and _obliged_items(pl):
                sec, rule = "obligations", "obliged"
            if sec is None and pl.title.rstrip().endswith(":") and len(pl.title.split()) <= 10 \
                    and not _ORDERS.search(pl.title) and names_platform(pl.title, p_aliases) \
                    and not SUBMITS.search(pl.title) and _predicate_items(pl, lang, tags):
                # 'Өңірлік инновациялық алаң мәртебесі берілген колледж:' + items that are its verbs:
                # what the platform does is what it is obliged to do (before a section heading that
                # names obligations and reports together)
                sec, rule = "obligations", "predicates"
            # (what the sub-list's own title says is submitted decides before its parent's section)
            if sec is None and SUBMITS.search(pl.title) and not _RESOLUTION_VERB.search(pl.title):
                reports = sum(bool(REPORT_NOUN.search(it.text)) for it in pl.items)
                # what is submitted by a date is a report ('список площадок – до 1 ноября'); an application has no term
                dated = sum(bool(deadline(it.text)) for it in pl.items)
                reported = REPORT_NOUN.search(pl.title) or reports * 2 >= len(pl.items) or dated * 2 > len(pl.items)
                sec, rule = ("reporting" if reported else "application_contents"), "submits"
            if sec is None and pl.parent is not None and sections.get(id(pl.parent)):
                # (a sub-list takes its parent's section unless its own title and items say otherwise)
                sec, rule = sections[id(pl.parent)], "inherited"
            if sec is None and pl.intro.list_marker and pl.intro.section and _is_clause(pl.intro.list_marker):
                sec, rule = heading_section(pl.intro.section[-1], lang), "heading"
            if sec is None and pl.title.rstrip().endswith(":"):
                sec, rule = _section_from_caption(pl, lang)
            if sec == "application_contents" and len(pl.items) >= 2 \
                    and sum(bool(deadline(it.text)) for it in pl.items) * 2 > len(pl.items) \
                    and sum(bool(REPORT_NOUN.search(it.text)) for it in pl.items) >= 1:
                # documents handed in by dates, reports among them, are reporting, not an application
                sec, rule = "reporting", rule + "+dated"
            if sec is None or not (rule == "inherited" or _platform_related(pl, p_aliases, c_aliases)):
                continue
            sections[id(pl)] = sec
            rows.extend(_rows(doc, pl, "platform_criteria", "section", sec, rule, _base_conf(pl, rule)))
        # a regulation clause that itself states the reporting duty (``5.3 … ежегодно представляют отчеты``)
        index = {b.block_id: k for k, b in enumerate(doc.blocks)}
        lists = find_lists(doc.blocks)
        in_lists = {x.block_id for pl in lists for it in pl.items for x in it.blocks}
        # (a clause that is an item of the cabinet's own list is the cabinet's: '4.7. до 25 июня представляет …')
        cabinet_items = {x.block_id for pl in lists if names_cabinet(pl.title, c_aliases) and not names_platform(pl.title, p_aliases)
                         for it in pl.items for x in it.blocks}
        for b in clause_blocks(doc.blocks) + _sentence_clauses(doc.blocks, in_lists):
            if b.block_id in cabinet_items:
                continue
            lang = block_lang(b) if block_lang(b) in ("kk", "ru") else "kk"
            sec, rule = platform_section(b.text, lang, lemmas)
            k = index[b.block_id]
            before = [x.text for x in doc.blocks[max(0, k - CONTEXT) : k]]
            if sec != "reporting" or rule != "phrase" or not any(names_platform(t, p_aliases) for t in (*b.section, b.text, *before)):
                continue
            if names_cabinet(b.text, c_aliases) and not names_platform(b.text, p_aliases):
                continue  # the cabinet's own report ('Методический кабинет ежегодно … представляет отчет')
            pl = ParsedList(b, b.section[-1] if b.section else "", [], "clause")
            if not pl.title and k > 0:
                # the chapter caption kept as a numbered line names the clause: '4. Есеп беру тәртібі'
                cap = doc.blocks[k - 1].text.strip()
                if cap and not cap.endswith(_CAPTION_END) and len(cap.split()) <= 8:
                    pl.title = re.sub(r"^\s*\d+(?:[.-]\w+)?\.?\s*", "", cap)
            from .structure import Item

            pl.items = [Item([b], b.char_start, b.char_end, b.text.strip())]
            rows.extend(_rows(doc, pl, "platform_criteria", "section", sec, "clause", _base_conf(pl, "clause")))
    return _finish(docs, rows, list(alignments), "section")


# a resolution's operative verb in capitals: 'ҰСЫНАДЫ:', 'РЕКОМЕНДУЕТ:' (it recommends, nobody submits)
_RESOLUTION_VERB = re.compile(r"(?<!\w)(?:ҰСЫНАДЫ|ҰСЫНЫЛСЫН|РЕКОМЕНДУЕТ|ПРЕДЛАГАЕТ|ПОСТАНОВЛЯЕТ)(?!\w)")
_KK_DATIVE_VNOUN = re.compile(r"(?:уға|уге|юға|юге)$")
_KK_OBLIGED = re.compile(r"(?:уға|уге|юға|юге)\s+(?:міндетті|тиіс|тиісті)$")


def _obliged_items(pl: ParsedList) -> bool:
    """'ӨИА мәртебесін алған ұйым: 1) … өткізуге; 2) … орналастыруға; 3) … жасауға міндетті.': the
    items are what the subject is obliged *to* do, a dative verbal noun each, and the last one
    carries the shared predicate."""
    ends = [re.sub(r"[\s.;,]+$", "", it.text).lower() for it in pl.items]
    if len(ends) < 2 or not _KK_OBLIGED.search(ends[-1]):
        return False
    return all(_KK_DATIVE_VNOUN.search(e.split()[-1]) for e in ends[:-1] if e.split())


def _sentence_clauses(blocks, in_lists: set) -> list:
    """Clauses numbered ``10.`` (not ``5.3``) that are whole sentences and no list's item:
    regulations number their clauses on through the chapters (``4. Есеп беру тәртібі`` /
    ``10. Алаң жыл сайын … есеп ұсынады.``)."""
    from .structure import marker_class

    return [b for b in blocks if b.kind == BlockKind.LIST_ITEM and marker_class(b.list_marker) == "num_dot"
            and b.block_id not in in_lists and b.text.rstrip().endswith(".") and len(b.text.split()) >= 6]


_CAPTION_END = (".", ";", ":", ",", "!", "?")


def _section_from_caption(pl: ParsedList, lang: str) -> tuple[Optional[str], str]:
    """A title that names only who acts (``РИП представляет в управление образования:``) leaves
    the list's subject to the caption just above its clause: a short line without end
    punctuation, as numbered section names are (``5. Отчетность``, ``5-тарау. Есептілік``),
    even where the text lost them as headings and kept them as numbered lines."""
    if not pl.context:
        return None, ""
    cap = pl.context[-1].text.strip()
    if not cap or cap.endswith(_CAPTION_END) or len(cap.split()) > 8:
        return None, ""
    cap = re.sub(r"^\s*\d+(?:[.-]\w+)?\.?\s*", "", cap)
    sec = heading_section(cap, lang)
    return (sec, "caption") if sec else (None, "")


def _is_clause(marker: str) -> bool:
    from .structure import marker_class

    return marker_class(marker) == "decimal"
