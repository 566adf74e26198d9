"""The ``persons`` table: every person mention in every sentence, with one ``person_id`` per person.

Mentions come from the person finder (:mod:`extractors.persons`), which also gives each one a
normalized form and a key that folds Kazakh and Russian spellings.  Keys of one person can still
differ in ways only the whole corpus shows, so mentions are grouped once more here:
- surname spellings that differ by the Kazakh/Russian correspondences the finder's key does not
  fold: ``Байтұрсынұлы``/``Байтурсынов`` (patronymic suffix -ұлы/-қызы vs -ов/-ев), ``Хуторская``/
  ``Хуторской``/``Ангеловски``/``Ангеловский`` (adjectival endings), the initial
  ``Ы``/``И`` (``Ыбырай``/``Ибрай``) and a high vowel between consonants that Kazakh inserts or
  writes ы/і where Russian drops it or writes у/и (``Ыбыраева``/``Ибраева``, ``Жақыпбекова``/``Жакупбекова``);
- a first name and patronymic without a surname (``Нұрсұлтан Әбішұлы``) joins the one person in
  the corpus whose two initials they match (``Н.Ә.Назарбаев``).
``person_id`` is derived from the group's key, so it is the same on every rebuild of the same
corpus.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from models import TABLES, Document
from extractors.extract.union_find import UnionFind

EXTRACTOR = "persons.finder"
_PATRONYMIC_RE = re.compile(r"(?:ұлы|улы|қызы|кызы|ович|евич|овна|евна|ична|инична)\w*$", re.I)
_INITIAL_FOLD = str.maketrans({"ы": "и", "і": "и", "ұ": "у", "ү": "у", "қ": "к", "ғ": "г",
                               "ә": "а", "ө": "о", "ң": "н", "һ": "х", "ё": "е", "э": "е"})
_SURNAME_FOLD = str.maketrans({"қ": "к", "ә": "а", "ө": "о", "ү": "у", "ұ": "у", "і": "и",
                               "ғ": "г", "ң": "н", "һ": "х", "ё": "е", "ə": "а", "й": "и",
                               "ь": "", "ъ": ""})


_CONS = "бвгджзйклмнпрстфхцчшщ"
_HIGH_BETWEEN_CONSONANTS = re.compile(rf"(?<=[{_CONS}])[иыу](?=[{_CONS}])")


@dataclass
class Mention:
    doc_id: str
    sent_id: Optional[str]
    lang: str
    page: Optional[int]
    start: int
    end: int
    surface: str
    normalized: str
    key: str
    confidence: float


def _finder():
    from extractors.persons import find_persons, normalize_person, person_key

    return find_persons, normalize_person, person_key


def _split(normalized: str) -> tuple[list[str], list[str]]:
    """Initials and name words of a normalized name (``Н.Ә.Назарбаев`` → ``[Н, Ә]``, ``[Назарбаев]``)."""
    m = re.match(r"^((?:[^\W\d_](?:(?<=Д)ж)?\.\s*){1,3})(.*)$", normalized.strip())  # Дж. is one initial
    if m:
        return [x for x in re.split(r"[.\s]+", m.group(1)) if x], m.group(2).split()
    return [], normalized.split()


def surname_skeleton(surname: str) -> str:
    """A surname with script and the endings that vary between kk and ru forms folded away."""
    s = surname.lower()
    s = re.sub(r"(?:ұлы|улы|қызы|кызы|ова|ева|ёва|ина|ов|ев|ёв|ин)$", "", s)
    s = re.sub(r"(?:ская|ской|ский|ски|цкая|цкой|цкий|цки)$", lambda m: m.group()[:2], s)
    # a Kazakh word never starts with и: Russian spells the initial Ы of a Kazakh name И (Ысқақов → Искаков)
    s = re.sub(r"^ы", "и", s).translate(_SURNAME_FOLD)
    s = re.sub(r"(.)\1", r"\1", s)
    # Kazakh breaks a consonant cluster with a reduced ы/і that Russian spelling drops
    # (Ыбыраев / Ибраев) and writes ы as у or и after some consonants (Жақыпбеков / Жакупбеков,
    # Жүсіпов / Жусупов): a high vowel between two consonants is left out of the skeleton
    thin = s[:1] + _HIGH_BETWEEN_CONSONANTS.sub("", s[1:])
    return re.sub(r"(.)\1", r"\1", thin) if len(thin) >= 3 else s


def _initial(ch: str) -> str:
    return ch.lower().translate(_INITIAL_FOLD)[:1]


def display_name(normalized: str) -> str:
    """Initials and surname: ``Нұрсұлтан Назарбаев`` → ``Н.Назарбаев``; ``В.А.Сухомлинский`` stays."""
    initials, words = _split(normalized)
    if not words:
        return normalized.strip()
    if initials:
        return ".".join(initials) + "." + " ".join(words)
    if len(words) == 1:
        return words[0]
    *given, surname = words
    return "".join(g[0] + "." for g in given) + surname


def _signatures(m: Mention) -> set[tuple[str, str, str]]:
    """The mention's signature from its normalized form, and one from the surname as written:
    Kazakh case stripping is ambiguous (``Майборода`` is not ``Майборо`` + locative), so two
    mentions meet when either reading agrees."""
    sigs = {_signature(m)}
    first, second, skel = _signature(m)
    if skel:
        written = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.surface)
        if written:
            sigs.add((first, second, surname_skeleton(written[-1])))
    return sigs


def _patronymic_reading(m: Mention) -> Optional[tuple[str, str]]:
    """``Нұрсұлтан Әбішұлы`` may be a first name and patronymic (no surname), while
    ``Ахмет Байтұрсынұлы`` is a first name and surname: both readings are kept."""
    initials, words = _split(m.normalized)
    if not initials and len(words) == 2 and _PATRONYMIC_RE.search(words[1]):
        return _initial(words[0]), _initial(words[1])
    return None


def _signature(m: Mention) -> tuple[str, str, str]:
    """(first initial, second initial or '', surname skeleton) of a mention."""
    initials, words = _split(m.normalized)
    if initials:
        surname = words[-1] if words else ""
        return _initial(initials[0]), _initial(initials[1]) if len(initials) > 1 else "", surname_skeleton(surname)
    if len(words) >= 3:
        return _initial(words[0]), _initial(words[1]), surname_skeleton(words[-1])
    if len(words) == 2:
        return _initial(words[0]), "", surname_skeleton(words[1])
    return "", "", surname_skeleton(words[0]) if words else ""


def group_mentions(mentions: list[Mention], joined_by_patronymic: Optional[set] = None) -> dict[str, str]:
    """finder key → group key, joining the keys that name one person.

    ``joined_by_patronymic`` (if given) receives the keys joined by first name + patronymic."""
    if joined_by_patronymic is None:
        joined_by_patronymic = set()
    sig_by_key: dict[str, set[tuple[str, str, str]]] = {}
    for m in mentions:
        sig_by_key.setdefault(m.key, set()).update(_signatures(m))
    uf = UnionFind(sig_by_key)
    # 1) same surname skeleton and compatible initials (a bare surname joins a unique owner)
    by_surname: dict[str, list[tuple[str, str, str, str]]] = {}
    for key, sigs in sig_by_key.items():
        for first, second, skel in sigs:
            if skel and len(skel) >= 3:
                by_surname.setdefault(skel, []).append((first, second, key, skel))
    for skel, entries in by_surname.items():
        with_first = {(f, k) for f, _s, k, _ in entries if f}
        firsts = {f for f, _ in with_first}
        for f in firsts:
            keys = sorted(k for ff, k in with_first if ff == f)
            for k in keys[1:]:
                uf.union(keys[0], k)
        if len(firsts) == 1:  # ``Выготскийдің`` alone joins ``Л.С.Выготский`` when no other exists
            owner = sorted(k for _, k in with_first)[0]
            for f, _s, k, _ in entries:
                if not f:
                    uf.union(owner, k)
    # 2) first name + patronymic, when the surname reading met no one: the unique person in the
    #    corpus with those two initials
    patr = {m.key: _patronymic_reading(m) for m in mentions if _patronymic_reading(m)}
    full: dict[tuple[str, str], set[str]] = {}
    for key, sigs in sig_by_key.items():
        for first, second, skel in sigs:
            if first and second and skel:
                full.setdefault((first, second), set()).add(uf.find(key))
    sizes: dict[str, int] = {}
    for k in sig_by_key:
        sizes[uf.find(k)] = sizes.get(uf.find(k), 0) + 1
    for key, reading in sorted(patr.items()):
        if sizes[uf.find(key)] > 1:
            continue
        owners = full.get(reading, set()) - {uf.find(key)}
        if len(owners) == 1:
            uf.union(next(iter(owners)), key)
            joined_by_patronymic.add(key)
    return {k: uf.find(k) for k in sig_by_key}


def _with_written_surname(name: str, surface: str) -> str:
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", surface)
    initials, rest = _split(name)
    if not words or not rest:
        return name
    return (".".join(initials) + "." if initials else "") + " ".join(rest[:-1] + [words[-1]])


_FEM_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)а$", re.I)
_MASC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)$", re.I)
_RU_FEM_ONLY = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ой|ою)$", re.I)
_RU_AMBIGUOUS = re.compile(r"(?:ов|ев|ёв|ин|ын)[ау]$", re.I)


def _last_word(text: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text) if len(w) > 1]
    return words[-1] if words else ""


def _plainly_feminine(m: Mention) -> bool:
    """A woman's surname no case reading doubts: Kazakh does not decline -ова (``Жақыпбековаға``
    is ``Жақыпбекова`` + dative), Russian -овой/-овою is only feminine."""
    _i, words = _split(m.normalized)
    if not words or not _FEM_SURNAME.search(words[-1]):
        return False
    written = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.surface) if len(w) > 1]
    return m.lang == "kk" or any(_RU_FEM_ONLY.search(w) for w in written)


def _ambiguous_masculine(m: Mention) -> bool:
    """A Russian -ова/-ову form read as a man's genitive or dative (``Жакупбекову`` → ``Жакупбеков``)."""
    if m.lang != "ru":
        return False
    _i, words = _split(m.normalized)
    written = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.surface) if len(w) > 1]
    return bool(words) and bool(_MASC_SURNAME.search(words[-1])) and any(
        _RU_AMBIGUOUS.search(w) and w[:-1] == words[-1] for w in written)


