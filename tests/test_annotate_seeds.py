"""Segmentation and tagging over the seeds, through the pipeline's annotate stage."""
import re

import pytest

from extractors.annotate import annotate_document

UPPER = "А-ЯЁӘІҢҒҮҰҚӨҺA-Z"
ABBREVIATIONS = ("т.б.", "т.с.с.", "ж.", "жж.", "г.", "гг.", "т.е.", "и др.", "др.", "№", "РК", "т.д.", "т.п.")


@pytest.fixture(scope="module")
def annotated(seed_documents):
    return {k: annotate_document(d) for k, d in seed_documents.items()}


def test_every_block_and_sentence_has_a_language(annotated):
    for doc in annotated.values():
        assert all(b.lang in ("kk", "ru", "other", "mixed") for b in doc.blocks)
        assert all(s.lang in ("kk", "ru", "other", "mixed") for s in doc.sentences)


def test_004_sentences_take_the_language_of_their_half(annotated):
    doc = annotated["004_bc1b1cd6b6a3df82"]
    start_ru = next(b.char_start for b in doc.blocks if b.text == "Введение")
    letters = [s for s in doc.sentences if re.search("[^\\W\\d_]", s.text)]
    right = sum(1 for s in letters if s.lang == ("kk" if s.char_start < start_ru else "ru"))
    assert right / len(letters) >= 0.999, (right, len(letters))
    assert doc.languages == ["ru", "kk"] or doc.languages == ["kk", "ru"]


def test_no_seed_sentence_ends_at_an_initial_or_abbreviation(annotated):
    for doc in annotated.values():
        sents = doc.sentences
        for s, nxt in zip(sents, sents[1:] + [None]):
            text = s.text.rstrip()
            assert not re.search(rf"(^|[\s.])[{UPPER}]\.$", text), text[-60:]
            if text.endswith(ABBREVIATIONS) and nxt is not None and nxt.block_id == s.block_id:
                # the stop of an abbreviation ends a sentence only where a new one really starts
                assert re.match(rf"[«\"(]?[{UPPER}0-9]", nxt.text), (text[-40:], nxt.text[:40])


def test_initials_stay_inside_their_sentence(annotated):
    texts = [s.text for d in annotated.values() for s in d.sentences]
    for needle in ["М. Жампейісованың блокты-модульдік", "Ж.Қараевтың деңгейлеп оқыту", "Ұлы педагог В.А. Сухомлинскийдің"]:
        assert any(needle in t for t in texts), needle


def test_tokens_carry_lemmas_and_upos(annotated):
    doc = annotated["004_bc1b1cd6b6a3df82"]
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert tokens and all(t.upos for t in tokens)
    kk = next(s for s in doc.sentences if s.lang == "kk" and "әдістемелік кабинеттер" in s.text.lower())
    assert any(t.lemma == "кабинет" for t in kk.tokens)
    text = doc.text
    assert all(text[t.char_start:t.char_end] == t.text for t in tokens[:2000])
