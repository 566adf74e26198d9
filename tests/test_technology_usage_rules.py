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


def _doc_candidates(tmp_path, name, text):
    """The document's candidates and the document (one text file written to ``tmp_path``)."""
    from edukb.corpus import scan_corpus
    from edukb.pipeline import annotate, ingest
    from extractors.extract.technologies import document_candidates

    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    doc = annotate(ingest(scan_corpus(tmp_path)[0]))
    return document_candidates(doc)[0], doc


def _doc_labels(tmp_path, name, text):
    return {c.label for c in _doc_candidates(tmp_path, name, text)[0]}


def test_ambiguous_lexicon_name_counts_when_listed_with_a_known_method(tmp_path):
    labels = _doc_labels(tmp_path, "kk_coord", "Қорытындылау кезеңінде синквейн мен кластер жақсы нәтиже береді.\n"
                                              "Ғалымдар жасушалардың кластерін зерттеді.\n")
    assert {"синквейн", "кластер"} <= labels
    assert len([x for x in labels if "кластер" in x]) == 1


def test_product_names_with_an_ampersand_and_a_cyrillic_tail_and_no_formulas():
    assert _tools("Экспонаты музея смотрим через Google Arts & Culture, а расчёты ведём, используя Google Таблицы.", "ru") \
        == ["Google Arts & Culture", "Google Таблицы"]
    assert _tools("Оқушылар бөлмедегі CO2 мен H2O мөлшерін Vernier бағдарламасында өлшейді.", "kk") == ["Vernier"]


def test_groups_announced_before_a_list_are_classes(tmp_path):
    text = ("Авторлардың жіктемесі бойынша бұл технологиялардың үш тобы бар:\n"
            "– психологиялық-педагогикалық технологиялар;\n"
            "– ұйымдастыру-педагогикалық технологиялар;\n"
            "– оқу-тәрбие технологиялары.\n"
            "Мектепте жобалау технологиясы қолданылады.\n")
    labels = _doc_labels(tmp_path, "kk_groups", text)
    assert "жобалау технологиясы" in labels
    assert not any(x.startswith(("психологиялық", "ұйымдастыру", "оқу-тәрбие")) for x in labels)


def test_kazakh_method_heads_with_a_bare_noun_an_object_or_a_coordinated_list():
    from extractors.extract.technologies.patterns import kk_head_rules

    def labels(t):
        return [(c.label, c.author) for c in kk_head_rules(t, 0)]

    assert labels("Бастауыш сыныптарда ойын әдісі басым.") == [("ойын әдісі", None)]
    assert labels("Жаттықтырушы жарыс әдісін жиі пайдаланады.") == [("жарыс әдісі", None)]
    assert labels("Сабақта жұптық, топтық және жарыс әдістерін алмастырамын.") == [
        ("жарыс әдісі", None), ("топтық әдіс", None), ("жұптық әдіс", None)]
    assert labels("Дәрісте Қ.Б. Жарықбаевтың ұғымдарды салыстыру әдісін қолдандық.") == [
        ("ұғымдарды салыстыру әдісі", "Қ.Б.Жарықбаев")]
    assert labels("Сабақта тиімді, белсенді және жаңа әдістерді қолданамыз.") == []


def test_kazakh_models_named_by_a_code_or_a_specific_verbal_noun():
    text = ("Курста SAMR (Substitution – Augmentation – Modification – Redefinition) моделі мен "
            "аралас сабақ моделі талданады, ал топтық жоспарлау моделі жаңа емес. Мектептің басқару моделі өзгерді.")
    assert [c.label for c in kk_tasil_rules(text, 0)] == [
        "SAMR (Substitution – Augmentation – Modification – Redefinition) моделі", "топтық жоспарлау моделі"]


def test_a_clause_after_a_colon_names_no_technologies():
    from extractors.extract.technologies.lists import colon_list_candidates

    assert colon_list_candidates("«Ой шақыру» әдісі пайдалы болды: балалар жауапты жаттамай, оны өздері іздеуге үйренді.",
                                 0, "kk") == []
    got = colon_list_candidates("Сабақта мына технологияларды қолданамын: деңгейлеп оқыту, жобалық оқыту.", 0, "kk")
    assert [c.label for c in got] == ["деңгейлеп оқыту", "жобалық оқыту"]


def test_kazakh_teaching_by_means_after_a_converb_and_a_longer_first_conjunct():
    from extractors.extract.technologies.patterns import kk_head_rules

    got = [(c.label, c.author) for c in kk_head_rules(
        "Мұғалім Б.Т. Сейілованың сызба үлгілер арқылы алға оқыту технологиясын қолданады.", 0)]
    assert got == [("сызба үлгілер арқылы алға оқыту технологиясы", "Б.Т.Сейілова")]
    got = [c.label for c in kk_head_rules("Зерттеушілік, саралап және сурет арқылы оқыту технологиялары тиімді.", 0)]
    assert got == ["сурет арқылы оқыту технологиясы", "саралап оқыту технологиясы", "зерттеушілік оқыту технологиясы"]
    # a clause of means before the converb is not part of a name
    assert [c.label for c in kk_head_rules("Компьютерді пайдалану арқылы дамыта оқыту жүзеге асады.", 0)] == ["дамыта оқыту"]


def test_russian_adjective_and_genitive_of_one_method_head_are_one_name():
    got = [c.label for c in head_rules("Наставники осваивают трёхэтапный метод демонстрационного показа.", 0, "ru")]
    assert got == ["трёхэтапный метод демонстрационного показа"]


