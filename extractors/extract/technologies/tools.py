"""Educational software and tools: Latin-script product names where the text speaks of
programs or tools (бағдарлама, құрал, программа, инструмент, редактор, Tools), and
'X бағдарламасы / программа X'.

A Latin name alone is not enough (PISA, TIMSS are studies, not tools): it must stand in a
sentence or list that is about programs/tools, and outside quotation marks.
"""
from __future__ import annotations

import re

from .normalize import ru_parse
from .patterns import _KK_POSTPOSITIONS, Candidate, _ru_agree

TOOL_CUE = re.compile(
    r"(бағдарлама|программ|құрал|инструмент|редактор|\bTools?\b|платформ|приложени|қосымша|сервис"
    r"|онлайн-(?:доск|тақта)\w*|цифр(?:ов|л)\w*\s+(?:инструмент|ресурс|құрал))", re.I
)
# product names: capitalised Latin words, and camel case with a lowercase first letter (mBot, iPad, eTwinning)
# Kazakh writes case and possessive endings on a foreign name after a hyphen ('Padlet-ті',
# 'Replit-те', 'GitHub-қа', 'Zoom платформасы' needs none): the name ends before the hyphen
KK_CASE_AFTER_HYPHEN = (r"-(?:[тдн][аеыі]|[кгқғ][еа]|[тдн][аеыі]ң|[тдн][ае]н|[пбм]ен|[тд][ае][ғг][ыі]"
                        r"|с?[ыі](?:н|на|не|нда|нде|ндағы|ндегі|мен|ның|нің)?|[ае]|[ыі]н)(?![\w-])")
# nouns of places where a product's content lives: a channel, board, group chat, site, portal, database,
# programming environment. A Latin name with one of them is that product: glued by a hyphen
# ('Telegram-арнасы', 'WhatsApp-топтарына', 'Padlet-доске'), after it in Kazakh ('Kitap.kz порталындағы',
# 'Thonny ортасы'), before it in Russian ('на доске Padlet', 'в среде Thonny')
RESOURCE_NOUN = r"(?:(?:онлайн|электрондық|электронн\w+)[\s-]+)?(?:арна|топ|чат|тақта|доск|канал|сайт|портал|база|баз[аеыу]|орта|сред[аеыу]|парақша|аккаунт|мессенджер|сөздіг|сөздік|словар|слайсер|ойын|игр[аеыу])"
_RESOURCE_HYPHEN = r"-" + RESOURCE_NOUN + r"[а-яәғқңөұүһіё]*(?![\w-])"
NAME_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z0-9+#]*(?:['’]s)?|[A-Z]{2,}s?|[a-z]{1,4}[A-Z][A-Za-z0-9+#]*)(?:\.[a-z][a-z0-9-]*)*"
    r"(?:(?:[ ]|/| & )(?:[A-Z][A-Za-z0-9+#]*|HTML))*(?:(?![\w-])|(?=" + KK_CASE_AFTER_HYPHEN + r")|(?=" + _RESOURCE_HYPHEN + r"))"
)
# programming languages are what the class learns, not software it learns with ('Python тілінде',
# 'Python командаларымен', a keyword line 'Scratch, MakeCode, Python')
PROGRAMMING_LANGUAGES = {"Python", "JavaScript", "Java", "Pascal", "Kotlin", "Ruby", "PHP", "HTML", "CSS", "Go", "Rust", "Swift"}
NOT_NAMES = PROGRAMMING_LANGUAGES | {"Tools", "Authoring", "Screen", "CBT", "WBT", "Web", "PISA", "PIRLS", "TIMSS", "ЮНЕСКО",
             "pH"}  # a chemistry quantity, not a product
# Latin terms that name a technology rather than a product (a small gazetteer, one signal)
TERMS = {"e-learning": "e-learning", "m-learning": "m-learning", "blended learning": "blended learning"}
# educational devices and resources named by a fixed noun phrase (kind software = tool)
TOOL_TERMS = re.compile(r"\b(интерактивт[іи]\w*\s+тақта\w*|интерактивн\w+\s+доск\w*|электрондық\s+оқулық\w*|электронн\w+\s+учебник\w*)", re.I)


