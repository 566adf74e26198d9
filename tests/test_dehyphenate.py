"""Line-end hyphens: real compounds keep their hyphen, words broken by the line end are joined.
The broken words below are written for the test, not taken from the seeds."""
import pytest

from extractors.normalize.dehyphenate import Vocabulary, decide

KAZAKH_TEXT = """Мұғалімдер педагогикалық шеберлігін арттырады. Оқушылардың
білімділік деңгейі мен ата-аналар қауымдастығының рөлі өсті. Технологиясы жаңа."""


@pytest.mark.parametrize(
    "left,right",
    [
        ("материалдық", "техникалық"),
        ("ғылыми", "әдістемелік"),
        ("учебно", "воспитательного"),
        ("научно", "методической"),
        ("чего", "либо"),
        ("организации", "соискателя"),
    ],
)
def test_compounds_keep_their_hyphen(left, right):
    assert not decide(left, right, Vocabulary()).join


@pytest.mark.parametrize(
    "left,right",
    [
        ("образова", "ния"),
        ("препода", "вателей"),
        ("учи", "телей"),
        ("методи", "ческой"),
    ],
)
def test_broken_russian_words_are_joined(left, right):
    assert decide(left, right, Vocabulary()).join


@pytest.mark.parametrize(
    "left,right",
    [("педаго", "гикалық"), ("шебер", "лігін"), ("оқушы", "лардың"), ("технология", "сы")],
)
def test_broken_kazakh_words_are_joined_with_document_evidence(left, right):
    vocab = Vocabulary([KAZAKH_TEXT])
    assert decide(left, right, vocab).join


def test_document_spelling_decides_kazakh_paired_words():
    vocab = Vocabulary([KAZAKH_TEXT])
    assert not decide("ата", "аналарына", vocab).join


def test_seed_line_end_hyphens_are_all_compounds(seed_documents):
    """All 39 line-end hyphens in the seeds are real compounds (checked by hand): none may be lost."""
    texts = "\n".join(d.text for d in seed_documents.values())
    for compound in ["материалдық-техникалық", "инновациялық-педагогикалық", "учебно-воспитательного", "научно-методической", "ата-аналарына"]:
        assert compound in texts