def test_quoted_software_named_by_what_it_is():
    from extractors.extract.technologies.tools import quoted_software_candidates

    ru = quoted_software_candidates("Для тренировки чтения используется обучающая программа «Букваренок» и тренажёр.", 0, "ru")
    kk = quoted_software_candidates("Орталық «Сөйле 3» логопедиялық бағдарламалық кешенін сатып алды.", 0, "kk")
    assert [c.label for c in ru] == ["Букваренок"] and [c.label for c in kk] == ["Сөйле 3"]


def test_an_adjective_shares_the_head_of_a_known_two_word_name(tmp_path):
    labels = _doc_labels(tmp_path, "kk_shared", "Таңертең саусақ және тыныс алу гимнастикасы, ал сабақта дәстүрлі және "
                                               "интерактивті тақта пайдаланылады.\n")
    assert "саусақ гимнастика" not in labels  # a noun, not an adjective: no shared-head reading
    assert "дәстүрлі тақта" not in labels
    labels = _doc_labels(tmp_path, "kk_shared", "Логопед саусақтық және тыныс алу гимнастикасын өткізеді.\n")
    assert "саусақтық гимнастика" in labels


def test_a_plural_russian_head_governs_a_list_of_genitives():
    got = [c.label for c in head_rules("Старшие дошкольники осваивают методы ассоциаций, мозгового штурма и синектики.", 0, "ru")]
    assert got == ["метод ассоциаций", "метод мозгового штурма", "метод синектики"]
    # a singular head names one method; the genitive list after it is not its members
    assert [c.label for c in head_rules("Метод проектов, по мнению автора, эффективен.", 0, "ru")] == ["метод проектов"]


def test_kazakh_technique_heads_codes_and_dotted_product_names():
    from extractors.extract.technologies.patterns import named_rules

    assert [c.label for c in named_rules("Сабақ соңында «Үш сөйлем» техникасы, ал «Болашақ» техникалық колледжінде басқасы.", 0, "kk")] \
        == ["«Үш сөйлем» техникасы"]
    assert [c.label for c in kk_tasil_rules("Оқытуда RAFT тәсілі мен KWL тәсілі қолданылды.", 0)] == ["RAFT тәсілі", "KWL тәсілі"]
    assert _tools("Материалы курса лежат на платформе Orleu.edu.kz, а тесты — в Bilimland.", "ru") == ["Orleu.edu.kz", "Bilimland"]


def test_possessive_head_for_a_bare_noun_and_no_generic_nouns_of_work():
    from extractors.extract.technologies.patterns import kk_head_rules

    def labels(t):
        return [c.label for c in kk_head_rules(t, 0)]

    assert labels("Бастауыш сыныпта сурет әдісі жиі қолданылады.") == ["сурет әдісі"]
    assert labels("Сынып жетекшісі әдісті өзі таңдайды, ал есепті бір әдіспен шығарады.") == []
    assert labels("Жұмыс әдістері мен оқу әдісі сипатталды.") == []
    assert labels("Ағылшын тілінде коммуникативті әдіс пен лексикалық әдіс қолданылады.") == [
        "коммуникативті әдіс", "лексикалық әдіс"]


def test_negative_converb_is_not_a_kind_of_teaching():
    from extractors.extract.technologies.patterns import kk_head_rules

    got = [c.label for c in kk_head_rules("Биді әннен бөлмей, кіріктірілген оқыту арқылы жүргіземіз.", 0)]
    assert "бөлмей оқыту" not in got


def test_management_models_and_titles_of_specialties_are_not_technologies(tmp_path):
    assert kk_tasil_rules("Мектеп цифрлық басқару моделін және ұйымдастыру моделін енгізді.", 0) == []
    labels = _doc_labels(tmp_path, "ru_college", "Студенты специальности «Технология швейного производства» "
                                                 "работают по методу проектов.\n")
    assert "метод проектов" in labels and not any("швейного" in x for x in labels)


def test_two_adjectives_before_one_noun_in_a_grouped_item_are_one_name(tmp_path):
    text = ("Технологии делятся на группы:\n"
            "– речевые: устная и письменная коммуникация, чтение;\n"
            "– двигательные: логоритмика.\n")
    labels = _doc_labels(tmp_path, "ru_groups", text)
    assert "устная" not in labels and not any(x.startswith("устная технолог") for x in labels)


def test_teaching_method_named_after_a_kind_of_teaching_and_models_by_code():
    from extractors.extract.technologies.patterns import kk_head_rules, ru_model_code_rules

    got = [(c.label, c.author) for c in kk_head_rules("Зерттеуде Ж. Әлиевтің деңгейлеп оқыту әдісі алынды, жаңа оқыту әдістері емес.", 0)]
    assert got == [("деңгейлеп оқыту әдісі", "Ж.Әлиев")]
    assert [c.label for c in ru_model_code_rules("Курс построен по модели ADDIE, а урок — по модели 5E.", 0)] == [
        "модель ADDIE", "модель 5E"]


def test_a_device_noun_with_a_quoted_product_is_one_tool():
    from extractors.extract.technologies.tools import quoted_software_candidates

    got = quoted_software_candidates("Опыты ставим с датчиками цифровой лаборатории «Эксперимент-Лаб».", 0, "ru")
    assert [(c.surface, c.label) for c in got] == [("цифровой лаборатории «Эксперимент-Лаб»", "Эксперимент-Лаб")]


def test_names_with_an_apostrophe():
    from extractors.extract.technologies.lexicon import lexicon_candidates

    assert _tools("Для анализа бросков используем приложение Coach's Eye.", "ru") == ["Coach's Eye"]
    assert [c.label for c in lexicon_candidates("Вопросы строим по Bloom's taxonomy.", 0, "ru")] == ["таксономия Блума"]


