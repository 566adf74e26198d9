"""Rebuilding table cells and broken lines that a PDF copy split over several blocks.

A cell of a classification table comes out of a PDF as one block per printed line, and the
two languages break their lines at different words ("Педагогикалық үдерісте / тұлғалық
бағдарлы негізіндегі / педагогикалық технологиялар" is the two Russian lines "Педагогические
технологии на основе личностной ориентации / педагогического процесса"). Aligning line by
line then forces beads of 3-by-2 or 4-by-2 blocks that score badly. Joining the lines of one
cell first makes the cell the unit, as the reader sees it.

A block continues the previous one when the layout says the previous one did not end (no
sentence or item punctuation, no list marker on the new block, a lower-case start) *and* the
grammar says the noun phrase is still open:

* Russian is head-initial: the previous line ends in a word that needs a head or an object
  after it (an adjective or participle, a preposition, a conjunction, a comma), or the new
  line starts with a genitive that hangs on the noun before it ("… личностной ориентации /
  педагогического процесса").
* Kazakh is head-final: the previous line ends in a dependent form (an adjective in
  -лық/-лік, a -ғы/-дағы attribute, a locative or genitive), or the new line ends in one
  (it is itself unfinished), or the new line starts with a possessive head
  ("… оқыту / технологиясы", "жетілдіру / негізінде …") — the izafet that ties it to the
  words before.

Tags are used where the tagger supplied them (Russian ``Case=Gen``, ``upos``); suffixes are
the fallback, so the rules work on untagged text too.
"""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from models import Block, BlockKind, Sentence, Token

_TERMINAL = ".;:!?…"
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:[-‐'’][\w\u0300-\u036f]+)*")

# Kazakh dependent forms: attributive adjectives, -ғы/-дағы attributes, locative, genitive.
_KK_DEPENDENT = re.compile(
    r"(?:[лдт][ыі]қ|[лдт][ыі]к|[ғгқк][ыі]|[дт][аеә]ғы|[дт][аеә]гі|н[дт][аеә]ғы|н[дт][аеә]гі"
    r"|[дт][аеә]|н[дт][аеә]|[ндт][ыі]ң)$")
# Kazakh 3rd-person possessive (izafet head), optionally followed by a case ending.
_KK_POSSESSIVE = re.compile(r"(?:с[ыі]|[ыі])(?:|н|н[аеә]|н[дт][аеә]|н[дт][аеә](?:ғы|гі)|н[аеә]н|н[ыі]ң|мен|менен)$")
# Russian words that leave a phrase open: adjective / participle endings.
_RU_ADJ = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ым|им|ыми|ими|ую|юю|ем|ом)$")
# Russian genitive forms that start a dependent phrase (adjective, participle, -ость/-ние nouns).
_RU_GEN_START = re.compile(r"(?:ого|его|ых|их|ихся|ыхся|ости|ции|ния|тия|ений|аний|ей|ов)$")
_RU_FUNCTION = {"в", "во", "на", "о", "об", "обо", "по", "к", "ко", "с", "со", "у", "из", "от", "до", "для",
                "при", "про", "без", "над", "под", "за", "через", "между", "и", "или", "а", "но", "как",
                "что", "также", "либо"}
_KK_FUNCTION = {"және", "мен", "пен", "бен", "немесе", "не", "үшін", "арқылы", "бойынша", "туралы"}


def _tokens(block: Block, sents: Mapping[str, Sequence[Sentence]]) -> list[Token]:
    out: list[Token] = []
    for s in sents.get(block.block_id, ()):
        out.extend(t for t in s.tokens if any(ch.isalnum() for ch in t.text))
    return out


def _has(tok: Optional[Token], feat: str) -> bool:
    return tok is not None and bool(tok.feats) and feat in tok.feats.split("|")


def _open_start(block: Block, prev: Block) -> bool:
    """Layout: ``block`` may be the rest of ``prev`` (nothing closes ``prev``, nothing opens
    ``block`` as a new item)."""
    if block.kind == BlockKind.HEADING or prev.kind == BlockKind.HEADING:
        return False
    if block.list_marker:
        return False
    text, ptext = block.text.strip(), prev.text.rstrip()
    if not text or not ptext or ptext[-1] in _TERMINAL:
        return False
    first = text[0]
    return first.isalpha() and first.islower()


