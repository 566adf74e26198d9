"""Word classes that decide whether a phrase names a technology, and the rebuilding of
classification tables (class → members) that a PDF copy split into one line per block.

Generic modifiers ('инновациялық', 'жаңа', 'современные' …) say that *some* technology is
meant, not which one: a phrase whose modifiers are all generic is not a technology.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from models import Block, BlockKind

from .normalize import ru_parse

GENERIC_KK = {
    "инновациялық", "иновациялық", "инновациалық", "жаңа", "қазіргі", "заманауи", "заманғы",
    "озық", "тиімді", "түрлі", "әртүрлі", "барлық", "осы", "бұл", "сол", "қандай", "білім",
    "беру", "беретін", "оқу", "оқыту", "педагогикалық", "белгілі", "негізгі", "жоғары",
    "танымал", "дәстүрлі", "белсенді", "интерактивті", "интерактивтік", "технологиялық",
    "әдістемелік", "кәсіби", "жалпы", "арнайы", "мұндай", "осындай", "тәрбие", "тәрбиелік", "оқытудың",
    "жаңашыл", "прогрессивті", "үздік", "әр", "кез", "келген", "көптеген", "басқа", "өз",
    "мультимедиялық", "ғылыми", "қолданбалы", "жана", "нормативтік", "өмірлік", "практикалық",
    "бұқаралық", "теориялық", "сапалы", "қажетті", "тиісті", "ұсынылған", "қызықты", "пайдалы",
    # demonstratives and quantifiers that point at a list instead of naming a technology
    "мынадай", "мына", "сондай", "келесі", "төмендегі", "төмендегідей", "бірнеше", "кейбір",
    # inclusive is the setting (who learns together), not a way of teaching
    "инклюзивті", "инклюзивтік",
    # ordinals count technologies, they do not name one
    "бірінші", "екінші", "үшінші", "төртінші", "бесінші", "соңғы",
}
# modifiers that make a *method/teaching* phrase generic even though they are not adjectives
GENERIC_KK_OQYTU = GENERIC_KK | {"тереңдетіп", "үздіксіз", "жеке", "тек", "және", "қайта",
                                  # light verbs: 'қарсы қойып оқыту' says how a step is done, names no way of teaching
                                  "қойып", "алып", "беріп", "салып", "жасап", "отырып", "етіп"}

GENERIC_RU = {
    "современный", "новый", "инновационный", "педагогический", "образовательный", "эффективный",
    "передовой", "традиционный", "различный", "другой", "авторский", "данный", "этот", "такой",
    "разный", "основной", "активный", "интерактивный", "необходимый", "высокий", "лучший",
    "учебный", "методический", "технологический", "конкретный", "соответствующий", "весь",
    "использовать", "используемый", "успешный", "усовершенствованный", "научный", "прогрессивный",
    "новейший", "любой", "свой", "весь", "определённый", "определенный", "непрерывный",
    "который", "многообразный", "усовершенствовать", "внедрять", "внедряющий", "использовать", "усовершенствованный", "собственный", "подобный", "известный",
    "практический", "теоретический", "общий", "специальный", "массовый", "нормативный",
    # adjectives of quantity and selection pick some of the methods, they do not name one
    "отдельный", "некоторый", "иной", "прочий", "остальной", "единичный", "многочисленный", "всевозможный",
    "разнообразный", "каждый", "многий", "целый", "один", "никакой", "какой", "некий",
    "первый", "второй", "третий", "четвёртый", "последний", "письменный", "устный", "короткий", "простой",
    "применяемый", "внедряемый", "рекомендуемый", "самый", "сам", "применять", "рекомендовать",
    # possessives and participles that point back at technologies named before: its, the named, the listed
    "основный", "её", "его", "их", "наш", "ваш", "назвать", "указать", "перечислить", "описать", "упомянуть",
    "перечисленный", "названный", "указанный", "описанный", "упомянутый", "вышеперечисленный", "вышеуказанный",
    "вышеназванный", "вышеописанный",
    # where a method comes from or how good it is, not which one it is
    "отечественный", "зарубежный", "мировой", "проверенный", "проверить", "продуманный", "продумать",
    "апробированный", "апробировать", "привычный", "удачный", "хороший", "следующий", "нижеследующий",
    # the level of a classification (Selevko: general, particular, local) or its yield, not a name
    "частный", "локальный", "общепедагогический", "частнометодический", "результативный",
}
# genitive complements that leave 'технология/метод X' generic
GENERIC_RU_GEN = {
    "обучение", "воспитание", "образование", "деятельность", "работа", "преподавание",
    "подготовка", "переподготовка", "управление", "формирование", "развитие", "оценка",
    "результат", "организация", "процесс", "школа", "учитель", "педагог", "учащийся",
    "повышение", "квалификация", "переподготовка", "влияние", "способ", "слушатель", "форма",
    "сад", "колледж", "лицей", "гимназия", "класс",
}

KK_TECH_HEAD = re.compile(r"^технология(сы|сын|сына|сының|сымен|сында|лар|лары|ларын|ларды|лардың|ларына|ларға|ларының|ларымен|ларында|ны|ның|ға|да|дан|мен)?$", re.I)
RU_TECH_LEMMAS = {"технология"}


def is_kk_adjective(word: str) -> bool:
    w = re.split(r"[-–]", word.lower())[-1]
    return bool(re.search(r"(лық|лік|дық|дік|тық|тік|лы|лі|ды|ді|ты|ті|ғы|гі|тегі|дағы|дегі|тағы)$", w)) or (
        "-" in word and bool(re.search(r"(у|ю)$", w)))


def ru_pos(word: str) -> Optional[str]:
    p = ru_parse(word.lower())
    return str(p.tag.POS) if p is not None and p.tag.POS else None


def ru_case(word: str) -> Optional[str]:
    p = ru_parse(word.lower())
    return p.tag.case if p is not None else None


def ru_is_genitive(word: str) -> bool:
    """True when the word's readings allow the genitive and not the nominative."""
    from .normalize import _morph

    m = _morph()
    if m is None:
        return False
    cases = {p.tag.case for p in m.parse(word.lower()) if p.score > 0.05}
    return "gent" in cases and "nomn" not in cases