def test_a_latin_name_with_the_place_its_content_lives_is_a_product():
    # a channel, board, site or environment glued by a hyphen or standing beside the name
    text = "Кеңестер мектептің Viber-арнасында жарияланады, сөздерді Wooordhunt.ru сайтынан, ал кодты Mu ортасында тексереміз."
    assert _tools(text, "kk") == ["Viber", "Wooordhunt.ru", "Mu"]
    assert _tools("Черновики собираем на Jamboard-доске, итоги публикуем в среде Stepik.", "ru") == ["Jamboard", "Stepik"]
    # a noun of a group of learners after a hyphen is a compound, not a product's chat
    assert _tools("Биыл мектепте IT-сынып ашылды.", "kk") == []


def test_latin_names_coordinated_before_a_postposition_of_means_and_inside_a_quoted_title():
    text = "Баяндама «Ән жазуды Soundtrap пен Flat арқылы үйрету» деп аталады."
    assert _tools(text, "kk") == ["Soundtrap", "Flat"]
    # a quoted title that does not work through the name names no product
    assert _tools("Мектепте «Smart Kids» жобасы басталды.", "kk") == []


def test_a_product_spelled_in_lower_case_beside_a_software_noun():
    assert _tools("Ускорение измеряем в приложении arduscope, а графики строим позже.", "ru") == ["arduscope"]
    assert _tools("Оқушылар plickers қосымшасымен жауап береді.", "kk") == ["plickers"]


def test_an_adjective_before_the_verbal_noun_of_a_method():
    labels = [c.label for c in head_rules("Биыл далалық бақылау әдісімен жұмыс істедік.", 0, "kk")]
    assert labels == ["далалық бақылау әдісі"]


def test_quoted_names_the_sentence_says_are_used():
    from extractors.extract.technologies.context_rules import quoted_in_use
    assert [c.label for c in quoted_in_use("Сабақ басында «Сиқырлы сандық» жиі қолданылады.", 0, "kk")] == ["«Сиқырлы сандық»"]
    assert [c.label for c in quoted_in_use("На этапе рефлексии применяем «Светофор», а итоги подводим.", 0, "ru")] == ["«Светофор»"]
    assert quoted_in_use("Газета «Ұстаз» мектепке келеді.", 0, "kk") == []


def test_quoted_names_coordinated_across_a_bracket_and_latin_names_after_a_head():
    labels = [c.label for c in head_rules("Применяем приёмы «Светофор» (ученик поднимает карточку) и «Пульс класса».", 0, "ru")]
    assert labels == ["приём «Светофор»", "приём «Пульс класса»"]
    labels = [c.label for c in head_rules("Команды работают по технологии eduScrum и методом Kanban.", 0, "ru")]
    assert labels == ["технология eduScrum", "метод Kanban"]
    assert _tools("Оқушылар Orfo.kz онлайн сөздігін пайдаланады.", "kk") == ["Orfo.kz"]


def test_english_glosses_institutions_and_programming_languages_are_no_products():
    text = "Әдіс кезеңдерден тұрады: түсіндіру (Explain), қайталау (Repeat), бағдарлама жазу (Write)."
    assert _tools(text, "kk") == []
    assert _tools("Ортаны Stanford University тобы жасаған, бағдарлама Ruby тілінде емес, Java кодында.", "kk") == []
    assert _tools("Оқушылар Lightbot ойынында алгоритм құрастырады.", "kk") == ["Lightbot"]


def test_quoted_devices_for_therapy_and_online_platforms():
    from extractors.extract.technologies.tools import quoted_software_candidates
    text = "Занятия проходят на коррекционном тренажёре «Говорушка» и через онлайн-сервис «Логобум»."
    assert [c.label for c in quoted_software_candidates(text, 0, "ru")] == ["Говорушка", "Логобум"]
    assert quoted_software_candidates("Работаем по учебно-методическому комплексу «Букварь».", 0, "ru") == []


def test_two_genitives_under_a_head_that_is_only_plural():
    labels = [c.label for c in head_rules("На уроках применяются методы наблюдения и натурного эксперимента.", 0, "ru")]
    assert "метод натурного эксперимента" in labels
    labels = [c.label for c in head_rules("Внедряем методы развивающего обучения и воспитания учащихся.", 0, "ru")]
    assert not any("воспитан" in x for x in labels)


def test_kazakh_heads_after_a_latin_name_a_glossed_code_and_a_quoted_name_of_a_kind():
    labels = [c.label for c in head_rules("Сабақта Р. Брейдің Total Physical Response әдістемесі қолданылады.", 0, "kk")]
    assert "Total Physical Response әдістемесі" in labels
    labels = [c.label for c in head_rules("Есептер SPA (сурет – сөз – таңба) тәсілі арқылы шығарылады.", 0, "kk")]
    assert labels == ["SPA (сурет – сөз – таңба) тәсілі"]
    labels = [c.label for c in head_rules("Балабақшада «Сиқырлы шаршы» дамытушы ойын технологиясы қолданылды.", 0, "kk")]
    assert "«Сиқырлы шаршы» дамытушы ойын технологиясы" in labels
    assert head_rules("Біз «Алтын күз» жобасында жобалау әдісін қолдандық.", 0, "kk")[0].label == "жобалау әдісі"


def test_no_kind_of_teaching_from_a_postposition_a_possessed_noun_or_a_discipline():
    assert head_rules("Информатиканы 3-сыныптан бастап оқыту жаңа талап қояды.", 0, "kk") == []
    labels = [c.label for c in head_rules("2-модуль. Оқу сауаттылығы және мәнерлеп оқыту.", 0, "kk")]
    assert not any("сауаттылығы" in x for x in labels)
    assert head_rules("Мақалада арнайы педагогиканың тарихы қарастырылады.", 0, "kk") == []