def person_id(group_key: str) -> str:
    """A short stable id from the group's key (the key itself may hold any letters)."""
    return "person:" + hashlib.sha1(group_key.encode("utf-8")).hexdigest()[:12]


_RU_FEM_OV = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")


def _ru_nominative_slot(before: str) -> bool:
    """The words before a name put it in the nominative: the sentence starts there, a dash or
    colon introduces it (``Заведующий – Е.В. Соколова``), a verb precedes its subject
    (``назначается Р.К. Жумабекова``), or an animate noun that can only be nominative stands in
    apposition (``Методист Бекова А.Т.``). After any other noun a name is its genitive
    (``технология В.Ф. Шаталова``)."""
    b = before.rstrip()
    if b and (b[-1] in "–—" or (b[-1] == "-" and b[-2:-1].isspace())):
        prev = _NAME_BEFORE_DASH.search(b)
        if prev:
            # a dash between two names joins co-authors (``Д.Б. Эльконина – В.В. Давыдова``):
            # the second name stands in the first one's case
            return _ru_nominative_slot(b[: prev.start()])
    if not b or b[-1] in "–—:(" or (b[-1] == "-" and b[-2:-1].isspace()):
        return True  # (a name alone in brackets is an apposition: '… центру (Утепова М.К.)')
    pp = _PREP_PHRASE_END.search(b)
    if pp and pp.start() > 0 and _ends_with_noun(b[:pp.start()]):
        # a title with its domain: 'заместитель директора по научно-методической работе С.К. Ахметова'
        return _ru_nominative_slot(b[:pp.start()])
    m = re.search(r"([^\W\d_]+)$", b)
    if not m:
        return False
    if m.group(1).isupper() and len(m.group(1)) > 1:
        return True  # an upper-case heading ends there: the name opens the next line
    from extractors.extract.morph import ru_morph as _morph

    parses = [q for q in _morph().parse(m.group(1).lower()) if q.score >= 0.05] or _morph().parse(m.group(1).lower())[:1]
    if any(q.tag.POS in ("VERB",) for q in parses[:1]):
        return True
    nouns = [q for q in parses if q.tag.POS == "NOUN"]
    if bool(nouns) and all(q.tag.case == "nomn" and q.tag.animacy == "anim" for q in nouns):
        return True
    # a genitive chain between a nominative title and the name still leaves it in apposition:
    # 'курирует методист районного отдела образования Г.С. Ибраева'
    words = re.findall(r"[^\W\d_]+", b)
    k = len(words) - 1
    while k >= 0 and _genitive_only(words[k]):
        k -= 1
    if k < 0 or k == len(words) - 1 or k < len(words) - 4:
        return False
    head = [q for q in _morph().parse(words[k].lower()) if q.score >= 0.05 and q.tag.POS == "NOUN"]
    return bool(head) and all(q.tag.case == "nomn" and q.tag.animacy == "anim" for q in head)


