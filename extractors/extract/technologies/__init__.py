"""The technologies and technology_mentions tables.

Candidates come from four sources, strongest first: classification tables (class → members),
bulleted lists introduced as technologies, colon lists after a technology noun, and the
head-noun rules of running text (patterns.py), plus tool names (tools.py). Overlapping
candidates keep the strongest. Candidates are then linked into technologies: equal lemma
keys (normalize.py) join inflected forms, spellings and kk/ru names; the two halves of a
bilingual classification table are paired by class and position (or by the alignments
table, when given).
"""
from __future__ import annotations

import bisect

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from models import TABLES, BlockKind, Document

from extractors.extract.union_find import UnionFind

from .classification import clean_member, complete_member_label, find_table_regions, rebuild_cells
from .lists import colon_list_candidates, list_item_candidates
from .normalize import is_kazakh, label_key, ru_parse, tech_id
from .context_rules import context_rules
from .learned import learned_candidates
from .lexicon import default_lexicon, lexicon_candidates, shared_head_candidates, widen_to_lexicon
from .patterns import Candidate, coordinated_with_named, head_rules
from .tools import (TOOL_CUE, english_term_candidates, glossed_term_candidates, quoted_software_candidates,
                    tool_candidates)

__all__ = ["extract_technologies", "document_candidates", "candidate_places", "link_technologies", "Candidate", "Place"]

TECH_COLUMNS = TABLES["technologies"].columns
MENTION_COLUMNS = TABLES["technology_mentions"].columns


def _lang(block) -> str:
    return block.lang if block.lang in ("kk", "ru") else ("kk" if any(c in "әғқңөұүһі" for c in block.text.lower()) else "ru")


def _sentence_lang(s, block) -> str:
    """A sentence the tagger found mixed is read in the language of its own words: Kazakh names
    quoted in a Russian sentence ('мини-проекты «Менің ауылым»') leave it Russian."""
    if s.lang in ("kk", "ru"):
        return s.lang
    unquoted = re.sub(r"«[^«»]*»", " ", s.text)
    if re.search(r"[а-яё]{3,}", unquoted.lower()):
        return "kk" if any(c in "әғқңөұүһі" for c in unquoted.lower()) else "ru"
    return _lang(block)