def test_a_colon_list_of_parts_each_for_something_names_no_technologies():
    from extractors.extract.technologies.lists import colon_list_candidates
    text = ("Жұмыс үш кезеңнен тұрады: бірінші апта тақырыпты таныстыруға, екінші апта топтық "
            "зерттеуге, үшінші апта қорытындылауға арналады.")
    assert colon_list_candidates(text, 0, "kk") == []


def test_plural_common_nouns_under_a_class_are_kinds_and_a_channel_inside_a_product_is_content(tmp_path):
    text = ("Сабақта қолданылатын тәсілдерді екі топқа бөлеміз:\n"
            "1) ойынға негізделген тәсілдер (жұптық жұмыс, дидактикалық карточкалар);\n"
            "2) цифрлық тәсілдер (Wordwall, онлайн-тесттер).\n")
    labels = _doc_labels(tmp_path, "kk_kinds", text)
    assert "жұптық жұмыс" in labels and "Wordwall" in labels
    assert not any("карточка" in x or "тест" in x for x in labels)
    assert _tools("Бейнелерді YouTube-тағы Kids Science Lab арнасынан аламыз.", "kk") == ["YouTube"]


def test_names_after_a_used_one_share_its_preposition_and_simulators_govern_products():
    assert _tools("Ленту времени создаём в Timeglider или Preceden: даты связаны с источниками.", "ru") == ["Timeglider", "Preceden"]
    assert _tools("Студенты тренируются на виртуальном тренажёре Weldsim и симуляторе Guide.", "ru") == ["Weldsim", "Guide"]
    labels = [c.label for c in head_rules("Источник разбираем по схеме SOAPS, а вывод записываем.", 0, "ru")]
    assert labels == ["схема SOAPS"]


def test_participles_that_point_back_name_no_method():
    assert head_rules("Работа перечисленными методами и указанными технологиями требует подготовки.", 0, "ru") == []


def test_a_modifier_that_does_not_agree_in_case_belongs_to_another_noun():
    text = "Итоги обсудили на встрече, проведённой методом «Аквариум», и на семинаре с кейсовым методом."
    labels = [c.label for c in head_rules(text, 0, "ru") if c.rule == "ru_adj_head"]
    assert labels == ["кейсовый метод"]
    # singular adjectives coordinated under a plural head agree with it in case
    text = "На тренировке чередуем повторный и круговой методы."
    assert sorted(c.label for c in head_rules(text, 0, "ru") if c.rule == "ru_adj_head") == ["круговой метод", "повторный метод"]


def test_a_practice_known_by_its_author_after_po():
    from extractors.extract.technologies.patterns import ru_by_author
    text = ("На разминке используем суставную гимнастику по Норбекову, а старшие классы бегают "
            "интервалы по протоколу Гиббала. Отчёт по Алматы и работа по плану в счёт не идут.")
    got = [(c.label, c.author) for c in ru_by_author(text, 0)]
    assert got == [("суставная гимнастика по Норбекову", "Норбеков")]
    got = [(c.label, c.author) for c in ru_by_author("Второклассники читают по методике Зайцева.", 0)]
    assert got == [("чтение по методике Зайцева", "Зайцева")] or got == []


def test_wearables_govern_brands_and_a_brand_with_a_russian_word_shares_the_preposition():
    assert _tools("Нагрузку на уроке контролируем пульсометрами Garmin и браслетами Amazfit.", "ru") == ["Garmin", "Amazfit"]
    assert _tools("Отчёты собираем в Яндекс Формах, а графики строим в Google Диске и Tableau.", "ru")[-1] == "Tableau"


def test_a_native_phrase_glossed_by_a_lowercase_english_term_of_learning():
    from extractors.extract.technologies.tools import glossed_term_candidates
    got = [c.label for c in glossed_term_candidates("В 7 классе мы опираемся на взаимное оценивание и "
                                                    "перевёрнутое обучение (flipped learning).", 0, "ru")]
    assert got == ["перевёрнутое обучение (flipped learning)"]
    got = [c.label for c in glossed_term_candidates("Сабақта сұраққа негізделген зерттеу (inquiry-based science) "
                                                    "кезеңдерін қолдандық.", 0, "kk")]
    assert got == ["негізделген зерттеу (inquiry-based science)"]
    # a gloss that is no term of learning, or a lone verb, names nothing
    assert glossed_term_candidates("Оқушылар алдымен болжайды (predict), содан соң тексереді (check).", 0, "kk") == []


def test_an_acronyms_spelled_out_words_are_not_names_and_its_native_name_is_an_alias(tmp_path):
    text = ("Мектепте STEAM (Science, Technology, Engineering, Arts and Mathematics – жаратылыстану, технология, "
            "инженерия, өнер және математика) тәсілі енгізілді. Сонымен қатар ЖИО (Жобалық-ізденіс оқыту) қолданылады.\n")
    labels = _doc_labels(tmp_path, "kk_acronym", text)
    assert not any(x in ("Science", "Technology", "Engineering", "Arts", "Mathematics") for x in labels)


def test_a_system_of_a_field_named_by_its_author_and_a_method_with_its_author():
    text = "Уроки строятся на системе физического воспитания П.Ф. Лесгафта; задачи решаем эвристическим методом Д. Пойа."
    got = {c.label: c.author for c in head_rules(text, 0, "ru") if c.author}
    assert any(label.startswith("система физического воспитания П.Ф.Лесгафт") for label in got)
    assert got["эвристический метод (Д.Пойа)"] == "Д.Пойа"


