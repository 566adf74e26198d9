from extractors.normalize.chars import fix_homoglyphs, has_latin_in_cyrillic_word, normalize_chars


def test_latin_schwa_becomes_kazakh_letter():
    assert normalize_chars("Еліміздің əлемдік білім кеңістігіне жəне Əбдіғалиев") == (
        "Еліміздің әлемдік білім кеңістігіне және Әбдіғалиев"
    )


def test_latin_lookalikes_inside_cyrillic_words_only():
    # Latin i, a, o, p, c inside Kazakh/Russian words; Latin product names untouched
    text = "бiлiм берудiң ActivStudio және VTS бағдарламасы, Pоссия, Microsoft Power Point"
    fixed = fix_homoglyphs(text)
    assert "білім берудің" in fixed
    assert "Россия" in fixed
    assert "ActivStudio" in fixed and "VTS" in fixed and "Microsoft Power Point" in fixed
    assert not has_latin_in_cyrillic_word(fixed)


def test_private_use_bullets_become_bullets_and_vanish_elsewhere():
    assert normalize_chars("\uf0b7 Жобалау технологиясы;") == "• Жобалау технологиясы;"
    assert normalize_chars("\uf02d\tметод проектов") == "• метод проектов"
    assert normalize_chars("оқу\uf0a7 үдерісі") == "оқу үдерісі"


def test_spaces_soft_hyphens_and_nfc():
    assert normalize_chars("Нағымжанова,\xa0\xa0 Б.\u00ad") == "Нағымжанова, Б."
    # й written as и + combining breve is composed
    assert normalize_chars("и\u0306гра") == "йгра"
