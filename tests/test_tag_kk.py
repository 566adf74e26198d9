"""Kazakh tagger: morphotactics, closed classes, learning from folds, context, speed.

Sentences are our own unless marked as KTB-style conventions."""
from __future__ import annotations

import time

import pytest

from extractors.tag import TokenTag, tag
from extractors.tag.conllu import GoldSentence, parse_conllu
from extractors.tag.kk import KazakhTagger, Lexicon
from extractors.tag.kk.lexicon import ending_of
from extractors.tag.kk.morphotactics import (consonant_ok, harmonic, nominal_endings,
                                             verbal_endings)


def _sent(rows: list[tuple[str, str, str, str]]) -> GoldSentence:
    return GoldSentence("x", " ".join(r[0] for r in rows), tuple(r[0] for r in rows),
                        tuple(TokenTag(r[1], r[2], r[3]) for r in rows))


def test_vowel_harmony_and_voicing_of_suffixes():
    assert harmonic("бала", "лар") and not harmonic("бала", "лер")
    assert harmonic("мектеп", "тер") and not harmonic("мектеп", "тар")
    assert consonant_ok("кітап", "тың") and not consonant_ok("кітап", "дың")
    assert consonant_ok("бала", "ның")


def test_grammar_knows_case_possessive_and_verb_endings():
    nom, verb = nominal_endings(), verbal_endings()
    assert {"Case": "Gen", "Number": "Plur"} in nom["лардың"]
    assert any(f.get("Person[psor]") == "1" and f["Case"] == "Acc" for f in nom["ымды"])
    assert any(f.get("Polarity") == "Neg" and f.get("Tense") == "Pres" for f in verb["мейді"])
    assert any(f.get("VerbForm") == "Conv" for f in verb["ып"])


def test_grammar_only_analysis_strips_endings_and_restores_voicing():
    g = KazakhTagger(Lexicon())
    best = g.analyse("кітабымды")[0]
    assert (best.lemma, best.upos) == ("кітап", "NOUN")
    assert "Case=Acc" in best.feats and "Person[psor]=1" in best.feats
    best = g.analyse("балалардың")[0]
    assert (best.lemma, best.upos, best.feats) == ("бала", "NOUN", "Case=Gen|Number=Plur")
    assert g.analyse("келмейді")[0].lemma == "кел"


def test_ending_of_handles_stem_alternations():
    assert ending_of("халқы", "халық") == "ы"
    assert ending_of("шағы", "шақ") == "ы"
    assert ending_of("оқу", "оқы") == "у"
    assert ending_of("кітаптар", "кітап") == "тар"
    assert ending_of("оның", "ол") is None


def test_closed_class_pronouns_and_copula():
    out = tag(["Маған", "бұл", "кітап", "ұнады", "."], "kk")
    assert (out[0].lemma, out[0].upos) == ("мен", "PRON") and "Case=Dat" in out[0].feats
    out = tag(["Ол", "мектепке", "барған", "еді", "."], "kk")
    assert (out[3].lemma, out[3].upos) == ("е", "AUX")
    assert (out[1].lemma, out[1].upos) == ("мектеп", "NOUN") and "Case=Dat" in out[1].feats


def test_default_tagger_on_own_sentence():
    toks = "Мұғалімдер жаңа әдістерді сабақта қолданады .".split()
    out = tag(toks, "kk")
    assert [t.lemma for t in out] == ["мұғалім", "жаңа", "әдіс", "сабақ", "қолдан", "."]
    assert [t.upos for t in out] == ["NOUN", "ADJ", "NOUN", "NOUN", "VERB", "PUNCT"]
    assert "Number=Plur" in out[0].feats and "Case=Acc" in out[2].feats


def test_capitalised_unknown_word_mid_sentence_is_propn_with_capital_lemma():
    out = tag(["Біз", "Шымкентте", "тұрамыз", "."], "kk")
    assert out[1].upos == "PROPN" and out[1].lemma == "Шымкент"


def test_fit_learns_only_from_given_sentences():
    train = [_sent([("Кітап", "кітап", "NOUN", "Case=Nom"), ("жақсы", "жақсы", "ADJ", "_"),
                    (".", ".", "PUNCT", "_")])]
    tagger = KazakhTagger.fit(train)
    assert "кітап" in tagger.lex.stems and "дәптер" not in tagger.lex.stems
    # an unseen inflected form of a learned stem gets that stem as lemma
    best = tagger.analyse("кітаптарымыздың")[0]
    assert best.lemma == "кітап" and "Case=Gen" in best.feats
    # nothing leaks between instances
    assert "кітап" not in KazakhTagger.fit([]).lex.stems


def test_conllu_reader_keeps_words_and_multiword_tokens():
    text = ("# sent_id = t1\n# text = Біз дайынбыз.\n"
            "1\tБіз\tбіз\tPRON\tprn\tCase=Nom\t3\tnsubj\t_\t_\n"
            "2-3\tдайынбыз\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
            "2\tдайын\tдайын\tADJ\tadj\t_\t0\troot\t_\t_\n"
            "3\tбыз\tе\tAUX\tcop\tNumber=Plur|Person=1\t2\tcop\t_\t_\n"
            "4\t.\t.\tPUNCT\tsent\t_\t2\tpunct\t_\t_\n")
    (s,) = list(parse_conllu(text))
    assert s.forms == ("Біз", "дайын", "быз", ".") and s.mwts == ((1, 2, "дайынбыз"),)
    assert s.tags[2] == TokenTag("е", "AUX", "Number=Plur|Person=1")


def test_speed_uses_per_form_cache():
    toks = ("Оқушылар мектепте жаңа технологияларды үйренеді , ал мұғалімдер оларға "
            "көмектеседі .").split()
    tag(toks, "kk")
    t0 = time.perf_counter()
    for _ in range(200):
        tag(toks, "kk")
    rate = 200 * len(toks) / (time.perf_counter() - t0)
    assert rate > 20_000, rate


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        tag(["hello"], "en")


def test_latin_lookalike_letters_are_read_as_kazakh():
    # ə (U+0259) typed for ә is common in Kazakh documents converted from old fonts
    out = tag(["Оқытушы", "жəне", "студент", "əрбір", "пəннің", "мақсатын", "анықтайды", "."],
              "kk")
    assert (out[1].lemma, out[1].upos) == ("және", "CCONJ")
    assert out[4].lemma == "пән" and "Case=Gen" in out[4].feats
    assert (out[6].lemma, out[6].upos) == ("анықта", "VERB")


def test_hyphenated_case_ending_on_abbreviation():
    out = tag(["ЮНЕСКО-ның", "бағдарламасы", "."], "kk")
    assert (out[0].lemma, out[0].upos) == ("ЮНЕСКО", "PROPN") and "Case=Gen" in out[0].feats