def test_reflection_and_approach_name_the_quoted_technique():
    ru = "В конце урока проводим рефлексию «Лестница успеха», а дроби вводим через подход «Вижу – делаю – объясняю»."
    assert [c.label for c in head_rules(ru, 0, "ru") if c.rule == "ru_named"] == [
        "рефлексия «Лестница успеха»", "подход «Вижу – делаю – объясняю»"]
    kk = "Рефлексияда «Екі жұлдыз, бір тілек» қолданылды, ал «Шам» рефлексиясын үйде жүргіздік."
    assert sorted(c.label for c in head_rules(kk, 0, "kk") if c.rule == "kk_named") == [
        "«Екі жұлдыз, бір тілек» рефлексиясы", "«Шам» рефлексиясы"]
    assert [c for c in head_rules("Бұл нұсқа «Ақбота» тобына подходит.", 0, "kk") if "named" in c.rule] == []


def test_methods_of_teaching_a_subject_and_judged_methods_are_not_names():
    text = "Обзор методов обучения истории показал, что отечественные методики и проверенные методики дополняют друг друга."
    assert head_rules(text, 0, "ru") == []
    assert head_rules("Жоба нәтижелерін өлшеуге арналған бағалау құралы әзірленді.", 0, "kk") == []


def test_an_abbreviation_in_brackets_between_a_kazakh_name_and_its_head():
    text = "Биология сабағында Ж.Б. Нұрланованың оқу мақсаттарын сатылау (ОМС) тәсілін пайдаландық, ал А.Т. Сейітовтің көп деңгейлі тапсырмалар (КДТ) технологиясы жаңа тақырыпқа сай."
    got = [(c.label, c.author) for c in head_rules(text, 0, "kk") if c.rule.startswith("kk_head")]
    assert ("көп деңгейлі тапсырмалар (КДТ) технологиясы", "А.Т.Сейітов") in got


def test_a_kazakh_gloss_reads_through_a_postposition():
    from extractors.extract.technologies.tools import glossed_term_candidates
    text = "Жоғары сыныпта ойын арқылы оқыту (game-based learning) тәсілін кеңейттік."
    assert [c.label for c in glossed_term_candidates(text, 0, "kk")] == ["ойын арқылы оқыту (game-based learning)"]


def test_a_description_before_an_acronym_is_part_of_its_one_mention(tmp_path):
    text = "Для неговорящих детей вводится система альтернативной коммуникации PECS, а также жесты Макатон.\n"
    cands, _ = _doc_candidates(tmp_path, "ru_pecs", text)
    assert [c.surface for c in cands if "PECS" in c.surface or "коммуникац" in c.surface] == ["PECS"]


def test_an_interactive_board_as_a_place_or_equipment_is_no_mention(tmp_path):
    text = ("Схемы выводим на интерактивную доску, а кабинет химии оснащён интерактивной панелью.\n\n"
            "Интерактивті тақтада модельдерді көрсетеміз.\n")
    assert not any("интерактив" in x for x in _doc_labels(tmp_path, "board_place", text))
    (tmp_path / "b").mkdir()
    text = "Интерактивті тақта – сабақтың таптырмас құралы: мұғалім оны ActivInspire бағдарламасымен пайдаланады.\n"
    assert "интерактивті тақта" in _doc_labels(tmp_path / "b", "board_tool", text)


def test_a_messenger_for_parents_is_a_channel_not_a_tool(tmp_path):
    text = ("Кеңестерді ата-аналарға Telegram арқылы жібереміз.\n\n"
            "Оқушылар тапсырмаларды Telegram арқылы алып, Padlet-ке жүктейді.\n")
    cands, doc = _doc_candidates(tmp_path, "kk_chan", text)
    telegram = [c for c in cands if c.label == "Telegram"]
    assert len(telegram) == 1 and telegram[0].start > doc.text.index("Оқушылар")


def test_a_digital_lab_beside_its_product_is_the_products_kind(tmp_path):
    text = ("Ключевые слова: цифровая лаборатория, датчики, опыт.\n\n"
            "На уроках физики работаем с цифровой лабораторией «Наураша» и датчиками.\n")
    labels = _doc_labels(tmp_path, "ru_lab", text)
    assert not any(x.startswith("цифровая лаборатория") and "«" not in x for x in labels)
    (tmp_path / "b").mkdir()
    assert "цифровая лаборатория" in _doc_labels(tmp_path / "b", "ru_lab_alone",
                                                 "Школа использует цифровую лабораторию на уроках химии.\n")


def test_an_ambiguous_name_that_the_class_makes_or_uses_is_a_technique():
    from extractors.extract.technologies.lexicon import lexicon_candidates
    assert [c.label for c in lexicon_candidates("После чтения ученики составляют кластер по тексту.", 0, "ru")] == ["кластер"]
    assert [c.label for c in lexicon_candidates("Сөздерді кластер түрінде топтастырдық.", 0, "kk")] == ["кластер"]
    assert lexicon_candidates("В городе открылся IT-кластер для школьников.", 0, "ru") == []


def test_everything_between_a_kazakh_authors_genitive_and_the_head_is_the_name():
    from extractors.extract.technologies.patterns import kk_authored_names
    text = "Жоғары сыныптарда А.А. Оспановтың кезеңдеп қалыптастырылған ойлау әрекеттері әдістемесін қолданамыз."
    got = [(c.label, c.author) for c in kk_authored_names(text, 0)]
    assert got == [("кезеңдеп қалыптастырылған ойлау әрекеттері әдістемесі", "А.А.Оспанов")]
    # a list or a generic word between them is no single name
    assert kk_authored_names("Б.Б. Сәрсенованың ойын және жоба әдісі тиімді.", 0) == []