def ru_is_nominative(word: str) -> bool:
    from .normalize import _morph

    m = _morph()
    if m is None:
        return False
    p = m.parse(word.lower())[0]
    return p.tag.case == "nomn" or (p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn")


def ru_is_adjective(word: str) -> bool:
    return ru_pos(word) in ("ADJF", "PRTF")


def deglue_ru(text: str) -> str:
    """Split words a PDF copy glued together ('технологииразвивающего') when both halves are
    words pymorphy3 knows and the whole is not."""
    from .normalize import _morph

    m = _morph()
    if m is None:
        return text

    def fix(mt: re.Match) -> str:
        w = mt.group(0)
        if len(w) < 12 or m.word_is_known(w.lower()):
            return w
        for i in range(5, len(w) - 3):
            a, b = w[:i], w[i:]
            if m.word_is_known(a.lower()) and m.word_is_known(b.lower()) and len(b) >= 4:
                pa, pb = m.parse(a.lower())[0], m.parse(b.lower())[0]
                if pa.tag.POS in ("NOUN", "ADJF", "PRTF") and pb.tag.POS in ("NOUN", "ADJF", "PRTF"):
                    return f"{a} {b}"
        return w

    return re.sub(r"[А-Яа-яЁё]+", fix, text)


@dataclass
class Cell:
    """One rebuilt table cell: its text and the block spans it was made of."""

    text: str
    blocks: list[Block]
    lang: str
    is_class: bool = False
    cls: Optional["Cell"] = None
    position: int = 0  # position of a member in its class, or of a class in the table
    pieces: list[tuple[int, int]] = field(default_factory=list)  # doc spans of the text parts


def _first_word(text: str) -> str:
    m = re.match(r"\W*([\w-]+)", text)
    return m.group(1) if m else ""


def _last_word(text: str) -> str:
    ws = re.findall(r"[\w-]+", text)
    return ws[-1] if ws else ""


def _continues_ru(prev: Cell, n_cont: int, line: str) -> bool:
    if not line[:1].islower():
        return False
    last = _last_word(prev.text)
    first = _first_word(line)
    if re.search(r"[,–-]\s*$", prev.text) or ru_pos(last) in ("PREP", "CONJ"):
        return True
    if ru_pos(last) in ("ADJF", "PRTF"):
        # an adjective waits for its noun: the next line continues only with an agreeing word
        pa, pb = ru_parse(last.lower()), ru_parse(first.lower())
        return bool(pb is not None and pb.tag.POS == "NOUN" and pa.tag.number == pb.tag.number
                    and pa.tag.case == pb.tag.case)
    if ru_pos(first) == "PREP":
        return False
    if ru_is_genitive(first) and not ru_is_nominative(last):
        if prev.is_class and n_cont >= 1:
            return False
        return True
    return False


def _is_ru_class(text: str) -> bool:
    words = text.split()
    return bool(text[:1].isupper()) and any(w.lower().startswith("технологи") for w in words[:3])


_KK_CLASS_END = re.compile(r"(педагогикалық\s+технология(сы)?|технологиялар)\s*$", re.I)


def _section_shape(marker) -> int:
    """The depth of a multi-level section number ('2.2.' → 2); 0 for other markers."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)+)\.?\s*", marker or "")
    return m.group(1).count(".") + 1 if m else 0


def find_table_regions(blocks: list[Block]) -> list[tuple[int, int]]:
    """Block index ranges that follow a 'Классификация/Классификациясы' line, up to the next heading."""
    regions = []
    for i, b in enumerate(blocks):
        if b.kind != BlockKind.HEADING and re.match(r"(?i)^\s*классификац\w*\s*$", b.text):
            # a 'Классификация' line numbered like a subsection ('2.2.') ends where the next subsection
            # number of the same depth ('2.3.') begins
            shape = _section_shape(b.list_marker)
            j = i + 1
            while j < len(blocks) and blocks[j].kind != BlockKind.HEADING and blocks[j].section == b.section \
                    and not (shape and _section_shape(blocks[j].list_marker) == shape):
                j += 1
            regions.append((i + 1, j))
    return regions


def rebuild_cells(blocks: list[Block], lang: str) -> list[Cell]:
    """Join the lines of one classification table into class and member cells."""
    cells: list[Cell] = []
    n_cont = 0
    for b in blocks:
        text = b.text.strip()
        if not text:
            continue
        if lang == "ru":
            text = deglue_ru(text)
        prev = cells[-1] if cells else None
        if b.kind == BlockKind.LIST_ITEM:
            cells.append(Cell(text, [b], lang))
            n_cont = 0
            continue
        if prev is not None and prev.blocks[-1].kind != BlockKind.LIST_ITEM:
            cont = text[:1].islower() if lang == "kk" else _continues_ru(prev, n_cont, text)
            if cont:
                prev.text = f"{prev.text} {text}"
                prev.blocks.append(b)
                n_cont += 1
                continue
        cell = Cell(text, [b], lang)
        if lang == "ru":
            cell.is_class = _is_ru_class(text)
        cells.append(cell)
        n_cont = 0
    if lang == "ru":
        for c in cells:
            c.is_class = _is_ru_class(c.text)
    # Kazakh: a paragraph cell is a class when list items follow it or its head is a class head
    if lang == "kk":
        for k, c in enumerate(cells):
            if c.blocks[0].kind == BlockKind.LIST_ITEM:
                continue
            nxt = cells[k + 1] if k + 1 < len(cells) else None
            c.is_class = bool(
                (nxt is not None and nxt.blocks[0].kind == BlockKind.LIST_ITEM) or _KK_CLASS_END.search(c.text)
            )
    # split Russian member lines that hold two members ('поисково–исследовательские метод проектов')
    out: list[Cell] = []
    for c in cells:
        if lang == "ru" and not c.is_class:
            words = c.text.split()
            cut = None
            for i in range(len(words) - 1):
                a, b2 = ru_parse(words[i].lower()), ru_parse(words[i + 1].lower())
                if a is not None and b2 is not None and a.tag.POS in ("ADJF", "PRTF") and "plur" in a.tag \
                        and a.tag.case == "nomn" and b2.tag.POS == "NOUN" and "sing" in b2.tag and b2.tag.case == "nomn":
                    cut = i + 1
                    break
            if cut:
                out.append(Cell(" ".join(words[:cut]), c.blocks, lang))
                out.append(Cell(" ".join(words[cut:]), c.blocks, lang))
                continue
        out.append(c)
    cls = None
    ci = 0
    mi = 0
    for c in out:
        if c.is_class:
            ci += 1
            c.position = ci
            cls = c
            mi = 0
        else:
            mi += 1
            c.position = mi
            c.cls = cls
    return out


_TRAIL = re.compile(r"(\s+(и\s+др|және\s+басқа|және\s+т\.\s*б|т\.\s*б|т\.\s*с\.\s*с)\b.*$)|[;.,\s]+$", re.I)


def clean_member(text: str) -> str:
    return _TRAIL.sub("", text).strip(" ;.,")


def complete_member_label(text: str, lang: str) -> str:
    """Elliptical members get the class head back: 'компьютерные' → 'компьютерные технологии',
    'коммуникативного обучения …' → 'технология коммуникативного обучения …'."""
    words = text.split()
    if lang == "ru":
        if len(words) <= 2 and all(ru_is_adjective(w) for w in words):
            return f"{text} технологии"
        first = words[0] if words else ""
        if ru_pos(first) == "PREP" or ru_is_genitive(first):
            return f"технология {text}"
        return text
    if len(words) == 1 and is_kk_adjective(words[0]):
        return f"{text} технология"
    return text
