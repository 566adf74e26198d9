"""Lists as the text builds them: an introducing block and the items that follow it.

Membership is decided by structure, not by wording: an introducer is a block ending with ':'
(or a short title line right before a list that starts at 1), its items are the following
list_item blocks of one marker class (bullets, '1.', '1)', 'а)', '1.1'), or unmarked
one-line paragraphs that end with ';' (appendix forms). A lower-case paragraph after an
item that stops mid-sentence continues that item; an item ending with ':' opens a nested
list. A clause can also carry an inline list after its colon (``…решений: о …; о ….``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from models import Block, BlockKind

BULLETS = set("•-–—·*▪●○◦\uf0b7")
KK_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
TERMINAL = ".;!?"
CONTEXT = 12  # blocks before an introducer that may name what the list is about
# a full stop before a capital ends a sentence, unless it closes an initial (``Б.Ж. Оспанов``)
_CAPS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
SENT_BREAK = re.compile(rf"(?<![^\w][{_CAPS}])(?<!^[{_CAPS}])[.!?]\s+(?=[«\"(]?[{_CAPS}])")
_WORD = re.compile(r"\w+")
_DISJUNCTIONS = ("немесе", "или", "либо")
_CHOICE = re.compile(r"(біреу|\bбірі\b|\bодн[оа] из|\bодин из)", re.I)


@dataclass
class Item:
    blocks: list[Block]
    start: int  # offset in doc.text
    end: int
    text: str
    inline: bool = False  # a part of a block rather than whole blocks

    @property
    def block_id(self) -> str:
        return self.blocks[0].block_id

    @property
    def item_id(self) -> str:
        b = self.blocks[0]
        return b.block_id if self.start == b.char_start else f"{b.block_id}:i{self.start - b.char_start}"


@dataclass
class ParsedList:
    intro: Block
    title: str
    items: list[Item]
    mode: str  # marked | unmarked | inline | clause
    parent: Optional["ParsedList"] = None
    context: list[Block] = field(default_factory=list)  # blocks just before the intro

    @property
    def lang(self) -> Optional[str]:
        langs = [block_lang(b) for it in self.items for b in it.blocks]
        langs = [x for x in langs if x in ("kk", "ru")] or [block_lang(self.intro)]
        return max(set(langs), key=langs.count)


def block_lang(b: Block) -> Optional[str]:
    """The block's language from the segment stage, or identified here for unsegmented input."""
    if b.lang in ("kk", "ru"):
        return b.lang
    from extractors.segment import identify_language

    return identify_language(b.text)


def marker_class(marker: Optional[str]) -> str:
    m = (marker or "").strip()
    if not m:
        return "none"
    if m in BULLETS or (len(m) == 1 and not m.isalnum()):
        return "bullet"
    if re.fullmatch(r"\d+\.\d+\.?", m):
        return "decimal"
    if re.fullmatch(r"\d+\.", m):
        return "num_dot"
    if re.fullmatch(r"\d+\)", m):
        return "num_paren"
    if re.fullmatch(r"\d+", m):
        return "num"
    if re.fullmatch(r"[^\W\d_]{1,2}[.)]", m):
        return "letter"
    return "other"


def _marker_value(marker: str) -> Optional[tuple]:
    m = marker.strip().rstrip(".)")
    if re.fullmatch(r"\d+(\.\d+)?", m):
        return tuple(int(x) for x in m.split("."))
    if len(m) == 1 and m.lower() in KK_ALPHABET:
        return (KK_ALPHABET.index(m.lower()),)
    if len(m) == 1 and m.lower() in "abcdefghijklmnopqrstuvwxyz":
        return ("abcdefghijklmnopqrstuvwxyz".index(m.lower()),)
    return None


def _follows(prev: Optional[str], cur: Optional[str], cls: str) -> bool:
    """Numbering goes on: 1 → 2, 4.7 → 4.8; letters only need to increase (Kazakh and
    Russian alphabets differ, and forms skip letters: е) → з))."""
    if cls in ("bullet", "other", "none") or prev is None:
        return True
    a, b = _marker_value(prev or ""), _marker_value(cur or "")
    if a is None or b is None:
        return True
    if cls == "letter":
        return b[0] > a[0]
    if cls == "decimal":
        return len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1
    return b[0] == a[0] + 1


