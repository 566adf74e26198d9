"""Technologies named by how the sentence uses them, with no head noun or lexicon entry:
a Latin product the class works in or through, quoted techniques listed after 'приёмы:', and a
Kazakh technique named with a singular 'тәсіл'. Sentences written for these tests."""
from extractors.extract.technologies.patterns import head_rules, kk_tasil_rules
from extractors.extract.technologies.tools import tool_candidates


def _tools(text, lang):
    return [c.label for c in tool_candidates(text, 0, lang)]


def test_kazakh_case_ending_after_a_hyphen_marks_a_product_in_use():
    text = "Жобалар Glitch-те жасалады, дайын сайттарды оқушылар Netlify-ға жүктейді, ал кестелер Airtable арқылы жиналады."
    assert _tools(text, "kk") == ["Glitch", "Netlify", "Airtable"]


def test_case_ending_does_not_glue_a_compound_and_a_language_is_no_tool():
    assert _tools("Мектепте STEM-кабинет ашылды, оқушылар Python тілінде, ал кейбірі Kotlin тілінде жазады.", "kk") == []


def test_russian_preposition_of_means_before_a_product():
    text = "Консультации родителей проводим через Webex, а расписание кружка ведём в Notion."
    assert _tools(text, "ru") == ["Webex", "Notion"]


def test_acronyms_and_sentences_without_use_stay_out():
    assert _tools("Результаты PISA-ға қатысқан оқушылар туралы есеп дайындалды.", "kk") == []
    assert _tools("Статья вышла в журнале, который издаёт Oxford.", "ru") == []


def test_quoted_techniques_listed_after_a_colon_with_their_circumstances():
    text = "На этапе рефлексии удобны такие приёмы: «Три предложения» после чтения и «Светофор мнений» в конце занятия."
    got = [(c.surface, c.label) for c in head_rules(text, 0, "ru") if c.rule.startswith("ru_named")]
    assert got == [("«Три предложения»", "приём «Три предложения»"), ("«Светофор мнений»", "приём «Светофор мнений»")]


def test_singular_tasil_with_a_specific_modifier_names_a_technique():
    text = ("Есеп шығаруда А. Сейітовтің үш кезеңнен тұратын зерттеушілік тәсілі тиімді болды. "
            "Ә.Т. Омаровтың ұжымдық жобалау тәсілін жоғары сыныптарда пайдаланамыз.")
    got = [(c.label, c.author) for c in kk_tasil_rules(text, 0)]
    assert got == [("зерттеушілік тәсілі", None), ("ұжымдық жобалау тәсілі", "Ә.Т.Омаров")]


def test_generic_and_plural_tasil_name_nothing():
    text = "Бағалау тәсілі мен жұмыс тәсілі өзгерді, сабақта тиімді тәсілдер мен жаңа тәсіл керек, әдістемелік тәсіл де бар."
    assert kk_tasil_rules(text, 0) == []