def test_a_russian_technology_with_its_author_keeps_the_name_the_author_gave_it():
    text = "В группе применяем технологию речевого развития О.С. Ушаковой «Говорим правильно» и игры."
    got = [c.label for c in head_rules(text, 0, "ru") if c.rule == "ru_head_gen"]
    assert got == ["технология речевого развития «Говорим правильно»"]


def test_members_of_a_grouped_list_item_that_are_clauses_are_not_names(tmp_path):
    text = ("На уроках используются следующие приёмы:\n"
            "- до чтения: «Верные и неверные утверждения», кластер;\n"
            "- «Зигзаг»: каждая группа изучает свою часть, затем эксперты объясняют её другим.\n")
    labels = _doc_labels(tmp_path, "ru_grouped", text)
    assert "кластер" in labels
    assert not any("групп" in x or "эксперт" in x or x.startswith("следующ") for x in labels)


def test_a_participle_of_likeness_and_a_thing_named_atty_are_not_methods():
    text = "Сауалнама көрсеткендей, кейстік оқыту мен зерттеушілік оқыту тиімді. Балалармен «Жасыл бекет» атты ойын бұрышы ашылды."
    got = [c.label for c in head_rules(text, 0, "kk")]
    assert got == ["кейстік оқыту", "зерттеушілік оқыту"]
    from extractors.extract.technologies.patterns import _CONVERB_KK
    assert not _CONVERB_KK.search("көрсеткендей") and not _CONVERB_KK.search("айтқандай")
    assert _CONVERB_KK.search("дамыта") and _CONVERB_KK.search("саралап")
    from extractors.extract.technologies.context_rules import context_rules
    found = head_rules("«Миға шабуыл» әдісін қолдандық.", 0, "kk")
    assert [c for c in context_rules(text, 0, "kk", found) if c.rule == "kk_named_part"] == []


def test_how_one_reads_names_a_method_of_reading():
    text = "Сауат ашуда буындап оқу әдісі мен тұтас сөзбен оқу әдісін ұштастырамыз, ал мұғалім оқу әдісін өзі таңдайды."
    got = [c.label for c in head_rules(text, 0, "kk") if c.rule.startswith("kk_head")]
    assert got == ["буындап оқу әдісі", "тұтас сөзбен оқу әдісі"]


def test_a_quoted_name_glossed_by_a_known_one_is_one_mention(tmp_path):
    text = "Сабақ соңында оқушылар «Бес жолды өлең» (синквейн) жазады.\n"
    cands, _ = _doc_candidates(tmp_path, "kk_cinq", text)
    assert [(c.surface, c.label) for c in cands] == [("«Бес жолды өлең» (синквейн)", "синквейн")]


def test_plain_verbal_nouns_under_a_class_are_actions_not_names(tmp_path):
    text = ("Әдістерді екі топқа бөлеміз: зерттеу әдістері (бақылау, салыстыру, 3D-модельдеу); "
            "цифрлық құралдар (GeoGebra, сауалнама құралдары).\n")
    labels = _doc_labels(tmp_path, "kk_actions", text)
    assert "GeoGebra" in labels and any("модельдеу" in x for x in labels)
    assert not {"бақылау", "салыстыру", "сауалнама құралдары"} & labels


def test_an_adjective_on_the_object_noun_of_a_kazakh_method_belongs_to_its_name():
    text = "Өлкетану үйірмесінде ауызша тарих әдісін, ал технология сабағында фокалдық объектілер әдісін қолданамыз."
    got = [c.label for c in head_rules(text, 0, "kk") if c.rule == "kk_head_adis"]
    assert got == ["ауызша тарих әдісі", "фокалдық объектілер әдісі"]


def test_an_authored_kazakh_technique_through_a_postposition_and_a_russian_technique_by_a_latin_code():
    from extractors.extract.technologies.patterns import kk_authored_names, ru_model_code_rules
    got = [(c.label, c.author) for c in kk_authored_names("Біз Дж. Дьюидің істеу арқылы оқыту тәсілін басшылыққа аламыз.", 0)]
    assert got == [("істеу арқылы оқыту тәсілі", "Д.Дьюи")]
    got = [c.label for c in ru_model_code_rules("Эссе пишем по приёму PEEL, а лекцию строим по стратегии INSERT.", 0)]
    assert got == ["приём PEEL", "стратегия INSERT"]


def test_a_quoted_product_named_as_a_kazakh_therapy_complex():
    from extractors.extract.technologies.tools import quoted_software_candidates
    got = quoted_software_candidates("Жұмыста «Дельфа-142» түзету-дамыту кешенін пайдаланамыз.", 0, "kk")
    assert [c.label for c in got] == ["Дельфа-142"]


def test_an_everyday_verbal_noun_names_a_strategy_only_in_quotes():
    from extractors.extract.technologies.lexicon import lexicon_candidates
    assert [c.label for c in lexicon_candidates("Сабақта «Топтастыру» стратегиясын қолдандық.", 0, "kk")] == ["кластер"]
    assert lexicon_candidates("Оқушылар өсімдіктерді жапырағы бойынша топтастыру құралы ретінде кестені пайдаланды.", 0, "kk") == []


