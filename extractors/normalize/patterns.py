"""Patterns of document structure shared by the layout rules: list markers, headings, function
words. They describe the conventions of Kazakh and Russian official/methodological writing, not
any one document."""
from __future__ import annotations

import re

UPPER = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ"
LOWER = "a-zа-яёәіңғүұқөһ"

# bullets that can only be list markers at the start of a line
BULLET_MARKER = re.compile(r"^\s*([•·▪●○◦■□►▸➢➤✓✔❖\*])\s*(?=\S)")
# dashes are list markers only where the layout says so (after a ':' / ';' / '.' line)
DASH_MARKER = re.compile(r"^\s*([-–—−])\s+(?=\S)")
# 1.  1)  1.1.  4.6.  (1)  а)  б)  a)
# (a bracket marker may also open an item that starts with a number: '1) 5–9-сыныптарда …')
NUMBER_MARKER = re.compile(rf"^\s*(\(?\d{{1,2}}(?:\.\d{{1,2}})*[.)](?=\s*[^\s\d.])|[{LOWER}]\)(?=\s*[^\s\d.])"
                           rf"|\d{{1,2}}\)(?=\s+\d))\s*")
# 1.1 Text  (clause numbers without a final dot, as Russian regulations write them)
CLAUSE_MARKER = re.compile(rf"^\s*(\d{{1,2}}(?:\.\d{{1,2}})+)\s+(?=[{UPPER}{LOWER}«\"(])")
# 1 Title   (a chapter number without dot, followed by a capitalised word)
CHAPTER_NUMBER = re.compile(rf"^\s*(\d{{1,2}})\s+(?=[{UPPER}])")

HEADING_WORDS = {
    # kk
    "алғысөз", "кіріспе", "қорытынды", "мазмұны", "аңдатпа", "түйін", "түйіндеме",
    "әдебиеттер", "әдебиеттер тізімі", "пайдаланылған әдебиеттер", "пайдаланылған әдебиеттер тізімі",
    "қосымшалар", "ескерту", "ескертпе",
    # ru
    "предисловие", "введение", "заключение", "выводы", "содержание", "оглавление", "аннотация",
    "литература", "список литературы", "список использованной литературы",
    "список использованных источников", "приложения", "резюме", "примечание",
    # en (abstracts of bilingual articles)
    "abstract", "summary", "references", "introduction", "conclusion",
}

APPENDIX = re.compile(
    rf"^(?:\d{{1,2}}\s*[-–]\s*қосымша|қосымша\s*(?:\d{{1,2}}|[{UPPER}])?|приложение\s*(?:№\s*)?(?:\d{{1,2}}|[{UPPER}])?)\s*\.?$",
    re.IGNORECASE,
)
# the caption of an appendix to an act, on its own line: 'Ақсу қаласы білім бөлімінің 2024 жылғы 28
# тамыздағы № 143 бұйрығына 2-қосымша', 'Приложение 1 к приказу управления образования от …'
APPENDIX_TO_ACT = re.compile(
    r"^\S.{4,110}(?:бұйрығына|қаулысына|шешіміне|ережесіне|қағидаларына)\s+(?:\d{1,2}\s*[-–]\s*)?қосымша$"
    r"|^приложение\s*(?:№\s*)?(?:\d{1,2}\s+)?к\s+(?:приказу|постановлению|решению|положению|правилам)\b.{0,100}$",
    re.IGNORECASE,
)
TABLE_CAPTION = re.compile(r"^(?:\d{1,2}\s*[-–]\s*кесте|кесте\s*\d{1,2}|таблица\s*(?:№\s*)?\d{1,2})\b", re.IGNORECASE)

# words after which a line cannot end a unit: prepositions, conjunctions, postpositions
FUNCTION_WORDS = {
    # ru
    "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "из", "за", "для", "при", "про",
    "без", "до", "под", "над", "через", "между", "и", "а", "но", "или", "что", "как", "не", "их",
    "его", "ее", "её", "также", "а также", "то", "так", "чем", "который", "которые", "которых",
    # kk
    "және", "мен", "бен", "пен", "немесе", "үшін", "арқылы", "туралы", "бойынша", "сияқты", "яғни",
    "мен", "да", "де", "та", "те", "әрі", "не", "оның", "олардың", "бұл", "осы", "сол", "ал",
}

TERMINAL = ".!?;:…"
CLOSERS = "»\"')]”’"
