"""Data checks for the method lexicon (extractors/extract/technologies/method_lexicon.tsv).

The lexicon is hand-written data, so the checks guard against the mistakes hand-written data
invites: a shifted column, a typo in a kind or a language, one form given to two concepts, a
generic word that would turn every sentence about teaching into a 'technology', a Russian form
typed with Kazakh letters or a Latin form with Cyrillic look-alikes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parents[1] / "extractors" / "extract" / "technologies" / "method_lexicon.tsv"

KINDS = {"pedagogical_technology", "method", "software"}
LANGS = {"kk", "ru", "en"}
# generic words and excluded classes (forms of methodological work, assessment procedures,
# large-scale studies): none of them may stand alone as a lexicon form
NOT_FORMS = {
    "технология", "технологии", "технологиялар", "әдіс", "әдістер", "метод", "методы", "методика",
    "әдістеме", "тәсіл", "приём", "прием", "стратегия", "подход", "урок", "сабақ", "тест",
    "оценивание", "бағалау", "обучение", "оқыту", "образование", "білім беру", "педагогика",
    "семинар", "вебинар", "мастер-класс", "олимпиада", "конкурс", "педагогический совет",
    "педсовет", "методическое объединение", "әдістемелік бірлестік", "педагогикалық кеңес",
    "сор", "соч", "бжб", "тжб", "ент", "pisa", "timss", "pirls",
}
HEADS_RU = ("технология", "метод", "методика", "приём", "прием", "стратегия")
HEADS_KK = ("технологиясы", "әдісі", "тәсілі", "стратегиясы", "әдістемесі")
CYRILLIC = re.compile(r"[а-яёА-ЯЁәіңғүұқөһӘІҢҒҮҰҚӨҺ]")
KAZAKH_ONLY = re.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")


def _rows() -> list[tuple[int, list[str]]]:
    out = []
    for n, line in enumerate(LEXICON.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((n, line.split("\t")))
    return out


ROWS = _rows()


def _fold(form: str) -> str:
    return " ".join(form.replace("ё", "е").replace("Ё", "Е").casefold().split())


def test_file_has_rows():
    assert len(ROWS) > 0


def test_every_row_has_five_clean_columns():
    bad = [(n, cols) for n, cols in ROWS if len(cols) != 5 or any(c != c.strip() or not c for c in cols)]
    assert bad == []


def test_columns_take_allowed_values():
    bad = []
    for n, (concept, kind, lang, form, cue) in ((n, c) for n, c in ROWS if len(c) == 5):
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", concept):
            bad.append((n, "concept", concept))
        if kind not in KINDS:
            bad.append((n, "kind", kind))
        if lang not in LANGS:
            bad.append((n, "lang", lang))
        if cue not in {"0", "1", "q"}:
            bad.append((n, "cue", cue))
    assert bad == []


def test_one_kind_per_concept():
    kinds = defaultdict(set)
    for _, (concept, kind, *_rest) in ROWS:
        kinds[concept].add(kind)
    assert {c: k for c, k in kinds.items() if len(k) > 1} == {}


def test_no_form_belongs_to_two_concepts():
    """Compared case- and ё-insensitively: a matcher that folds them would otherwise meet two owners.
    Within one concept the ё/е spellings may both be listed (перевёрнутый / перевернутый)."""
    owner, clashes = {}, []
    for n, (concept, _kind, lang, form, _cue) in ROWS:
        key = (lang, _fold(form))
        if owner.setdefault(key, concept) != concept:
            clashes.append((n, lang, form, owner[key]))
    assert clashes == []


def test_no_row_is_repeated():
    seen, repeats = set(), []
    for n, (concept, _kind, lang, form, _cue) in ROWS:
        if (lang, form) in seen:
            repeats.append((n, lang, form))
        seen.add((lang, form))
    assert repeats == []


def test_technologies_and_methods_have_a_kazakh_or_russian_form():
    """Software is mostly written in Latin script inside kk/ru text, so only it may be en-only."""
    langs, kinds = defaultdict(set), {}
    for _, (concept, kind, lang, _form, _cue) in ROWS:
        langs[concept].add(lang)
        kinds[concept] = kind
    missing = [c for c, ls in langs.items() if not ls & {"kk", "ru"} and kinds[c] != "software"]
    assert missing == []


def test_no_form_is_a_generic_word():
    assert [(n, form) for n, (_c, _k, _l, form, _cue) in ROWS if _fold(form) in NOT_FORMS] == []


def test_scripts_follow_the_language_column():
    bad = []
    for n, (_c, _k, lang, form, _cue) in ROWS:
        if lang == "en" and CYRILLIC.search(form):
            bad.append((n, "Cyrillic in en", form))
        if lang == "ru" and KAZAKH_ONLY.search(form):
            bad.append((n, "Kazakh letter in ru", form))
        if lang in {"kk", "ru"} and not CYRILLIC.search(form) and not re.search(r"\d", form):
            # a Latin-only form is a product name, which belongs in en
            bad.append((n, "no Cyrillic in " + lang, form))
    assert bad == []


def test_no_form_repeats_a_bare_form_with_a_generic_head():
    """'метод X' / 'X әдісі' adds nothing when 'X' alone is already listed as unambiguous (cue 0)."""
    bare = {(concept, lang, _fold(form)) for _, (concept, _k, lang, form, cue) in ROWS if cue == "0"}
    bad = []
    for n, (concept, _k, lang, form, _cue) in ROWS:
        words = _fold(form).split()
        if len(words) < 2:
            continue
        if lang == "ru" and words[0] in HEADS_RU:
            rest = " ".join(words[1:])
        elif lang == "kk" and words[-1] in HEADS_KK:
            rest = " ".join(words[:-1])
        else:
            continue
        if (concept, lang, rest) in bare:
            bad.append((n, form))
    assert bad == []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_covered_in_both_languages(kind):
    langs = {lang for _, (_c, k, lang, _f, _cue) in ROWS if k == kind}
    assert {"kk", "ru"} <= langs