# nouns of equipment, kits and wearable devices: the Latin names they govern are products ('LEGO Education
# SPIKE және Arduino жиынтықтары', 'конструкторы LEGO и Makeblock', 'на оборудовании Arduino',
# 'пульсометры Polar')
EQUIPMENT = r"(?:робот\w*|(?:фитнес-)?браслет\w*|пульсометр\w*|трекер\w*|датчик\w*|гарнитур\w*|білезік\w*|тренаж[её]р\w*|симулятор\w*|жиынтығ\w*|жиынтықтар\w*|жабдығ\w*|жабдықтар\w*|жабдық|конструктор\w*|құрылғы\w*|набор\w*|оборудовани\w*|комплект\w*|устройств\w*|(?:цифрлық\s+|цифров\w*\s+)?(?:зертхана\w*|лаборатори\w*))"
_NAME_LIST = r"{n}(?:\s*(?:,|және|мен|и|или|немесе)\s*{n})*"


def _governed_spans(text: str) -> list[tuple[int, int]]:
    """Stretches holding a coordinated list of Latin names next to the equipment noun that governs
    it: before the noun in Kazakh (head-final), after it in Russian."""
    name = r"(?:[A-Z]|[a-z]{1,2}[A-Z])[A-Za-z0-9+#]*(?:\s[A-Z][A-Za-z0-9+#]*)*"
    names = _NAME_LIST.format(n=name)
    spans = [(m.start(), m.start() + len(m.group(1))) for m in re.finditer(rf"({names})\s+{EQUIPMENT}(?!\w)", text)]
    spans += [(m.start(1), m.end(1)) for m in re.finditer(rf"(?<!\w){EQUIPMENT}\s+({names})", text, re.I)]
    return spans


# 'CO2', 'H2O', 'NaCl': element symbols with counts are formulas, not products
_CHEMICAL_FORMULA = re.compile(r"(?=\D*\d)(?:[A-Z][a-z]?\d*){1,4}")
_KK_MEANS_AFTER = re.compile(r"\s+(?:арқылы|көмегімен|қолданып|пайдаланып)(?!\w)")
_RU_MEANS_BEFORE = re.compile(r"(?<!\w)(?:через|с\s+помощью|при\s+помощи|посредством|в|на|(?:и|вы)?использу\w+|примен\w+"
                              r"|осваива\w+|освоил\w*|изуча\w+\s+работу\s+в)\s+$", re.I)  # (what learners master is a product)
_LANGUAGE_AFTER = re.compile(r"(?:-[а-яәғқңөұүһі]+)?\s+(?:тіл|язык|код|команд|синтаксис)", re.I)


# further Latin names coordinated after this one: 'BandLab пен MuseScore арқылы' uses both
_KK_MORE_NAMES = re.compile(r"(?:\s*(?:,|және|мен|бен|пен|немесе)\s*[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*)*)*")
# (a Latin brand may carry a Russian word of its product: 'в Google Таблицах и Power BI')
_RU_MORE_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*)*(?:\s[А-ЯЁ][а-яё]+)?\s*(?:,|\bи\b|\bили\b)\s*)+$")
_KK_RESOURCE_AFTER = re.compile(r"\s+" + RESOURCE_NOUN + r"[а-яәғқңөұүһі]*(?![\w-])", re.I)
_RU_RESOURCE_BEFORE = re.compile(r"(?<!\w)" + RESOURCE_NOUN + r"[а-яё]*\s+$", re.I)


