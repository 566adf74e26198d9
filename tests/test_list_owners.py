"""Whose list it is (a methodological centre's or an innovation platform's) and what section a
platform list is, in regulation texts written for these tests."""
from pathlib import Path

from edukb.corpus import scan_corpus
from edukb.pipeline import annotate, extract_document, ingest, link
from extractors.extract.lists.structure import lead_in
from extractors.extract.lists.titles import cabinet_owns, deadline

KK_REGULATION = """Павлодар облысы білім басқармасының «Облыстық әдістемелік орталығы» коммуналдық мемлекеттік
мекемесі (бұдан әрі – Орталық) туралы ереже

1. Орталықтың негізгі міндеттері:
1) педагогтердің кәсіби дамуын сүйемелдеу;
2) облыстық инновациялық алаңдардың жұмысын әдістемелік қамтамасыз ету.
2. Орталық қызметі мынадай қағидаттарға негізделеді:
- ашықтық;
- ғылымилық.
3. Облыстық инновациялық алаң (бұдан әрі – ОИА) мәртебесін алуға үміткер ұйым Орталыққа мынадай құжаттарды ұсынады:
1) өтінім;
2) инновациялық жоба.
4. ОИА мәртебесін алған ұйым:
1) жобаны күнтізбелік жоспарға сәйкес іске асыруға;
2) жыл сайын облыстық семинар өткізуге;
3) жоба материалдарын сайтта жариялауға міндетті.
5. ОИА Орталыққа мынадай ақпаратты ұсынады:
1) жоба тақырыптарының тізімін – 2025 жылғы 1 қазанға дейін;
2) жартыжылдық мониторинг нәтижелерін – 2026 жылғы 15 қаңтарға дейін.
"""

RU_REGULATION = """Положение о городской экспериментальной площадке

1. Статус городской экспериментальной площадки (далее – площадка) присваивается на три года.
2. Организация образования, получившая статус площадки:
1) утверждает план работы по проекту;
2) проводит открытое мероприятие не реже одного раза в год.
3. Организация, претендующая на статус площадки, должна соответствовать следующим критериям:
а) наличие проекта;
б) наличие творческой группы.
4. Городской методический кабинет ежегодно до 20 июня представляет в отдел образования отчет о работе.
"""


def _tables(tmp_path: Path, texts: dict[str, str]) -> dict:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = [annotate(ingest(e)) for e in scan_corpus(tmp_path)]
    return link(docs, [extract_document(d) for d in docs])


def test_centre_lists_stay_the_centres_and_platform_lists_get_their_sections(tmp_path):
    t = _tables(tmp_path, {"kk_centre": KK_REGULATION})
    cab = {(r["kind"], r["text"].rstrip(";.")) for r in t["cabinet_tasks"]}
    assert ("task", "облыстық инновациялық алаңдардың жұмысын әдістемелік қамтамасыз ету") in cab
    assert {("principle", "ашықтық"), ("principle", "ғылымилық")} <= cab
    plat = [(r["section"], r["text"].rstrip(";."), r["deadline"]) for r in t["platform_criteria"]]
    assert not any("кәсіби дамуын" in x[1] for x in plat)  # the centre's task is no platform row
    assert ("application_contents", "өтінім", None) in plat
    assert [x[0] for x in plat if x[1].startswith(("жобаны", "жыл сайын", "жоба материалдарын"))] == ["obligations"] * 3
    assert [x[2] for x in plat if x[0] == "reporting"] == ["2025 жылғы 1 қазанға дейін", "2026 жылғы 15 қаңтарға дейін"]


def test_a_declined_short_name_and_an_experimental_platform(tmp_path):
    t = _tables(tmp_path, {"ru_platform": RU_REGULATION})
    plat = {(r["section"], r["text"].rstrip(";.")) for r in t["platform_criteria"]}
    assert ("obligations", "утверждает план работы по проекту") in plat
    assert ("expertise_criteria", "наличие проекта") in plat
    assert not any("отчет о работе" in text for _, text in plat)  # the cabinet's own report


def test_who_owns_a_title():
    assert cabinet_owns("Орталықтың негізгі міндеттері:", ("Орталық",))
    assert cabinet_owns("Задачи методического кабинета:")
    assert not cabinet_owns("Для участия в отборе организация образования представляет в Центр:", ("Центр",))