_PREP_PHRASE_END = re.compile(r"\s+по\s+(?:[а-яё-]+\s+){0,3}[а-яё-]+\s*$")
_NAME_BEFORE_DASH = re.compile(
    r"(?:(?:[A-ZА-ЯЁ]\.\s?){1,3}[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?|[A-ZА-ЯЁ][a-zа-яё]+\s(?:[A-ZА-ЯЁ]\.\s?){1,3})\s*[-–—]$")


def _genitive_only(word: str) -> bool:
    from extractors.extract.morph import ru_morph as _morph

    parses = [q for q in _morph().parse(word.lower()) if q.tag.POS in ("NOUN", "ADJF", "PRTF")]
    return bool(parses) and parses[0].tag.case == "gent"


def _feminine_if_subject(normalized: str, surface: str, before: str, after: str = "") -> str:
    """``Жумабекова`` is a man's genitive or a woman's nominative; where the name stands in a
    nominative slot it is hers, and the written form is the nominative. The words after it can
    say so too: a feminine past verb (``Н.Е. Кузнецова писала``) or an apposition in the
    nominative (``Шайхина А.К., методист …``)."""
    written = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", surface)
    surname = next((w for w in reversed(written) if len(w) > 2), "")
    if not _RU_FEM_OV.search(surname.lower()) or not normalized.endswith(surname[:-1]):
        return normalized
    apposition, verb = _ru_nominative_after(after)
    if not (_ru_nominative_slot(before) or apposition or verb and not _ends_with_noun(before)):
        return normalized  # ('технология В.Ф. Шаталова показала …': the verb is the head noun's)
    return normalized + surname[-1]


