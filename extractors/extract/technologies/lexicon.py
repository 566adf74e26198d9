"""Well-known method, technology and tool names (``method_lexicon.tsv``): one signal among the rules.

New documents name many methods with no head noun the rules could key on (``геокешинг``,
``«Фишбоун»``, ``Kahoot!``, ``рөлдік ойын``). Pedagogy's stock of such names is large but
closed enough to list, so a lexicon of them, written from general domain knowledge, finds what
the text does not announce. It stays one signal:

- a name that is also an ordinary word (``кластер``, ``карусель``, ``Zoom``; column ``cue`` = 1)
  counts only when quoted or when a word of methods or tools stands next to it; an everyday verbal
  noun (``топтастыру`` 'grouping', the Kazakh name of the cluster; ``cue`` = q) only when quoted;
- a name inside a quoted title (``«Ашық микрофон»``, a seminar's title) is not a mention, nor is
  a name glued by a hyphen into a longer word (``STEM-кабинет``);
- the rules' own candidates win where both see the same words; a rule candidate that stops
  inside a lexicon name is widened to the whole name.

Names are compared word by word — Kazakh words as the dictionary form plus inflection endings,
Russian words by any dictionary reading — so inflected forms (``мозгового штурма``,
``синквейнді``, ``Padlet-ті``) match their dictionary form, and the Kazakh, Russian and Latin forms
of one thing share a ``concept``, which the link stage uses to join them into one technology.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .normalize import is_kazakh as _is_kazakh, ru_lemma
from .patterns import Candidate

LEXICON_PATH = Path(__file__).with_name("method_lexicon.tsv")
KINDS = ("pedagogical_technology", "method", "software")

_WORD = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+")
# what may stand between two words of one name: a space, a hyphen, a dot or slash in a product name
_GAP = re.compile(r"[ \t\n\-‑–/.«»\"'’]{1,4}|:")  # quotes too: '«толстые» и «тонкие» вопросы'
_GAP_COMMA = re.compile(r"[ \t\n\-‑–/.«»\",'’]{1,4}|:")
# a sentence that presents something as a method or a tool
# ('әдістемелік', 'методический', 'методист' are about methodology; 'методика', 'әдістемесі' name one)
CUE = re.compile(
    r"(әдіс(?!темелі)|тәсіл|стратеги|технологи|метод(?!ич|ист|олог)|при[её]м|техник|ойын|игр[аоуыеі]|жаттығу|упражнени"
    r"|құрал|инструмент|платформ|сервис|қосымша|приложени|бағдарлама|программ|ресурс)", re.I)
_CUE_WINDOW = 40
# a verb that makes or uses the thing right beside an ambiguous name presents it as a technique the
# class works with: 'учащиеся составляют кластер', 'используем кластер', 'кластер құру', 'кластер
# түрінде жинақтадық'
_USE_BEFORE = re.compile(r"(?<!\w)(?:составля\w*|состав(?:ить|или|ила)|использу\w*|применя\w*|заполня\w*)\s+$", re.I)
_USE_AFTER = re.compile(r"^\s+(?:құр(?:у|ады|ды|ып|ған|айды|астыр\w*)|толтыр\w*|түрінде)(?!\w)", re.I)


@dataclass(frozen=True)
class Entry:
    concept: str
    kind: str
    lang: str
    form: str
    cue: bool
    quoted_only: bool = False


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


# what Kazakh inflection may add to a nominative word (plural, possessive, case, -ғы/-гі)
_KK_INFLECTION = re.compile(
    r"(лар|лер|дар|дер|тар|тер)?(ы|і|сы|сі|ым|ім|ың|ің|ымыз|іміз|мыз|міз|ыңыз|іңіз)?"
    r"(н|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|"
    r"мен|бен|пен|ның|нің|дың|дің|тың|тің)?(ғы|гі|дағы|дегі|тағы|тегі|ндағы|ндегі)?(ша|ше|сыз|сіз)?")
_VOICED = {"қ": "ғ", "к": "г", "п": "б"}


def _fold_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def _word_match(form_word: str, text_word: str, mode: str) -> bool:
    """One word of a name and one word of the text: same stem, or (Kazakh) the name's word with
    inflection added, its last voiceless consonant voiced before a vowel ('сабақ' → 'сабағы')."""
    f, t = _fold_word(form_word), _fold_word(text_word)
    if f == t:
        return True
    if re.fullmatch(r"[a-z0-9]+", f):
        return False
    if t.startswith(f) and _KK_INFLECTION.fullmatch(t[len(f):]) and (mode == "kk" or len(t) - len(f) <= 1):
        return True
    if f[-1:] in _VOICED and t.startswith(f[:-1] + _VOICED[f[-1]]) and _KK_INFLECTION.fullmatch(t[len(f):]):
        return True
    # Russian: the same lemma ('мозгового' / 'мозговой'); Kazakh stems are compared by the suffix
    # rule above only, as a stemmer's roots are too short for names ('бағдаршам' is no 'бағдарлама')
    return mode == "ru" and not _is_kazakh(t) and bool(_ru_lemmas(t) & _ru_lemmas(f))


@lru_cache(maxsize=50000)
def _ru_lemmas(word: str) -> frozenset:
    """Every dictionary form a Russian word may be ('арифметики': арифметика or арифметик)."""
    from .normalize import _morph

    morph = _morph()
    return frozenset(p.normal_form for p in morph.parse(word)) if morph else frozenset({ru_lemma(word)})


_HEAD_TAIL = re.compile(r"(тәсіл|әдіс|технолог|оқыт|подход|метод|обучен|образован|білім)")


def _inside_compound(text: str, start: int, end: int, entry: Entry) -> bool:
    """A name glued by a hyphen into a longer word is not that name: 'мәдениаралық-коммуникативтік'
    is no 'коммуникативтік', 'STEM-кабинет' no STEM education; a Kazakh ending after a hyphen is
    fine ('Padlet-ті', 'STEM-ге')."""
    if start >= 2 and text[start - 1] in "-‑" and text[start - 2].isalpha():
        # (a double surname is the author's whole name: 'Жак-Далькроз ритмикасы' is 'Далькроз ритмикасы')
        prev = re.search(r"(\w+)$", text[:start - 1]).group(1)
        return not (prev[:1].isupper() and entry.form[:1].isupper())
    return _glued_after(text, end, entry)


def _glued_after(text: str, end: int, entry: Entry) -> bool:
    m = re.match(r"[-‑]([^\W\d_]+)", text[end:])
    if m and not entry.form.endswith(("-", "‑")):
        tail = m.group(1).lower()
        if _HEAD_TAIL.match(tail):
            return False  # the name with its own head noun: 'STEAM-тәсіл', 'STEM-обучение'
        return not (_KK_INFLECTION.fullmatch(tail) and tail) and not re.fullmatch(r"[a-z]+", tail)
    return False


def _key(word: str) -> str:
    return _fold_word(word)[:3]


def _shape_ok(form_word: str, text_word: str) -> bool:
    """Acronyms match only as acronyms, capitalised product names only capitalised."""
    if len(form_word) > 1 and form_word.isupper():
        return text_word == form_word
    if form_word[:1].isupper() and form_word[1:2].islower():
        return text_word[:1].isupper()
    return True


_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# what may stand before an author's surname inside a name: initials ('таксономия Б. Блума'), a first
# name ('система Карла Орфа'), the first part of a double name ('ритмика Жак-Далькроза')
_AUTHOR_PREFIX = re.compile(rf"\s+(?:(?:[{_UPPER}][a-zа-яё]?\.\s?){{1,3}}|(?:[{_UPPER}][a-zа-яёәғқңөұүһі]+(?:\s+|-)){{1,2}})")
_KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_KK_MODIFIER = re.compile(r"(?:\s+[а-яәғқңөұүһі-]+){1,3}\s+")


def _match_words(fwords: tuple[str, ...], entry: Entry, words: list, i: int, text: str, mode: str) -> int:
    """How many text words from ``i`` on spell the name ``fwords`` (0: none). Between two words of
    the name stands a space, hyphen or the like; before a surname also the author's initials or
    first name; and in Kazakh, after a surname in the genitive, the words that qualify the head
    ('К. Орфтың элементар музыкалау жүйесі' is 'Орф жүйесі')."""
    gap = _GAP_COMMA if "," in entry.form else _GAP  # 'Екі жұлдыз, бір тілек' has its comma
    j = i
    for k, fw in enumerate(fwords):
        if k:
            j = next((j2 for j2 in range(j, min(j + 5, len(words)))
                      if _word_fits(fw, words[j2][0], mode) and _gap_fits(fwords, k, words, j, j2, text, gap, mode)), None)
            if j is None:
                return 0
        elif not _word_fits(fw, words[j][0], mode):
            return 0
        j += 1
    return j - i


def _word_fits(fw: str, tw: str, mode: str) -> bool:
    return _shape_ok(fw, tw) and _word_match(fw, tw, mode)


def _gap_fits(fwords, k: int, words: list, j: int, j2: int, text: str, gap, mode: str) -> bool:
    between = text[words[j - 1][2]:words[j2][1]]
    if j2 == j:
        return bool(gap.fullmatch(between))
    if fwords[k][:1].isupper() and _AUTHOR_PREFIX.fullmatch(between):
        return True
    return mode == "kk" and fwords[k - 1][:1].isupper() and bool(_KK_GENITIVE.search(words[j - 1][0])) \
        and bool(_KK_MODIFIER.fullmatch(between)) and not re.search(r"[,.;:]", between)


class Lexicon:
    """Entries indexed by the stem of their first word, per stemming mode (kk, ru)."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries = list(entries)
        self._index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._kinds: dict[str, str] = {}
        for e in self.entries:
            words = tuple(_WORD.findall(e.form))
            if not words:
                continue
            self._index.setdefault(_key(words[0]), []).append((words, e))
            self._labels.setdefault((e.concept, e.lang), e.form)
            self._kinds.setdefault(e.concept, e.kind)
        for bucket in self._index.values():
            bucket.sort(key=lambda t: -len(t[0]))

    @classmethod
    def from_tsv(cls, path: Path) -> "Lexicon":
        rows = []
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader((l for l in f if l.strip() and not l.startswith("#")), delimiter="\t"):
                if len(row) < 5 or row[0] == "concept":
                    continue
                concept, kind, lang, form, cue = (x.strip() for x in row[:5])
                if kind in KINDS and form:
                    rows.append(Entry(concept, kind, lang, form, cue in ("1", "q"), cue == "q"))
        return cls(rows)

    def label(self, concept: str, lang: str) -> Optional[str]:
        """The concept's name in ``lang``, else its Latin-script name; a product is called by its
        own (Latin) name in any language ('Kahoot!', not 'Кахут')."""
        if self._kinds.get(concept) == "software" and (concept, "en") in self._labels:
            return self._labels[(concept, "en")]
        return self._labels.get((concept, lang)) or self._labels.get((concept, "en"))

    def find(self, text: str, lang: str) -> list[Hit]:
        """Every name of the lexicon in ``text`` (longest first at each word, no overlaps)."""
        mode = "kk" if lang == "kk" else "ru"
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            found = None
            for fwords, entry in self._index.get(_key(words[i][0]), ()):
                n = _match_words(fwords, entry, words, i, text, mode)
                if n:
                    found = (n, entry)
                    break
            if found and _inside_compound(text, words[i][1], words[i + found[0] - 1][2], found[1]):
                found = None
            if found:
                n, entry = found
                end = words[i + n - 1][2]
                if text[end:end + 1] == "!" and entry.form.endswith("!"):
                    end += 1
                hits.append(Hit(words[i][1], end, entry))
                i += n
            else:
                i += 1
        return hits

    def concept_of(self, label: str, lang: str) -> Optional[str]:
        """The concept a whole label names (its head noun aside), if the lexicon knows it."""
        for hit in self.find(label, lang):
            rest = (label[:hit.start] + " " + label[hit.end:]).lower()
            if all(w.startswith(_HEAD_WORDS) for w in _WORD.findall(rest)):
                return hit.entry.concept
        return None