def continues_ru(prev: Block, block: Block, ptoks: Sequence[Token] = (), toks: Sequence[Token] = ()) -> bool:
    """Does Russian ``block`` continue the noun phrase left open by ``prev``?"""
    if not _open_start(block, prev):
        return False
    pw = _WORD.findall(prev.text)
    w = _WORD.findall(block.text)
    if not pw or not w:
        return False
    if prev.text.rstrip().endswith((",", "-", "–", "—")):
        return True
    last, first = pw[-1].lower(), w[0].lower()
    if last in _RU_FUNCTION:
        return True
    lt = ptoks[-1] if ptoks else None
    ft = toks[0] if toks else None
    if lt is not None and lt.upos:
        if lt.upos in ("ADP", "CCONJ"):
            return True
        if lt.upos in ("ADJ", "DET") or (lt.upos == "VERB" and _has(lt, "VerbForm=Part")):
            return _awaits_head(lt, toks)
    elif _RU_ADJ.search(last) and len(last) > 3:
        return True
    if first in _RU_FUNCTION:
        return False  # a new item may well start with "на основе …"
    if ft is not None and ft.feats:
        return _has(ft, "Case=Gen") and ft.upos in ("ADJ", "NOUN", "VERB", "PROPN")
    return bool(_RU_GEN_START.search(first))


def _feat(tok: Token, name: str) -> Optional[str]:
    for f in (tok.feats or "").split("|"):
        if f.startswith(name + "="):
            return f.split("=", 1)[1]
    return None


def _awaits_head(adj: Token, toks: Sequence[Token]) -> bool:
    """An adjective closing a line awaits its noun on the next line — unless the next line is
    only adjectives (a column of elliptic cells: "компьютерные / дистанционные") or its first
    noun does not agree in number and case (then the adjective was a cell of its own)."""
    if not toks:
        return True
    noun = next((t for t in toks if t.upos in ("NOUN", "PROPN")), None)
    if noun is None:
        return toks[0].upos not in ("ADJ", "DET")
    if adj.upos == "VERB" or noun is not toks[0] and toks[0].upos not in ("ADJ", "DET"):
        return True
    for name in ("Number", "Case"):
        a, b = _feat(adj, name), _feat(noun, name)
        if a and b and a != b and not (name == "Case" and {a, b} == {"Nom", "Acc"}):
            return False
    return True


def continues_kk(prev: Block, block: Block, ptoks: Sequence[Token] = (), toks: Sequence[Token] = ()) -> bool:
    """Does Kazakh ``block`` continue the phrase left open by ``prev``?"""
    if not _open_start(block, prev):
        return False
    pw = _WORD.findall(prev.text)
    w = _WORD.findall(block.text)
    if not pw or not w:
        return False
    last, first, end = pw[-1].lower(), w[0].lower(), w[-1].lower()
    if last in _KK_FUNCTION or prev.text.rstrip().endswith((",", "-", "–", "—")):
        return True
    if _KK_DEPENDENT.search(last) and len(last) > 4:
        return True
    if block.text.rstrip()[-1:] not in _TERMINAL and _KK_DEPENDENT.search(end) and len(end) > 4:
        return True  # the new line is unfinished itself: it is a middle line of a cell
    ft = toks[0] if toks else None
    if _has(ft, "Person[psor]=3") and (ft.upos in ("NOUN", None)):
        return True
    return bool(_KK_POSSESSIVE.search(first)) and len(first) > 4


def group_blocks(blocks: Sequence[Block], lang: str,
                 sentences: Mapping[str, Sequence[Sentence]] | None = None) -> list[list[Block]]:
    """Consecutive blocks grouped into the cells / items a reader sees (order kept)."""
    sents = sentences or {}
    rule = continues_kk if lang == "kk" else continues_ru
    groups: list[list[Block]] = []
    prev_toks: list[Token] = []
    for b in blocks:
        toks = _tokens(b, sents)
        if groups and rule(groups[-1][-1], b, prev_toks, toks) and _adjacent(groups[-1][-1], b):
            groups[-1].append(b)
        else:
            groups.append([b])
        prev_toks = toks
    return groups


def _adjacent(a: Block, b: Block) -> bool:
    """Only neighbours in the text join (not blocks brought together across a gap)."""
    return b.char_start >= a.char_end and b.char_start - a.char_end <= 4