def _ends_with_noun(before: str) -> bool:
    from extractors.extract.morph import ru_morph as _morph

    m = re.search(r"([^\W\d_]+)[\s«»\"]*$", before)
    return bool(m) and any(q.tag.POS == "NOUN" for q in _morph().parse(m.group(1).lower()) if q.score >= 0.05)


def _ru_nominative_after(after: str) -> tuple[bool, bool]:
    """(an apposition in the nominative follows, a feminine past verb follows)."""
    from extractors.extract.morph import ru_morph as _morph

    m = re.match(r"\s*(,\s*)?([^\W\d_]+)", after)
    if not m:
        return False, False
    parses = [q for q in _morph().parse(m.group(2).lower()) if q.score >= 0.05]
    if m.group(1):
        nouns = [q for q in parses if q.tag.POS == "NOUN"]
        return bool(nouns) and all(q.tag.case == "nomn" and q.tag.animacy == "anim" for q in nouns), False
    return False, any(q.tag.POS == "VERB" and q.tag.gender == "femn" and q.tag.tense == "past" for q in parses[:1])


_RU_OV_U = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")
_DATIVE_PREPS = {"к", "ко", "по", "согласно", "благодаря", "вопреки", "навстречу"}
_ACCUSATIVE_PREPS = {"на", "в", "во", "за", "про", "через", "под", "сквозь"}


def _feminine_if_accusative(normalized: str, surface: str, before: str) -> str:
    """``Жакупбекову`` is a man's dative or a woman's accusative. The words before the name
    decide: a preposition that takes the dative (``к``, ``по``) or a noun in the dative it
    stands in apposition to (``заместителю руководителя …``) make it his; a preposition that
    takes the accusative (``возложить на заместителя руководителя …``) or an accusative head
    noun make it hers, and the nominative is ``Жакупбекова``."""
    written = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", surface)
    surname = next((w for w in written if len(w) > 2), "")
    if not _RU_OV_U.search(surname.lower()) or not normalized.endswith(surname[:-1]):
        return normalized
    from extractors.extract.morph import ru_morph as _morph

    accusative_head = False
    for word in reversed(re.findall(r"[^\W\d_]+", before)[-5:]):
        w = word.lower()
        if w in _DATIVE_PREPS:
            return normalized
        if w in _ACCUSATIVE_PREPS:
            return normalized + "а"
        parses = [q for q in _morph().parse(w) if q.score >= 0.05]
        nouns = [q for q in parses if q.tag.POS == "NOUN"]
        if not nouns:
            break  # a verb or another word ends the noun phrase the name belongs to
        if any(q.tag.case == "datv" for q in nouns):
            return normalized
        accusative_head = accusative_head or any(q.tag.case == "accs" for q in nouns)
    return normalized + "а" if accusative_head else normalized