def _used_through(text: str, s: int, e: int, lang: str) -> bool:
    """A Latin name the sentence works in or through is a product even with no word for
    programs nearby: Kazakh puts a case ending on it or a postposition of means after it
    ('Replit-те жүргізіледі', 'GitHub-қа жүктейді', 'Miro арқылы', also after a list of names),
    Russian a preposition before it ('через Zoom', 'в Trello'); and either language names the
    place its content lives (``RESOURCE_NOUN``). A programming language named as such is not a tool."""
    if _LANGUAGE_AFTER.match(text[e:]):
        return False
    if re.match(_RESOURCE_HYPHEN, text[e:], re.I):
        return True
    if lang == "kk":
        after = text[e + _KK_MORE_NAMES.match(text[e:]).end():]
        return bool(re.match(KK_CASE_AFTER_HYPHEN, text[e:]) or _KK_MEANS_AFTER.match(after)
                    or _KK_RESOURCE_AFTER.match(text[e:]))
    before = _RU_MORE_NAMES_BEFORE.sub("", text[:s])  # 'в TimelineJS или Sutori': the names after the first share its preposition
    return bool(_RU_MEANS_BEFORE.search(before) or _RU_RESOURCE_BEFORE.search(before))


# a product spelled in lower case ('приложение phyphox', 'geogebra қосымшасы') is named as such by the
# software noun right beside it
_LOWER_PRODUCT = re.compile(
    r"(?<!\w)(?i:приложени|программ|сервис|платформ)\w*\s+([a-z][a-z0-9]{3,})(?![\w.-])"
    r"|(?<![\w.-])([a-z][a-z0-9]{3,})\s+(?:қосымша|бағдарлама|платформа)")


# an English name ending in one of these is an institution, not a product ('Stanford University')
_INSTITUTION = {"University", "Institute", "Foundation", "Academy", "College", "Center", "Centre"}
# a native verbal noun with an English word in brackets after it is translated, not named:
# 'болжау (Predict), іске қосу (Run)', 'моделирование (Modeling)'
_ACTION_BEFORE_BRACKET = re.compile(r"(?:[а-яәғқңөұүһі]{2,}[ую]|[а-яё]{2,}(?:ние|тие))\s*\(\s*$", re.I)


_INSIDE_PRODUCT = re.compile(r"[A-Za-z][\w.]*-(?:тағы|тегі|дағы|дегі)\s+$")


def _gloss_of_an_action(text: str, s: int, e: int) -> bool:
    return bool(_ACTION_BEFORE_BRACKET.search(text[:s])) and text[e:].lstrip().startswith(")")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|\"[^\"]*\"", text)]


# a quoted product named by what it is: 'компьютерная программа «Видимая речь»', 'компьютерный
# логопедический комплекс «Дельфа-142.1»'; Kazakh after it: '«Логомер 2» логопедиялық бағдарламалық кешені'
_RU_SOFTWARE_BEFORE = re.compile(
    r"(?:(?:компьютерн|обучающ|мультимедийн|программн|интерактивн|цифров)\w*\s+(?:[а-яё]+\s+)?"
    r"(?:программ|комплекс|тренаж[её]р|приложени|симулятор|платформ|лаборатори)\w*"
    # a device complex for therapy or diagnosis ('логопедический комплекс «Дельфа-142.1»'; not the
    # textbook kit 'учебно-методический комплекс'), an online platform or service
    r"|(?:логопедическ|коррекционн|диагностическ|(?:программно-)?аппаратн)\w*\s+(?:комплекс|тренаж[её]р)\w*"
    r"|онлайн-(?:платформ|сервис|тренаж[её]р)\w*)\s+(«[^«»]{2,40}»)", re.I)
_KK_SOFTWARE_AFTER = re.compile(
    r"(«[^«»]{2,40}»)\s+(?:[а-яәғқңөұүһі]+\s+)?(?:бағдарламалық\s+(?:кешен|жасақтама)|компьютерлік\s+(?:бағдарлама|тренажер)"
    r"|мобильді\s+қосымша|цифрлық\s+зертхана|(?:логопедиялық|түзету-дамыту|диагностикалық|компьютерлік)\s+кешен)\w*", re.I)