def test_a_resolution_recommends_and_a_capitalised_object_opens_no_sentence(tmp_path):
    text = ("Конференция қатысушылары ҰСЫНАДЫ:\n"
            "1) білім бөлімдеріне өңірлік инновациялық алаңдардың тәжірибесін таратуды;\n"
            "2) мектептерге жоба нәтижелерін жариялауды.\n")
    assert _tables(tmp_path, {"kk_resolution": text})["platform_criteria"] == []
    title = "Облыстық әдістемелік кабинет Алаңдарды сүйемелдеу мақсатында мынадай функцияларды жүзеге асырады:"
    assert lead_in(title) == title


def test_kazakh_deadline_keeps_a_year_before_the_date():
    assert deadline("талдамалық есеп – 2024 жылғы 5 маусымға дейін;") == "2024 жылғы 5 маусымға дейін"


RU_CENTRE = """1. Городской научно-методический центр (далее – Центр) является подразделением отдела образования.
2. Основными задачами Центра являются:
1) сопровождение инновационных площадок города;
2) обобщение опыта педагогов.
3. В соответствии с возложенными задачами Центр:
1) проводит мониторинг методической работы;
2) организует городские семинары.
4. Ожидаемыми результатами деятельности Центра являются:
а) рост доли педагогов-исследователей;
б) снижение числа молодых педагогов, покинувших профессию.
"""


def test_a_scientific_methodological_centre_and_titles_it_closes_or_names_in_the_genitive(tmp_path):
    t = _tables(tmp_path, {"ru_centre": RU_CENTRE})
    cab = {(r["kind"], r["text"].rstrip(";.")) for r in t["cabinet_tasks"]}
    assert ("task", "сопровождение инновационных площадок города") in cab
    assert ("function", "организует городские семинары") in cab
    assert ("expected_result", "рост доли педагогов-исследователей") in cab
    assert not t["platform_criteria"]
    assert lead_in("Ожидаемыми результатами деятельности Центра являются:") == \
        "Ожидаемыми результатами деятельности Центра являются:"


def test_purpose_phrase_before_the_cabinet_and_a_kazakh_predicate_title(tmp_path):
    text = ("1. Облыстық әдістемелік кабинет (бұдан әрі – ОӘК) өңірлік инновациялық алаңдарды (бұдан әрі – ӨИА) "
            "сүйемелдейді.\n"
            "2. ӨИА желісін үйлестіру мақсатында ОӘК:\n"
            "1) желінің жылдық жоспарын бекітеді;\n"
            "2) әр алаңға куратор бекітеді.\n"
            "3. Аудандық әдістемелік кабинеттер жұмысының басым бағыттары болып мыналар айқындалды:\n"
            "1) жас педагогтерді сүйемелдеу;\n"
            "2) тәжірибені тарату.\n")
    t = _tables(tmp_path, {"kk_network": text})
    cab = {(r["kind"], r["text"].rstrip(";.")) for r in t["cabinet_tasks"]}
    assert ("function", "желінің жылдық жоспарын бекітеді") in cab
    assert ("direction", "жас педагогтерді сүйемелдеу") in cab
    assert not any("жоспарын" in r["text"] for r in t["platform_criteria"])


def test_numbered_clauses_with_their_own_lists_are_not_items(tmp_path):
    text = ("Требования к опорным школам\n\n"
            "1. Опорная школа создается на базе организации образования на срок до трех лет.\n"
            "2. Организация, претендующая на статус инновационной площадки, должна соответствовать следующим критериям:\n"
            "1) наличие проекта;\n"
            "2) наличие творческой группы.\n"
            "3. Отчеты подписываются руководителем организации.\n")
    rows = _tables(tmp_path, {"ru_clauses": text})["platform_criteria"]
    assert [(r["section"], r["text"].rstrip(";.")) for r in rows] == [
        ("expertise_criteria", "наличие проекта"), ("expertise_criteria", "наличие творческой группы")]


def test_addressee_is_not_the_owner_and_a_cabinet_subject_mid_title_is():
    assert not cabinet_owns("Есептер Орталыққа мынадай мерзімдерде ұсынылады:", ("Орталық",))
    assert cabinet_owns("В этом учебном году ГМК работает по следующим направлениям:", ("ГМК",))
    assert deadline("жылдық есеп – жыл сайын 5 маусымнан кешіктірілмей;") == "жыл сайын 5 маусымнан кешіктірілмей"