def _first_value_ok(marker: Optional[str], cls: str) -> bool:
    v = _marker_value(marker or "")
    if cls == "bullet":
        return True
    if v is None:
        return False
    return v[-1] in (1, 0) if cls != "letter" else v[0] == 0


def _subclause_of(intro: Block, first: Block, before: Optional[Block] = None) -> bool:
    """``2.1.`` right under ``2. Задачи ГМК:``: a regulation numbers a clause's list items as its
    sub-clauses, so decimal items belong to the clause whose number they extend. The number may
    be the section heading's, with a lead-in sentence between ('4. Функции ГМК' / 'Для решения
    поставленных задач ГМК:' / '4.1. …')."""
    b = _marker_value(first.list_marker or "")
    if b is None or len(b) != 2 or b[1] != 1:
        return False
    if intro.kind == BlockKind.LIST_ITEM and marker_class(intro.list_marker) == "num_dot":
        a = _marker_value(intro.list_marker or "")
        return a is not None and b[0] == a[0]
    if intro.kind == BlockKind.LIST_ITEM:
        return False
    if before is not None and before.kind == BlockKind.LIST_ITEM and marker_class(before.list_marker) == "num_dot" \
            and _ends(before.text) not in TERMINAL + ":;" and len(before.text.split()) <= 8:
        a = _marker_value(before.list_marker or "")  # the clause's caption: '4. Функции ГМК'
        return a is not None and b[0] == a[0]
    heading = (getattr(intro, "section", None) or [""])[-1]
    m = re.match(r"\s*(\d+)\.?\s+\S", heading or "")
    return m is not None and int(m.group(1)) == b[0]


def _numbering_restarts(intro: Block, first: Block) -> bool:
    """``7. … нәтижелері:`` then ``1.``, ``2.``: numbers that start again at one under a numbered
    clause are that clause's items, though they look like clauses themselves."""
    if intro.kind != BlockKind.LIST_ITEM:
        return False
    a, b = _marker_value(intro.list_marker or ""), _marker_value(first.list_marker or "")
    return a is not None and b is not None and len(a) == len(b) == 1 and b[0] == 1 and a[0] > 1


def _ends(text: str) -> str:
    t = text.rstrip()
    return t[-1:] if t else ""


def _starts_lower(text: str) -> bool:
    t = text.lstrip("«\"( ")
    return bool(t) and t[0].isalpha() and t[0].islower()


def n_sentences(text: str) -> int:
    return len(SENT_BREAK.findall(text.strip())) + 1


def has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def last_sentence(text: str) -> str:
    parts = SENT_BREAK.split(text.strip())
    return parts[-1].strip() if parts else text.strip()


# a finite verb ends a Kazakh clause; a Russian lead-in has one (``выполняет``, ``являются``)
_KK_FINITE_END = re.compile(r"(?:ады|еді|йды|йді|ды|ді|ты|ті|ылады|іледі|нады|неді|лады|леді|тиіс|керек)$")
_RU_FINITE_WORD = re.compile(r"^[а-яё]+(?:ует|ает|яет|еет|ит|ет|ют|ут|ят|ат|ются|ется|ится|ятся|ены|аны|ена|ано)$")
# words that govern what follows and so never end a heading: conjunctions, prepositions,
# postpositions, and Kazakh case forms that lean on the next word (genitive, dative,
# locative, ablative, accusative, instrumental)
_LEANS_ON_NEXT = re.compile(
    r"^(?:және|мен|пен|бен|немесе|туралы|бойынша|үшін|арқылы|сәйкес|и|или|а|в|во|на|с|со|о|об|по|к|для|при|от|до|из|за|"
    r"согласно|также)$",
    re.I,
)
_KK_LEANING_CASE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|тан|тен|ны|ні)$", re.I)
_CAP_WORD = re.compile(rf"^[{_CAPS}][^\W\d_{_CAPS}]+")


def _ru_genitive_after_noun(prev: str, word: str) -> bool:
    from extractors.extract.morph import ru_morph as _morph

    p = [q for q in _morph().parse(prev.strip(",;:«»()").lower()) if q.score >= 0.05]
    w = [q for q in _morph().parse(word.strip(",;:«»()").lower()) if q.score >= 0.05]
    return any(q.tag.POS == "NOUN" for q in p) and bool(w) and all(q.tag.case == "gent" for q in w if q.tag.POS == "NOUN") \
        and any(q.tag.POS == "NOUN" for q in w)


