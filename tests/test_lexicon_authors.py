"""A lexicon name with its author's surname still matches when the text adds the initials, a first
name or a double name before the surname, and (Kazakh) words that qualify the head after the
surname in the genitive. Sentences written for these tests."""
from extractors.extract.technologies.lexicon import Entry, Lexicon, lexicon_candidates

LEX = Lexicon([
    Entry("zankov_system", "pedagogical_technology", "ru", "система Занкова", False),
    Entry("zankov_system", "pedagogical_technology", "kk", "Занков жүйесі", False),
    Entry("dalcroze", "method", "ru", "ритмика Далькроза", False),
])


def _surfaces(text, lang):
    return [c.surface for c in lexicon_candidates(text, 0, lang, LEX)]


def test_initials_first_name_or_double_name_before_the_surname():
    assert _surfaces("Мы опирались на систему Л.В. Занкова и на опыт коллег.", "ru") == ["систему Л.В. Занкова"]
    assert _surfaces("Урок построен по системе Леонида Занкова.", "ru") == ["системе Леонида Занкова"]
    assert _surfaces("Разминку проводим по ритмике Эмиля Жак-Далькроза.", "ru") == ["ритмике Эмиля Жак-Далькроза"]


def test_kazakh_qualifiers_after_a_genitive_surname():
    text = "Сабақтар Л.В. Занковтың дамыта оқыту жүйесіне сүйенеді."
    assert _surfaces(text, "kk") == ["Занковтың дамыта оқыту жүйесіне"]


def test_other_words_between_still_break_the_name():
    # a lower-case word in Russian, or a clause boundary in Kazakh, is not part of the name
    assert _surfaces("Эта система, по мнению Занкова, устарела.", "ru") == []
    assert _surfaces("Занковтың еңбектерін оқыдық, жүйесі бізге таныс.", "kk") == []


def test_an_ambiguous_name_counts_when_its_author_stands_beside_it():
    lex = Lexicon([Entry("social_stories", "method", "ru", "социальные истории", True),
                   Entry("social_stories", "method", "kk", "әлеуметтік оқиғалар", True)])
    assert [c.surface for c in lexicon_candidates("Готовим детей к поездке через социальные истории К. Грей.", 0, "ru", lex)] \
        == ["социальные истории"]
    assert [c.surface for c in lexicon_candidates("Біз К. Грейдің әлеуметтік оқиғаларын оқимыз.", 0, "kk", lex)] \
        == ["әлеуметтік оқиғаларын"]
    assert lexicon_candidates("Ауылдағы әлеуметтік оқиғалар туралы жаздық.", 0, "kk", lex) == []


def test_a_double_surname_before_a_kazakh_name_is_the_authors_whole_name():
    lex = Lexicon([Entry("dalcroze", "method", "kk", "Далькроз ритмикасы", False)])
    assert [c.surface for c in lexicon_candidates("Сабақта Жак-Далькроз ритмикасы қолданылады.", 0, "kk", lex)] \
        == ["Далькроз ритмикасы"]
    assert lexicon_candidates("Сабақта нео-Далькроз ритмикасы жоқ.", 0, "kk", lex) == []