def _table_candidates(doc: Document) -> tuple[list[Candidate], set[str], list[tuple[int, int]]]:
    """Members of classification tables, the block ids they cover, and kk↔ru pairs (indices)."""
    cands: list[Candidate] = []
    covered: set[str] = set()
    tables: list[list[tuple[int, object]]] = []
    for a, b in find_table_regions(doc.blocks):
        region = doc.blocks[a:b]
        lang = Counter(_lang(x) for x in region).most_common(1)[0][0] if region else "kk"
        members = []
        n_before = len(cands)
        for cell in rebuild_cells(region, lang):
            if cell.is_class or cell.cls is None:
                continue
            body = clean_member(cell.text)
            if not body:
                continue
            first = cell.blocks[0]
            # span: locate the first words of the member in its first block
            head = body.split()[0]
            off = first.text.find(head)
            start = first.char_start + max(off, 0)
            end = min(cell.blocks[-1].char_end, start + len(body)) if len(cell.blocks) == 1 else cell.blocks[-1].char_end
            label = complete_member_label(body, lang)
            if label[1:2].islower():
                label = label[:1].lower() + label[1:]
            kind = "method" if any(w in body.lower() for w in ("әдіс", "метод", "способ")) else "pedagogical_technology"
            cands.append(Candidate(start, end, doc.text[start:end], label, lang, kind, "classification_table", 0.95,
                                   cls=clean_member(cell.cls.text), cls_pos=cell.cls.position,
                                   member_pos=cell.position, block_id=first.block_id, priority=4))
            members.append((len(cands) - 1, cell))
        if len(cands) > n_before:
            covered.update(x.block_id for x in region)  # a region with no member is running text after all
        tables.append(members)
    pairs: list[tuple[int, int]] = []
    kk_tabs = [t for t in tables if t and t[0][1].lang == "kk"]
    ru_tabs = [t for t in tables if t and t[0][1].lang == "ru"]
    for kt, rt in zip(kk_tabs, ru_tabs):
        by_cls_k, by_cls_r = defaultdict(list), defaultdict(list)
        for i, c in kt:
            by_cls_k[c.cls.position].append(i)
        for i, c in rt:
            by_cls_r[c.cls.position].append(i)
        if len(by_cls_k) != len(by_cls_r):
            continue
        for pos, ks in by_cls_k.items():
            rs = by_cls_r.get(pos, [])
            if len(ks) == len(rs):
                pairs.extend(zip(ks, rs))
                continue
            # unequal counts: pair by shared key stems, then leave the rest alone
            free = list(rs)
            for k in ks:
                kk_key = label_key(cands[k].label, "kk")
                best = max(free, key=lambda r: len(kk_key & label_key(cands[r].label, "ru")), default=None)
                if best is not None and kk_key & label_key(cands[best].label, "ru"):
                    pairs.append((k, best))
                    free.remove(best)
    return cands, covered, pairs


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(_overlaps(c, k) for k in kept):
            continue
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def document_candidates(doc: Document) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """All technology candidates of one document (after overlap resolution) and the kk↔ru
    pairs of its classification tables (indices into the returned list)."""
    table, covered, pairs = _table_candidates(doc)
    cands: list[Candidate] = list(table)
    rest = [b for b in doc.blocks if b.block_id not in covered]
    cands += list_item_candidates(rest, _lang)
    # tool lists: items under a paragraph that names tools/programs
    intro_tool = False
    for b in rest:
        if b.kind == BlockKind.LIST_ITEM and intro_tool:
            cands += [
                _with_block(c, b.block_id, 3)
                for c in tool_candidates(b.text, b.char_start, _lang(b), context_cue=True)
            ]
        elif b.kind != BlockKind.LIST_ITEM:
            # a short title naming tools, or an introduction whose last sentence names them and ends
            # in a colon ('Цифровые инструменты … сгруппированы по назначению:')
            last = re.split(r"(?<=[.!?])\s+", b.text.strip())[-1]
            intro_tool = bool(TOOL_CUE.search(b.text)) and len(b.text.split()) <= 8 \
                or last.endswith(":") and bool(TOOL_CUE.search(last) or _RESOURCES.search(last))
    blocks_by_id = {b.block_id: b for b in doc.blocks}
    prev_block = None
    for b in rest:
        lang = _lang(b)
        cont = None
        if prev_block is not None and prev_block.text.rstrip().endswith(":") and b.text[:1].islower():
            cont = (b.text, b.char_start)
        if prev_block is not None:
            cands += colon_list_candidates(prev_block.text, prev_block.char_start, _lang(prev_block), cont) if cont else []
        prev_block = b
    prev_sent = None
    from_lexicon: list[Candidate] = []
    for s in doc.sentences:
        if s.block_id in covered:
            continue
        lang = _sentence_lang(s, blocks_by_id[s.block_id])
        heads = _drop_grouped_classes(s.text, s.char_start, head_rules(s.text, s.char_start, lang))
        heads = _drop_topic_titles(blocks_by_id[s.block_id], heads)
        if _KEYWORDS.match(s.text):
            # a keyword line juxtaposes terms; commas there coordinate nothing under one head
            heads = [c for c in heads if not c.rule.endswith("_coord")]
        heads = [c for c in heads if not _CLASS_BY_AIM.search(c.surface) and not _CAPS_TITLE.fullmatch(c.surface)]
        cands += heads + context_rules(s.text, s.char_start, lang, heads)
        cands += colon_list_candidates(s.text, s.char_start, lang)
        topic = prev_sent is not None and prev_sent.block_id == s.block_id and bool(TOOL_CUE.search(prev_sent.text))
        cands += tool_candidates(s.text, s.char_start, lang, topic_cue=topic)
        cands += quoted_software_candidates(s.text, s.char_start, lang)
        cands += glossed_term_candidates(s.text, s.char_start, lang)
        cands += english_term_candidates(s.text, s.char_start, lang)
        known = lexicon_candidates(s.text, s.char_start, lang)
        from_lexicon += known + coordinated_with_named(s.text, s.char_start, lang, known) \
            + shared_head_candidates(s.text, s.char_start, lang, known)
        prev_sent = s
    # what the learned tagger finds where no rule or lexicon name stands (nothing without its weights)
    taken = cands + from_lexicon
    for s in doc.sentences:
        if s.block_id not in covered:
            lang = _sentence_lang(s, blocks_by_id[s.block_id])
            cands += learned_candidates(s.text, s.char_start, lang, taken)
    cands = widen_to_lexicon(cands, from_lexicon, doc.text) + from_lexicon
    cands = _classes_in_text(doc, cands)
    cands = _drop_listed_groups(doc, cands)
    cands = _product_with_its_device(doc.text, cands)
    cands = _descriptor_before_acronym(doc.text, cands)
    cands = _spelled_abbreviation_names(doc.text, cands)
    cands = _quoted_name_of_a_known_one(doc.text, cands)
    cands = [c for c in cands if not _board_as_place(doc.text, c)]
    cands = _drop_channels_to_parents(doc, cands)
    cands = _drop_digital_lab_kind(doc.text, cands)
    cands = _drop_game_instances(cands)
    cands = [c for c in cands if not _quoted_idea(doc.text, c)]
    cands = _drop_acronym_expansions(doc.text, cands)
    # keep table pairs valid after resolution: table candidates are never dropped (priority 4)
    resolved = _resolve(cands)
    index = {id(c): i for i, c in enumerate(resolved)}
    pairs = [(index[id(table[a])], index[id(table[b])]) for a, b in pairs
             if id(table[a]) in index and id(table[b]) in index]
    return resolved, pairs + _bracketed_aliases(doc.text, resolved) + _abbreviation_aliases(doc.text, resolved)


# an introduction that lists resources ('Перечислим ресурсы, проверенные …:') lists tools
_RESOURCES = re.compile(r"(?<!\w)(?:ресурс|ресурстар)\w*", re.I)
# a title set in capitals ('ТЕХНОЛОГИИ МУЗЫКАЛЬНОГО РАЗВИТИЯ ДОШКОЛЬНИКОВ') names the article's topic
_CAPS_TITLE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{3,}(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{2,}){2,}")
_KEYWORDS = re.compile(r"\s*(түйін\s+сөздер|тірек\s+сөздер|ключевые\s+слова|keywords)\s*:", re.I)
# 'X-ке бағытталған технологиялар' (technologies aimed at X): a class of technologies, not one
# ('X-ке негізделген технологиялар', technologies based on X, likewise; the singular 'зерттеуге
# негізделген оқыту' names one); a locative adjective ('топтағы технологиялар', those in a group) too
_CLASS_BY_AIM = re.compile(r"(?:бағытталған|негізделген)\s+технологиялар|направленные\s+на\s+.*технологии$"
                           r"|^[а-яәғқңөұүһі]+(?:дағы|дегі|тағы|тегі)\s+технология", re.I)


