"""Kazakh closed-class words: pronouns with their irregular case forms, determiners,
postpositions, conjunctions, particles and auxiliaries, as UD Kazakh KTB annotates them.

These words are few, frequent and often irregular (мен 'I' → маған, ол → оның/оған), so
suffix stripping cannot find their lemmas; a list written once from the grammar can. The
entries follow KTB's conventions (e.g. the copula еді/екен/емес has lemma 'е' and UPOS AUX;
бар/жоқ are ADJ; мен/бен/пен 'and, with' is CCONJ with lemma 'мен').
"""
from __future__ import annotations

from extractors.tag.types import feats_str

# (lemma, upos, feats) per form; the first reading is the default.
Reading = tuple[str, str, str]

_CASES = {
    # personal pronouns: nominative, genitive, dative, accusative, locative, ablative, instr.
    "мен": ("мен", "менің", "маған", "мені", "менде", "менен", "менімен"),
    "сен": ("сен", "сенің", "саған", "сені", "сенде", "сенен", "сенімен"),
    "ол": ("ол", "оның", "оған", "оны", "онда", "одан", "онымен"),
    "біз": ("біз", "біздің", "бізге", "бізді", "бізде", "бізден", "бізбен"),
    "сіз": ("сіз", "сіздің", "сізге", "сізді", "сізде", "сізден", "сізбен"),
    "олар": ("олар", "олардың", "оларға", "оларды", "оларда", "олардан", "олармен"),
    "сендер": ("сендер", "сендердің", "сендерге", "сендерді", "сендерде", "сендерден",
               "сендермен"),
    "сіздер": ("сіздер", "сіздердің", "сіздерге", "сіздерді", "сіздерде", "сіздерден",
               "сіздермен"),
    "бұл": ("бұл", "бұның", "бұған", "бұны", "бұнда", "бұдан", "бұнымен"),
    "сол": ("сол", "соның", "соған", "соны", "сонда", "содан", "сонымен"),
    "осы": ("осы", "осының", "осыған", "осыны", "осында", "осыдан", "осымен"),
    "кім": ("кім", "кімнің", "кімге", "кімді", "кімде", "кімнен", "кіммен"),
    "не": ("не", "ненің", "неге", "нені", "неде", "неден", "немен"),
    "өз": ("өз", "өзінің", "өзіне", "өзін", "өзінде", "өзінен", "өзімен"),
}
_CASE_NAMES = ("Nom", "Gen", "Dat", "Acc", "Loc", "Abl", "Ins")
_PERSON = {"мен": ("1", "Sing"), "сен": ("2", "Sing"), "ол": ("3", "Sing"),
           "біз": ("1", "Plur"), "сіз": ("2", "Sing"), "олар": ("3", "Plur"),
           "сендер": ("2", "Plur"), "сіздер": ("2", "Plur")}
_DEM = {"бұл", "сол", "осы"}
_INT = {"кім", "не"}
# spoken / alternative stems: мұның, мұнда, мұны, онан, аның
_VARIANTS = {"мұның": ("бұл", "Gen"), "мұны": ("бұл", "Acc"), "мұнда": ("бұл", "Loc"),
             "мұнан": ("бұл", "Abl"), "мұған": ("бұл", "Dat"), "онан": ("ол", "Abl"),
             "бұлар": ("бұл", "Nom"), "бұлардың": ("бұл", "Gen"), "бұларды": ("бұл", "Acc"),
             "бұларға": ("бұл", "Dat"), "бұлармен": ("бұл", "Ins"), "мынау": ("мына", "Nom")}

