"""Finding person mentions in Kazakh and Russian text.

Two sources, merged: a rule for initials (``Ж.Қараевтың``, ``В.А. Сухомлинскийдің``,
``Выготский Л.С.``), which is near-certain in any language and absent from KazNERD, and
for the rest
- Kazakh: a CRF trained on KazNERD valid (see :mod:`.train`), over tokens shaped like
  KazNERD's (words with inner hyphens, punctuation apart), one sentence at a time;
- Russian: rules over pymorphy3's dictionary tags (Name, Surn, Patr) and surname endings.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from .features import sentence_features, tag_spans
from .names import _has_surname_ending, _morph, normalize_person, strip_kk_suffix
from .resources import load_lexicon, load_tagger

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
TOKEN_RE = re.compile(r"\w+(?:[-‐'’]\w+)*|[^\w\s]")
_NAME_WORD = rf"[{_UP}][{_LO}]+(?:[-‐][{_UP}]?[{_LO}]+)*"
# a compound first name gives a hyphenated initial: ``К.-Ж.К. Токаев``
# (and a digraph initial: ``Дж. Дьюи``)
_INITIALS = rf"(?:[{_UP}](?:(?<=Д)ж)?\.(?:\s?|-)){{1,3}}"
# a nobiliary particle between initials and surname: ``Э. де Боно``, ``Л. ван Бетховен``
_PARTICLE_WORDS = r"(?:де|ван|фон|дю|ди|да|ле|ла)"
_PARTICLE = rf"(?:{_PARTICLE_WORDS}\s)?"
# ``Ж.Қараевтың``, ``В.А. Сухомлинскийдің``: not glued to a word or an earlier dot
INITIALS_FIRST_RE = re.compile(rf"(?<![\w.]){_INITIALS}{_PARTICLE}{_NAME_WORD}")
# ``Выготский Л.С.``: a surname-shaped word then initials (bibliographies, lists)
INITIALS_AFTER_RE = re.compile(rf"(?<![\w.])({_NAME_WORD})\s(?:[{_UP}]\.\s?){{0,2}}[{_UP}]\.(?![{_LO}])")
_SENT_END = {".", "!", "?", "…"}


_RU_OV_CASE = re.compile(r"^(\w{2,}(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ою)$")


@dataclass(frozen=True)
class PersonSpan:
    """A person mention: ``text[start:end] == surface``; ``normalized`` is its stable form."""

    start: int
    end: int
    surface: str
    normalized: str
    confidence: float


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token offsets shaped like KazNERD's tokens."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _sentences(text: str, toks: list[tuple[int, int]]) -> list[list[int]]:
    """Token indices per sentence: cut after . ! ? unless the dot closes an initial."""
    out, cur = [], []
    for k, (s, e) in enumerate(toks):
        cur.append(k)
        w = text[s:e]
        if w in _SENT_END:
            prev = text[toks[k - 1][0]:toks[k - 1][1]] if k else ""
            if not (w == "." and len(prev) == 1 and prev.isupper()):
                out.append(cur)
                cur = []
        elif k + 1 < len(toks) and "\n" in text[e:toks[k + 1][0]]:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


_TAGGER_LOCK = threading.Lock()


def tag_tokens(tokens: list[str]) -> list[tuple[str, float]]:
    """BIO PERSON tags with the CRF's marginal probability, for one Kazakh sentence.

    This is the token-level entry point (the benchmark scores KazNERD's own tokens with it).
    """
    tagger = load_tagger()
    if tagger is None or not tokens:
        return [("O", 1.0) for _ in tokens]
    features = sentence_features(tokens, load_lexicon())
    # one crfsuite Tagger holds the last sequence it tagged: marginal() must read that sequence,
    # so tag + marginal run as one step when documents are processed in threads (Prefect, Dask)
    with _TAGGER_LOCK:
        labels = tagger.tag(features)
        return [(y, tagger.marginal(y, i)) for i, y in enumerate(labels)]


def _common_word(word: str, lang: str) -> bool:
    """A known non-name word (``Қ.Р. Білім туралы заң``): initials before it are not a name."""
    if _has_surname_ending(word, lang):
        return False
    if lang == "ru" and _RU_OV_CASE.match(word) and _has_surname_ending(_RU_OV_CASE.sub(r"\1", word), lang):
        return False  # a declined -ов/-ев surname the dictionary reads as an adjective: 'Р.М. Калиевой'
    if lang == "kk":
        lower = load_lexicon().lower_words
        return word.lower() in lower or strip_kk_suffix(word).lower() in lower
    if _adjective_surname(word):
        return False  # surnames that decline as adjectives: 'В.Ф. Базарного', 'А.В. Хуторским'
    return _ru_role(word) in ("C", "G")


def _adjective_surname(word: str) -> bool:
    from .names import _morph

    return word[:1].isupper() and bool(re.search(r"(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ий|ый|ая|яя|ую|юю)$", word)) and any(
        p.tag.POS == "ADJF" for p in _morph().parse(word.lower())[:2])


def _one_initial_inside_a_sentence(text: str, m) -> bool:
    """'предложенная Дж. Ламбертом', 'Д. Марштың CLIL технологиясы': one initial inside a sentence
    before a capitalised word is a name even when the word is also a common noun (ламберт, марш);
    two letters may be an abbreviation ('Қ.Р. Білім туралы заң'), and a letter opening a line
    may number a section ('А. Жалпы ережелер')."""
    initials = re.findall(r"[^\W\d_]+(?=\.)", m.group())
    before = text[:m.start()].rstrip(" \t")
    return len(initials) == 1 and bool(before) and before[-1] not in ".!?\n:;" and bool(re.search(r"[a-zа-яёәғқңөұүһі,]$", before))


def _initials_spans(text: str, lang: str) -> list[tuple[int, int, float]]:
    # a particle between initials and a capitalised word (``Л. ван Дейк``) is itself a name's mark
    spans = [(m.start(), m.end(), 0.95) for m in INITIALS_FIRST_RE.finditer(text)
             if re.search(rf"\s{_PARTICLE_WORDS}\s", m.group()) or not _common_word(re.split(r"[.\s]+", m.group())[-1], lang)
             or _one_initial_inside_a_sentence(text, m)]
    for m in INITIALS_AFTER_RE.finditer(text):
        word = m.group(1)
        # a declined surname before initials: 'с заместителем акима Ибраимовым Н.Т.', 'Қараевқа Ж.'
        stem = _RU_OV_CASE.sub(r"\1", word) if lang == "ru" else strip_kk_suffix(word)
        if _has_surname_ending(word, lang) or _has_surname_ending(stem, lang) or _ru_role(word) == "S":
            spans.append((m.start(), m.end(), 0.9))
        elif len(re.findall(r"[^\W\d_]\.", m.group()[len(word):])) >= 2 and not _common_word(word, lang) \
                and not re.match(rf"\s?{_NAME_WORD}", text[m.end():]):
            # two initials (first name and patronymic) after a capitalised word that is no common
            # word: its surname, whatever its shape ('Ким О.В.', 'Цой А.Е.', 'Ли Г.М.'); not when a
            # surname follows them, whose initials they are ('Елбасы Н.Ә. Назарбаев')
            spans.append((m.start(), m.end(), 0.85))
    return spans


def _kk_spans(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int, float]]:
    out = []
    for sent in _sentences(text, toks):
        words = [text[toks[k][0]:toks[k][1]] for k in sent]
        tagged = tag_tokens(words)
        for i, j in sorted(tag_spans([y for y, _ in tagged])):
            while i < j and not any(c.isalpha() for c in words[i]):  # no span starts at "("
                i += 1
            while j > i and not any(c.isalpha() for c in words[j - 1]):
                j -= 1
            if i == j:
                continue
            conf = sum(p for _, p in tagged[i:j]) / (j - i)
            out.append((toks[sent[i]][0], toks[sent[j - 1]][1], round(conf, 3)))
    return out


@lru_cache(maxsize=100_000)
def _ru_role(word: str) -> str:
    """A capitalised Russian word's part in a name, from pymorphy3's dictionary.

    ``N`` first name (``n``: also a common word, like ``Лев`` or ``Вера``), ``P`` patronymic,
    ``S`` surname (known, or an unknown word with a surname ending; ``s`` also a place,
    like ``Иванова`` of ``Иваново``, so a surname only beside a name), ``G`` place or
    organisation, ``C`` another known word, ``U`` unknown to the dictionary.
    """
    if not re.fullmatch(_NAME_WORD, word):
        return ""
    parses = _morph().parse(word)
    known = [p for p in parses if p.is_known]
    if not known:
        return "S" if _has_surname_ending(word, "ru") else "U"
    tags = [p.tag for p in known]
    namey = [t for t in tags if "Name" in t or "Surn" in t or "Patr" in t]
    if any("Patr" in t for t in tags):
        return "P"
    if any("Name" in t for t in tags):
        return "N" if len(namey) == len(tags) else "n"
    if any("Surn" in t for t in tags):
        return "S" if not any("Geox" in t or "Orgn" in t for t in tags) else "s"
    if any("Geox" in t or "Orgn" in t for t in tags):
        return "G"
    return "C"


_NAME_ROLES = ("N", "n", "P", "S", "s", "U")


def _ru_spans(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """Runs of capitalised name-like words that hold a first name, patronymic or surname."""
    out = []
    for sent in _sentences(text, toks):
        roles = [_ru_role(text[toks[k][0]:toks[k][1]]) for k in sent]
        i = 0
        while i < len(roles):
            if roles[i] not in _NAME_ROLES:
                i += 1
                continue
            j = i + 1
            while j < len(roles) and j - i < 4 and roles[j] in _NAME_ROLES:
                j += 1
            run = roles[i:j]
            start, end = toks[sent[i]][0], toks[sent[j - 1]][1]
            has_name = any(r in ("N", "n") for r in run)
            has_surn = any(r in ("S", "s", "P") for r in run)
            if len(run) >= 2 and (has_name or has_surn) and not all(r == "n" for r in run):
                out.append((start, end, 0.9 if has_name and has_surn else 0.7))
            elif run == ["S"] and end - start >= 4 and "-" not in text[start:end]:
                out.append((start, end, 0.6))
            elif run == ["N"] and i > 0:
                out.append((start, end, 0.5))
            i = j
    return out


def _merge(rule: list[tuple[int, int, float]],
           model: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Rule spans win; a model span touching a rule span is dropped, others are kept."""
    chosen: list[tuple[int, int, float]] = []
    for s, e, c in sorted(rule, key=lambda x: (x[0], -(x[1] - x[0]))):
        if not any(s < e2 and s2 < e for s2, e2, _ in chosen):
            chosen.append((s, e, c))
    for s, e, c in model:
        if not any(s < e2 and s2 < e for s2, e2, _ in chosen):
            chosen.append((s, e, c))
    return sorted(chosen)


# a word followed by the noun of an administrative unit names a place, not a person
# (the Kazakh unit noun in its possessive, with any case after it: 'Абай облысының', 'Ақсу қаласында')
# (or an adjective of a school or an institution: 'Жамбылской основной школы')
_PLACE_NEXT = re.compile(r"\s+(?:(?:аудан|облыс|қала|ауыл|кент|өңір)(?:ы|сы|і)\w*|район\w*|област\w*|город\w*|сел[оа]\w*"
                         r"|(?:средн|основн|начальн|общеобразовательн)\w+\s+школ\w*|школ[аыуе]|гимнази\w*|лице[йяею]\w*)(?!\w)", re.I)


# the nouns of methods and aids that carry their author's bare surname: 'таксономии Блума', 'блоки
# Дьенеша', 'методика Зайцева'; Kazakh puts the surname first: 'Блум таксономиясы', 'Кюизенер таяқшалары'
_EPONYM_NOUNS = r"(?:таксономи|кубик|куб|ромашк|метод|методик|систем|технологи|блок|палочк|кубик|шкал|пирамид|модел|теори|концепци|цикл)"
_EPONYM_PREV = re.compile(rf"(?<!\w){_EPONYM_NOUNS}\w*\s+$", re.I)
_EPONYM_NEXT = re.compile(r"\s+(?:таксономия|кубы|кубик|түймедағы|әдіс|әдістеме|жүйе|технология|блок|таяқша|циклі|моделі|теория)\w*", re.I)
_OPENS_QUOTE = re.compile(r"[«„“\"]\s*$")
# the abbreviated noun of a settlement or street before a name: 'г. Конаев', 'с. Есик', 'ул. Абая'
# (or the whole noun: 'города Конаев', 'в посёлке Шу')
_PLACE_PREV = re.compile(r"(?<![\w.])(?:г|гор|с|пос|п|ст|пгт|ул|пр|мкр|д)\.\s*$"
                         r"|(?<!\w)(?:город|города|городе|городу|городом|посёлк\w*|поселк\w*|посёлок|поселок|сел[оаеу]|улиц\w*|проспект\w*"
                         r"|район|района|районе|району|районом)\s+$", re.I)  # ('района Магжана Жумабаева')
_KK_LETTERS = re.compile(r"[әғқңөұүһі]", re.I)


def _russian_common_words(surface: str) -> bool:
    """A run of words the Russian dictionary knows as common nouns or places, with no Kazakh letter
    ('Закона Республики Казахстан' in a Kazakh-tagged line): not a person."""
    words = re.findall(r"[^\W\d_]+", surface)
    return len(words) >= 2 and not _KK_LETTERS.search(surface) and all(_ru_role(w) in ("C", "G") for w in words)


_QUOTED_AFTER_NOUN = re.compile(r"(?<![\w-])[а-яёәғқңөұүһі]{4,}\s+«$")


def find_persons(text: str, lang: str) -> list[PersonSpan]:
    """Person mentions in ``text`` (``lang`` is ``"kk"`` or ``"ru"``), in text order."""
    toks = tokenize(text)
    model = _kk_spans(text, toks) if lang == "kk" else _ru_spans(text, toks)
    out = []
    for s, e, c in _merge(_initials_spans(text, lang), model):
        surface = text[s:e]
        if _PLACE_NEXT.match(text, e) and "." not in surface:
            continue  # ``Бурабай ауданы``, ``Аккольского района``: a place named by what it is
        if "." not in surface and (_PLACE_PREV.search(text, 0, s) or _russian_common_words(surface)):
            continue
        if "." not in surface and " " not in surface.strip() and (_EPONYM_PREV.search(text, 0, s) or _EPONYM_NEXT.match(text, e)):
            continue  # 'таксономия Блума', 'Блум таксономиясы': a bare surname in a method's name is no mention
        if "." not in surface and re.fullmatch(r"[A-Za-z\s-]+", surface):
            continue  # ``Google Forms``: Latin words without initials in kk/ru text name products
        if "." not in surface and _OPENS_QUOTE.search(text, 0, s) and re.match(r"\s+[^\W\d_]", text[e:e + 2]):
            # a bare name that opens a quotation the next word goes on with is the first word of
            # a title or of an organisation's name («Назарбаев Зияткерлік мектептері», «Толстые и
            # тонкие вопросы»); a quote that closes on the name («Абай») still names the person
            continue

        if "." not in surface and _QUOTED_AFTER_NOUN.search(text, 0, s) and text[e:e + 1] == "»":
            continue  # 'цифровой лаборатории «Архимед»': a quoted name after a common noun names that thing
        out.append(PersonSpan(s, e, surface, normalize_person(surface, lang), c))
    return out