# a caption that is a label and its quoted value ('Әдістемелік тақырып: «…»', 'Методическая тема: «…»')
_LABELLED_QUOTE = re.compile(r"^[^\W\d][^:«»]{0,40}:\s*«[^«»]{3,200}»\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІA-Z])")


def lead_in(text: str) -> str:
    """The sentence that introduces a list, without a caption glued before it.

    A caption (``Қалалық әдістемелік кабинет жұмысының негізгі бағыттары``) has no end
    punctuation, so once the text lost the blank line after it the caption and the lead-in
    read as one sentence. The caption is a noun phrase: it has no finite verb, does not start
    with a preposition and ends in a word that leans on nothing; the lead-in after it opens with
    a capitalised ordinary word (not an initial, an abbreviation or the second word of a proper
    name) and has the clause's verb: Kazakh puts it last, Russian anywhere."""
    sent = last_sentence(text)
    labelled = _LABELLED_QUOTE.match(sent)
    if labelled and len(sent) > labelled.end():
        # 'Методическая тема: «…»' is a whole caption: a label, a colon and the quoted value
        sent = sent[labelled.end():]
    words = sent.split()
    for k in range(3, len(words) - 1):
        w, prev = words[k], words[k - 1]
        if not _CAP_WORD.match(w) or not prev[:1].islower() or not prev[-1:].isalpha():
            continue
        if not (words[k + 1][:1].islower() or words[k + 1][:1].isdigit()):
            continue  # 'Республики Казахстан', 'Закону РК': a proper name runs on
        left, right = words[:k], words[k:]
        kk = any(ch in "әғқңөұүһі" for ch in sent.lower())
        if _LEANS_ON_NEXT.match(prev.lower()) or _LEANS_ON_NEXT.match(left[0].lower()) \
                or (kk and _KK_LEANING_CASE.search(prev.lower())):
            continue
        if not kk and _ru_genitive_after_noun(prev, w):
            continue  # 'результатами деятельности Центра являются': a defined short name in the genitive
        if kk and re.search(r"(?:ды|ді|ты|ті|ны|ні|ға|ге|қа|ке)$", w.strip(",;:").lower()):
            # an object or addressee with a capital (a defined short name: 'кабинет Алаңдарды сүйемелдеу …',
            # 'үміткер ұйым Орталыққа … ұсынады') continues the sentence of its subject
            continue
        lwords = [x.strip(",;«»()").lower() for x in left]
        rwords = [x.strip(",;:«»()").lower() for x in right]
        if kk:
            if any(_KK_FINITE_END.search(x) for x in lwords) or not _KK_FINITE_END.search(rwords[-1]):
                continue
        elif any(_RU_FINITE_WORD.match(x) for x in lwords) or not any(_RU_FINITE_WORD.match(x) for x in rwords):
            continue
        return " ".join(right)
    return sent


def _item_like_line(b: Block) -> bool:
    """An unmarked line that reads as a list entry: one sentence, not a long paragraph."""
    t = b.text.strip()
    return b.kind == BlockKind.PARAGRAPH and 0 < len(t) <= 400 and n_sentences(t) == 1 and has_words(t)


def _is_title_line(b: Block) -> bool:
    t = b.text.strip()
    return (
        b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        and 1 <= len(_WORD.findall(t)) <= 14
        and _ends(t) not in TERMINAL + ":,"
        and not _starts_lower(t)
    )


# a verb alone on the line after the last item closes a Kazakh verb-final clause
# ('Өтінімде: … мерзімдері / көрсетіледі.'); it is not the item's last word
_KK_FINITE = re.compile(r"(ады|еді|йды|йді|тады|теді|дады|деді|нады|неді|ды|ді|ты|ті|ған|ген)\.$|(ется|ются|ится|ятся)\.$")


def _closing_predicate(text: str) -> bool:
    t = text.strip()
    return len(t.split()) <= 2 and bool(_KK_FINITE.search(t.lower()))


def _is_parenthetical(b: Block) -> bool:
    t = b.text.strip()
    return b.kind == BlockKind.PARAGRAPH and t.startswith("(") and t.endswith(")") and len(t) < 80