def quoted_software_candidates(text: str, base: int, lang: str) -> list[Candidate]:
    """The whole phrase is the mention (the device noun is no second tool); the name is the label."""
    pattern = _KK_SOFTWARE_AFTER if lang == "kk" else _RU_SOFTWARE_BEFORE
    out = []
    for m in pattern.finditer(text):
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), m.group(1).strip("«»"), lang, "software",
                             "quoted_software", 0.8, priority=2))
    return out


def tool_candidates(text: str, base: int, lang: str, context_cue: bool = False, topic_cue: bool = False) -> list[Candidate]:
    """``topic_cue``: the sentence before, in the same paragraph, announced tools ('Цифровые
    инструменты дополняют …'), so the Latin names of this one are their examples."""
    out: list[Candidate] = []
    quoted = _quoted_spans(text)
    cue = context_cue or topic_cue or bool(TOOL_CUE.search(text))
    governed = _governed_spans(text)
    scope = text
    offset = 0
    dash = re.search(r"\s[–—-]\s", text)
    if context_cue and ":" in text:
        # 'Күнделікті қолданылатын құралдар: Word, PowerPoint' — names follow the label
        offset = text.index(":") + 1
        scope = text[offset:]
    elif context_cue and dash and not re.search(r"[A-Za-z]", text[:dash.start()]):
        # 'совместная работа – Miro, Padlet': the purpose, a dash, then the tools that serve it
        offset = dash.end()
        scope = text[offset:]
    for m in NAME_RE.finditer(scope):
        name = m.group(0).strip()
        s = offset + m.start()
        e = s + len(name)
        # inside quotation marks a Latin name is a title ('«Smart School»'), unless the quoted title
        # itself works through it ('«Хор партияларын BandLab пен MuseScore арқылы үйрету»')
        in_quote = any(a <= s < b for a, b in quoted)
        if name in NOT_NAMES or in_quote and not _used_through(text, s, e, lang) or _CHEMICAL_FORMULA.fullmatch(name):
            continue
        after = text[e:e + 30].lower()
        if re.match(r"\s*(халықаралық|исследован|зерттеу)", after):
            continue
        if re.split(r"[ /]", name)[0] in NOT_NAMES or name.split()[-1] in NOT_NAMES or name.split()[-1] in _INSTITUTION:
            continue
        if _gloss_of_an_action(text, s, e) or _INSIDE_PRODUCT.search(text[:s]):
            continue  # ('YouTube-тағы Super Simple Songs арнасы': a channel inside a product is its content)
        named_program = re.match(r"\s*(бағдарлама|программ)", after) or re.search(r"программ\w*\s*$", text[:s].lower())
        # 'в Kahoot!', 'на Padlet': a Russian preposition of place before a Latin product name (not an acronym)
        in_app = lang == "ru" and bool(re.search(r"(?<!\w)(в|на)\s+$", text[:s])) and not re.fullmatch(r"[A-Z]{2,}s?", name) \
            and text[e:e + 1] == "!"
        in_list = any(a <= s and e <= b for a, b in governed)
        used = _used_through(text, s, e, lang) and not re.fullmatch(r"[A-Z]{2,}s?", name)
        if not (cue or named_program or in_list or in_app or used):
            continue
        if re.fullmatch(r"[A-Z]{2,5}", name) and not (named_program or in_list):
            continue
        if context_cue and re.fullmatch(r"[а-яё]+ [а-яё]+ ", text[:s]):
            s = 0  # 'цифровая лаборатория Releon': the item opens with what the product is
            name = text[s:e]
        if in_app:
            e += 1
            name = text[s:e]
        if context_cue or used:
            # in a list of tools a Latin brand may go on in Cyrillic ('Google Формы') and keep its '!'
            tail = re.match(r"(?:\s[А-ЯЁ][а-яё]+)?!?(?=\s*(?:[,;.:]|$))", text[e:])
            if tail and tail.group(0):
                e += len(tail.group(0))
                name = text[s:e]
        e2 = e
        label = name
        if named_program:
            mm = re.match(r"\s*(бағдарламасы|бағдарламасын|бағдарламасының)", text[e:])
            if mm:
                e2 = e + mm.end()
        conf = 0.9 if (context_cue or named_program or in_list) else 0.8
        out.append(Candidate(base + s, base + e2, text[s:e2], label, lang, "software", "tool_name", conf))
    for m in _LOWER_PRODUCT.finditer(text):
        name = m.group(1) or m.group(2)
        s = m.start(1) if m.group(1) else m.start(2)
        if not any(a <= s < b for a, b in quoted):
            out.append(Candidate(base + s, base + s + len(name), name, name, lang, "software", "tool_name", 0.8))
    for m in TOOL_TERMS.finditer(text):
        words = m.group(0).lower().split()
        from .normalize import kk_strip

        label = " ".join([words[0], kk_strip(words[1]) if lang == "kk" else words[1]])
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), label, lang, "software",
                             "tool_term", 0.75))
    for m in re.finditer(r"(?<!\w)(АКТ|ИКТ)(?!\w)", text):
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), m.group(0), lang,
                             "pedagogical_technology", "term_gazetteer", 0.75))
    for term, label in TERMS.items():
        for m in re.finditer(re.escape(term), text, re.I):
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), label, lang,
                                 "pedagogical_technology", "term_gazetteer", 0.75))
    return out