def test_results_caption_after_the_cabinets_tasks_and_a_passive_submission(tmp_path):
    text = ("Хатқа қосымша\n\n"
            "Аудандық әдістемелік кабинеттің биылғы міндеттері:\n"
            "1. Жас педагогтерді сүйемелдеу.\n"
            "2. Өңірлік инновациялық алаң мәртебесіне үміткер мектептерге кеңес беру.\n\n"
            "Күтілетін нәтижелер:\n"
            "– санаты бар педагогтер үлесінің артуы;\n"
            "– бір мектептің өңірлік инновациялық алаң мәртебесін алуы.\n")
    rows = _tables(tmp_path, {"kk_letter": text})["cabinet_tasks"]
    assert [r["kind"] for r in rows] == ["task", "task", "expected_result", "expected_result"]
    ru = ("1. Статус региональной инновационной площадки (далее – РИП) присваивается на три года.\n"
          "2. Для рассмотрения заявки в экспертный совет представляются:\n"
          "а) заявка за подписью руководителя;\n"
          "б) инновационный проект.\n")
    rows = _tables(tmp_path, {"ru_platform": ru})["platform_criteria"]
    assert {r["section"] for r in rows} == {"application_contents"} and len(rows) == 2


def test_a_platforms_duties_under_a_requirements_heading_and_ensures_the_following(tmp_path):
    text = ("Өңірлік инновациялық алаңдарға қойылатын талаптар\n\n"
            "1. Өңірлік инновациялық алаң (бұдан әрі – Алаң) мәртебесі үш жылға беріледі.\n"
            "2. Алаң мәртебесін алу үшін білім беру ұйымы мынадай өлшемшарттарға сәйкес болуы тиіс:\n"
            "1) жобаның облыс басымдықтарына сәйкестігі;\n"
            "2) педагогтердің жобаға қатысуы.\n"
            "3. Алаң мәртебесін алған ұйым:\n"
            "1) жылына бір облыстық семинар өткізеді;\n"
            "2) жоба материалдарын сайтта орналастырады.\n"
            "4. Есептер белгіленген мерзімде ұсынылады.\n")
    rows = _tables(tmp_path, {"kk_requirements": text})["platform_criteria"]
    got = [(r["section"], r["text"].rstrip(";.")) for r in rows]
    assert got == [("expertise_criteria", "жобаның облыс басымдықтарына сәйкестігі"),
                   ("expertise_criteria", "педагогтердің жобаға қатысуы"),
                   ("obligations", "жылына бір облыстық семинар өткізеді"),
                   ("obligations", "жоба материалдарын сайтта орналастырады")]
    from extractors.extract.lists.titles import platform_section
    assert platform_section("Эксперименттік алаң мәртебесі берілген ұйым мыналарды қамтамасыз етеді:", "kk")[0] == "obligations"


def test_documents_due_by_dates_are_reports_and_a_school_number_counts_no_items(tmp_path):
    text = ("Өңірлік инновациялық алаңдар (бұдан әрі – ӨИА) қызметіне мониторинг жүргізіледі.\n"
            "Осыған байланысты №5 мектеп базасында жұмыс істейтін ӨИА мынадай құжаттарды ұсынуы қажет:\n"
            "1) жартыжылдық есеп – 2025 жылғы 10 ақпанға дейін;\n"
            "2) оқу жылы бойынша талдамалық есеп – 2025 жылғы 5 маусымға дейін.\n")
    rows = _tables(tmp_path, {"kk_letter": text})["platform_criteria"]
    assert [(r["section"], r["deadline"]) for r in rows] == [
        ("reporting", "2025 жылғы 10 ақпанға дейін"), ("reporting", "2025 жылғы 5 маусымға дейін")]


def test_items_numbered_again_from_one_under_a_numbered_clause(tmp_path):
    text = ("Аудандық әдістемелік кабинет туралы ереже\n\n"
            "5. Кабинеттің күтілетін нәтижелері:\n"
            "1. Санаты бар педагогтер үлесінің артуы.\n"
            "2. Жас педагогтердің мектепте қалуы.\n"
            "6. Кабинет жұмысы жыл сайын талданады.\n")
    rows = _tables(tmp_path, {"kk_cab_restart": text})["cabinet_tasks"]
    assert [(r["kind"], r["position"]) for r in rows] == [("expected_result", 1), ("expected_result", 2)]