def _product_with_its_device(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A product name and the device noun after it ('Vernier цифрлық зертханасы') are one tool,
    called by the product's name, not a product plus a generic 'digital lab'."""
    by_start = sorted(cands, key=lambda c: c.start)
    drop: set[int] = set()
    out = []
    for i, c in enumerate(by_start):
        if id(c) in drop:
            continue
        nxt = next((d for d in by_start[i + 1:] if d.start >= c.end), None)
        if nxt is not None and c.kind == nxt.kind == "software" and re.fullmatch(r"[A-Za-z][\w.+#-]*(?: [A-Za-z][\w.+#-]*)*", c.surface) \
                and re.fullmatch(r"\s{1,2}", text[c.end:nxt.start]) and not re.search(r"[A-Za-z]", nxt.surface):
            drop.add(id(nxt))
            c = Candidate(c.start, nxt.end, text[c.start:nxt.end], c.label, c.lang, c.kind, c.rule, c.confidence,
                          author=c.author, block_id=c.block_id, priority=max(c.priority, nxt.priority))
        out.append(c)
    return out


# an interactive board as the surface something is shown on or the equipment a room has ('интерактивті
# тақтада көрсетеміз', 'выводим на интерактивную панель', 'панельмен жабдықталды') is a place, not a tool
# the text presents; as the subject or object of the sentence ('Интерактивті тақта … құрал') it is one
_BOARD = re.compile(r"интерактив\w*\s+(тақта|доск|панел)(\w*)", re.I)
_KK_PLACE_CASE = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|мен|бен|пен|нда|нде)$")
_RU_PLACE_BEFORE = re.compile(r"(?<!\w)(?:на|в|во|через)\s+$", re.I)
_EQUIPPED = re.compile(r"^\W*(?:\w+\s+){0,3}(?:жабдықтал|берілд|бар\b|есть|оснащ|установ|орнатыл)", re.I)


def _board_as_place(text: str, c: Candidate) -> bool:
    m = _BOARD.fullmatch(c.surface)
    if not m:
        return False
    ending = m.group(2).lower()
    place = bool(_KK_PLACE_CASE.search(ending.lstrip("ь"))) if c.lang == "kk" else \
        bool(_RU_PLACE_BEFORE.search(text[max(0, c.start - 8):c.start]) or re.fullmatch(r"ой|ью|ями|ами|ях", ending))
    return place or bool(_EQUIPPED.match(text[c.end:c.end + 40]))


# a messenger or social network in a sentence about parents is the school's channel to the family, not
# a tool the class learns with ('ата-аналарға WhatsApp арқылы жіберілді', 'в родительский чат WhatsApp')
_MESSENGERS = {"whatsapp", "telegram", "viber", "instagram", "facebook", "вконтакте", "vk"}
_PARENTS = re.compile(r"ата-ана|родител", re.I)