def test_a_heading_in_capitals_is_read_in_lower_case():
    got = [(c.label, c.surface) for c in head_rules("ДЕНСАУЛЫҚ САҚТАУ ТЕХНОЛОГИЯЛАРЫ МЕН ОЙЫНДАР", 0, "kk")]
    assert got == [("денсаулық сақтау технологиясы", "ДЕНСАУЛЫҚ САҚТАУ ТЕХНОЛОГИЯЛАРЫ")]


def test_an_authored_first_member_lets_the_genitive_list_go_on_after_and():
    text = "На уроках мы опираемся на технологии развивающего чтения О.В. Кубасовой и смыслового анализа Т.Г. Галактионовой."
    got = [c.label for c in head_rules(text, 0, "ru") if c.rule == "ru_head_gen"]
    assert got == ["технология развивающего чтения", "технология смыслового анализа"]


def _labels(text, lang):
    return [c.label for c in head_rules(text, 0, lang)]


def test_a_bracketed_synonym_adjective_stays_inside_a_coordination():
    got = _labels("В работе применяем объяснительно-иллюстративный (информационно-рецептивный) и проблемный методы.", "ru")
    assert sorted(got) == ["объяснительно-иллюстративный метод", "проблемный метод"]


def test_a_method_known_by_its_author_after_it():
    got = [(c.surface, c.author) for c in head_rules(
        "На занятиях используем опорные схемы Т.В. Большевой и игровые модели по Л.Е. Журовой.", 0, "ru")]
    assert got == [("опорные схемы Т.В. Большевой", "Т.В.Большева"), ("игровые модели по Л.Е. Журовой", "Л.Е.Журова")]
    assert "методика развития связной речи (В.В.Гербова)" in _labels("Основой стала методика развития связной речи В.В. Гербовой.", "ru")
    # a surname in the nominative is the subject of what follows, not the author of what precedes
    assert _labels("Эти схемы В.К. Воробьев предложил давно.", "ru") == []
    got = [(c.surface, c.author) for c in head_rules("Ж.Б. Асанованың тыныс алу жаттығулары балаларға ұнады, "
                                                     "ал М.М. Бахтиннің еңбектерінде бұл жоқ.", 0, "kk")]
    assert got == [("тыныс алу жаттығулары", "Ж.Б.Асанова")]


def test_kazakh_converb_members_coordinated_under_a_plural_technology():
    got = _labels("Біз жобалап үйрету, деңгейлеп саралау және денсаулық сақтау технологияларын қолданамыз.", "kk")
    assert len(got) == 3 and set(got) == {"деңгейлеп саралау технологиясы", "денсаулық сақтау технологиясы", "жобалап үйрету технологиясы"}


def test_a_long_quoted_name_after_its_method_noun():
    assert _labels("Тарих сабағында метод «погружения в эпоху через личные письма современников» дал результат.", "ru") \
        == ["метод «погружения в эпоху через личные письма современников»"]


def test_strategies_after_a_colon_keep_a_quoted_name_with_dashes_whole():
    from extractors.extract.technologies.lists import colon_list_candidates

    got = [c.surface for c in colon_list_candidates(
        "Семинарда мына стратегиялар талданды: «Ойлан – жұптас – бөліс» (TPS), «Инсерт», Венн диаграммасы.", 0, "kk")]
    assert got == ["«Ойлан – жұптас – бөліс» (TPS)", "«Инсерт»", "Венн диаграммасы"]


def _doc_techs(tmp_path, name, text):
    from edukb.corpus import scan_corpus
    from edukb.pipeline import annotate, extract_document, ingest, link

    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = [annotate(ingest(e)) for e in scan_corpus(tmp_path)]
    return link(docs, [extract_document(d) for d in docs])["technologies"]


def test_list_items_that_name_their_kind_before_a_dash_and_quoted_items_after_a_verb_of_mastering(tmp_path):
    text = ("Балабақшадағы бейнелеу әрекеті\n\n"
            "Жұмыс кезеңдерге бөлінді:\n"
            "1) кіші топқа арналған техникалар – алақанмен, табанмен бояу, құмнан жасалған пішіндермен басу;\n"
            "2) ересек топқа арналған техникалар – монотипия, граттаж.\n\n"
            "Тәрбиешілер семинарда меңгерді:\n"
            "– «Ыстық орындық»;\n"
            "– «Екі жұлдыз, бір тілек»;\n"
            "– күнделікті жоспар құру.\n")
    labels = sorted(t["label_kk"] for t in _doc_techs(tmp_path, "kk_beyneleu", text))
    # (the lone instrumental shares the next member's verbal noun; the participle clause is the material's)
    assert labels == ["«Екі жұлдыз, бір тілек»", "«Ыстық орындық»", "алақанмен бояу", "граттаж", "монотипия",
                      "пішіндермен басу", "табанмен бояу"]


def test_stem_projects_name_stem_education():
    from extractors.extract.technologies.lexicon import lexicon_candidates

    assert [c.label for c in lexicon_candidates("Оқушылар STEM-жобаларын қорғады.", 0, "kk")] == ["STEM-білім беру"]
    assert [c.label for c in lexicon_candidates("Девятиклассники защищают STEAM-проекты.", 0, "ru")] == ["STEAM-образование"]


def test_bare_adjectives_after_a_colon_are_kinds_of_the_head_before_it():
    from extractors.extract.technologies.lists import colon_list_candidates

    def got(text, lang):
        return [c.label for c in colon_list_candidates(text, 0, lang)]

    assert got("По И.Я. Лернеру выделяют методы обучения: объяснительно-иллюстративный, репродуктивный, "
               "проблемное изложение, частично-поисковый и исследовательский.", "ru") == [
        "объяснительно-иллюстративный метод", "репродуктивный метод", "проблемное изложение",
        "частично-поисковый метод", "исследовательский метод"]
    assert got("Оқыту әдістері: түсіндірмелі-иллюстративті, репродуктивті және зерттеушілік.", "kk") == [
        "түсіндірмелі-иллюстративті әдіс", "репродуктивті әдіс", "зерттеушілік әдіс"]
    # judgements are no kinds
    assert got("Нужны методы: эффективные, современные и проверенные.", "ru") == []
    assert got("Әдістер: тиімді, заманауи және қызықты.", "kk") == []