def test_a_course_named_in_the_title_owns_its_tasks(tmp_path):
    text = ("Біліктілікті арттыру курсының бағдарламасы\n\n"
            "Курс мектептегі әдістемелік жұмыстың сапасын арттыруға арналған.\n\n"
            "Курстың міндеттері:\n"
            "1) тыңдаушыларды сабақты талдау тәсілдерімен таныстыру;\n"
            "2) кері байланыс беру дағдыларын қалыптастыру.\n")
    assert _tables(tmp_path, {"kk_course_tasks": text})["cabinet_tasks"] == []


def test_the_year_a_caption_is_for_leaves_its_owner_to_the_context(tmp_path):
    text = ("Қалалық әдістемелік кабинет туралы ереже\n\n"
            "4. 2025–2026 оқу жылына арналған жұмыстың басым бағыттары:\n"
            "1) жас педагогтерді қолдау;\n"
            "2) жаратылыстану пәндерін оқытуды жетілдіру.\n")
    rows = _tables(tmp_path, {"kk_cab_year": text})["cabinet_tasks"]
    assert [(r["kind"], r["position"]) for r in rows] == [("direction", 1), ("direction", 2)]


def test_a_body_attached_to_the_cabinet_is_not_the_cabinet_and_an_object_is_not_a_deadline(tmp_path):
    text = ("Облыстық инновациялық алаң мәртебесін беру қағидалары\n\n"
            "2. Өтінімдерді облыстық әдістемелік кабинет жанындағы сарапшылар кеңесі (бұдан әрі – сарапшылар кеңесі) қарайды.\n"
            "3. Сарапшылар кеңесі өтінімдерді мынадай өлшемшарттар бойынша бағалайды:\n"
            "1) жобаның өзектілігі;\n"
            "2) күтілетін нәтижелердің өлшенетіндігі.\n")
    t = _tables(tmp_path, {"kk_platform_council": text})
    assert t["cabinet_tasks"] == []
    assert [r["section"] for r in t["platform_criteria"]] == ["expertise_criteria", "expertise_criteria"]
    assert deadline("жұмыс жоспарын шешім шыққан күннен бастап екі апта ішінде бекітеді;", "obligations") \
        == "шешім шыққан күннен бастап екі апта ішінде"


def test_a_september_deadline_with_the_voiced_month_stem():
    assert deadline("жобаның жұмыс жоспарын ағымдағы оқу жылының 20 қыркүйегіне дейін бекітеді;", "obligations") \
        == "ағымдағы оқу жылының 20 қыркүйегіне дейін"


def test_usual_cabinet_abbreviations_and_an_orders_instruction_to_the_cabinet(tmp_path):
    text = ("Городской методический кабинет\n\nАНАЛИТИЧЕСКИЙ ОТЧЁТ\n\n"
            "В отчётном году в школах города работали 40 молодых учителей.\n"
            "Основные направления работы ГМК в отчётном году:\n"
            "1) сопровождение молодых учителей;\n"
            "2) организация городских семинаров.\n")
    rows = _tables(tmp_path, {"ru_gmk_report": text})["cabinet_tasks"]
    assert [(r["kind"], r["position"]) for r in rows] == [("direction", 1), ("direction", 2)]
    assert cabinet_owns("Районному методическому кабинету в 2025 году вести работу по следующим направлениям:")


def test_a_kazakh_title_closed_by_a_passive_verb_of_setting_and_an_addressee_with_a_hyphenated_ending(tmp_path):
    text = ("Аудандық әдістемелік кабинеттің ақпараты\n\n"
            "Кеңес қорытындысы бойынша аудандық әдістемелік кабинеттің алдағы міндеттері белгіленді:\n"
            "1) жас педагогтерге әдістемелік көмек көрсету;\n"
            "2) озық тәжірибені жинақтау.\n")
    rows = _tables(tmp_path, {"kk_cab_set": text})["cabinet_tasks"]
    assert [(r["kind"], r["position"]) for r in rows] == [("task", 1), ("task", 2)]
    assert not cabinet_owns("Есептер ӘК-ға мынадай тәртіппен ұсынылады:", ("ӘК",))