def _drop_channels_to_parents(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    def about_parents(c: Candidate) -> bool:
        s = next((s for s in doc.sentences if s.char_start <= c.start < s.char_end), None)
        return s is not None and bool(_PARENTS.search(s.text))
    return [c for c in cands if not (c.label.lower() in _MESSENGERS and about_parents(c))]


# 'цифровая лаборатория' is the kind of a product ('цифровая лаборатория Releon', '«Архимед» цифрлық
# зертханасы'): where the document names such a product, its bare mentions (keywords, headings, 'с
# цифровыми лабораториями') speak of that product's kind, not of a technology of their own
_DIGITAL_LAB = re.compile(r"^(?:цифров\w*\s+лаборатори\w*|цифрлық\s+зертхана\w*)$", re.I)
_LAB_NOUN = re.compile(r"лаборатори|зертхана", re.I)


def _drop_digital_lab_kind(text: str, cands: list[Candidate]) -> list[Candidate]:
    def names_a_lab(c: Candidate) -> bool:
        if c.kind != "software" or _DIGITAL_LAB.match(c.surface) or not re.search(r"[A-Za-z«]", c.surface):
            return False
        return bool(_LAB_NOUN.search(c.surface) or _LAB_NOUN.search(text[max(0, c.start - 40):c.end + 40]))
    if not any(names_a_lab(c) for c in cands):
        return cands
    return [c for c in cands if not _DIGITAL_LAB.match(c.surface)]


_QUOTED_BEFORE_BRACKET = re.compile(r"«[^«»]{2,40}»\s*\(\s*$")


def _quoted_name_of_a_known_one(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A quoted name glossed by a known one in brackets ('«Бес жол өлең» (синквейн)') is one
    mention under both names, not the known one alone."""
    out = []
    for c in cands:
        m = _QUOTED_BEFORE_BRACKET.search(text, max(0, c.start - 50), c.start)
        if c.rule == "lexicon" and m and re.match(r"\s*\)", text[c.end:c.end + 3]):
            end = text.index(")", c.end) + 1
            c = Candidate(m.start(), end, text[m.start():end], c.label, c.lang, c.kind, c.rule, c.confidence,
                          author=c.author, block_id=c.block_id, priority=max(c.priority, 2))
        out.append(c)
    return out


_ABBR_IN_BRACKETS = re.compile(r"\(([А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,6})\)")
_CONJUNCTIONS = {"и", "или", "және", "мен", "бен", "пен", "немесе"}


def _spelled_abbreviation_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A phrase its bracketed abbreviation spells letter by letter is one name, however the rules
    cut it: 'баламалы және қосымша коммуникация (БҚК)' (the adjectives are not two technologies),
    'альтернативная и дополнительная коммуникация (АДК)'."""
    out = list(cands)
    for m in _ABBR_IN_BRACKETS.finditer(text):
        abbr = m.group(1)
        words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?", text[max(0, m.start() - 120):m.start()]))
        base = max(0, m.start() - 120)
        if not words or text[base + words[-1].end():m.start()].strip():
            continue
        letters, k = [], len(words) - 1
        while k >= 0 and len(letters) < len(abbr):
            w = words[k].group(0)
            if w.lower() not in _CONJUNCTIONS:
                letters.insert(0, w[0].upper())
            k -= 1
        if "".join(letters) != abbr.upper() or len(letters) < 2:
            continue
        start = base + words[k + 1].start()
        inside = [c for c in out if c.start < m.start() and start < c.end and c.end <= m.end()]
        if not inside or any(c.start < start for c in inside):
            continue
        first = max(inside, key=lambda c: c.priority)
        phrase = text[start:m.start()].strip()
        merged = Candidate(start, m.end(), text[start:m.end()], phrase.lower() if not phrase[:2].isupper() else phrase,
                           first.lang, first.kind, first.rule + "+abbreviation", max(c.confidence for c in inside),
                           author=first.author, block_id=first.block_id, priority=first.priority)
        out = [c for c in out if c not in inside] + [merged]
    return out


def _descriptor_before_acronym(text: str, cands: list[Candidate]) -> list[Candidate]:
    """What a name is, said right before its Latin acronym ('система альтернативной коммуникации
    PECS'), is part of that one mention, not a technology of its own."""
    by_start = sorted(cands, key=lambda c: c.start)
    drop: set[int] = set()
    for i, c in enumerate(by_start):
        nxt = next((d for d in by_start[i + 1:] if d.start >= c.end), None)
        if nxt is None or c.cls or nxt.cls or re.search(r"[A-Za-z]", c.surface) or "«" in c.surface:
            continue
        if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", nxt.surface) and re.fullmatch(r" {1,2}", text[c.end:nxt.start]) \
                and nxt.kind != "software":
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


def _drop_game_instances(cands: list[Candidate]) -> list[Candidate]:
    """A quoted name with 'игра/ойын' as its head ('игра «Угадай мелодию»', '«Сиқырлы қапшық»
    ойыны') is the title of one game, as a project or a lesson has a title — not a method —
    unless the method lexicon knows the name ('«Ыстық орындық» ойыны' is a known strategy)."""
    out = []
    titled = [c for c in cands if "_named" in c.rule and re.search(r"(?<!\w)игр\w*\s+«|»\s+ойын", c.surface, re.I)]
    for c in cands:
        quoted = re.search(r"«([^«»]+)»", c.label) or re.search(r"«([^«»]+)»", c.surface)
        whole = c.label if quoted and quoted.group(0) in c.label else c.surface
        rest = whole.replace(quoted.group(0), " ").strip().lower() if quoted else ""
        # the game noun heads the phrase ('игра «…»', '«…» ойыны'), not 'ойын технологиясы «…»'
        if quoted and "_named" in c.rule and re.fullmatch(r"(?:[\w-]+\s+)?(?:игр\w*|ойын\w*)(?:\s+[\w-]+)?", rest) \
                and not re.search(r"технолог|әдіс|метод|тәсіл", rest) \
                and default_lexicon().concept_of(quoted.group(1), c.lang) is None:
            continue
        if c.rule == "ru_adj_head" and any(t.start < c.end and c.start < t.end for t in titled):
            continue  # 'Дидактическая игра «Чей след?»': the kind of the titled game, not a method named in the text
        out.append(c)
    return out


_RU_ABSTRACT_ADJ = re.compile(r"^[а-яё]+ностн(ые|ых|ыми|ым)$")


def _drop_topic_titles(block, cands: list[Candidate]) -> list[Candidate]:
    """A plural head in a title names a topic ('ТЕХНОЛОГИИ ЭКОЛОГИЧЕСКОГО ОБРАЗОВАНИЯ', '2.3. Полевые
    методы и …'): titles are written in capitals or numbered like a subsection and end without a
    full stop. A plural technology with one adjective made from an abstract -ность noun
    ('деятельностные технологии') names a class of approach, not one technology."""
    text = block.text.strip()
    title = not text.endswith((".", ";", ":", "!", "?")) and (
        sum(ch.isupper() for ch in text) > 0.6 * sum(ch.isalpha() for ch in text)
        or bool(re.fullmatch(r"\s*\d+(?:\.\d+)+\.?\s*", block.list_marker or "")))
    out = []
    for c in cands:
        words = c.surface.split()
        plural = bool(_PLURAL_CLASS_HEAD.search(c.surface))
        if title and plural:
            continue
        if c.lang == "ru" and plural and len(words) == 2 and _RU_ABSTRACT_ADJ.match(words[0].lower()):
            continue
        out.append(c)
    return out


# a sentence that divides technologies into groups before a colon: 'үш топқа бөлдік:', 'делятся на
# следующие группы:'; what follows the colon names the groups
_DIVIDES = re.compile(r"(?<!\w)((топ|групп|жікте|классифик|түр|вид)\w*[^:.;]*(?<!\w)(бөл|жікте|дел|раздел|классифицир|выдел)|"
                      r"(бөл|дел|раздел|подраздел)\w*[^:.;]*(?<!\w)(топ|групп|түр|вид))[^:.;]*:", re.I)


# an introduction that announces groups or kinds before a colon: 'бұл технологиялардың бірнеше
# тобы бар:', 'по классификации Н.К. Смирнова выделяют следующие группы:'
_ANNOUNCES_GROUPS = re.compile(r"(?<!\w)(то[пб]|групп|түр|вид|класс|жікте|классифик)\w*[^.!?]*:\s*$", re.I)


def _drop_listed_groups(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The items of a list that an introduction announces as groups are the groups' names: a
    phrase with a plural head there ('медициналық-гигиеналық технологиялар') is a class."""
    spans = []
    announced = False
    for b in doc.blocks:
        if b.kind != BlockKind.LIST_ITEM:
            announced = bool(_ANNOUNCES_GROUPS.search(b.text))
        elif announced and "(" not in b.text and not re.search(r"\s[–—-]\s|:", b.text):
            spans.append((b.char_start, b.char_end))  # (a group with its members is read by _classes_in_text)
    return [c for c in cands if not (c.priority < 4 and any(a <= c.start < z for a, z in spans)
                                     and _PLURAL_CLASS_HEAD.search(c.surface.split()[-1]))]


def _drop_grouped_classes(text: str, base: int, cands: list[Candidate]) -> list[Candidate]:
    """After a colon that announces a division into groups, a phrase with a plural head
    ('бірлескен оқу әрекетіне негізделген технологиялар') names a group, not one technology."""
    m = _DIVIDES.search(text)
    if not m:
        return cands
    colon = base + m.end()
    return [c for c in cands if not (c.start >= colon and _PLURAL_CLASS_HEAD.search(c.surface.split()[-1]))]


def _bracketed_aliases(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """A name that fills the brackets right after another name of the same language (alone or
    first of the brackets' list) is its other name: 'технология продуктивного чтения (технология
    формирования типа правильной читательской деятельности)' is one technology, as is
    'тапсырмаға негізделген оқыту (Task-Based Learning, TBL)'."""
    out = []
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        expansion = _expansion_after(text, a)
        if a.lang != b.lang and expansion is None or a.cls or b.cls or "software" in (a.kind, b.kind):
            continue
        gap = text[a.end:b.start]
        # (after an acronym's expansion, the native name may begin with words no rule took: 'пән мен')
        opens = re.fullmatch(r"\s*\(\s*", gap) or expansion is not None and expansion.end() <= b.start \
            and re.fullmatch(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*", text[expansion.end():b.start])
        if opens and re.match(r"\s*[),;]", text[b.end:b.end + 3]):
            out.append((i, i + 1))
    return out


# 'CLIL (Content and Language Integrated Learning – пән мен тілді кіріктіре оқыту)': the Latin words in
# the brackets spell the acronym before them; a native name may follow the expansion after a dash
_EXPANSION = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z&' -]*?[A-Za-z])\s*(?:[–—-]\s*|,\s*|(?=\)))")


def _expansion_after(text: str, c: Candidate):
    """The match of an acronym's spelled-out Latin expansion in brackets after it, or None."""
    acronym = c.surface.strip("«»").split("-")[0]
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    m = _EXPANSION.match(text, c.end)
    if not m:
        return None
    initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group(1)) if w[:1].isupper())
    return m if initials == acronym else None


# an acronym right before brackets whose Latin words spell it, separated however the writer liked
# ('PRIMM (Predict – Run – Investigate – Modify – Make)')
_ACRONYM_BRACKET = re.compile(r"(?<![\w-])([A-Z]{2,8})\s*\(([^()]{3,160})\)")


def _spelled_out_spans(text: str) -> list[tuple[int, int]]:
    """From the bracket to the last Latin word of an expansion that spells the acronym before it (a
    native gloss after the Latin words stays outside)."""
    out = []
    for m in _ACRONYM_BRACKET.finditer(text):
        words = list(re.finditer(r"[A-Za-z][A-Za-z-]*", m.group(2)))
        if words and "".join(w.group(0)[0] for w in words if w.group(0)[0].isupper()) == m.group(1):
            out.append((m.start(2), m.start(2) + words[-1].end()))
    return out


def _drop_acronym_expansions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The spelled-out words of an acronym are its letters, not names of their own ('Content',
    'Language Integrated Learning' inside 'CLIL (Content and Language Integrated Learning)', 'Predict'
    and 'Run' inside 'PRIMM (Predict – Run – …)')."""
    spans = [(m.start(1), m.end(1)) for c in cands if (m := _expansion_after(text, c))] + _spelled_out_spans(text)
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in spans)]


_ABBR_AFTER = re.compile(r"\s*\(\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\s*\)")


def _abbreviation_aliases(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """An abbreviation in brackets right after a name ('«Білемін – Білгім келеді – Білдім» (ББҮ)
    кестесі') stands for it later in the document ('ББҮ кестесі')."""
    defined: dict[str, int] = {}
    out = []
    for i, c in enumerate(cands):
        first = (c.surface.split() or [""])[0].strip("«»\"")
        if first in defined and defined[first] != i:
            out.append((defined[first], i))
        # (or inside it, between the name and its head: 'ұжымдық шығармашылық істер (ҰШІ) әдістемесі')
        m = _ABBR_AFTER.match(text, c.end) or _ABBR_AFTER.search(c.surface)
        if m and m.group(1) not in defined:
            defined[m.group(1)] = i
    return out


# an introduction that announces a grouping: '… жіктемесі бойынша бірнеше топқа', 'группы технологий'
_GROUPING = re.compile(r"(?<!\w)(топ|жікте|сынып|класс|групп|вид|түр)\w*", re.I)
_BASIS = re.compile(r"негіз|основ", re.I)


def _classes_in_text(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A classification written as a list: each item names a class and gives its members in
    brackets ('1) оқу процесін белсендіру негізіндегі технологиялар (ойын технологиялары,
    проблемалық оқыту …)'). The phrase before the bracket is a class, not a technology: its
    candidates are dropped and the members carry it as their class."""
    intro = None
    classes: list[tuple[int, int, str, int]] = []  # (item start, bracket or dash, class name, members' end)
    new: list[Candidate] = []
    for b in doc.blocks:
        if b.kind != BlockKind.LIST_ITEM:
            intro = b
            continue
        open_ = b.text.find("(")
        dash = re.search(r"\s[–—-]\s", b.text)
        by_dash = dash is not None and (open_ < 0 or dash.start() < open_) and bool(_PLURAL_CLASS_HEAD.search(b.text[:dash.start()]))
        if by_dash:
            # 'тұлғаға бағдарланған технологиялар – диалогтік оқыту, ұжымдық оқыту тәсілі;': the
            # plural class name, a dash, then its members
            open_, close = dash.start(), len(b.text.rstrip(" ;.,"))
        elif open_ <= 0:
            continue
        else:
            close = b.text.find(")", open_)
            close = len(b.text) if close < 0 else close
        head = b.text[:open_]
        if re.search(r"[.;:]", head.rstrip()[:-1] if head.rstrip().endswith(".") else head) or len(head.split()) > 12:
            continue
        if not (intro is not None and _GROUPING.search(intro.text)) and not _BASIS.search(head):
            continue
        lo, hi = b.char_start + open_, b.char_start + close
        inside = {(c.start, c.end) for c in cands if lo < c.start and c.end <= hi}
        first = open_ + (dash.end() - dash.start() if by_dash else 1)
        elements = _bracket_elements(b.text[first:close], strip_gloss=by_dash)
        # a class is named in the plural and lists its members: 'технологиялар (топтық оқыту, жұптық жұмыс)'
        if len(inside) < 2 and not ((len(elements) >= 2 or by_dash) and elements and _PLURAL_CLASS_HEAD.search(head)):
            continue
        classes.append((b.char_start, lo, " ".join(head.split()), hi))
        # candidates that start before the bracket take in the class name and are dropped below
        new += _member_candidates(b, first, elements, [c for c in cands if c.start > lo], " ".join(head.split()))
    if not classes:
        return cands
    cands = cands + new
    out = []
    for c in cands:
        owner = next((k for k in classes if k[0] <= c.start < k[1]), None)
        if owner is not None and c.priority < 4:
            continue  # the class name itself
        member_of = next((k for k in classes if k[1] < c.start and c.start < k[1] + 400 and c.start < k[3] + 1
                          and "(" not in doc.text[k[1] + 1:c.start] and ")" not in doc.text[k[1]:c.start]), None)
        if member_of is not None and c.cls is None:
            c.cls = member_of[2]
        out.append(c)
    return out


# the plural head of a class name: технологиялар, әдістер, құралдар; технологии, методы, инструменты
_PLURAL_CLASS_HEAD = re.compile(
    r"(?<!\w)(технологиялар|әдістер|тәсілдер|құралдар|технологии|методы|при[её]мы|средства|инструменты)"
    r"(ы|і)?(?!\w)", re.I)  # with the izafet possessive too: 'денсаулық сақтау технологиялары'

_TOOL_CLASS = re.compile(r"құрал|инструмент|средств|платформ|сервис", re.I)


_AUTHOR_GEN = re.compile(r"^(?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:дың|дің|тың|тің|ның|нің|а|я)\s+")


def _bracket_elements(inner: str, strip_gloss: bool = False) -> list[tuple[int, int]]:
    """Spans of the comma/semicolon separated elements inside a bracket (quotes kept whole).
    ``strip_gloss``: members written after a dash keep their own bracketed gloss and their
    author's genitive out ('Г.С. Альтшуллердің ТРИЗ технологиясы (… теориясы)' → 'ТРИЗ технологиясы')."""
    masked = re.sub(r"«[^»]*»", lambda m: "_" * len(m.group(0)), inner)
    if strip_gloss:
        masked = re.sub(r"\([^)]*\)?", lambda m: "_" * len(m.group(0)), masked)
    spans, pos = [], 0
    for m in re.finditer(r"[,;]", masked):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(inner)))
    out = []
    for a, b in spans:
        piece = inner[a:b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip().rstrip(".")
        if strip_gloss:
            gloss = re.search(r"\s*\([^)]*\)?\s*$", body)
            body = body[:gloss.start()] if gloss else body
            auth = _AUTHOR_GEN.match(body)
            if auth and len(body) > auth.end():
                lead, body = lead + auth.end(), body[auth.end():]
        if body and not PERSON_RE.match(body):
            out.append((a + lead, a + lead + len(body)))
    return out


PERSON_RE = re.compile(r"^(по\s+)?([А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+$")


# a plural noun closing a member of a class of tools: a kind of tools ('онлайн тақталар', 'электронные словари')
# (a plural with the possessive too: 'сауалнама құралдары')
_KK_PLURAL_END = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$", re.I)


_METHOD_HEAD = re.compile(r"технолог|әдіс|тәсіл|стратеги|метод|при[её]м|техник|оқыт|обучени", re.I)


def _kind_of_tools(body: str, lang: str) -> bool:
    last = (re.findall(r"[^\W\d_]+", body) or [""])[-1].lower()
    if lang == "kk" or is_kazakh(body):
        return bool(_KK_PLURAL_END.search(last))
    p = ru_parse(last)
    return p is not None and p.tag.POS == "NOUN" and p.tag.number == "plur"


def _member_candidates(block, offset: int, elements, cands: list[Candidate], cls: str) -> list[Candidate]:
    """Members a class lists in its bracket that no other rule found ('жұптық жұмыс',
    '3D-модельдеу', 'виртуалды зертхана'): being listed as members of a class of technologies
    makes them technologies; Latin names under a class of tools are tools."""
    from .lists import _generic, _item_label

    lang = _lang(block)
    out = []
    # a class whose members are all plain native verbal nouns lists what the class does ('далалық
    # әдістер (бақылау, өлшеу, сипаттау)'), not named methods
    bodies = [block.text[offset + a:offset + b].strip() for a, b in elements]
    actions_only = len(bodies) >= 2 and all(re.fullmatch(r"[а-яәғқңөұүһі]+[ую]", x.lower())
                                            and default_lexicon().concept_of(x, lang) is None for x in bodies)
    for a, b in elements:
        s, e = block.char_start + offset + a, block.char_start + offset + b
        if any(c.start < e and s < c.end for c in cands):
            continue
        body = block.text[offset + a:offset + b]
        if len(body.split()) > 5 or not re.search(r"\w{2,}", body):
            continue
        _author = None
        if re.fullmatch(r"[A-Za-z][\w .+#-]*", body):
            kind = "software"
            label = body
        elif len(body.split()) == 1 and re.search(r"(у|ю)$", body.lower()):
            if actions_only:
                continue
            label, kind = body, "method"  # a verbal noun names the activity itself: '3D-модельдеу', 'кубтау'
        else:
            label, _author, kind = _item_label(body, lang)
            if _generic(label, lang):
                continue
            if kind == "pedagogical_technology" and not re.search(r"технолог|оқыт|обучен", label, re.I):
                kind = "method"
        if kind != "software" and _kind_of_tools(body, lang) and not _METHOD_HEAD.search(body) \
                and len(body.split()) <= 2 and not _author \
                and default_lexicon().concept_of(body, lang) is None:
            # 'цифрлық құралдар (онлайн тақталар, электрондық сөздіктер)', 'музыкалық тәсілдер (әндер,
            # чанттар)': a plural common noun under a class names a kind of tool or activity, not one
            # (a longer or authored name is one: 'ірілендірілген дидактикалық бірліктер')
            continue
        if _TOOL_CLASS.search(cls) and kind != "software" and re.search(r"зертхана|лаборатор|тренажер|тренажёр", body, re.I):
            kind = "software"
        out.append(Candidate(s, e, body, label, lang, kind, "class_member", 0.8, cls=cls, block_id=block.block_id,
                             priority=2))
    return out


# nouns of ideas and principles: a quoted phrase they govern is a maxim, not a technology
# ('«істеу арқылы оқыту» қағидасы', 'принцип «обучение через деятельность»')
_IDEA_AFTER = re.compile(r"^\s*(қағида|ұстаным|идея|тұжырым|концепция|принцип|девиз|ұран)\w*", re.I)
_IDEA_BEFORE = re.compile(r"(принцип|иде[яюие]|лозунг|девиз|қағида)\w*\s*$", re.I)


# the name of a specialty, a skill, a study group or a course: «Технология машиностроения»,
# компетенция «Сварочные технологии», мамандық «…»
_COURSE_BEFORE = re.compile(r"(специальност|компетенци|групп|квалификаци|дисциплин|мамандығ|мамандық|құзыреттілі)\w*\s*$", re.I)


def _quoted_idea(text: str, c: Candidate) -> bool:
    if c.rule in ("classification_table",):
        return False
    open_ = text.rfind("«", max(0, c.start - 3), c.start + 1)
    if open_ < 0:
        return False
    close = text.find("»", c.start)
    if close < 0 or close + 1 < c.end or close - c.end > 3:
        return False
    before = text[max(0, open_ - 30):open_]
    return bool(_IDEA_AFTER.match(text[close + 1:close + 40]) or _IDEA_BEFORE.search(before) or _COURSE_BEFORE.search(before))


def _with_block(c: Candidate, block_id: str, priority: int) -> Candidate:
    c.block_id = block_id
    c.priority = priority
    return c


def kind_is_software(cs) -> bool:
    return sum(c.kind == "software" for _, c in cs) * 2 >= len(cs)


def _block_of(doc: Document, start: int):
    for b in doc.blocks:
        if b.char_start <= start <= b.char_end:
            return b
    return None


@dataclass(frozen=True)
class Place:
    """Where a candidate stands in its document: all the link stage needs of the document
    itself, so linking a large corpus does not hold its documents."""

    doc_id: str
    sent_id: Optional[str]
    block_id: Optional[str]
    page: Optional[int]
    surface: str


def candidate_places(doc: Document, cands: Sequence[Candidate]) -> list[Place]:
    """One :class:`Place` per candidate, in order."""
    text = doc.text
    sents = sorted(doc.sentences, key=lambda s: s.char_start)
    keys = [s.char_start for s in sents]
    out = []
    for c in cands:
        k = bisect.bisect_right(keys, c.start) - 1
        sent = sents[k] if k >= 0 and sents[k].char_start <= c.start < sents[k].char_end else None
        block = _block_of(doc, c.start)
        out.append(Place(doc.doc_id, sent.sent_id if sent else None, block.block_id if block else None,
                         block.page if block else None, text[c.start:c.end]))
    return out


def _preferred(labels: Iterable[tuple[str, int]]) -> Optional[str]:
    """Most frequent label; ties go to the strongest source, then the shortest."""
    ranked = Counter()
    best_pri: dict[str, int] = {}
    for lab, pri in labels:
        ranked[lab] += 1
        best_pri[lab] = max(best_pri.get(lab, 0), pri)
    if not ranked:
        return None
    return sorted(ranked, key=lambda l: (-best_pri[l], -ranked[l], len(l)))[0]


def extract_technologies(docs: Sequence[Document], alignments: Sequence[dict] = ()) -> tuple[list[dict], list[dict]]:
    """(technologies rows, technology_mentions rows) for a corpus; see the module docstring."""
    per_doc = []
    for doc in docs:
        cands, pairs = document_candidates(doc)
        per_doc.append((cands, pairs, candidate_places(doc, cands)))
    return link_technologies(per_doc, alignments)


_KK_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")


def _cognate(kk: str, ru: str) -> bool:
    """A Kazakh and a Russian name share a loanword stem (``критериалдық`` / ``критериальное``)."""
    def stems(label: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[^\W\d_]{5,}", label.lower().translate(_KK_FOLD))}
    return bool(stems(kk) & stems(ru))


def _link_by_sentence_pairs(all_c: list[tuple[Place, Candidate]], uf: UnionFind[int], alignments: Sequence[dict]) -> None:
    """A Kazakh sentence and its Russian translation that each name exactly one technology still
    missing its other-language name name the same technology (``ақпараттық технология`` ↔
    ``информационная технология``, ``ТШДТ`` ↔ ``ТРТЛ``)."""
    sent_of: dict[int, str] = {}
    by_sent: dict[str, list[int]] = defaultdict(list)
    for i, (place, _) in enumerate(all_c):
        if place.sent_id:
            sent_of[i] = place.sent_id
            by_sent[place.sent_id].append(i)

    def langs(i: int) -> set[str]:
        root = uf.find(i)
        return {all_c[j][1].lang for j in sent_of if uf.find(j) == root} | {all_c[i][1].lang}

    for al in alignments:
        if al.get("level") != "sentence" or (al.get("score") or 0) < 0.5:
            continue
        a = [i for i in by_sent.get(al.get("src_id", ""), []) if all_c[i][1].kind != "software"]
        b = [i for i in by_sent.get(al.get("tgt_id", ""), []) if all_c[i][1].kind != "software"]
        if len(a) == 1 and len(b) == 1:
            pairs = [(a[0], b[0])]
        else:
            # several on a side: a name pairs with the one name of the other side it shares a stem with
            pairs = []
            for x in a:
                matches = [y for y in b if _cognate(all_c[x][1].label, all_c[y][1].label)]
                back = [z for z in a if matches and _cognate(all_c[z][1].label, all_c[matches[0]][1].label)]
                if len(matches) == 1 and back == [x]:
                    pairs.append((x, matches[0]))
        for x, y in pairs:
            if uf.find(x) != uf.find(y) and all_c[x][1].lang != all_c[y][1].lang and not (langs(x) & langs(y)):
                uf.union(x, y)


def link_technologies(
    per_doc: Sequence[tuple[list[Candidate], list[tuple[int, int]], list[Place]]], alignments: Sequence[dict] = ()
) -> tuple[list[dict], list[dict]]:
    """One technology per real thing across documents, from each document's candidates, the
    kk↔ru pairs of its tables and the candidates' places (all found per document, so they can
    be cached) and the kk↔ru alignments."""
    all_c: list[tuple[Place, Candidate]] = []
    pair_edges: list[tuple[int, int]] = []
    for cands, pairs, places in per_doc:
        base = len(all_c)
        all_c += list(zip(places, cands))
        pair_edges += [(base + a, base + b) for a, b in pairs]
    uf = UnionFind(range(len(all_c)))
    for a, b in pair_edges:
        uf.union(a, b)
    by_key: dict[frozenset, int] = {}
    for i, (_, c) in enumerate(all_c):
        key = label_key(c.label, c.lang) if c.kind != "software" else frozenset({c.label.lower().replace(" ", "")})
        if not key:
            key = frozenset({c.label.lower()})
        if key in by_key:
            uf.union(by_key[key], i)
        else:
            by_key[key] = i
    # the lexicon knows the kk, ru and Latin names of one thing
    lexicon = default_lexicon()
    by_concept: dict[str, int] = {}
    for i, (_, c) in enumerate(all_c):
        concept = lexicon.concept_of(c.label, c.lang)
        if concept is None:
            continue
        if concept in by_concept:
            uf.union(by_concept[concept], i)
        else:
            by_concept[concept] = i
    # alignments: a kk block and an ru block that translate each other, each with one table/list candidate
    if alignments:
        by_block: dict[str, list[int]] = defaultdict(list)
        for i, (_, c) in enumerate(all_c):
            blk = c.block_id
            if blk:
                by_block[blk].append(i)
        for al in alignments:
            a, b = by_block.get(al.get("src_id", ""), []), by_block.get(al.get("tgt_id", ""), [])
            if len(a) == 1 and len(b) == 1 and (al.get("score") or 0) >= 0.5:
                uf.union(a[0], b[0])
        _link_by_sentence_pairs(all_c, uf, alignments)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(all_c)):
        groups[uf.find(i)].append(i)
    tech_rows, mention_rows = [], []
    for members in groups.values():
        cs = [all_c[i] for i in members]
        kk = [(c.label, c.priority) for _, c in cs if c.lang == "kk"]
        ru = [(c.label, c.priority) for _, c in cs if c.lang == "ru"]
        label_kk, label_ru = _preferred(kk), _preferred(ru)
        if kind_is_software(cs):
            key_basis = frozenset({(label_kk or label_ru or "").lower().replace(" ", "")})
        else:
            key_basis = label_key(label_kk or label_ru or "", "kk" if label_kk else "ru")
        if not key_basis:
            key_basis = frozenset({(label_kk or label_ru or "").lower()})
        tid = tech_id(key_basis, label_kk or label_ru or "")
        alts = sorted({c.label for _, c in cs} - {label_kk, label_ru} | {c.surface for _, c in cs} - {label_kk, label_ru})
        kinds = Counter(c.kind for _, c in cs)
        kind = "software" if kinds.get("software") and kinds["software"] >= len(cs) / 2 else (
            max((k for k in kinds if k != "software"), key=lambda k: kinds[k], default="software"))
        cls_kk = "; ".join(dict.fromkeys(c.cls for _, c in cs if c.cls and c.lang == "kk")) or None
        cls_ru = "; ".join(dict.fromkeys(c.cls for _, c in cs if c.cls and c.lang == "ru")) or None
        author = next((c.author for _, c in cs if c.author), None)
        mids = []
        for place, c in cs:
            anchor = place.sent_id or place.block_id or place.doc_id
            mid = f"{anchor}:t{c.start}"
            mids.append(mid)
            mention_rows.append({
                "mention_id": mid, "tech_id": tid, "doc_id": place.doc_id,
                "sent_id": place.sent_id, "block_id": place.block_id or c.block_id, "lang": c.lang,
                "surface": place.surface, "page": place.page,
                "char_start": c.start, "char_end": c.end, "extractor": c.rule, "confidence": c.confidence,
            })
        tech_rows.append({
            "tech_id": tid, "label_kk": label_kk, "label_ru": label_ru,
            "alt_labels": ";".join(a for a in alts if a) or None, "kind": kind,
            "class_kk": cls_kk, "class_ru": cls_ru, "author": author, "n_mentions": len(cs),
            "n_docs": len({place.doc_id for place, _ in cs}), "confidence": max(c.confidence for _, c in cs),
            "curated": False,  # the link stage's curation sets it
        })
    # two groups that hash to the same id (same key reached through different merges) fold together
    merged: dict[str, dict] = {}
    for row in tech_rows:
        if row["tech_id"] in merged:
            m = merged[row["tech_id"]]
            m["n_mentions"] += row["n_mentions"]
            m["confidence"] = max(m["confidence"], row["confidence"])
            for k in ("label_kk", "label_ru", "class_kk", "class_ru", "author"):
                m[k] = m[k] or row[k]
            m["alt_labels"] = ";".join(sorted(set(filter(None, (m["alt_labels"] or "").split(";") + (row["alt_labels"] or "").split(";"))))) or None
        else:
            merged[row["tech_id"]] = row
    docs_of = defaultdict(set)
    for mrow in mention_rows:
        docs_of[mrow["tech_id"]].add(mrow["doc_id"])
    for row in merged.values():
        row["n_docs"] = len(docs_of[row["tech_id"]])
    techs = sorted(merged.values(), key=lambda r: r["tech_id"])
    mentions = sorted({m["mention_id"]: m for m in mention_rows}.values(), key=lambda m: (m["doc_id"], m["char_start"]))
    return [{k: r[k] for k in TECH_COLUMNS} for r in techs], [{k: m[k] for k in MENTION_COLUMNS} for m in mentions]