# a Latin term given in brackets as the international name of a native one: 'зерттеу сабағы
# (Lesson Study)', 'исследование урока (Lesson Study)'; the native head is a noun of teaching
_GLOSSED_TERM = re.compile(r"([^\W\d_]+)\s*\(((?:[A-Z][a-z]+)(?:[ -][A-Z]?[a-z]+){1,3})\)")
_TEACHING_HEAD = re.compile(r"^(сабақ|сабағ|урок|оқыт|обучени|обучен|әдіс|метод|тәсіл|технолог|подход|ыңғай|при[её]м)", re.I)


# the first noun of a longer native phrase glossed in Latin: 'исследование в действии (Action Research)'
_GLOSS_NP_HEAD = re.compile(r"^(исследован|зерттеу|обучени|оқыт|преподаван|сабақ|урок)", re.I)
_GLOSS_NP_WORD = re.compile(r"^[а-яёәғқңөұүһі-]+$")
# English noun phrases are head-final: a Latin term ending in a noun of teaching or inquiry names an
# approach ('Lesson Study', 'Project-Based Learning', 'Flipped Learning')
_EN_TERM = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z]+[ -]){1,3}(?:Learning|Teaching|Study|Research|Thinking|Instruction|Pedagogy))(?![\w-])")


# an English term in lower case glosses the native phrase before it when it ends in a noun of teaching,
# learning or inquiry: 'гражданская наука (citizen science)', 'педагогика места (place-based education)'
_LOWER_GLOSS = re.compile(r"\(\s*((?:[a-z]+[ -]){1,3}(?:learning|teaching|education|science|pedagogy|instruction|"
                          r"thinking|inquiry|programming|training))\s*\)")


_KK_OBJECT_CASE = re.compile(r"(?:ға|ге|қа|ке|на|не|да|де|та|те|ны|ні|ды|ді|ты|ті)$")


def _native_before_gloss(text: str, at: int, lang: str):
    """Start of the native noun phrase that ends right before ``at``: up to three nouns and
    adjectives in Russian; in Kazakh (head-final) a modifier and its head, or three words through a
    postposition; None when there is none."""
    words = list(re.finditer(r"[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ-]+", text[:at]))[-3:]
    if lang == "kk" and len(words) == 3 and words[1].group(0).lower() not in _KK_POSTPOSITIONS:
        words = words[1:]  # two words, or three through a postposition: 'қызмет арқылы оқыту'
    start = None
    for w in reversed(words):
        if text[w.end():at if start is None else start].strip():
            break  # punctuation or a Latin word between: the phrase ends here
        word = w.group(0).lower()
        if lang == "ru":
            p = ru_parse(word)
            if p is None or p.tag.POS not in ("NOUN", "ADJF", "PRTF"):
                break
        elif word in ("және", "мен", "бен", "пен", "немесе") or start is not None and _KK_OBJECT_CASE.search(word):
            break  # a modifier in an oblique case is the verbal noun's object: 'сценарийларына тарту'
        start = w.start()
    return start