def test_decimal_items_under_a_numbered_caption_and_a_lead_in(tmp_path):
    text = ("Положение о городском методическом кабинете\n\n"
            "3. Функции ГМК\n"
            "Для решения поставленных задач ГМК:\n"
            "3.1. проводит диагностику затруднений педагогов;\n"
            "3.2. до 20 июня представляет отделу образования отчёт о работе.\n")
    t = _tables(tmp_path, {"ru_gmk_functions": text})
    assert [(r["kind"], r["position"]) for r in t["cabinet_tasks"]] == [("function", 1), ("function", 2)]
    assert t["platform_criteria"] == []


def test_a_platform_called_platforma_and_an_ordinal_year_in_a_deadline(tmp_path):
    text = ("Өңірлік инновациялық платформа мәртебесін беру қағидалары\n\n"
            "1. Мектепке өңірлік инновациялық платформа (бұдан әрі – Платформа) мәртебесі үш жылға беріледі.\n"
            "2. Платформа мынадай бағыттардың бірі бойынша жұмыс істейді:\n"
            "1) STEM-білім беруді дамыту;\n"
            "2) оқушылардың зерттеушілік дағдыларын қалыптастыру.\n"
            "3. Платформа басқармаға мынадай есептерді ұсынады:\n"
            "1) жылдық есепті – екінші оқу жылының 15 маусымына дейін.\n")
    rows = _tables(tmp_path, {"kk_platforma": text})["platform_criteria"]
    assert [(r["section"], r["position"]) for r in rows] == [("directions", 1), ("directions", 2), ("reporting", 1)]
    assert deadline("жылдық есепті – екінші оқу жылының 15 маусымына дейін.", "kk") == "екінші оқу жылының 15 маусымына дейін"


def test_next_year_is_no_determiner_of_the_items(tmp_path):
    text = ("Аудандық әдістемелік кабинеттің жылдық есебі\n\n"
            "Биыл кабинет 12 семинар өткізді.\n"
            "Келесі оқу жылына әдістемелік кабинеттің міндеттері:\n"
            "1. Жас педагогтерді сүйемелдеуді жалғастыру.\n"
            "2. Озық тәжірибені шағын жинақты мектептерге тарату.\n")
    rows = _tables(tmp_path, {"kk_next_year": text})["cabinet_tasks"]
    assert [(r["kind"], r["position"]) for r in rows] == [("task", 1), ("task", 2)]


def test_platform_duties_with_a_deadline_after_the_verb_and_the_bare_russian_noun(tmp_path):
    kk = ("Қалалық инновациялық алаңның жұмысын ұйымдастыру тәртібі\n\n"
          "1. Алаң мәртебесін алу үшін ұйым өтінім береді.\n"
          "2. Алаң мәртебесін алған білім беру ұйымы:\n"
          "1) жұмыс жоспарын әдістемелік кабинетпен келіседі – 2025 жылғы 1 қазанға дейін;\n"
          "2) жыл сайын қалалық семинар өткізеді.\n")
    ru = ("Порядок работы городской инновационной площадки\n\n"
          "1. Для получения статуса площадки организация подаёт заявление.\n"
          "2. Организация образования, получившая статус площадки:\n"
          "1) согласовывает план работы с методическим кабинетом – до 1 октября 2025 года;\n"
          "2) ежегодно проводит городской семинар.\n")
    rows = _tables(tmp_path, {"kk_duties": kk, "ru_duties": ru})["platform_criteria"]
    assert sorted((r["section"], r["position"]) for r in rows) == [("obligations", 1), ("obligations", 1),
                                                                    ("obligations", 2), ("obligations", 2)]