# head nouns and particles a label may add around a name ('«Кластер» әдісі', 'приём «Инсерт»')
_HEAD_WORDS = ("технолог", "әдіс", "метод", "при", "тәсіл", "стратег", "техник", "жүйе", "систем",
               "оқыт", "обучен", "бағдарлама", "программ", "платформ", "сервис", "қосымша", "приложен")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.from_tsv(LEXICON_PATH) if LEXICON_PATH.exists() else Lexicon(())


def _quotation(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The «…» quotation around a span, if any."""
    open_ = text.rfind("«", 0, start)
    if open_ < 0 or "»" in text[open_:start]:
        return None
    close = text.find("»", end)
    if close < 0 or "«" in text[end:close]:
        return None
    return open_, close + 1


# what joins two members of one list, with a short bracket or phrase after the first member:
# 'Венн диаграммасы (…) мен кластер', 'кластер по характеру героя и синквейн'
_JOIN = re.compile(r"(?:\s*\([^()]{0,80}\))?(?:\s+[^\W\d_]+){0,3}?\s*(?:,|\bи\b|\bили\b|\bжәне\b|\bмен\b|\bбен\b|\bпен\b"
                   r"|\bнемесе\b)\s*$", re.I)


def _coordinated(text: str, hit, sure) -> bool:
    """An ambiguous name joined to an unambiguous one as a member of the same list is a method too
    ('Венн диаграммасы мен кластер', 'кластер … и синквейн')."""
    for other in sure:
        if other.end <= hit.start and _JOIN.fullmatch(text[other.end:hit.start]):
            return True
        if hit.end <= other.start and _JOIN.fullmatch(text[hit.end:other.start]) and other.start - hit.end <= 40:
            return True
    return False


# an author named with the name says it is someone's method: 'социальные истории К. Грей',
# '(К. Грей)', 'К. Грейдің әлеуметтік оқиғалары'
_INITIALS = rf"(?:[{_UPPER}][a-zа-яё]?\.\s?){{1,2}}"
_AUTHOR_AFTER = re.compile(rf"\s*\(?\s*{_INITIALS}[{_UPPER}][a-zа-яёәғқңөұүһі-]+")
_AUTHOR_GEN_BEFORE = re.compile(rf"(?<![\w.]){_INITIALS}[{_UPPER}][a-zа-яёәғқңөұүһі-]+(?:ның|нің|дың|дің|тың|тің)\s+$")


def lexicon_candidates(text: str, base: int, lang: str, lexicon: Optional[Lexicon] = None) -> list[Candidate]:
    """Candidates for the names of the lexicon in one sentence (offsets shifted by ``base``)."""
    lexicon = lexicon or default_lexicon()
    out = []
    hits = list(lexicon.find(text, lang))
    sure = [h for h in hits if not h.entry.cue]
    for hit in hits:
        # the word that presents the name as a method or tool stands next to it, not anywhere in a
        # long sentence: up to ``_CUE_WINDOW`` characters either side
        near = text[max(0, hit.start - _CUE_WINDOW):hit.start] + " " + text[hit.end:hit.end + _CUE_WINDOW]
        cue = bool(CUE.search(near))
        quote = _quotation(text, hit.start, hit.end)
        if quote is not None:
            rest = text[quote[0] + 1:hit.start] + " " + text[hit.end:quote[1] - 1]
            if any(not w.lower().startswith(_HEAD_WORDS) for w in _WORD.findall(rest)):
                continue  # a quoted title that contains the name: '«Ашық микрофон»', '«Синквейн арқылы …»'
        if hit.entry.quoted_only and quote is None:
            continue
        # (Kazakh puts the author's genitive before the name; a name after it there heads the next phrase)
        after = _AUTHOR_AFTER.match(text, hit.end)
        authored = bool(after and (lang != "kk" or "(" in after.group(0)) or _AUTHOR_GEN_BEFORE.search(text[:hit.start]))
        used = bool(_USE_BEFORE.search(text[max(0, hit.start - 20):hit.start]) or _USE_AFTER.match(text[hit.end:hit.end + 20]))
        if hit.entry.cue and quote is None and not cue and not authored and not used and not _coordinated(text, hit, sure):
            continue
        if hit.entry.cue and quote is None and hit.entry.form[:1].isupper() and not text[:hit.start].strip(" \t\"-–—•·*"):
            continue  # a capital at the start of a sentence says nothing ('Күнделікті …' is 'daily')
        s, e = (quote if quote is not None and text[quote[0] + 1:quote[1] - 1].strip() == text[hit.start:hit.end] else (hit.start, hit.end))
        label = lexicon.label(hit.entry.concept, lang) or hit.entry.form
        out.append(Candidate(base + s, base + e, text[s:e], label, lang, hit.entry.kind, "lexicon",
                             0.7 if hit.entry.cue else 0.8))
    return out


_KK_ADJ_BEFORE_AND = re.compile(r"(?<![\w-])([а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік))\s+(?:және|мен|,)\s+$")


def shared_head_candidates(text: str, base: int, lang: str, found: Sequence[Candidate]) -> list[Candidate]:
    """'артикуляциялық және тыныс алу гимнастикасы': a Kazakh adjective joined to a known name of
    two words or more shares its head noun, so it names a second method of the same kind."""
    if lang != "kk":
        return []
    from .classification import GENERIC_KK
    from .normalize import kk_strip

    out = []
    for c in found:
        words = c.surface.split()
        if c.rule != "lexicon" or len(words) < 2 or c.surface.startswith("«") or c.kind == "software":
            continue
        m = _KK_ADJ_BEFORE_AND.search(text[:c.start - base])
        if not m or m.group(1).lower() in GENERIC_KK:
            continue
        last = words[-1].lower()
        bare = re.sub(r"(?:сы|сі)(?:н|на|не|нда|нде|нан|нен|ның|нің|мен)?$", "", last)  # 'гимнастикасын' → 'гимнастика'
        head = bare if bare != last and len(bare) >= 4 else kk_strip(last)
        out.append(Candidate(base + m.start(1), base + m.end(1), m.group(1), f"{m.group(1).lower()} {head}", lang, c.kind,
                             "lexicon_shared_head", 0.7))
    return out


def widen_to_lexicon(cands: Sequence[Candidate], lexicon_cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """A rule candidate that a lexicon name overlaps from the left or right, or holds inside it (the
    rule stopped inside the name: 'ойлауды дамыту технологиясы' for 'сыни тұрғыдан ойлауды дамыту
    технологиясы', 'TRAVEL' for 'izi.TRAVEL'), becomes their union with the lexicon's label;
    everything else is returned as it was."""
    out = []
    for c in cands:
        for lx in lexicon_cands:
            overlap = c.start < lx.end and lx.start < c.end
            inside_lx = lx.start <= c.start and c.end <= lx.end and (lx.end - lx.start) > (c.end - c.start)
            partial = overlap and not (c.start <= lx.start and lx.end <= c.end) and not inside_lx
            if c.rule != "lexicon" and (partial and c.priority <= 2 or inside_lx and (c.priority <= 2 or c.kind == "software")):
                s, e = min(c.start, lx.start), max(c.end, lx.end)
                c = Candidate(s, e, text[s:e], lx.label, c.lang, c.kind, c.rule + "+lexicon", c.confidence,
                              author=c.author, block_id=c.block_id, priority=c.priority)
        out.append(c)
    return out