def test_quoted_members_in_brackets_after_a_class_and_a_bare_scheme_by_its_author():
    got = [(c.surface, c.rule) for c in head_rules("1) жұптық және шағын топтық стратегиялар («Төрт бұрыш», «Пікірлер сызығы»);", 0, "kk")]
    assert got == [("«Төрт бұрыш»", "kk_named_member"), ("«Пікірлер сызығы»", "kk_named_member")]
    assert "«Снежный ком»" in _labels("Используем игровые приёмы («Молчанка», «Снежный ком», мозаика).", "ru")
    assert _labels("Для текстовых задач используется схема Д. Пойа: понять условие, составить план.", "ru") == ["схема (Д.Пойа)"]
    assert _labels("Модель И. Петра хороша.", "ru") == []


def test_an_authored_method_at_a_sentence_start_and_methods_of_examining_or_following():
    assert _labels("Эмоционально-смысловой подход Т.П. Ореховой помогает детям.", "ru") \
        == ["эмоционально-смысловой подход (Т.П.Орехова)"]
    assert _labels("Проводим методику диагностики речевого развития Н.В. Нищевой.", "ru") == []
    assert _labels("Занятия строятся по методике Е.А. Алябьевой и объединяют речь и движение.", "ru") == []


def test_a_russian_sentence_with_quoted_kazakh_titles_is_read_as_russian(tmp_path):
    text = ("Опыт учителя казахского языка\n\n"
            "В 8–9 классах добавляются элементы проектной технологии (мини-проекты «Менің қалам», "
            "«Біздің мектеп» и др.).\n")
    labels = {t["label_ru"] for t in _doc_techs(tmp_path, "ru_mixed", text)}
    assert "проектная технология" in labels


def test_spelled_out_abbreviations_and_acronyms(tmp_path):
    from extractors.extract.technologies.tools import tool_candidates

    # the words an acronym stands for are no products
    techs = _doc_techs(tmp_path, "ru_primm", "Уроки информатики\n\n"
                       "Код пишем в Replit, а читаем по методике PRIMM (Predict – Run – Investigate – Modify – Make).\n")
    assert sorted(t["label_ru"] for t in techs) == ["Replit", "методика PRIMM"]
    assert _labels("Для чтения кода мы опираемся на методику PRIMM (Predict – Run – Investigate – Modify – Make).", "ru") == ["методика PRIMM"]
    # what learners master is a product
    assert [c.label for c in tool_candidates("Студенты осваивают SolidWorks и Blender.", 0, "ru")] == ["SolidWorks", "Blender"]


def test_a_phrase_its_abbreviation_spells_is_one_name(tmp_path):
    text = ("Инклюзивті білім беру\n\n"
            "Коммуникацияны қолдау әдістері: баламалы және қосымша коммуникация (БҚК), визуалды кесте.\n")
    labels = sorted(t["label_kk"] for t in _doc_techs(tmp_path, "kk_bqk", text))
    assert "баламалы және қосымша коммуникация" in labels and not any(x.startswith(("баламалы т", "қосымша")) for x in labels)


def test_named_kazakh_techniques_and_models_and_russian_adverbs_of_a_kind():
    assert _labels("Тарих сабағында CLAIMSTone тәсілін жиі қолданамыз.", "kk") == ["CLAIMSTone тәсілі"]
    assert _labels("Топта Вальдорф тәсілінің элементтері енгізілді.", "kk") == ["Вальдорф тәсілі"]
    assert _labels("Астана тәсілі туралы айтылды.", "kk") == []  # (a capital that opens the sentence names nothing)
    assert "«4К» оқу моделі" in _labels("Сабақтар Т. Сейітовтің «4К» оқу моделі бойынша құрылады.", "kk")
    assert _labels("Рассматриваются коммуникативно ориентированные методы обучения.", "ru") == ["коммуникативно ориентированный метод"]
    assert _labels("Это достаточно эффективные методы.", "ru") == []
    got = _labels("Опорой стали технологии проблемного, развивающего и личностно-ориентированного обучения.", "ru")
    assert {"технология проблемного обучения", "технология развивающего обучения",
            "технология личностно-ориентированного обучения"} <= set(got)


def test_an_authors_materials_and_an_offices_papers():
    assert _labels("Из материалов Монтессори мы взяли рамки-вкладыши.", "ru") == ["материалы Монтессори"]
    assert _labels("Изучены материалы Министерства просвещения.", "ru") == []


def test_a_quoted_method_named_for_a_lesson_stage_beside_a_named_one():
    got = _labels("На уроках применяется приём «Мозаика», на этапе рефлексии – «Плюс-минус-интересно».", "ru")
    assert got == ["приём «Мозаика»", "«Плюс-минус-интересно»"]
    # without a named method beside it a quoted text after a dash is a title
    assert _labels("Тема урока на этапе вызова – «Мой край».", "ru") == []


def test_levels_of_a_classification_and_the_methods_of_a_field_name_nothing():
    assert _labels("В колледже применяются частные педагогические технологии и локальные методики.", "ru") == []
    assert _labels("Учитель владеет методами музыкального воспитания и методом проектов.", "ru") == ["метод проектов"]
