"""The learned technology-span tagger: labels made from gold match words, and the loader and
candidate filter working on a tiny model trained here from sentences written for this test."""
import pycrfsuite

from bench.tech_spans import label_sentence
from extractors.extract.technologies import learned
from extractors.extract.technologies.patterns import Candidate, tokens


def test_labels_cover_the_smallest_window_of_the_match_words():
    words = ["Сабақта", "«", "Ыстық", "орындық", "»", "стратегиясы", "мен", "кластер", "қолданылды", "."]
    tags = label_sentence(words, [["ыстық", "орындық"], ["кластер"]])
    assert tags == ["O", "O", "B", "I", "O", "O", "O", "B", "O", "O"]


def _tiny_model(path):
    trainer = pycrfsuite.Trainer(verbose=False)
    sents = [
        ("Біз синквейн құрастырамыз .", "O B O O"),
        ("Оқушылар синквейн жазды .", "O B O O"),
        ("Мұғалім синквейн ұсынды .", "O B O O"),
        ("Біз мәтін құрастырамыз .", "O O O O"),
        ("Оқушылар хат жазды .", "O O O O"),
    ] * 5
    for text, tags in sents:
        words = text.split()
        trainer.append(learned.sentence_features(words), tags.split())
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(path))


def test_a_tiny_model_finds_a_name_and_leaves_rule_spans_alone(tmp_path, monkeypatch):
    model = tmp_path / "tiny.crfsuite"
    _tiny_model(model)
    monkeypatch.setattr(learned, "MODEL_FILE", model)
    learned.load_tagger.cache_clear()
    try:
        text = "Сабақ соңында оқушылар синквейн жазды ."
        found = learned.learned_candidates(text, 100, "kk", [])
        assert [(c.surface, c.label, c.rule) for c in found] == [("синквейн", "синквейн", "learned_span")]
        assert found[0].start == 100 + text.index("синквейн") and found[0].confidence >= learned.THRESHOLD
        taken = [Candidate(100 + text.index("синквейн"), 100 + text.index("синквейн") + 8, "синквейн", "синквейн",
                           "kk", "method", "lexicon", 0.8)]
        assert learned.learned_candidates(text, 100, "kk", taken) == []
    finally:
        learned.load_tagger.cache_clear()


def test_no_weights_no_candidates(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "MODEL_FILE", tmp_path / "missing.crfsuite")
    learned.load_tagger.cache_clear()
    try:
        assert learned.learned_candidates("Біз синквейн жаздық .", 0, "kk", []) == []
    finally:
        learned.load_tagger.cache_clear()


def test_an_adjective_the_model_tags_takes_its_noun_and_a_lone_adjective_is_dropped():
    words = [w for w, _, _ in tokens("Сабақта жұптық жұмыс жүргізілді.")]
    assert learned._adjective("жұптық", "kk") and learned._NOUN_NEXT.fullmatch("жұмыс")
    assert not learned._adjective("оқытуды", "kk")
    assert learned._adjective("игровые", "ru") and not learned._adjective("инсценирование", "ru")
    assert words[1:3] == ["жұптық", "жұмыс"]