_FIXED: dict[str, list[Reading]] = {
    # conjunctions
    "және": [("және", "CCONJ", "_")], "немесе": [("немесе", "CCONJ", "_")],
    "бірақ": [("бірақ", "CCONJ", "_")], "әрі": [("әрі", "CCONJ", "_")],
    "не": [("не", "PRON", "Case=Nom|PronType=Int"), ("не", "CCONJ", "_")],
    "мен": [("мен", "CCONJ", "_"), ("мен", "PRON", "Case=Nom|Number=Sing|Person=1|PronType=Prs")],
    "бен": [("мен", "CCONJ", "_")], "пен": [("мен", "CCONJ", "_")],
    "алайда": [("алайда", "CCONJ", "_")], "дегенмен": [("дегенмен", "CCONJ", "_")],
    "сондықтан": [("сондықтан", "SCONJ", "_")], "егер": [("егер", "SCONJ", "_")],
    "өйткені": [("өйткені", "SCONJ", "_")], "яғни": [("яғни", "SCONJ", "_")],
    "себебі": [("себебі", "SCONJ", "_"), ("себеп", "NOUN", "Case=Nom")],
    "сондай-ақ": [("сондай-ақ", "CCONJ", "_")], "әйтпесе": [("әйтпесе", "SCONJ", "_")],
    "да": [("да", "ADV", "_"), ("да", "CCONJ", "_")], "де": [("да", "ADV", "_")],
    "та": [("да", "ADV", "_")], "те": [("да", "ADV", "_")],
    # postpositions
    **{p: [(p, "ADP", "_")] for p in (
        "үшін", "туралы", "жөнінде", "бойынша", "арқылы", "сияқты", "секілді", "сайын",
        "дейін", "шейін", "кейін", "соң", "бері", "қарай", "гөрі", "қарсы", "бірге", "қатар",
        "байланысты", "қатысты", "сәйкес", "орай", "туралы", "ретінде", "тәрізді", "шамасында",
        "жуық", "арқасында", "негізінде", "барысында", "кезінде", "бойы", "басқа", "өзге")},
    # particles and adverbs of focus
    "ғана": [("ғана", "ADV", "_")], "қана": [("ғана", "ADV", "_")],
    "тек": [("тек", "ADV", "_")], "тіпті": [("тіпті", "ADV", "_")],
    "ма": [("ма", "PART", "_")], "ме": [("ма", "PART", "_")], "ба": [("ма", "PART", "_")],
    "бе": [("ма", "PART", "_")], "па": [("ма", "PART", "_")], "пе": [("ма", "PART", "_")],
    "ғой": [("ғой", "PART", "_")], "қой": [("ғой", "PART", "_"), ("қой", "VERB", "_")],
    "шығар": [("шығар", "PART", "_")], "ақ": [("ақ", "PART", "_")],
    "-ақ": [("ақ", "PART", "_")], "ше": [("ше", "PART", "_")],
    # auxiliaries and predicatives
    "еді": [("е", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")],
    "екен": [("е", "AUX", "Evident=Nfh|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")],
    "емес": [("е", "AUX", "Polarity=Neg")],
    "едім": [("е", "AUX", "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin")],
    "едік": [("е", "AUX", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin")],
    "едің": [("е", "AUX", "Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin")],
    "екенін": [("е", "AUX", "Case=Acc|Tense=Past|VerbForm=Part")],
    "екені": [("е", "AUX", "Case=Nom|Tense=Past|VerbForm=Part")],
    "бар": [("бар", "ADJ", "_")], "жоқ": [("жоқ", "ADJ", "_")],
    "керек": [("керек", "ADJ", "_")], "тиіс": [("тиіс", "ADJ", "_")],
    "мүмкін": [("мүмкін", "ADJ", "_")],
    # determiners and quantifiers
    "осы": [("осы", "DET", "PronType=Dem")], "сол": [("сол", "DET", "PronType=Dem")],
    "бұл": [("бұл", "DET", "PronType=Dem"), ("бұл", "PRON", "Case=Nom|PronType=Dem")],
    "мына": [("мына", "DET", "PronType=Dem")], "ана": [("ана", "DET", "PronType=Dem")],
    "әр": [("әр", "DET", "PronType=Tot")], "әрбір": [("әрбір", "DET", "PronType=Tot")],
    "барлық": [("барлық", "DET", "PronType=Tot")], "бүкіл": [("бүкіл", "DET", "PronType=Tot")],
    "бірнеше": [("бірнеше", "DET", "_")], "көптеген": [("көптеген", "DET", "_")],
    "кейбір": [("кейбір", "DET", "PronType=Ind")], "қай": [("қай", "DET", "PronType=Int")],
    "қандай": [("қандай", "PRON", "PronType=Int")], "қанша": [("қанша", "PRON", "PronType=Int")],
    "өз": [("өз", "DET", "_")],
    # adverbs
    **{a: [(a, "ADV", "_")] for a in (
        "өте", "ең", "аса", "әлі", "енді", "қазір", "бұрын", "әрқашан", "кейде", "қайда",
        "қалай", "неге", "тағы", "әсіресе", "әрине", "мүлде", "жиі", "бірден", "біраз",
        "сонша", "осылай", "солай", "былай", "бүгін", "ертең", "кеше", "ылғи", "нақты")},
    # numerals
    **{n: [(n, "NUM", "NumType=Card")] for n in (
        "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма",
        "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың",
        "миллион", "миллиард")},
}


def _build() -> dict[str, list[Reading]]:
    table: dict[str, list[Reading]] = {}
    for lemma, forms in _CASES.items():
        for form, case in zip(forms, _CASE_NAMES):
            f = {"Case": case}
            if lemma in _PERSON:
                f["Person"], f["Number"] = _PERSON[lemma]
                f["PronType"] = "Prs"
            elif lemma in _DEM:
                f["PronType"] = "Dem"
            elif lemma in _INT:
                f["PronType"] = "Int"
            table.setdefault(form, []).append((lemma, "PRON", feats_str(f)))
    for form, (lemma, case) in _VARIANTS.items():
        table.setdefault(form, []).append((lemma, "PRON", feats_str({"Case": case,
                                                                     "PronType": "Dem"})))
    for form, readings in _FIXED.items():
        # fixed readings come first: "мен" as 'and' is as frequent as 'I' in KTB
        table[form] = readings + [r for r in table.get(form, []) if r not in readings]
    return table


CLOSED: dict[str, list[Reading]] = _build()