class _Parser:
    def __init__(self, blocks: Sequence[Block]):
        self.blocks = [b for b in blocks if b.kind != BlockKind.TABLE_CELL]
        self.lists: list[ParsedList] = []
        self.done_intros: set[str] = set()

    def _item(self, b: Block) -> Item:
        return Item([b], b.char_start, b.char_end, b.text.strip())

    @staticmethod
    def _extend(item: Item, b: Block) -> None:
        item.blocks.append(b)
        item.end = b.char_end
        item.text = f"{item.text} {b.text.strip()}"

    def parse(self, i: int, intro: Block, title: str, parent: Optional[ParsedList], parent_cls: Optional[str]) -> tuple[Optional[ParsedList], int]:
        """Items after ``intro`` starting at block ``i``; returns the list and the next index."""
        blocks, n = self.blocks, len(self.blocks)
        if i >= n:
            return None, i
        first = blocks[i]
        ctx = [blocks[k] for k in range(max(0, i - 1 - CONTEXT), i - 1)]
        plist = ParsedList(intro, title, [], "marked", parent, ctx)
        self.done_intros.add(intro.block_id)
        if first.kind == BlockKind.LIST_ITEM:
            cls = marker_class(first.list_marker)
            if cls == parent_cls and not _numbering_restarts(intro, first) \
                    or (cls == "decimal" and not _subclause_of(intro, first, blocks[i - 2] if i >= 2 else None)) \
                    or not _first_value_ok(first.list_marker, cls):
                return None, i
            j, prev_marker = i, None
            while j < n:
                b = blocks[j]
                if b.kind == BlockKind.HEADING:
                    break
                if b.kind == BlockKind.LIST_ITEM and marker_class(b.list_marker) == cls:
                    if not _follows(prev_marker, b.list_marker, cls):
                        break
                    item = self._item(b)
                    plist.items.append(item)
                    prev_marker = b.list_marker
                    j += 1
                    if _ends(b.text) == ":" and j < n:
                        # a clause may state a fact before the sentence that opens its list
                        # ('… өтінім береді. Өтінімге мынадай құжаттар қоса беріледі:')
                        sub, j2 = self.parse(j, b, lead_in(b.text), plist, cls)
                        if sub is not None and sub.items:
                            self.lists.append(sub)
                            j = j2
                    continue
                last = plist.items[-1] if plist.items else None
                if (
                    last is not None
                    and b.kind == BlockKind.PARAGRAPH
                    and _starts_lower(b.text)
                    and _ends(last.text) not in TERMINAL + ":"
                    and not _closing_predicate(b.text)
                ):
                    self._extend(last, b)
                    j += 1
                    continue
                # numbered forms put tables or notes between items: look for the next number
                if cls in ("num_dot", "num_paren", "num") and last is not None:
                    k = next(
                        (
                            k
                            for k in range(j, min(n, j + 14))
                            if blocks[k].kind == BlockKind.HEADING
                            or (blocks[k].kind == BlockKind.LIST_ITEM and marker_class(blocks[k].list_marker) == cls)
                        ),
                        None,
                    )
                    if k is not None and blocks[k].kind == BlockKind.LIST_ITEM and _follows(prev_marker, blocks[k].list_marker, cls):
                        j = k
                        continue
                break
            self._drop_closing_remark(plist, cls)
            return plist, j
        if _item_like_line(first) and _ends(intro.text) == ":":
            plist.mode = "unmarked"
            j = i
            while j < n and _item_like_line(blocks[j]):
                b = blocks[j]
                if plist.items and _ends(plist.items[-1].text) not in ";,":
                    break
                plist.items.append(self._item(b))
                j += 1
                if _ends(b.text) in ".!?":
                    break
            return plist, j
        return None, i

    @staticmethod
    def _drop_closing_remark(plist: ParsedList, cls: str) -> None:
        """A bulleted list of one-phrase items that ends in a multi-sentence statement: the
        statement closes the clause (who decides, what follows) and is not one more item."""
        items = plist.items
        if cls != "bullet" or len(items) < 4:
            return
        last, rest = items[-1], items[:-1]
        if n_sentences(last.text) >= 2 and all(n_sentences(it.text) == 1 and _ends(it.text) == ";" for it in rest):
            items.pop()

    def run(self) -> list[ParsedList]:
        blocks, n = self.blocks, len(self.blocks)
        for i, b in enumerate(blocks):
            if b.block_id in self.done_intros:
                continue
            t = b.text.strip()
            if _ends(t) == ":":
                plist, _ = self.parse(i + 1, b, lead_in(t), None, marker_class(b.list_marker) if b.kind == BlockKind.LIST_ITEM else None)
                if plist is not None and plist.items:
                    self.lists.append(plist)
                    continue
            elif _is_title_line(b) and i + 1 < n:
                k, title = i + 1, t
                if _is_parenthetical(blocks[k]) and k + 1 < n:
                    title, k = f"{t} {blocks[k].text.strip()}", k + 1
                nxt = blocks[k]
                if nxt.kind == BlockKind.LIST_ITEM and marker_class(nxt.list_marker) in ("num_dot", "num_paren", "num", "bullet"):
                    plist, _ = self.parse(k, b, title, None, None)
                    if plist is not None and plist.items:
                        self.lists.append(plist)
                        continue
            inline = _inline_list(b)
            if inline is not None:
                inline.context = [blocks[k] for k in range(max(0, i - CONTEXT), i)]
                self.lists.append(inline)
        for pl in self.lists:
            _split_alternatives(pl)
            pl.items = [it for it in pl.items if has_words(it.text.replace("_", ""))]
        self.lists.sort(key=lambda pl: (pl.items[0].start if pl.items else pl.intro.char_start))
        return [pl for pl in self.lists if pl.items]