def test_russian_next_year_a_labelled_theme_before_the_title_and_a_cabinet_owning_its_directions(tmp_path):
    ru = ("Справка о работе городского методического кабинета\n\n"
          "Городской методический кабинет (далее – ГМК) провёл 9 семинаров для учителей.\n\n"
          "Методическая тема: «Исследовательская культура учителя – путь к качеству»\n\n"
          "Задачи ГМК на следующий учебный год:\n"
          "1) расширение сети школьных исследовательских групп;\n"
          "2) подготовка сборника уроков учителей-исследователей.\n")
    kk = ("Аудандық білім бөлімінің хаты\n\n"
          "Аудандағы екі мектеп инновациялық алаң мәртебесіне өтінім дайындап жатыр, аудандық әдістемелік "
          "кабинет оларды сүйемелдейді.\n\n"
          "2026 жылы кабинет жұмысының негізгі бағыттары:\n"
          "– инновациялық алаң мәртебесіне үміткер мектептерге кеңес беру;\n"
          "– жас педагогтерге тәлімгерлік ұйымдастыру;\n"
          "– аудандық тәжірибе банкін толықтыру.\n")
    t = _tables(tmp_path, {"ru_gmk": ru, "kk_bagyt": kk})
    cab = sorted((r["kind"], r["position"], r["list_title"]) for r in t["cabinet_tasks"])
    assert cab[:3] == [("direction", 1, "2026 жылы кабинет жұмысының негізгі бағыттары:"),
                       ("direction", 2, "2026 жылы кабинет жұмысының негізгі бағыттары:"),
                       ("direction", 3, "2026 жылы кабинет жұмысының негізгі бағыттары:")]
    assert cab[3:] == [("task", 1, "Задачи ГМК на следующий учебный год:"), ("task", 2, "Задачи ГМК на следующий учебный год:")]
    # one item helps the platforms' applicants; the list stays the cabinet's
    assert t["platform_criteria"] == []


def test_lead_in_drops_a_label_with_its_quoted_value():
    assert lead_in("Әдістемелік тақырып: «Оқу сапасы – ортақ жауапкершілік» Кабинеттің міндеттері:") == "Кабинеттің міндеттері:"
    assert lead_in("Приём «Мозговой штурм» применяют так:") == "Приём «Мозговой штурм» применяют так:"


def test_platforms_named_in_the_genitive_plural_and_what_they_submit_under_a_requirements_heading(tmp_path):
    ru = ("Положение о методическом кабинете\n\n"
          "5. Городские инновационные площадки\n"
          "5.1. Методический кабинет координирует деятельность городских инновационных площадок\n"
          "(далее – ГИП).\n"
          "5.2. ГИП представляет в методический кабинет следующие документы:\n"
          "а) план работы на учебный год – до 15 сентября;\n"
          "б) итоговый отчёт – до 5 июня.\n")
    t = _tables(tmp_path, {"ru_gip": ru})
    assert [(r["section"], r["position"]) for r in t["platform_criteria"]] == [("reporting", 1), ("reporting", 2)]
    assert t["cabinet_tasks"] == []


def test_the_cabinet_before_its_verb_owns_the_tasks_and_a_regulation_states_its_results(tmp_path):
    ru = ("Информационное письмо\n\n"
          "Объявляется отбор региональных инновационных площадок (далее – РИП).\n"
          "На время отбора РИП районный методический кабинет выполняет следующие задачи:\n"
          "1) консультирование школ по подготовке заявок;\n"
          "2) проверка заявок на полноту.\n")
    reg = ("Положение о районном методическом кабинете\n\n"
           "1. Кабинет оказывает методическую помощь школам района.\n"
           "2. Выполнение настоящего Положения позволит обеспечить:\n"
           "1) рост доли педагогов с высшей категорией;\n"
           "2) снижение числа молодых учителей, уходящих из профессии.\n")
    t = _tables(tmp_path, {"ru_letter": ru, "ru_reg": reg})
    assert sorted((r["kind"], r["position"]) for r in t["cabinet_tasks"]) == [
        ("expected_result", 1), ("expected_result", 2), ("task", 1), ("task", 2)]


def test_the_last_item_before_the_next_clause_is_no_section_title(tmp_path):
    ru = ("Положение об инновационной площадке\n\n"
          "4. Прекращение статуса\n\n"
          "4.1. Статус РИП прекращается досрочно по следующим основаниям:\n"
          "1) заявление организации об отказе от статуса;\n"
          "2) реорганизация организации образования.\n\n"
          "4.2. Решение оформляется приказом в течение 10 дней.\n")
    rows = _tables(tmp_path, {"ru_stop": ru})["platform_criteria"]
    assert [(r["section"], r["position"]) for r in rows] == [("early_termination", 1), ("early_termination", 2)]