def _ru_nominative_phrase(phrase: str) -> str:
    """'гражданскую науку' → 'гражданская наука': adjectives and their head noun in the nominative,
    the genitive dependents after the head as they stand."""
    words = phrase.split()
    for k, w in enumerate(words):
        p = ru_parse(w)
        if p is not None and p.tag.POS == "NOUN":
            head = p.normal_form
            return " ".join(([_ru_agree(words[:k], head)] if k else []) + [head] + words[k + 1:])
    return phrase


def lower_gloss_candidates(text: str, base: int, lang: str) -> list[Candidate]:
    out = []
    for m in _LOWER_GLOSS.finditer(text):
        st = _native_before_gloss(text, m.start(), lang)
        if st is None or len(text[st:m.start()].split()) < 2:
            continue  # one native word glossed is a translation, not a name of its own
        native = " ".join(text[st:m.start()].split()).lower()
        if lang == "ru":
            native = _ru_nominative_phrase(native)
        out.append(Candidate(base + st, base + m.end(), text[st:m.end()], f"{native} ({m.group(1)})", lang,
                             "method", "glossed_term", 0.75, priority=2))
    return out


def glossed_term_candidates(text: str, base: int, lang: str) -> list[Candidate]:
    out = lower_gloss_candidates(text, base, lang)
    for m in _GLOSSED_TERM.finditer(text):
        if not _TEACHING_HEAD.match(m.group(1)):
            native = _gloss_native_np(text, m, lang)
            if native is not None:
                st = native
                label = f"{' '.join(text[st:m.end(1)].split()).lower()} ({m.group(2)})"
                out.append(Candidate(base + st, base + m.end(), text[st:m.end()], label, lang,
                                     "method", "glossed_term", 0.75, priority=2))
            continue
        name = m.group(2)
        out.append(Candidate(base + m.start(2), base + m.end(2), name, name, lang, "pedagogical_technology",
                             "glossed_term", 0.8, priority=2))
    return out


def _gloss_native_np(text: str, m, lang: str):
    """Start of a native noun phrase of up to four words before a Latin gloss whose first word is
    a noun of teaching or inquiry; None when there is none."""
    before = list(re.finditer(r"[^\s,;:.()«»]+", text[:m.end(1)]))[-4:]
    best = None
    for k in range(len(before) - 1, -1, -1):
        w = before[k].group(0)
        if not _GLOSS_NP_WORD.match(w) or w[:1].isupper() and k < len(before) - 1:
            break
        if text[before[k].end():m.end(1)].strip() and re.search(r"[,;:.()«»]", text[before[k].end():m.start(1)]):
            break
        if _GLOSS_NP_HEAD.match(w) and k < len(before) - 1:
            best = before[k].start()
    return best


def english_term_candidates(text: str, base: int, lang: str) -> list[Candidate]:
    """Latin names of approaches written in English inside a kk/ru sentence ('Lesson Study')."""
    out = []
    for m in _EN_TERM.finditer(text):
        name = m.group(1)
        if re.search(r"[A-Za-z]\s*$", text[:m.start(1)]) or re.match(r"\s*[A-Z]", text[m.end(1):]):
            continue  # part of a longer Latin name (a title, an institution)
        out.append(Candidate(base + m.start(1), base + m.end(1), name, name, lang, "pedagogical_technology",
                             "english_term", 0.75, priority=2))
    return out