def _inline_list(b: Block) -> Optional[ParsedList]:
    """``… одно из следующих решений: о прекращении …; о продлении ….`` — items after a colon
    inside the block, separated by semicolons, up to the end of that sentence."""
    text = b.text
    colon = text.find(":")
    if colon < 0 or colon >= len(text.rstrip()) - 1:
        return None
    tail_start = colon + 1
    end_m = re.search(r"[.!?](\s|$)", text[tail_start:])
    tail_end = tail_start + end_m.start() if end_m else len(text)
    tail = text[tail_start:tail_end]
    head = text[:colon]
    title = SENT_BREAK.split(head)[-1].strip()
    if tail.count(";") < 1 and not (_CHOICE.search(title) and end_m is not None):
        return None
    items, pos = [], tail_start
    for part in tail.split(";"):
        lead = len(part) - len(part.lstrip())
        s, e = pos + lead, pos + len(part.rstrip())
        pos += len(part) + 1
        if len(_WORD.findall(text[s:e])) < 2:
            return None
        items.append(Item([b], b.char_start + s, b.char_start + e, text[s:e], inline=True))
    return ParsedList(b, title, items, "inline")


def _split_alternatives(plist: ParsedList) -> None:
    """"One of the following decisions:" with a single entry ``X немесе Y`` lists two
    alternatives; split at the disjunction when both sides are phrases of their own."""
    if len(plist.items) != 1 or not _CHOICE.search(plist.title):
        return
    it = plist.items[0]
    m = next((m for m in re.finditer(r"(?<=\s)\w+(?=\s)", it.text) if _is_disjunction(m.group(0))), None)
    if not m:
        return
    left, right = it.text[: m.start()].rstrip(), it.text[m.end() :].lstrip()
    lw, rw = _WORD.findall(left), _WORD.findall(right)
    # each alternative is a phrase, or the second is a bare predicate coordinated with the
    # first one's (тоқтатылады немесе жалғастырылады: same ending, shared subject)
    if len(lw) < 2 or not rw or (len(rw) < 2 and not _same_ending(lw[-1], rw[0])):
        return
    base = it.start
    r0 = base + len(it.text) - len(right)
    plist.items = [
        Item(list(it.blocks), base, base + len(left.rstrip()), left.rstrip(), inline=True),
        Item(list(it.blocks), r0, it.end, right, inline=True),
    ]


def _edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _is_disjunction(word: str) -> bool:
    """'немесе', 'или', 'либо' — a long one also with one typo (PDF copies: 'немемсе')."""
    w = word.lower()
    return w in _DISJUNCTIONS or any(len(d) >= 5 and _edit1(w, d) for d in _DISJUNCTIONS)


def _same_ending(a: str, b: str) -> bool:
    return len(a) > 4 and len(b) > 4 and a[-4:].lower() == b[-4:].lower()


def find_lists(blocks: Sequence[Block]) -> list[ParsedList]:
    """Every list in a document's blocks, nested ones included, in reading order."""
    return _Parser(blocks).run()


def clause_blocks(blocks: Sequence[Block]) -> list[Block]:
    """Numbered regulation clauses (``5.3``) that do not introduce a list."""
    return [
        b for b in blocks if b.kind == BlockKind.LIST_ITEM and marker_class(b.list_marker) == "decimal" and _ends(b.text) != ":"
    ]