# a sentence that ends in an initial (``Дж.``, ``Б.``) was cut inside a name by the splitter
_ENDS_IN_INITIAL = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?)*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?:[a-zа-яё])?\.$")


def _units(doc: Document) -> list[tuple]:
    """Sentences as units, with a sentence that ends in an initial joined to the next one of the
    same block (the name's surname opens it); the joined unit keeps the first sentence's id."""
    if not doc.sentences:
        return [(None, b.text, b.char_start, b.lang, b.page) for b in doc.blocks]
    units: list[list] = []
    for s in doc.sentences:
        prev = units[-1] if units else None
        if prev is not None and prev[5] == s.block_id and _ENDS_IN_INITIAL.search(prev[1]) \
                and not doc.text[prev[2] + len(prev[1]):s.char_start].strip():
            prev[1] = doc.text[prev[2]:s.char_end]
            continue
        units.append([s.sent_id, s.text, s.char_start, s.lang, s.page, s.block_id])
    return [tuple(u[:5]) for u in units]


def find_mentions(docs: Iterable[Document]) -> list[Mention]:
    find_persons, _normalize, person_key = _finder()
    out: list[Mention] = []
    for doc in docs:
        for sent_id, text, offset, lang, page in _units(doc):
            if lang not in ("kk", "ru"):
                continue
            for span in find_persons(text, lang):
                normalized = span.normalized
                if lang == "ru":
                    normalized = _feminine_if_subject(normalized, span.surface, text[:span.start], text[span.end:])
                    normalized = _feminine_if_accusative(normalized, span.surface, text[:span.start])
                out.append(Mention(doc.doc_id, sent_id, lang, page, offset + span.start, offset + span.end,
                                   span.surface, normalized, person_key(normalized, lang),
                                   span.confidence))
    return out


def extract_persons(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per person mention; ``person_id`` shared by every mention of one person."""
    return link_persons(find_mentions(list(docs)))


def link_persons(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Rows of the persons table from the mentions of every document: mentions are found per
    document (cacheable), the grouping into persons needs all of them."""
    by_patronymic: set[str] = set()
    groups = group_mentions(mentions, by_patronymic)
    # a group's display name: the most frequent initials+surname form among its full mentions
    names: dict[str, dict[str, int]] = {}
    for m in mentions:
        dn = display_name(m.normalized)
        if m.key not in by_patronymic:
            names.setdefault(groups[m.key], {}).setdefault(dn, 0)
            names[groups[m.key]][dn] += 1
    feminine = {groups[m.key] for m in mentions if _plainly_feminine(m)}
    columns = TABLES["persons"].columns
    rows = []
    for m in mentions:
        g = groups[m.key]
        own = display_name(m.normalized)
        if g in feminine and _ambiguous_masculine(m):
            own += "а"  # 'Жакупбекову' is hers where another mention shows a woman's surname
        if m.key in by_patronymic and names.get(g):  # no surname in the mention: use the group's
            own = sorted(names[g].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            # ``Майборода`` read as ``Майборо`` + locative: the written form wins when another
            # mention of the person has it as its nominative
            written = _with_written_surname(own, m.surface)
            if written != own and written in names.get(g, {}):
                own = written
        row = {
            "mention_id": f"{m.doc_id}:p{m.start}",
            "person_id": person_id(g),
            "name": own,
            "surface": m.surface,
            "doc_id": m.doc_id,
            "sent_id": m.sent_id,
            "lang": m.lang,
            "page": m.page,
            "char_start": m.start,
            "char_end": m.end,
            "extractor": EXTRACTOR,
            "confidence": m.confidence,
        }
        rows.append({c: row[c] for c in columns})
    return rows
