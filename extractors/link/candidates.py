"""What most needs a person's eye in a release: likely duplicates, weak rows, missing names.

A researcher cannot read thousands of rows; this ranks the few where a decision changes the
most. Near-duplicates are found two ways that miss different things: an equal *lemma key*
(content words reduced to their dictionary form, generic head nouns such as 'технология' /
'оқыту' / 'обучение' left out) catches inflection and kk/ru word order, and fuzzy similarity
(rapidfuzz) catches spelling variants and derivational endings the key keeps apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional, Sequence

from .decisions import Decision, normalize_surface

WORD_RE = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+")
KK_LETTERS = set("әғқңөұүһі")

# Kazakh inflection, longest first within each group: case, possessive, plural. Derivational
# suffixes (-лық, -дік, -шы …) are kept: they make a different word.
_KK_CASE = (
    "ларының", "лерінің", "дарының", "дерінің", "тарының", "терінің",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "нан", "нен", "дан", "ден", "тан", "тен",
    "нда", "нде", "да", "де", "та", "те",
    "ға", "ге", "қа", "ке", "на", "не",
    "ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті",
    "мен", "бен", "пен",
)
_KK_POSS = ("сы", "сі", "ы", "і")
# stems ending in 'с' whose possessive is -ы/-і, not -сы/-сі ('әдіс-і', not 'әді-сі')
_KK_S_STEMS = {
    "әдіс", "үдеріс", "іс", "тәжіс", "күрес", "жарыс", "ұрыс", "бағыс", "процесс", "курс", "кейс",
    "ресурс", "класс", "конкурс", "прогресс", "стресс", "тест", "кампус", "статус", "фокус", "синтез",
}
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")

# Generic head nouns and modifiers that every second technology name carries.
HEAD_WORDS = {
    # kk (after inflection is stripped)
    "технология", "оқыту", "оқу", "әдіс", "әдістеме", "тәсіл", "жүйе", "педагогика",
    "педагогикалық", "бағдарлама",
    # ru lemmas
    "технология", "обучение", "метод", "методика", "система", "подход", "приём", "прием",
    "педагогика", "педагогический", "программа",
    # function words
    "и", "в", "на", "по", "с", "для", "және", "мен", "бен", "пен",
}


# Kazakh letters → the Russian letters the same names are written with in Russian text
# ('Қараев' / 'Караев'), so a kk and a ru spelling of one name compare as close.
_KK_TO_RU = str.maketrans("әғқңөұүһі", "агкноуухи")


def fold_script(text: str) -> str:
    return text.translate(_KK_TO_RU)


def is_kazakh(text: str) -> bool:
    """Kazakh-only letters decide; without them ('ойын технологиясы'), a text whose words the
    Russian dictionary mostly does not know is Kazakh."""
    if any(c in KK_LETTERS for c in text.lower()):
        return True
    words = [w.lower() for w in WORD_RE.findall(text) if not w.isascii()]
    m = _morph()
    if not words or m is None:
        return False
    unknown = sum(1 for w in words if not m.word_is_known(w))
    return unknown * 2 > len(words)


def kk_stem(word: str) -> str:
    """Strip one case, then possessive, then plural ending (stem kept ≥ 3 letters)."""
    w = word.lower()
    for group in (_KK_CASE, _KK_POSS, _KK_PLURAL, _KK_POSS):
        for suffix in group:
            if suffix in ("сы", "сі") and w[:-1] in _KK_S_STEMS:
                continue
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
    return w


@lru_cache(maxsize=1)
def _morph():
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - pymorphy3 is a project dependency
        return None
    return pymorphy3.MorphAnalyzer()


_RU_ENDINGS = re.compile(r"(ого|его|ому|ему|ыми|ими|ых|их|ая|яя|ое|ее|ые|ие|ый|ий|ой|ую|юю|ия|ие|ии|ию|ей|ам|ями|ами|ах|ях|ом|ем|а|я|ы|и|у|ю|е|о)$")


@lru_cache(maxsize=50000)
def ru_lemma(word: str) -> str:
    m = _morph()
    w = word.lower().replace("ё", "е")
    if m is None:
        return _RU_ENDINGS.sub("", w) if len(w) > 4 else w
    return m.parse(w)[0].normal_form.replace("ё", "е")


def word_key(word: str, lang: str) -> str:
    return kk_stem(word) if lang == "kk" else ru_lemma(word)


def lemma_key(label: str, lang: Optional[str] = None) -> frozenset[str]:
    """Dictionary forms of the label's content words; empty when only generic words remain.

    The language is the label's, not the word's: many Kazakh words ('технологиясы', 'дамыту')
    carry no letter that only Kazakh has.
    """
    lang = lang or ("kk" if is_kazakh(label) else "ru")
    keys = (word_key(w, lang) for w in WORD_RE.findall(label))
    return frozenset(k for k in keys if k not in HEAD_WORDS and len(k) > 1)


@dataclass(frozen=True)
class ReviewCandidate:
    """One thing to look at: why, which ids, their labels, and how strong the signal is."""

    reason: str  # near_duplicate | low_confidence | no_class | no_translation
    entity: str  # technology | person | act
    ids: tuple[str, ...]
    labels: tuple[str, ...]
    score: Optional[float]
    detail: str
    fix: str = ""  # the 'edukb curate' command that would settle it



def _tech_label(row: Mapping[str, Any]) -> str:
    return " / ".join(x for x in (row.get("label_kk"), row.get("label_ru")) if x) or str(row.get("tech_id"))


def _row_labels(row: Mapping[str, Any]) -> list[str]:
    labels = [row.get("label_kk"), row.get("label_ru"), *(row.get("alt_labels") or "").split(";")]
    return [x.strip() for x in labels if x and x.strip()]


def kept_apart(decisions: Iterable[Decision]) -> set[frozenset[str]]:
    """Pairs people already declared different (``distinct`` decisions)."""
    out: set[frozenset[str]] = set()
    for d in decisions:
        if d.action == "distinct":
            for other in d.others:
                out.add(frozenset((d.id, other)))
    return out


def near_duplicates(items: Sequence[tuple[str, Sequence[str]]], entity: str = "technology", threshold: float = 90.0,
                    apart: Optional[set[frozenset[str]]] = None, use_key: bool = True,
                    display: Optional[Mapping[str, str]] = None) -> list[ReviewCandidate]:
    """Pairs of ids whose names share a lemma key or are at least ``threshold`` % similar.

    ``items`` are (id, names) pairs; every name of one id is compared with every name of the others.
    """
    from rapidfuzz import fuzz, process

    apart = apart or set()
    display = display or {}
    names: list[tuple[str, str, str]] = []  # (id, label, compared text)
    for some_id, labels in items:
        for label in labels:
            norm = fold_script(normalize_surface(label))
            if norm:
                names.append((some_id, label, norm))
    best: dict[tuple[str, str], tuple[float, str]] = {}

    def offer(a: str, b: str, score: float, detail: str) -> None:
        if a == b or frozenset((a, b)) in apart:
            return
        pair = (a, b) if a < b else (b, a)
        if pair not in best or score > best[pair][0]:
            best[pair] = (score, detail)

    if use_key:
        by_key: dict[frozenset[str], list[tuple[str, str]]] = {}
        for some_id, label, _ in names:
            key = lemma_key(label)
            if key:
                by_key.setdefault(key, []).append((some_id, label))
        for key, members in by_key.items():
            for i, (a, la) in enumerate(members):
                for b, lb in members[i + 1:]:
                    offer(a, b, 100.0, f"same lemma key {{{', '.join(sorted(key))}}}: «{la}» ~ «{lb}»")
    texts = [n[2] for n in names]
    for i, (a, la, text) in enumerate(names):
        for _, score, j in process.extract(text, texts, scorer=fuzz.ratio, score_cutoff=threshold, limit=None):
            if j > i:
                b, lb, _ = names[j]
                offer(a, b, float(score), f"similar names «{la}» ~ «{lb}» ({score:.0f}%)")
    ent = "" if entity == "technology" or entity == "person" else f" --entity {entity}"
    out = [ReviewCandidate("near_duplicate", entity, pair, (display.get(pair[0], pair[0]), display.get(pair[1], pair[1])),
                           round(score, 1), detail,
                           f'edukb curate merge {pair[0]} {pair[1]}{ent} --reason "…"   '
                           f'(or: edukb curate distinct {pair[0]} {pair[1]}{ent} --reason "…")')
           for pair, (score, detail) in best.items()]
    return sorted(out, key=lambda c: (-(c.score or 0), c.ids))


def review_candidates(tables: Mapping[str, Sequence[Mapping[str, Any]]], decisions: Sequence[Decision] = (),
                      min_confidence: float = 0.6, threshold: float = 90.0) -> list[ReviewCandidate]:
    """Everything worth a look, most useful first: near-duplicates, then weak rows, then
    technologies without a class, then technologies named in one language only."""
    apart = kept_apart(decisions)
    techs = list(tables.get("technologies") or [])
    display = {r["tech_id"]: _tech_label(r) for r in techs}
    out = near_duplicates([(r["tech_id"], _row_labels(r)) for r in techs], "technology", threshold, apart, display=display)
    persons: dict[str, set[str]] = {}
    for r in tables.get("persons") or []:
        if r.get("name"):
            persons.setdefault(r["person_id"], set()).add(r["name"])
    out += near_duplicates([(pid, sorted(ns)) for pid, ns in sorted(persons.items())], "person", threshold, apart,
                           use_key=False, display={pid: " / ".join(sorted(ns)) for pid, ns in persons.items()})
    weak: list[ReviewCandidate] = []
    for r in techs:
        conf = r.get("confidence")
        if conf is not None and conf < min_confidence:
            weak.append(ReviewCandidate("low_confidence", "technology", (r["tech_id"],), (display[r["tech_id"]],), conf,
                                        f"confidence {conf:.2f}, {r.get('n_mentions') or 0} mention(s)",
                                        f'edukb curate reject {r["tech_id"]} --reason "…"'))
    for entity, table, col, name_col in (("person", "persons", "person_id", "name"), ("act", "normative_acts", "act_key", "surface")):
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for r in tables.get(table) or []:
            if r.get(col):
                groups.setdefault(r[col], []).append(r)
        for gid, rows in groups.items():
            confs = [r["confidence"] for r in rows if r.get("confidence") is not None]
            if confs and max(confs) < min_confidence:
                ent = "" if entity == "person" else " --entity act"
                weak.append(ReviewCandidate("low_confidence", entity, (gid,), (str(rows[0].get(name_col) or gid),), max(confs),
                                            f"confidence {max(confs):.2f}, {len(rows)} mention(s)",
                                            f"edukb curate reject '{gid}'{ent} --reason \"…\""))
    out += sorted(weak, key=lambda c: (c.score, c.ids))
    by_use = sorted(techs, key=lambda r: (-(r.get("n_mentions") or 0), r["tech_id"]))  # most used first
    for r in by_use:
        if not (r.get("class_kk") or r.get("class_ru")):
            out.append(ReviewCandidate("no_class", "technology", (r["tech_id"],), (display[r["tech_id"]],), None,
                                       f"no class, {r.get('n_mentions') or 0} mention(s)",
                                       f'edukb curate classify {r["tech_id"]} --class-kk "…" --class-ru "…" --reason "…"'))
    for r in by_use:
        missing = [(lang, opt) for lang, k, opt in (("Kazakh", "label_kk", "--kk"), ("Russian", "label_ru", "--ru")) if not r.get(k)]
        if len(missing) == 1:
            lang, opt = missing[0]
            out.append(ReviewCandidate("no_translation", "technology", (r["tech_id"],), (display[r["tech_id"]],), None,
                                       f"no {lang} name, {r.get('n_mentions') or 0} mention(s)",
                                       f'edukb curate label {r["tech_id"]} {opt} "…" --reason "…"'))
    return out
