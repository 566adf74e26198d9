"""Kazakh and Russian rules that find technology names in running text.

Kazakh noun phrases are head-final: a technology is '[author-GEN] modifiers + head', the head
being технология(сы), оқыту (with a specific modifier), әдіс(і) or әдістеме(сі); modifiers are
adjectives (-лық/-лік/-ды…), converbs (деңгейлеп, дамыта), verbal nouns (жобалау) or bare
nouns (ойын, жоба). Russian phrases put adjectives before the head (игровые технологии,
проблемное обучение) and genitive dependents after it; one head may govern a comma list of
genitives (технология полного усвоения, критического мышления, М. Монтессори …), each its
own technology. A phrase counts only when at least one modifier is specific (not in the
generic lists of classification.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .classification import (
    GENERIC_KK,
    GENERIC_KK_OQYTU,
    GENERIC_RU,
    GENERIC_RU_GEN,
    KK_TECH_HEAD,
    is_kk_adjective,
)
from .normalize import is_kazakh, kk_strip, normalize_author, ru_agreement, ru_lemma, ru_morph_parses, ru_parse

TOKEN_RE = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+(?:[-–][A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9]+)*\.?|[^\s\w]")


@dataclass
class Candidate:
    """A technology mention before linking; offsets index the document's normalized text."""

    start: int
    end: int
    surface: str
    label: str
    lang: str
    kind: str
    rule: str
    confidence: float
    author: Optional[str] = None
    cls: Optional[str] = None
    cls_pos: Optional[int] = None
    member_pos: Optional[int] = None
    block_id: Optional[str] = None
    priority: int = 1


def tokens(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in TOKEN_RE.finditer(text):
        w = m.group(0)
        # keep abbreviation dots on initials only ('Ж.'), not on ordinary words ending a sentence
        if w.endswith(".") and not re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.", w):
            out.append((w[:-1], m.start(), m.end() - 1))
            out.append((".", m.end() - 1, m.end()))
        else:
            out.append((w, m.start(), m.end()))
    return out


_GEN_KK = re.compile(r"(ның|нің|дың|дің|тың|тің)$")


class _Conv:
    """Kazakh converbs (-п, -ып/-іп, -а/-е/-й) that are not case-marked nouns."""

    @staticmethod
    def search(w: str) -> bool:
        w = w.lower()
        if re.search(r"(ған|ген|қан|кен)(дай|дей|тай|тей)$", w):
            return False  # a participle of likeness: 'Тәжірибе көрсеткендей, …' ('as experience shows')
        if re.search(r"(ып|іп|п)$", w) and len(w) > 3:
            return True
        # (a causative stem before -а/-е is a converb, not a dative: 'кіріктіре', 'түсіндіре', 'ұштастыра')
        return bool(re.search(r"(ыта|іте|ай|ей|лай|лей|тыра|тіре|дыра|діре|ғыза|гізе|қыза|кізе)$", w)) or w in _KK_ADVERB_MODS


_CONVERB_KK = _Conv()
_KK_CASED = re.compile(r"(ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|н|мен|бен|пен)$")
_INITIAL = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.$")
# postpositions after which a noun phrase names the means of teaching
_KK_POSTPOSITIONS = {"арқылы", "көмегімен", "негізінде"}
_KK_ABL_MANNER = re.compile(r"(лық|лік|дық|дік|тық|тік)(тан|тен)$")
# paired adverbs whose second word alone reads as a converb or a noun
_KK_ADVERB_PAIRS = {"алдын ала", "бірте бірте", "қайта қайта"}
_KK_ADVERB_MODS = {"қашықтан", "қашықта", "бірлесіп", "сатылай", "дамыта", "саралап", "даралап", "оза", "алға"}
_KK_STOP = {"ғана", "тек", "себепті", "қажетті", "тиіді", "бірі", "арқылы", "үшін", "сияқты", "туралы", "бойынша", "жана", "өзге",
            "қарай", "орай", "байланысты", "сай", "қатысты", "сәйкес", "дейін", "кейін", "бері", "бастап"}
_KK_ACTION_GENERIC = {"басқару", "меңгеру", "қолдану", "асыру", "пайдалану", "оқыту", "бағалау", "ұйымдастыру",
                      "жүргізу", "өткізу", "енгізу", "дайындау", "әзірлеу", "жетілдіру", "дамыту"}


def _kk_postposition_np(toks, j: int):
    """Start index of the noun phrase a postposition at ``j`` governs: a noun (bare, or with
    the possessive of an izafet: 'тірек сигналдары', 'компьютер') and at most one bare or
    adjectival modifier before it; None where the word before is a name or a case form."""
    k = j - 1
    if k < 0 or not re.match(r"[^\W\d]", toks[k][0]) or toks[k][0][:1].isupper() or _GEN_KK.search(toks[k][0].lower()):
        return None
    noun = toks[k][0].lower()
    if noun in _KK_STOP or noun in GENERIC_KK:
        return None
    plural_compound = bool(re.search(r"(лар|лер|дар|дер|тар|тер)$", noun)) and k >= 1 and _kk_bare_noun(toks[k - 1][0])
    if k >= 1 and (re.search(r"(сы|сі|ы|і)$", noun) or _kk_adj(toks[k - 1][0].lower()) or plural_compound):
        # ('тірек сызбалар': a bare noun before a plural one is one compound)
        # an izafet ('тірек сигналдары') or an adjective before the noun ('цифрлық құралдар')
        prev = toks[k - 1][0]
        lp = prev.lower()
        if re.match(r"[^\W\d]", prev) and not prev[:1].isupper() and not _GEN_KK.search(lp) and lp not in _KK_STOP \
                and lp not in GENERIC_KK and lp not in ("және", "мен", "бен", "пен", "немесе") and not _KK_CASED.search(lp):
            return k - 1
    return k


# the locative of an abstract -лық noun or of a noun of grouping says how the class learns:
# 'ынтымақтастықта оқыту', 'топта оқыту', 'жұпта оқыту' (not where: 'мектепте оқыту')
_KK_LOC_MANNER = re.compile(r"((лық|лік|дық|дік|тық|тік)(та|те)|^(топ|жұп)та)$")
# an accusative object of a verbal noun ('ойлауды дамыту') and an izafet noun in a case ('тұрғысынан')
_KK_OBJECT = re.compile(r"(уды|уді|ды|ді|ты|ті|ны|ні)$")
_KK_IZAFET_CASE = re.compile(r"(сы|сі)(нан|нен|на|не|нда|нде|мен)$")


def _kk_locative_manner(w: str) -> bool:
    return bool(_KK_LOC_MANNER.search(w)) and not re.search(r"(дағы|дегі|тағы|тегі)$", w)


# the Arabic-Persian adjective suffix -и: 'сыни', 'ғылыми', 'табиғи' (a lowercase word ending in a consonant + и)
_KK_NISBA = re.compile(r"^[а-яәғқңөұүһі]{2,}[бвгғдзйклқмнпрстфхшһ]и$")


def _kk_bare_noun(w: str) -> bool:
    """A lowercase word with no case ending and no generic meaning: the first noun of an izafet."""
    lw = w.lower()
    # a final н is the accusative only after a vowel of a longer word ('тәсілін'); 'сын', 'синквейн' end in it
    cased = _KK_CASED.search(lw) and not (lw.endswith("н") and (len(lw) <= 4 or lw[-2] not in "аеыіоөұүуәиэ"))
    return bool(re.fullmatch(r"[^\W\d_A-Za-z]{3,}", w)) and not w[:1].isupper() and not cased \
        and not _GEN_KK.search(lw) and lw not in _KK_STOP and lw not in GENERIC_KK \
        and lw not in ("және", "мен", "бен", "пен", "немесе", "оқу", "білім", "беру") \
        and not is_kk_adjective(lw) and not re.search(r"(у|ю|ған|ген|қан|кен|атын|етін|йтын|йтін)$", lw)


def _kk_izafet_pair(toks, j: int, second: str) -> bool:
    """toks[j] and ``second`` form an izafet: a bare noun and a noun with the 3rd-person
    possessive ('тірек сигналдары', 'ой қозғау' is not one)."""
    return bool(re.search(r"(сы|сі|лары|лері|дары|дері|тары|тері)$", second.lower())) and not _kk_adj(second) \
        and _kk_bare_noun(toks[j][0])


def _kk_accusative_adj(w: str) -> bool:
    """'тиімділікті' is тиімділік + accusative, not an adjective in -ті."""
    return bool(re.search(r"(лық|лік|дық|дік|тық|тік|ық|ік|ғы|гі)(ты|ті|ды|ді)$", w)) or \
        bool(re.search(r"(лар|лер|дар|дер|тар|тер)(ды|ді)$", w))


def _kk_adj(w: str) -> bool:
    return is_kk_adjective(w) and not _kk_accusative_adj(w.lower()) and w.lower() not in _KK_STOP \
        and not re.search(r"(дағы|дегі|тағы|тегі)$", w.lower())
# a passive participle right before оқыту names a kind of teaching by what is done to its content:
# 'кіріктірілген оқыту' (integrated), 'ықпалдастырылған оқыту'; participles that only point
# back or say the teaching was planned or held are not kinds
_KK_PASSIVE_PTCP = re.compile(r"(ыл|іл|л|н)(ған|ген|қан|кен)$")
_KK_PTCP_GENERIC = {"берілген", "көрсетілген", "аталған", "жоспарланған", "ұйымдастырылған", "белгіленген",
                    "бекітілген", "жүргізілген", "өткізілген", "қолданылған", "пайдаланылған", "айтылған",
                    "жасалған", "алынған", "қамтылған", "енгізілген", "іске", "асырылған", "таңдалған",
                    "арналған"}  # 'өлшеуге арналған бағалау': what it is for, not which kind


def _kk_passive_participle(word: str, mods) -> bool:
    return not mods and bool(_KK_PASSIVE_PTCP.search(word)) and word not in _KK_PTCP_GENERIC and len(word) >= 8


_OQYTU = re.compile(r"^оқыту(ды|дың|ға|да|дан|мен|шы)?$", re.I)
_OQYTU_BLOCK = re.compile(
    r"^(үрдіс|үдеріс|процес|әдіс|тәсіл|тақырып|нәтиже|мазмұн|форма|құрал|курс|сапа|мақсат|блог|"
    r"бағдарлама|уақыт|түр|жағдай|ұйым|орын|саласы|жұмыс|сабақ)", re.I
)
_ADIS = re.compile(r"^(әдіс|әдістер|әдістемесі|әдісі|әдістері)(н|ін|ы|і|мен)?$|^әдісі(не|нің|нде|нен)$|^әдіс(ті|ке|пен|те|тен|тің)$", re.I)


# Kazakh adjectives made from Latin loan adjectives (Russian -ивный/-альный → Kazakh -ивті/-алды):
# формативті, суммативті, критериалды. Their -ды/-ті is the adjective suffix, not the accusative,
# unless the stem is itself a Russian noun (материалды, потенциалды бағалау: 'to assess the material').
_KK_LOAN_ADJ = re.compile(r"^(\w{3,}(?:ив|иал|ал|онал))(ті|ды|ты|ді)$")


def kk_loan_adjective(word: str) -> bool:
    m = _KK_LOAN_ADJ.match(word.lower())
    if not m:
        return False
    stem = m.group(1)
    if stem.endswith("ив"):
        return True
    from .normalize import _morph

    morph = _morph()
    return morph is None or not (morph.word_is_known(stem) and any(
        q.tag.POS == "NOUN" and q.tag.case == "nomn" for q in morph.parse(stem)[:2]))


_KK_SYSTEM = re.compile(r"^жүйе(сі|сін|сіне|сінің|сімен|сінде|сінен)$", re.I)
# adjectives made from nouns by -лық/-лік (жоба → жобалық): they classify, so they can name a method
_KK_DENOMINAL_ADJ = re.compile(r"(лық|лік|дық|дік|тық|тік)$")
_KK_ADIS_POSSESSED = re.compile(r"^әдіс(і|ін|іне|інің|імен|інде|інен|тері|терін|теріне|терінің|терімен|терінде|темесі|темесін|темесіне|темесінің|темесімен|темесінде)$", re.I)
_KK_ADIS_GENERIC_NOUNS = {"жұмыс", "оқу", "бір", "мұғалім", "оқушы", "сабақ", "пән", "бала", "ұстаз", "педагог"}
_KK_PLURAL_ADIS = re.compile(r"^әдістер(і|ін|ді|ге|мен|інің|дің)?$", re.I)
_KK_ADIS_SINGULAR = re.compile(r"^әдіс(і|ін|іне|інің|імен|пен|ке|ті)?$")
_KK_TAXONOMY = re.compile(r"^таксономия(сы|сын|сына|сының|сымен|сында|лар|лары|ларын|ны|ның|ға|да|мен)?$", re.I)


def _kk_label_head(head: str, last_mod: str) -> str:
    h = head.lower()
    if h.startswith("технолог"):
        noun_like = not is_kk_adjective(last_mod) or last_mod.lower().endswith(("ту", "ту", "ау", "еу", "у"))
        return "технологиясы" if noun_like else "технология"
    if h.startswith("оқыт"):
        return "оқыту"
    if h.startswith("бағала"):
        return "бағалау"
    if h.startswith("таксоном"):
        return "таксономиясы"
    if h.startswith("әдістеме"):
        return "әдістемесі"
    if (_KK_DENOMINAL_ADJ.search(last_mod.lower()) or kk_loan_adjective(last_mod.lower())) and h.startswith("әдіс") \
            and not h.startswith("әдістер"):
        return "әдіс"  # an adjective takes no izafet: 'жобалық әдіс'
    return "әдісі"


def kk_head_rules(text: str, base: int, lang: str = "kk") -> list[Candidate]:
    """'[Initials Surname-GEN] modifiers + технология/оқыту/әдіс' in one Kazakh sentence."""
    toks = tokens(text)
    out: list[Candidate] = []
    for i, (w, s, e) in enumerate(toks):
        lw = w.lower()
        glued = None
        if KK_TECH_HEAD.match(lw):
            head_kind = "tech"
        elif _OQYTU.match(lw):
            head_kind = "oqytu"
        elif _ADIS.match(lw):
            head_kind = "adis"
        elif re.match(r"^бағалау(ды|ға|дың|ын)?$", lw):
            head_kind = "assess"
        elif _KK_TAXONOMY.match(lw):
            head_kind = "taxonomy"  # a taxonomy of learning goals, named by its author or its object
        elif _KK_SYSTEM.match(lw):
            head_kind = "system"  # a pedagogical system counts only when its author names it
        elif re.match(r"^[A-Za-z]{2,}[-–]оқыту(ды|дың|ға|да|дан|мен)?$", w):
            head_kind, glued = "oqytu", re.split(r"[-–]", w)[0]
        elif re.match(r"^[\w]+[-–]технология", lw):
            head_kind, glued = "tech", re.split(r"[-–]", w)[0]
        elif re.match(r"^(\w{3,})(әдіс|әдісі)$", lw) and not lw.startswith("әдіс"):
            head_kind, glued = "adis", re.match(r"^(\w{3,})(әдіс|әдісі)$", lw).group(1)
        else:
            continue
        mods: list[tuple[str, int, int]] = []
        if glued:
            mods.append((w[: len(glued)], s, s + len(glued)))
        j = i - 1
        author = None
        while j >= 0 and len(mods) < 5 and not glued:
            t, ts, te = toks[j]
            lt = t.lower()
            if head_kind == "oqytu" and lt in _KK_POSTPOSITIONS and j > 0 and (
                    not mods or len(mods) == 1 and _CONVERB_KK.search(mods[0][0].lower())):
                # ('тірек сызбалар арқылы оза оқыту': a converb may stand between the means and оқыту)
                # 'тірек сигналдары арқылы оқыту': teaching by means of a noun phrase
                np = _kk_postposition_np(toks, j)
                if np is None or mods and re.search(r"[ую]$", toks[j - 1][0].lower()):
                    break  # ('… пайдалану арқылы дамыта оқыту': a verbal clause of means before a converb is no name)
                mods[:0] = list(toks[np:j + 1])
                j = np - 1
                if j >= 1 and toks[j][0][:1].isupper() and _GEN_KK.search(toks[j][0].lower()) and _INITIAL.match(toks[j - 1][0]):
                    continue  # the author in the genitive is read by the next step
                break
            if t == ")" and not mods and head_kind in ("tech", "adis"):
                # 'CLIL (пән мен тілді кіріктіре оқыту) технологиясы': an acronym glossed in brackets
                op = next((x for x in range(j - 1, max(j - 12, 0), -1) if toks[x][0] == "("), None)
                if op is not None and op > 0 and re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}", toks[op - 1][0]):
                    mods[:0] = toks[op - 1:j + 1]
                    j = op - 2
                elif op is not None and op > 0 and op + 2 == j and re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}", toks[op + 1][0]):
                    # 'ірілендірілген дидактикалық бірліктер (ІДБ) технологиясы': the abbreviation of the
                    # name stands between the name and its head
                    mods[:0] = toks[op:j + 1]
                    j = op - 1
                    while j >= 0 and len(mods) < 8 and re.fullmatch(r"[а-яәғқңөұүһі-]{3,}", toks[j][0]) \
                            and not _GEN_KK.search(toks[j][0]) and toks[j][0] not in _KK_STOP | GENERIC_KK:
                        mods.insert(0, toks[j])
                        j -= 1
                    if j > 0 and toks[j][0][:1].isupper() and _GEN_KK.search(toks[j][0].lower()) and _INITIAL.match(toks[j - 1][0]):
                        ini_j = j - 1
                        while ini_j - 1 >= 0 and _INITIAL.match(toks[ini_j - 1][0]):
                            ini_j -= 1
                        author = normalize_author(" ".join(x[0] for x in toks[ini_j:j]), toks[j][0], "kk")
                break
            if not re.match(r"\w", t) or lt in ("және", "мен", "бен", "пен", "немесе", "т.б", "б") or lt in _KK_STOP:
                break
            if t[:1].isupper() and _GEN_KK.search(lt) and j > 0 and _INITIAL.match(toks[j - 1][0]):
                ini_j = j - 1
                while ini_j - 1 >= 0 and _INITIAL.match(toks[ini_j - 1][0]):
                    ini_j -= 1
                author = normalize_author(" ".join(x[0] for x in toks[ini_j:j]), t, "kk")
                break
            if lt in GENERIC_KK and lt not in ("педагогикалық", "оқу", "білім", "беру"):
                break
            if head_kind == "system" and not (lt == "педагогикалық" and not mods):
                break  # only the author (read above) and 'педагогикалық' belong to a named system
            if re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}", t) and not mods and head_kind in ("tech", "adis"):
                # an acronym right before the head is the technology's name ('ТРИЗ технологиясы'); only
                # its author's genitive may stand before it
                mods.insert(0, (t, ts, te))
                j -= 1
                if j > 0 and toks[j][0][:1].isupper() and _GEN_KK.search(toks[j][0].lower()) \
                        and _INITIAL.match(toks[j - 1][0]):
                    continue
                break
            if re.fullmatch(r"[A-Z][A-Za-z-]*", t) and head_kind in ("tech", "adis") \
                    and all(re.fullmatch(r"[A-Z][A-Za-z-]*", m[0]) for m in mods):
                # a Latin name of several words before the head is one name: 'Jazz Chants әдістемесі'
                mods.insert(0, (t, ts, te))
                j -= 1
                continue
            if _GEN_KK.search(lt) and not lt.endswith(("лы", "лі")):
                break
            if t[:1].isupper() and j > 0 and toks[j - 1][0] not in (".", ":", "«", "(", "•", "-", "–") \
                    and not re.match(r"[A-Za-z]", t) and not _kk_adj(lt):
                break  # a capitalised word inside a sentence: a name, not a modifier
            participle = bool(re.search(r"(ған|ген|қан|кен)$", lt)) and j > 0
            if participle:
                # participle with a dative complement: 'жеке тұлғаға бағдарланған'
                comp = toks[j - 1]
                if re.search(r"(ға|ге|қа|ке|на|не)$", comp[0].lower()) and not mods and lt not in _KK_PTCP_GENERIC:
                    mods[:0] = [comp, (t, ts, te)]
                    j -= 2
                    if j >= 0 and toks[j][0].lower() in ("жеке", "дара"):
                        mods.insert(0, toks[j])
                        j -= 1
                elif head_kind == "oqytu" and _kk_passive_participle(lt, mods):
                    mods.insert(0, (t, ts, te))
                    j -= 1
                break
            adj = _kk_adj(lt)
            conv = _CONVERB_KK.search(lt)
            vnoun = bool(re.search(r"(у|ю)$", lt)) and not adj
            if head_kind == "oqytu":
                if mods and re.search(r"(ып|іп|п)$", mods[0][0].lower()) and re.search(r"(ны|ні|ды|ді|ты|ті)$", lt) \
                        and not adj:
                    mods.insert(0, (t, ts, te))  # object of a converb: 'компьютерді қолданып'
                    j -= 1
                    if j >= 0 and re.fullmatch(r"[A-Za-z]+", toks[j][0]):
                        mods.insert(0, toks[j])
                        j -= 1
                    if j >= 0 and toks[j][0].lower() in ("жеке", "дара"):
                        mods.insert(0, toks[j])
                        j -= 1
                    break
                # the ablative of an abstract -лық noun states the manner: 'қашықтықтан оқыту'
                manner = bool(_KK_ABL_MANNER.search(lt) or _kk_locative_manner(lt)) and not mods
                # a fixed paired adverb: 'алдын ала оқыту'
                pair = j > 0 and f"{toks[j - 1][0].lower()} {lt}" in _KK_ADVERB_PAIRS and not mods
                if pair:
                    mods.insert(0, (t, ts, te))
                    j -= 1
                    t, ts, te = toks[j]
                    lt = t.lower()
                elif manner:
                    mods.insert(0, (t, ts, te))  # the ablative is the whole modifier
                    j -= 1
                    break
                elif not (adj or conv) or lt in GENERIC_KK_OQYTU or len(mods) >= 2:
                    break
                if not mods and re.search(r"(ды|ді|ты|ті)$", lt) and not (j > 0 and _CONVERB_KK.search(toks[j - 1][0])
                                                                            and toks[j - 1][0].lower() not in _KK_STOP):
                    break  # 'курсты оқыту': an accusative object, not an adjective
            elif head_kind == "assess":
                if not mods and (i + 1 < len(toks) and toks[i + 1][0].lower() in ("үшін", "мақсатында")
                                 or j > 0 and re.search(r"(ны|ні|ды|ді|ты|ті)$", toks[j - 1][0].lower())
                                 and not is_kk_adjective(toks[j - 1][0])):
                    break  # 'тәжірибені объективті бағалау үшін': a verb with its object and purpose, not a term
                if mods or not (re.search(r"(лық|лік|дық|дік|тық|тік)$", lt) or kk_loan_adjective(lt)) or lt in GENERIC_KK:
                    break
                if lt in _KK_ASSESS_AGENT:
                    break
            elif head_kind == "taxonomy":
                if mods or not (_kk_adj(lt) or kk_loan_adjective(lt)) or lt in GENERIC_KK:
                    break
            elif head_kind == "adis" and len(mods) == 1 and _kk_izafet_pair(toks, j, mods[0][0]):
                # 'тірек сигналдары әдістемесі': the bare noun of an izafet belongs to the name
                mods.insert(0, (t, ts, te))
                j -= 1
                continue
            elif head_kind == "adis" and not mods and (_KK_DENOMINAL_ADJ.search(lt) or kk_loan_adjective(lt)) \
                    and _KK_ADIS_SINGULAR.match(lw) \
                    and lt not in GENERIC_KK and not _kk_accusative_adj(lt):
                # a singular method named by an adjective made from a noun: 'жобалық әдіс' (the project
                # method); plurals with an adjective ('белсенді әдістер') describe, they do not name
                mods.insert(0, (t, ts, te))
                j -= 1
                break
            elif head_kind == "adis" and len(mods) == 1 and re.search(r"[ую]$", mods[0][0].lower()) \
                    and mods[0][0].lower() not in _KK_ACTION_GENERIC and re.search(r"(ны|ні|ды|ді|ты|ті)$", lt) \
                    and not _kk_adj(lt) and lt not in _KK_STOP and lt not in GENERIC_KK:
                # 'динамикалық қалыптарды алмастыру әдісі': the verbal noun's object, with its adjective,
                # belongs to the name; an author in the genitive may still precede it
                mods.insert(0, (t, ts, te))
                j -= 1
                if j >= 0 and _kk_adj(toks[j][0]) and toks[j][0].lower() not in GENERIC_KK:
                    mods.insert(0, toks[j])
                    j -= 1
                continue
            elif head_kind == "adis" and len(mods) == 1 and re.search(r"[ую]$", mods[0][0].lower()) \
                    and mods[0][0].lower() not in _KK_ACTION_GENERIC and _KK_DENOMINAL_ADJ.search(lt) \
                    and _kk_adj(lt) and lt not in GENERIC_KK:
                # 'далалық зерттеу әдісі': an adjective made from a noun qualifies the verbal noun
                # that names the method (the field-research method, not research methods in general)
                mods.insert(0, (t, ts, te))
                j -= 1
                break
            elif head_kind == "adis" and not mods and lt in ("оқу", "жазу", "санау") and j > 0 and (
                    _CONVERB_KK.search(toks[j - 1][0]) or re.fullmatch(r"[а-яәғқңөұүһі]{2,}(мен|бен|пен)", toks[j - 1][0].lower()) and j > 1
                    and re.fullmatch(r"[а-яәғқңөұүһі]{3,}", toks[j - 2][0].lower()) and not _KK_CASED.search(toks[j - 2][0].lower())):
                # 'буындап оқу әдісі', 'тұтас сөзбен оқу әдісі': how one reads names the method of reading
                mods.insert(0, (t, ts, te))
                mods.insert(0, toks[j - 1])
                j -= 2
                if not _CONVERB_KK.search(mods[0][0]):
                    mods.insert(0, toks[j])
                    j -= 1
                break
            elif head_kind == "adis" and len(mods) == 1 and (
                    re.fullmatch(r"[а-яәғқңөұүһі]{3,}(?:ша|ше)", lt)
                    or _KK_DENOMINAL_ADJ.search(lt) and _kk_adj(lt) and lt not in GENERIC_KK
                    and re.search(r"(лар|лер|дар|дер|тар|тер)$", mods[0][0].lower())) \
                    and (_kk_bare_noun(mods[0][0]) or re.search(r"(лар|лер|дар|дер|тар|тер)$", mods[0][0].lower())):
                # an adjective on the noun that names the method's object: 'ауызша тарих әдісі' (oral
                # history), 'фокалдық объектілер әдісі' (focal objects)
                mods.insert(0, (t, ts, te))
                j -= 1
                break
            elif head_kind == "adis":
                # a locative attribute says where the methods are used ('сабақтағы әдістер'), not which;
                # a bare noun names a method only with the possessive on the head ('ойын әдісі', not
                # 'мұғалім әдісті таңдайды'), and not a noun of work in general ('жұмыс әдістері')
                if not mods and (lt in _KK_ADIS_GENERIC_NOUNS
                                 or not adj and not conv and not vnoun and not _KK_ADIS_POSSESSED.match(lw)):
                    break
                if mods or lt in _KK_ACTION_GENERIC or adj or conv or _KK_CASED.search(lt) and not vnoun and not _kk_bare_noun(t) \
                        or re.search(r"(дағы|дегі|тағы|тегі)$", lt) \
                        or re.search(r"(ған|ген|қан|кен|ылған|ілген)$", lt):
                    break
            else:
                if len(mods) >= 2 and _KK_OBJECT.search(mods[0][0].lower()) and re.search(r"(дан|ден|тан|тен)$", lt) \
                        and j > 0 and (is_kk_adjective(toks[j - 1][0]) or _KK_NISBA.search(toks[j - 1][0])) \
                        and toks[j - 1][0].lower() not in GENERIC_KK:
                    # 'сыни тұрғыдан ойлауды дамыту': an adjective and an ablative noun say how the object is taken
                    mods[:0] = [toks[j - 1], (t, ts, te)]
                    j -= 2
                    break
                if mods and _KK_OBJECT.search(mods[0][0].lower()) and _KK_IZAFET_CASE.search(lt) and j > 0 \
                        and _kk_bare_noun(toks[j - 1][0]):
                    # 'сын тұрғысынан ойлауды дамыту': an izafet in a case says how the object is taken
                    mods[:0] = [toks[j - 1], (t, ts, te)]
                    j -= 2
                    break
                cased = _KK_CASED.search(lt) and not adj and not vnoun and lt not in _KK_ADVERB_MODS \
                    and kk_strip(lt) != lt and len(kk_strip(lt)) >= 4
                plural_noun = re.search(r"(лар|лер|дар|дер|тар|тер)$", lt) and not adj
                izafet0 = len(mods) == 1 and re.search(r"(сы|сі|ы|і)$", mods[0][0].lower()) and not _kk_adj(mods[0][0])
                if cased or plural_noun or (not adj and not vnoun and not conv and mods and not izafet0
                                            and not re.search(r"(у|ю)$", mods[0][0].lower())):
                    break
                izafet = len(mods) == 1 and re.search(r"(сы|сі|ы|і)$", mods[0][0].lower()) and not _kk_adj(mods[0][0])
                if not adj and not vnoun and not conv and not izafet and any(
                        not _kk_adj(m[0]) and not re.search(r"(у|ю)$", m[0].lower()) for m in mods):
                    break
            mods.insert(0, (t, ts, te))
            j -= 1
        if head_kind == "system":
            if author:
                k0 = j
                while k0 - 1 >= 0 and _INITIAL.match(toks[k0 - 1][0]):
                    k0 -= 1
                st = toks[k0][1]
                words = " ".join(m[0].lower() for m in mods)
                out.append(Candidate(base + st, base + e, text[st:e], f"{author} {words + ' ' if words else ''}жүйесі",
                                     lang, "pedagogical_technology", "kk_head_system", 0.85, author=author))
            continue
        # trim generic words at the left edge
        while mods and mods[0][0].lower() in GENERIC_KK | {"оқу", "білім", "беру"}:
            mods.pop(0)
        specific = [m for m in mods if m[0].lower() not in GENERIC_KK]
        if not specific and head_kind == "taxonomy" and author:
            # 'Б. Блумның таксономиясы': the author alone names which taxonomy
            k0 = j
            while k0 - 1 >= 0 and _INITIAL.match(toks[k0 - 1][0]):
                k0 -= 1
            st = toks[k0][1]
            out.append(Candidate(base + st, base + e, text[st:e], f"{author} таксономиясы", lang, "method",
                                 "kk_head_taxonomy", 0.85, author=author))
            continue
        if not specific:
            continue
        if head_kind == "oqytu" and i + 1 < len(toks) and _OQYTU_BLOCK.match(toks[i + 1][0]) \
                and not re.fullmatch(r"әдіс(і|ін|іне|інің|імен|інде)", toks[i + 1][0].lower()):
            # ('деңгейлеп оқыту әдісі' names one method; 'оқыту әдістері', '… оқыту мақсаттары' do not)
            # 'дамыта оқыту, дара тұлғаны бағыттап оқыту мақсаттарын': the noun governs both conjuncts;
            # the last conjunct stays a technology when the first one stood alone
            k0 = next((x for x in range(len(toks)) if toks[x][1] == mods[0][1]), 0)
            coordinated = k0 >= 2 and toks[k0 - 1][0] in (",", "және") and any(
                c.rule == "kk_head_oqytu" and c.end - base == toks[k0 - 2][2] for c in out)
            if not coordinated:
                continue
        end = e
        tail = ""
        if head_kind == "oqytu" and i + 1 < len(toks):
            nxt = toks[i + 1][0].lower()
            if KK_TECH_HEAD.match(nxt):
                end, tail = toks[i + 1][2], " технологиясы"
            elif nxt.startswith("жүйе"):
                end, tail = toks[i + 1][2], " жүйесі"
            elif nxt.startswith("әдістеме"):
                end, tail = toks[i + 1][2], " әдістемесі"
            elif re.fullmatch(r"әдіс(і|ін|іне|інің|імен|інде)", nxt):
                end, tail = toks[i + 1][2], " әдісі"  # 'ашу арқылы оқыту әдісі'
        start = mods[0][1]
        label = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", " ".join(m[0] for m in mods)))
        if not glued:
            label += " " + _kk_label_head(w, mods[-1][0])
        else:
            label += {"adis": " әдісі", "oqytu": "-оқыту"}.get(head_kind, "-технология")
            label = label.replace(" -", "-")
        label += tail
        if label[:1].isupper() and not re.match(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}|[A-Z]", label):
            label = label[:1].lower() + label[1:]
        kind = "method" if head_kind in ("adis", "assess", "taxonomy") else "pedagogical_technology"
        conf = 0.9 if author else (0.8 if head_kind == "tech" else 0.7)
        out.append(Candidate(base + start, base + end, text[start:end], label, lang, kind,
                             f"kk_head_{head_kind}", conf, author=author))
        # coordination: 'рефлексивті-жобалау және зерттеушілік технологияларды', 'проблемалық, жобалық
        # және дамыта оқыту': the head governs every adjective (or converb) of a list before it
        # ('айналмалы, интервалдық және жарыс әдістерін': a plural method head over a list names each member)
        first = next((x for x in range(i) if toks[x][1] == mods[0][1]), i - 1)
        if (head_kind in ("tech", "oqytu") or head_kind == "adis" and _KK_PLURAL_ADIS.match(w)) \
                and (len(mods) == 1 and mods[0] == toks[i - 1] or head_kind == "oqytu" and not author
                     # (a last conjunct that is an object and its verbal noun: '… және денсаулық сақтау технологиялары')
                     or head_kind == "tech" and len(mods) == 2 and mods[-1] == toks[i - 1]
                     and re.fullmatch(r"[а-яәғқңөұүһі]{3,}у", mods[-1][0].lower()) is not None and not author):
            # ('проблемалық, жобалап және ойын арқылы оқыту технологиялары': the first conjunct of
            # teaching may be a longer phrase; those before it are adjectives or converbs)
            k = first - 1
            while k >= 1 and toks[k][0].lower() in ("және", "мен", "немесе", ","):
                t, ts, te = toks[k - 1]
                lt = t.lower()
                if head_kind == "tech" and k >= 2 and re.search(r"лар|лер", w) and re.fullmatch(r"[а-яәғқңөұүһі]{3,}у", lt) \
                        and re.fullmatch(r"[а-яәғқңөұүһі]{3,}[ыі]?п", toks[k - 2][0].lower()):
                    # a member that is a converb and its verbal noun: 'ойын, деңгейлеп саралау және денсаулық
                    # сақтау технологиялары' ('деңгейлеп саралау технологиясы')
                    ts = toks[k - 2][1]
                    out.append(Candidate(base + ts, base + te, text[ts:te], f"{toks[k - 2][0].lower()} {lt} технологиясы",
                                         lang, kind, "kk_head_coord", 0.75))
                    k -= 3
                    continue
                ok = (is_kk_adjective(t) if head_kind != "oqytu" else (_kk_adj(lt) or _CONVERB_KK.search(lt)
                                                                      and not re.search(r"[мбп][ае]й$", lt))) \
                    and lt not in GENERIC_KK and lt not in GENERIC_KK_OQYTU and lt not in _KK_STOP \
                    and (not t[:1].isupper() or k - 1 == 0) \
                    and not re.search(r"(?:лығы|лігі|дығы|дігі|тығы|тігі)$", lt)  # ('сауаттылығы': a possessed noun, no adjective)
                noun = not ok and head_kind == "tech" and _known_compound(f"{lt} технологиясы")
                if not ok and not noun:
                    break
                label = (f"{lt} технологиясы" if noun else f"{lt} технология") if head_kind == "tech" else \
                    f"{lt} әдіс" if head_kind == "adis" else f"{lt} оқыту{tail}"
                out.append(Candidate(base + ts, base + te, text[ts:te], label, lang, kind, "kk_head_coord", 0.75))
                k -= 2
    return out


def _known_compound(name: str) -> bool:
    """A noun + head compound the method lexicon knows ('ойын технологиясы'): such a noun may stand
    among the coordinated adjectives a head governs ('жобалық, ойын және … технологиялар')."""
    from .lexicon import default_lexicon

    return default_lexicon().concept_of(name, "kk") is not None


def _ru_agree(adjs: list[str], head_lemma: str) -> str:
    head = ru_parse(head_lemma)
    gender = head.tag.gender if head is not None else None
    out = []
    for a in adjs:
        if "-" in a or "–" in a:
            parts = re.split(r"([-–])", a)
            lastp = ru_parse(parts[-1].lower())
            infl = lastp.inflect({"nomn", "sing", gender}) if lastp is not None and gender else None
            parts[-1] = infl.word if infl else parts[-1]
            out.append("".join(parts).replace("–", "-"))
            continue
        p = ru_parse(a.lower())
        if _ru_adverb(a.lower()):
            out.append(a.lower())  # ('коммуникативно ориентированный': the adverb does not agree)
            continue
        infl = p.inflect({"nomn", "sing", gender}) if p is not None and gender else None
        out.append(infl.word if infl else a.lower())
    return " ".join(out)


_RU_HEADS = {"технология", "обучение", "метод", "методика", "оценивание", "приём", "прием", "таксономия", "игра"}
_RU_GEN_HEADS = {"технология", "метод", "таксономия"}
# heads that govern only their author's name: 'педагогическая система М. Монтессори' (not 'система образования')
_RU_PERSON_HEADS = {"система"}
# a game is a method when a classifying adjective names its kind (деловая, ролевая, дидактическая игра);
# these say what it is played on or for, not how it teaches
_RU_GAME_GENERIC = {"компьютерный", "настольный", "спортивный", "азартный", "олимпийский", "видеоигровой",
                    # outdoor and folk games are kinds of pastime; the rules of one game are no method
                    "подвижный", "национальный", "народный"}
# adjectives that say who assesses or at what level (внешнее, независимое, государственное
# оценивание): an assessment procedure of the system, not a teaching method
_RU_ASSESS_AGENT = {"внешний", "внутренний", "независимый", "государственный", "международный",
                    "национальный", "региональный", "республиканский", "ведомственный",
                    # summative assessment is the procedure of marking a term's or unit's results (СОР, СОЧ)
                    "суммативный", "итоговый"}
# the Kazakh ones, and жиынтық/суммативті бағалау (БЖБ, ТЖБ): procedures, not teaching methods
_KK_ASSESS_AGENT = {"сыртқы", "ішкі", "тәуелсіз", "мемлекеттік", "халықаралық", "ұлттық", "жиынтық",
                    "суммативті", "қорытынды"}


# adjectives of where or at what stage vocational training happens (производственное обучение is
# on-the-job training): organisational forms, not technologies
_RU_ORG_FORMS = {"производственный", "внутрифирменный", "внутришкольный", "курсовой", "очный", "заочный",
                 # who is taught or at which level: professional (vocational) training, inclusive education
                 "профессиональный", "инклюзивный",
                 # dual training is how a college shares training with employers, an organisational model
                 "дуальный"}


def _ru_author_after(toks, k):
    """'В.Ф. Шаталова' at k: (author as 'В.Ф.Шаталов', index after it), or None when the initials
    have no surname after them."""
    m = k
    while m < len(toks) and _INITIAL.match(toks[m][0]):
        m += 1
    if m == k or m >= len(toks) or not re.fullmatch(r"[А-ЯЁ][а-яё-]{1,}", toks[m][0]):
        return None
    sur = toks[m][0]
    if sur.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")):
        return None  # a surname in the nominative is the subject of what follows ('… Н.К. Смирнов понимает')
    if ru_parse(sur.lower()) is not None and sur.endswith(("ова", "ева", "ина", "ына")):
        sur = sur[:-1]
    return "".join(x[0] for x in toks[k:m]) + sur, m + 1


def _ru_gen_np(toks, k):
    """Longest genitive noun phrase starting at k: [ADJ-gen]* NOUN-gen [NOUN-gen]*; returns end index."""
    j = k
    seen_noun = False
    while j < len(toks):
        w = toks[j][0]
        p = ru_parse(w.lower())
        if p is None or not re.match(r"[А-Яа-яЁё]{3,}", w) or p.tag.POS in ("CONJ", "PREP", "PRCL", "NPRO"):
            break
        from .normalize import _morph as _m

        if p.tag.POS in ("ADJF", "PRTF") and any(q.tag.case == "gent" for q in _m().parse(w.lower())
                                                 if q.tag.POS in ("ADJF", "PRTF")):
            j += 1
            continue
        from .normalize import _morph

        if p.tag.POS == "ADVB" and j + 1 < len(toks) and _ru_gen_adj(toks[j + 1][0]):
            j += 1  # an adverb on the adjective after it: 'метод строго регламентированного упражнения'
            continue
        # (the first parses of 'тренировки' are plural nominatives; its genitive singular comes later)
        cases = {q.tag.case for q in _morph().parse(w.lower())[:4] if q.tag.POS == "NOUN"}
        if "gent" in cases:
            seen_noun = True
            j += 1
            # a following genitive adjective+noun continues the chain
            continue
        break
    return j if seen_noun else k


def _ru_gen_adj(w: str) -> bool:
    from .normalize import _morph

    # (a hyphenated adjective agrees in its last part: 'личностно-ориентированного')
    last = w.split("-")[-1] if re.fullmatch(r"[А-Яа-яЁё]{3,}(?:-[А-Яа-яЁё]{3,})+", w) else w
    return bool(re.match(r"[А-Яа-яЁё]{3,}$", last)) and any(
        q.tag.POS in ("ADJF", "PRTF") and q.tag.case == "gent" for q in _morph().parse(last.lower())[:4])


def _ru_adverb(w: str) -> bool:
    # (pymorphy reads many of them as the short neuter adjective: 'коммуникативно')
    return bool(re.fullmatch(r"[а-яё]{4,}о", w)) and (p := ru_parse(w)) is not None and p.tag.POS in ("ADVB", "ADJS")


def _ru_coordinated_gen(toks, k):
    """Genitive adjectives joined by commas and и/или before one genitive noun phrase: their
    indices and the end of the noun phrase, or None when fewer than two adjectives share it."""
    adjs, j = [], k
    while j < len(toks) and _ru_gen_adj(toks[j][0]):
        adjs.append(j)
        nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
        if nxt in (",", "и", "или") and j + 2 < len(toks) and _ru_gen_adj(toks[j + 2][0]):
            j += 2
            continue
        if nxt in (",", "и", "или") and j + 3 < len(toks) and _ru_adverb(toks[j + 2][0]) and _ru_gen_adj(toks[j + 3][0]):
            j += 3  # an adverb on the next adjective: '…, развивающего и личностно ориентированного обучения'
            continue
        break
    if len(adjs) < 2:
        return None
    end = _ru_gen_np(toks, adjs[-1])
    if end <= adjs[-1] + 1:
        return None  # no noun after the last adjective: the adjectives were not coordinated modifiers
    nouns = {ru_lemma(toks[x][0].lower()) for x in range(adjs[-1] + 1, end)}
    if not nouns or any(ru_parse(toks[x][0].lower()) is None or ru_parse(toks[x][0].lower()).tag.POS != "NOUN"
                        for x in range(adjs[-1] + 1, end)):
        return None
    return adjs, end


# heads no singular reading shares ('технологии' is also the genitive singular: 'внедрение технологии
# развивающего обучения и новых учебников')
_RU_PLURAL_ONLY_HEAD = re.compile(r"^(?:метод(?:ы|ов|ами|ам|ах)|при[её]м(?:ы|ов|ами|ам|ах)|технологи(?:й|ями|ям|ях))$")


def _ru_generic_member(toks, k: int) -> bool:
    """The genitive phrase from ``k`` holds a word of teaching in general ('воспитания детей')."""
    end = _ru_gen_np(toks, k)
    return end <= k or any(ru_lemma(toks[x][0].lower()) in GENERIC_RU_GEN | GENERIC_RU for x in range(k, end))


def _ru_agrees(adj: str, head: str) -> bool:
    """Some reading of the adjective agrees with some reading of the head; singular adjectives
    coordinated under a plural head agree in case only ('игровой и соревновательный методы')."""
    head_forms = ru_agreement(head)
    if not head_forms:
        return True
    plural_cases = {case for case, number, _ in head_forms if number == "plur"}
    return any(f in head_forms or f[1] == "sing" and f[0] in plural_cases for f in ru_agreement(adj))


def _ru_adjective_aside(toks, close: int):
    """Index of the '(' of a bracketed adjective (or two) that closes at ``close`` and follows an
    adjective: the other name of the same kind ('частично-поисковый (эвристический)'); else None."""
    opening = next((x for x in range(close - 1, max(close - 4, 0), -1) if toks[x][0] == "("), None)
    if opening is None or opening == 0 or opening + 1 == close:
        return None
    inside = [toks[x][0].lower() for x in range(opening + 1, close)]
    before = ru_parse(toks[opening - 1][0].lower().split("-")[-1])
    if before is None or before.tag.POS != "ADJF":
        return None
    if all((p := ru_parse(w.split("-")[-1])) is not None and p.tag.POS == "ADJF" or w in ("или", ",") for w in inside):
        return opening
    return None


def ru_head_rules(text: str, base: int, lang: str = "ru") -> list[Candidate]:
    toks = tokens(text)
    out: list[Candidate] = []
    for i, (w, s, e) in enumerate(toks):
        lw = w.lower()
        if not re.match(r"[а-яё]", lw):
            continue
        lemma = ru_lemma(lw)
        if lemma not in _RU_HEADS and lemma not in _RU_PERSON_HEADS:
            continue
        kind = "method" if lemma in ("метод", "методика", "приём", "прием", "таксономия", "игра") else "pedagogical_technology"
        # a head written in capitals stands in a heading: the mixed-case words after it begin the next line
        heading = w.isupper() and len(w) > 3
        if lemma in _RU_PERSON_HEADS:
            author = _ru_author_after(toks, i + 1)
            gen = i + 1
            # 'система музыкального воспитания Д.Б. Кабалевского': what the system is of, then its author
            while author is None and gen < min(i + 4, len(toks)) and (p := ru_parse(toks[gen][0].lower())) is not None \
                    and p.tag.POS in ("ADJF", "NOUN") and "gent" in p.tag:
                gen += 1
                author = _ru_author_after(toks, gen)
            if author and not heading:
                what = " ".join(t[0].lower() for t in toks[i + 1:gen])
                st, en = s, toks[author[1] - 1][2]
                j = i - 1
                while j >= 0 and ru_parse(toks[j][0].lower()) is not None and ru_parse(toks[j][0].lower()).tag.POS == "ADJF":
                    st = toks[j][1]
                    j -= 1
                out.append(Candidate(base + st, base + en, text[st:en], " ".join(["система", what, author[0]]).replace("  ", " "), lang,
                                     "pedagogical_technology", "ru_head_system", 0.85, author=author[0]))
            continue
        # A) adjectives before the head, possibly coordinated ('рефлексивно-проектной и исследовательской')
        j = i - 1
        groups: list[list[tuple[str, int, int]]] = [[]]
        while j >= 0:
            t = toks[j][0]
            if t == ")" and (opening := _ru_adjective_aside(toks, j)) is not None:
                j = opening - 1  # 'частично-поисковый (эвристический) и исследовательский методы': a synonym aside
                continue
            p = ru_parse(t.lower().replace("–", "-"))
            is_adj = p is not None and (p.tag.POS in ("ADJF", "PRTF") or ("-" in t or "–" in t) and
                                        ru_parse(re.split("[-–]", t)[-1].lower()).tag.POS in ("ADJF", "PRTF"))
            # a modifier agrees with its head in case, number and gender: 'обсуждении, организованном
            # методом' is a participle of the noun before, not a kind of method
            if is_adj and not _ru_agrees(re.split("[-–]", t)[-1].lower(), lw):
                break
            if is_adj:
                groups[-1].insert(0, toks[j])
                j -= 1
                continue
            if groups[-1] and _ru_adverb(t.lower()) and re.match(r"(?:ориентирован|направлен|центрирован)", groups[-1][0][0].lower()):
                groups[-1].insert(0, toks[j])  # 'коммуникативно ориентированные методы': the adverb makes the kind
                j -= 1
                continue
            if t.lower() in ("и", "или") and groups[-1] and j > 0:
                groups.append([])
                j -= 1
                continue
            if t == "," and groups[-1] and len(groups) > 1 and j > 0:
                # 'игрового, модульного и дистанционного обучения': a comma continues a coordination
                # that и/или closes
                prev = ru_parse(toks[j - 1][0].lower())
                if prev is not None and prev.tag.POS in ("ADJF", "PRTF"):
                    groups.append([])
                    j -= 1
                    continue
            break
        if groups and not groups[-1]:
            groups.pop()
        for g_i, g in enumerate(groups):
            spec = [a for a in g if ru_lemma(a[0].lower()) not in GENERIC_RU
                    and not (ru_parse(a[0].lower()) is not None and ru_parse(a[0].lower()).tag.POS == "PRTF"
                             and "actv" in ru_parse(a[0].lower()).tag)]
            if lemma == "игра":
                spec = [a for a in spec if ru_lemma(a[0].lower()) not in _RU_GAME_GENERIC]
            # an organisational form of training, not a technology: in-house (внутри-) or on-the-job
            spec = [a for a in spec if not (lemma == "обучение" and (a[0].lower().startswith("внутри")
                                                                      or ru_lemma(a[0].lower()) in _RU_ORG_FORMS))]
            if lemma in ("приём", "прием"):
                # приём is any 'device': only a classifying adjective names a kind of method
                # (игровые приёмы), not a qualitative one (разнообразные приёмы)
                spec = [a for a in spec if ru_parse(a[0].lower()) is not None and "Qual" not in ru_parse(a[0].lower()).tag]
            if lemma == "оценивание" and any(ru_lemma(a[0].lower()) in _RU_ASSESS_AGENT for a in g):
                continue
            if not spec or lemma == "педагогика":
                continue
            g = [a for a in g if a in spec or g.index(a) > g.index(spec[0])]
            start = g[0][1]
            end = e if g_i == 0 else g[-1][2]
            head_lemma = lemma
            label = f"{_ru_agree([a[0] for a in g], head_lemma)} {head_lemma}"
            out.append(Candidate(base + start, base + end, text[start:end], label, lang, kind,
                                 "ru_adj_head", 0.8 if g_i == 0 else 0.75))
        # B) genitive dependents after the head, possibly a comma list of them
        if lemma not in _RU_GEN_HEADS:
            continue
        k = i + 1
        if heading and (k >= len(toks) or not toks[k][0].isupper() or _INITIAL.match(toks[k][0])):
            continue
        if k < len(toks) and toks[k][0] in ("-", "–"):
            k += 1
        first = True
        n0 = len(out)
        while k < len(toks):
            t = toks[k][0]
            if _INITIAL.match(t):
                # initials name a technology only with the surname after them ('технология В.Ф. Шаталова')
                found = _ru_author_after(toks, k)
                if not found:
                    break
                author, after = found
                st, en = toks[k][1], toks[after - 1][2]
                own = next((c for c in out if c.rule == "ru_adj_head" and c.end == base + e), None) if first else None
                if own is not None:
                    # 'эвристический метод Д. Пойа': the author is the named method's, one mention
                    out.remove(own)
                    out.append(Candidate(own.start, base + en, text[own.start - base:en], f"{own.label} ({author})", lang,
                                         own.kind, "ru_adj_head", own.confidence, author=author))
                else:
                    out.append(Candidate(base + st, base + en, text[st:en], f"технология {author}", lang,
                                         "pedagogical_technology", "ru_head_gen_person", 0.85, author=author))
                k = after
            elif re.fullmatch(r"[А-ЯЁA-Z]{2,6}", t) and not first:
                en = toks[k][2]
                if k + 1 < len(toks) and toks[k + 1][0] == "(":
                    close = next((x for x in range(k + 1, len(toks)) if toks[x][0] == ")"), None)
                    if close:
                        en = toks[close][2]
                st = toks[k][1]
                out.append(Candidate(base + st, base + en, text[st:en], text[st:en], lang,
                                     "pedagogical_technology", "ru_head_gen_abbr", 0.8))
                k = next((x for x in range(k, len(toks)) if toks[x][2] >= en), k) + 1
            elif _ru_coordinated_gen(toks, k):
                # 'технологии проблемного, проектного и развивающего обучения': coordinated adjectives
                # share the genitive noun after the last one, and each names its own technology
                adjs, g_end = _ru_coordinated_gen(toks, k)
                noun = text[toks[adjs[-1] + 1][1]:toks[g_end - 1][2]]
                for n, a in enumerate(adjs):
                    if a > 0 and _ru_adverb(toks[a - 1][0]) and (n == 0 or a - 1 > adjs[n - 1]):
                        a_from = a - 1  # ('личностно ориентированного': the adverb belongs to the name)
                    else:
                        a_from = a
                    st = s if first and n == 0 else toks[a_from][1]
                    en = toks[g_end - 1][2] if n == len(adjs) - 1 else toks[a][2]
                    words = " ".join(t[0].lower() for t in toks[a_from:a + 1])
                    out.append(Candidate(base + st, base + en, text[st:en], f"{lemma} {words} {noun}",
                                         lang, kind, "ru_head_gen_coord", 0.8))
                k = g_end
            else:
                g_end = _ru_gen_np(toks, k)
                if g_end == k:
                    break
                words = [toks[x][0] for x in range(k, g_end)]
                lemmas = {ru_lemma(x.lower()) for x in words if len(x) > 2}
                if lemmas <= GENERIC_RU_GEN | GENERIC_RU and (first or len(lemmas) < 2):
                    break  # later list elements are backed by the list itself
                if ru_lemma(words[0].lower()) in ("обучение", "преподавание") and len(words) > 1 \
                        and ru_parse(words[1].lower()).tag.POS == "NOUN":
                    break  # 'методы обучения географии': teaching a subject, a method of no name
                if lemma == "метод" and ru_lemma(words[-1].lower()) in ("воспитание", "образование") and first:
                    break  # 'методы физического воспитания': the methods of a field, none by name
                st, en = toks[k][1], toks[g_end - 1][2]
                if first:
                    st = s
                label = f"{'технология' if lemma == 'технология' else lemma} {text[toks[k][1]:en]}"
                out.append(Candidate(base + st, base + en, text[st:en], label, lang, kind,
                                     "ru_head_gen", 0.8))
                k = g_end
            first = False
            # the member's author may follow it before the list goes on: 'технологиям развивающего
            # обучения Д.Б. Эльконина – В.В. Давыдова, педагогической мастерской, модерации …'
            authored = False
            while k < len(toks) and _INITIAL.match(toks[k][0]) and _ru_author_after(toks, k):
                author_name, k = _ru_author_after(toks, k)
                authored = True
                if k < len(toks) and toks[k][0] in ("–", "-", "—") and k + 1 < len(toks) and _INITIAL.match(toks[k + 1][0]):
                    k += 1
            # … and the name the author gave it, in quotes: 'технология интеллектуально-творческого
            # развития В.В. Воскобовича «Сказочные лабиринты игры»'
            if authored and len(out) > n0 and k < len(toks) and toks[k][0] == "«":
                close = next((x for x in range(k + 1, min(k + 10, len(toks))) if toks[x][0] == "»"), None)
                if close is not None:
                    last = out.pop()
                    en = base + toks[close][2]
                    out.append(Candidate(last.start, en, text[last.start - base:en - base],
                                         f"{last.label} {text[toks[k][1]:toks[close][2]]}", lang, last.kind, last.rule,
                                         last.confidence, author=author_name))
                    k = close + 1
            # a list of genitives goes on under 'технология' and under a plural head ('методы фокальных
            # объектов, маленьких человечков и морфологического анализа')
            listing = lemma == "технология" or bool(re.search(r"(?:ы|и|ов|ам|ами|ах)$", toks[i][0].lower()))
            if k < len(toks) and toks[k][0] == "," and listing:
                k += 1
                continue
            if k < len(toks) and toks[k][0] == "и" and listing and (len(out) - n0 >= 2 or len(out) - n0 == 1
                                                                     and authored and k + 1 < len(toks) and _ru_gen_adj(toks[k + 1][0])
                                                                     or len(out) - n0 == 1
                                                                     and _RU_PLURAL_ONLY_HEAD.match(toks[i][0].lower())
                                                                     and not _ru_generic_member(toks, k + 1)):
                # the last member after 'и': '…, модерации и учебного диалога'; under a head that can
                # only be plural, also the second of two: 'методы химического эксперимента и моделирования'
                k += 1
                continue
            break
    return out


# a quoted name with the noun of what it names: «Ойлан, жұптас, бөліс» стратегиясы, приём «Мозговой штурм»
# (an abbreviation or an English name may stand between the name and its head: '«Болжа – бақыла – түсіндір» (POE)
# стратегиясы', '«Ашық кеңістік» (Open Space) технологиясы')
_KK_NAMED = re.compile(r"«([^«»]{2,60})»(?:\s*\((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}|[A-Z][A-Za-z -]{2,30})\))?\s+(стратегия|тәсіл|әдіс(?!темелік)|технология|техника(?!лық)|ойын|модел|рефлексия)(\w*)", re.I)
_RU_NAMED = re.compile(r"(?<!\w)(стратеги|при[её]м|метод(?!ик|ическ)|технологи|игр|модел(?!ир)|рефлекси|"
                       r"подход(?=(?:а|у|ом|е|ы|ов|ам|ами|ах)?\s))(\w*)(\s*:)?\s+«([^«»]{2,60})»", re.I)
_KK_OBLIQUE = re.compile(r"(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні)$")
_KK_NAMED_WITH_KIND = re.compile(r"«([^\W_a-zа-яёәғқңөұүһі][^«»]{1,39})»\s+((?:[а-яәғқңөұүһі-]{3,}\s+){1,2})"
                                 r"(технология|әдіс|тәсіл|модел)(?:сы|сын|сына|сының|сымен|сында|і|ін|іне|інің|імен|інде)(?!\w)")
# Kazakh head before the quoted name, as in lists and headings: 'әдісі «Миға шабуыл»'
# (the head in the nominative and a capitalised name: 'әдістері мен тәсілдерін «қызметте көрсету»' is an object
# and a quoted action, not a name)
_KK_NAMED_AFTER = re.compile(r"(?<!\w)(стратегия|тәсіл|әдіс|ойын|[Рр]ефлексия(?=да|ны|ның|сы|сында))(сы|і|ы|тер|тері|дер|дері|дар|дары|да|ны|ның|сында)?\s*:?\s+«([^\W\d_a-zа-яёәғқңөұүһі][^«»]{1,39})»")
# further quoted names coordinated with the first: 'приёмы «A», «B» и «C»'
# a bracket that explains the name before may stand ahead of the conjunction: '«A» (каждый …) и «B»'
_NEXT_QUOTED = re.compile(r"(?:\s*\([^()]{0,120}\))?\s*(?:,|\bи\b|\bжәне\b|\bмен\b|\bнемесе\b|\bили\b)\s*«([^«»]{2,40})»", re.I)
# after a colon the members may each carry a short circumstance: 'приёмы: «A» в начале урока и «B» в конце'
_NEXT_QUOTED_AFTER_COLON = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*(?:,|\bи\b|\bили\b)\s*«([^«»]{2,40})»", re.I)
_PREV_BARE = re.compile(r"(?<![\w-])(([^\W\d_]{4,}))\s*(?:,|\bжәне\b|\bнемесе\b)\s*$")
_PREV_QUOTED = re.compile(r"«([^«»]{2,40})»\s*(?:,|\bи\b|\bжәне\b|\bнемесе\b|\bили\b)\s*$", re.I)
_KK_HEAD_LABEL = {"рефлексия": "рефлексиясы", "техника": "техникасы", "модел": "моделі", "стратегия": "стратегиясы", "тәсіл": "тәсілі", "әдіс": "әдісі", "технология": "технологиясы", "ойын": "ойыны"}
_RU_HEAD_LABEL = {"рефлекси": "рефлексия", "подход": "подход", "модел": "модель", "стратеги": "стратегия", "приём": "приём", "прием": "приём", "метод": "метод", "технологи": "технология", "игр": "игра"}
# a specific adjective before педагогика: 'ынтымақтастық педагогикасы' (pedagogy of cooperation)
# a pedagogy named by a school subject or a field is a discipline ('музыкалық педагогика', 'арнайы педагогика')
_KK_DISCIPLINE_ADJ = {"музыкалық", "арнайы", "әлеуметтік", "жалпы", "салыстырмалы", "кәсіптік", "мектепке", "отбасылық"}
_KK_PEDAGOGY = re.compile(r"(?<![\w-])([\w-]+)\s+(педагогика(?:сы|сының|сына|сын|сында|сымен|ны|ның|ға|да|дан|мен)?)(?!\w)", re.I)


# a class of methods with its members in brackets: 'жұптық стратегиялар («Төрт бұрыш», «Пікірлер
# сызығы»)', 'игровые приёмы («Молчанка», «Снежный ком»)'
_CLASS_BRACKET = re.compile(r"(?<![\w-])(?:стратеги|тәсіл|әдіс(?!темелік)|при[её]м|метод(?!ик|ическ)|техник(?!алық|ум)|technique)[\w]*\s*\((\s*«[^()]{2,200})\)", re.I)


def bracketed_members(text: str, base: int, lang: str) -> list[Candidate]:
    out = []
    for m in _CLASS_BRACKET.finditer(text):
        for q in _QUOTED_NAME.finditer(m.group(1)):
            if len(q.group(1).split()) > 6:
                continue
            st = m.start(1) + q.start()
            out.append(Candidate(base + st, base + st + len(q.group(0)), q.group(0), f"«{q.group(1)}»", lang, "method",
                                 f"{lang}_named_member", 0.75))
    return out


def named_rules(text: str, base: int, lang: str) -> list[Candidate]:
    """Methods known by a quoted name, and kk '<specific> педагогикасы'."""
    out = _named_core(text, base, lang) + bracketed_members(text, base, lang)
    if any(c.rule.endswith(("_named", "_named_coord")) for c in out):
        out += _named_alongside(text, base, lang, out)
    return out


# verbs of holding or using a method that take a quoted name as their object: kk after it
# ('«Миға шабуыл» өткіземіз'), ru before it ('проводим «Мозговой штурм»')
_KK_HOLD = re.compile(r"\s*(өткіз|қолдан|пайдалан|жүргіз|ұйымдастыр|енгіз)\w*", re.I)
_RU_HOLD = re.compile(r"(провод|провед|использ|примен)\w*\s*$", re.I)
_QUOTED_NAME = re.compile(r"«([^\W\d_a-zа-яёәғқңөұүһі][^«»]{1,39})»")
# an author after a quoted name: '«Шесть шляп мышления» Э. де Боно', '«…» (Э. де Боно)'
_AUTHOR_AFTER = re.compile(r"\s*(\()?\s*((?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s*){1,2}(?:[a-zа-яё]{1,3}\s+)?[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]+)(\))?")


def _named_alongside(text: str, base: int, lang: str, found: list[Candidate]) -> list[Candidate]:
    """A sentence that already names methods by quoted names: a further quoted name that is held
    or used ('«Миға шабуыл» өткіземіз') or carries its author ('«Шесть шляп мышления» Э. де Боно')
    is a method too, though no head noun stands next to it."""
    out = []
    taken = [(c.start - base, c.end - base) for c in found]
    for m in _QUOTED_NAME.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        name = m.group(1)
        if len(name.split()) > 6:
            continue
        au = _AUTHOR_AFTER.match(text, m.end())
        if au and bool(au.group(1)) == bool(au.group(3)):
            author = " ".join(au.group(2).split())
            out.append(Candidate(base + m.start(), base + au.end(), text[m.start():au.end()], f"«{name}» ({author})",
                                 lang, "method", f"{lang}_named_author", 0.75, author=author))
            continue
        held = _KK_HOLD.match(text, m.end()) if lang == "kk" else _RU_HOLD.search(text[:m.start()])
        # '… приём «Кубик Блума», на этапе рефлексии – «Три М»': a stage, a dash, and the method used there
        staged = re.search(r"(?:этап\w*|кезең\w*|стади\w*)\s+[\w-]+\s*[–—]\s*$", text[:m.start()], re.I)
        if held or staged:
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"«{name}»", lang, "method",
                                 f"{lang}_named_held", 0.7))
    return out + coordinated_with_named(text, base, lang, found + out)


# what joins two members of one list: a comma or a coordinating conjunction
_COORD_GAP = re.compile(r"\s*(?:,|\bи\b|\bили\b|\bа также\b|\bжәне\b|\bмен\b|\bнемесе\b)\s*$", re.I)


def coordinated_with_named(text: str, base: int, lang: str, found: list[Candidate]) -> list[Candidate]:
    """A quoted name joined by a comma or a conjunction to a method already named — by a head noun
    or, quoted, by the method lexicon ('«Синквейн» и «Шесть шляп мышления» Э. де Боно', '«Миға
    шабуыл», «Сұрақтар шынжыры»') — is one more member of that list."""
    out: list[Candidate] = []
    named = [(c.start - base, c.end - base) for c in found
             if "_named" in c.rule or (c.rule == "lexicon" and c.surface.startswith("«"))]
    quotes = [m for m in _QUOTED_NAME.finditer(text) if len(m.group(1).split()) <= 6]
    changed = True
    while changed:
        changed = False
        for m in quotes:
            if any(a <= m.start() < b or a < m.end() <= b for a, b in named):
                continue
            left = any(b <= m.start() and _COORD_GAP.fullmatch(text[b:m.start()]) for a, b in named)
            right = any(a >= m.end() and _COORD_GAP.fullmatch(" " + text[m.end():a]) for a, b in named)
            if left or right:
                out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"«{m.group(1)}»", lang, "method",
                                     f"{lang}_named_coord", 0.7))
                named.append((m.start(), m.end()))
                changed = True
    return out


def _named_core(text: str, base: int, lang: str) -> list[Candidate]:
    out: list[Candidate] = []
    if lang == "kk":
        for m in _KK_NAMED.finditer(text):
            head = m.group(2).lower()
            kind = "pedagogical_technology" if head in ("технология", "модел") else "method"
            label = f"«{m.group(1)}» {_KK_HEAD_LABEL[head]}"
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), label, lang, kind, "kk_named", 0.8))
            # '«Ыстық орындық», «Біліммен бөліс» және «Түйін сөз» әдістері': the plural head governs every name before it
            left = m.start()
            while True:
                pm = _PREV_QUOTED.search(text[:left])
                if pm:
                    out.append(Candidate(base + pm.start(), base + pm.start() + len(pm.group(1)) + 2, f"«{pm.group(1)}»",
                                         f"«{pm.group(1)}» {_KK_HEAD_LABEL[head]}", lang, kind, "kk_named_coord", 0.75))
                    left = pm.start()
                    continue
                bare = _PREV_BARE.search(text[:left])
                if bare and _kk_bare_noun(bare.group(2)) and re.search(r"(»\s*,|:)\s*$", text[:bare.start(2)]):
                    # '«Миға шабуыл», кластер, «Джигсо» әдістері': an unquoted common noun between quoted
                    # names (or first after a colon) is one more member of the list
                    w2 = bare.group(2)
                    out.append(Candidate(base + bare.start(2), base + bare.end(2), w2, w2.lower(), lang, kind,
                                         "kk_named_coord", 0.7))
                    left = bare.start(2)
                    continue
                break
        for m in _KK_NAMED_WITH_KIND.finditer(text):
            # '«Ертегі лабиринттері» дамытушы ойын технологиясы': the name, then what kind of technology it is
            mid = m.group(2).split()
            if any(_KK_OBLIQUE.search(x) and not _kk_adj(x) for x in mid) or any(x in GENERIC_KK - {"оқу", "оқыту"} for x in mid):
                continue
            head = m.group(3).lower()
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0),
                                 f"«{m.group(1)}» {' '.join(mid)} {_KK_HEAD_LABEL[head]}", lang,
                                 "pedagogical_technology" if head == "технология" else "method", "kk_named", 0.8))
        for m in _KK_NAMED_AFTER.finditer(text):
            head = m.group(1).lower()
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"«{m.group(3)}» {_KK_HEAD_LABEL[head]}",
                                 lang, "method", "kk_named", 0.8))
            out += _coordinated_quotes(text, base, m.end(), lambda q, h=head: f"«{q}» {_KK_HEAD_LABEL[h]}", lang, "kk")
        for m in _KK_PEDAGOGY.finditer(text):
            mod = m.group(1).lower()
            # before a noun, 'ізгілікті' is the adjective (an accusative noun cannot stand there)
            if mod in GENERIC_KK or mod in _KK_STOP or mod in _KK_DISCIPLINE_ADJ or not is_kk_adjective(mod):
                continue
            head = "педагогикасы" if re.search(r"(лық|лік|дық|дік|тық|тік)$", mod) else "педагогика"
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{mod} {head}", lang,
                                 "pedagogical_technology", "kk_pedagogy", 0.75))
    else:
        for m in _RU_NAMED.finditer(text):
            head = m.group(1).lower()
            kind = "pedagogical_technology" if head in ("технологи", "модел") else "method"
            label = f"{_RU_HEAD_LABEL.get(head, head)} «{m.group(4)}»"
            if m.group(3):  # 'приёмы: «A» …': the name alone is the mention, the head only introduces it
                qs = m.end() - len(m.group(4)) - 2
                out.append(Candidate(base + qs, base + m.end(), text[qs:m.end()], label, lang, kind, "ru_named", 0.8))
            else:
                out.append(Candidate(base + m.start(), base + m.end(), m.group(0), label, lang, kind, "ru_named", 0.8))
            out += _coordinated_quotes(text, base, m.end(), lambda q, h=head: f"{_RU_HEAD_LABEL.get(h, h)} «{q}»", lang, "ru",
                                       kind, _NEXT_QUOTED_AFTER_COLON if m.group(3) else _NEXT_QUOTED)
    return out


def _coordinated_quotes(text: str, base: int, pos: int, label_of, lang: str, rule_lang: str,
                        kind: str = "method", next_quoted: re.Pattern = _NEXT_QUOTED) -> list[Candidate]:
    """Quoted names that follow a 'head «name»' joined by commas or a conjunction share its head."""
    out = []
    while True:
        nm = next_quoted.match(text, pos)
        if not nm:
            return out
        qs = nm.end() - len(nm.group(1)) - 2
        out.append(Candidate(base + qs, base + nm.end(), text[qs:nm.end()], label_of(nm.group(1)), lang, kind,
                             f"{rule_lang}_named_coord", 0.75))
        pos = nm.end()


def ru_compound_heads(text: str, base: int) -> list[Candidate]:
    """'кейс-метод', 'кейс-технология': a hyphenated compound whose last part is the head."""
    out = []
    for m in re.finditer(r"(?<![\w-])([А-Яа-яЁёA-Za-z]{2,})[-–](метод|технологи)(\w*)", text):
        first = m.group(1)
        head = ru_lemma((m.group(2) + m.group(3)).lower())
        if head not in ("метод", "технология") or ru_lemma(first.lower()) in GENERIC_RU:
            continue  # научно-методический, теоретико-методологический: adjectives, not a head
        kind = "method" if head == "метод" else "pedagogical_technology"
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{first.lower()}-{head}", "ru", kind,
                             "ru_compound", 0.8))
    # 'метода кейс-стади': an indeclinable hyphenated loan (its last part ends in a vowel no Russian case
    # ending has alone: -и after a consonant, -о, -у, -ю) is the name the method noun governs
    for m in re.finditer(r"(?<!\w)(метод(?:а|у|ом|е|ы|ов|ами|ах)?)\s+([а-яё]{2,}-[а-яё]*[бвгдзклмнпрстфхцчшщ](?:и|о|у|ю))(?![\w-])", text, re.I):
        name = m.group(2).lower()
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"метод {name}", "ru", "method",
                             "ru_compound", 0.75))
    return out


# 'занятия с элементами сенсорной интеграции и арт-терапии', 'урок с элементами проблемного обучения':
# a lesson 'with elements of' X names X as a method used in it
_RU_LESSON = {"занятие", "урок", "тренинг", "обучение", "курс", "мероприятие", "практикум", "работа"}


def _ru_nominative_np(words: list[str]) -> str:
    """'сенсорной интеграции' → 'сенсорная интеграция': the first noun and the adjectives before it."""
    morph = _morph_or_none()
    if morph is None:
        return " ".join(words)
    out, gender = [], None
    parsed = [morph.parse(w.lower())[0] for w in words]
    noun_i = next((k for k, p in enumerate(parsed) if p.tag.POS == "NOUN"), None)
    if noun_i is None:
        return " ".join(w.lower() for w in words)
    noun = parsed[noun_i].inflect({"nomn", "sing"}) or parsed[noun_i]
    gender = noun.tag.gender
    for k, (w, p) in enumerate(zip(words, parsed)):
        if k < noun_i and p.tag.POS in ("ADJF", "PRTF"):
            f = p.inflect({"nomn", "sing", gender}) if gender else None
            out.append(f.word if f else w.lower())
        elif k == noun_i:
            out.append(noun.word)
        else:
            out.append(w.lower())
    return " ".join(out)


def _morph_or_none():
    from .normalize import _morph

    return _morph()


def ru_elements_rules(text: str, base: int) -> list[Candidate]:
    toks = tokens(text)
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        if toks[i][0].lower() not in ("с", "со") or not toks[i + 1][0].lower().startswith("элемент"):
            continue
        if ru_lemma(toks[i - 1][0].lower()) not in _RU_LESSON:
            continue
        k = i + 2
        while k < len(toks):
            end = _ru_gen_np(toks, k)
            if end == k:
                break
            words = [toks[x][0] for x in range(k, end)]
            lemmas = {ru_lemma(w.lower()) for w in words}
            if not lemmas <= GENERIC_RU_GEN | GENERIC_RU and (len(words) >= 2 or "-" in words[0]):
                st, en = toks[k][1], toks[end - 1][2]
                out.append(Candidate(base + st, base + en, text[st:en], _ru_nominative_np(words), "ru", "method",
                                     "ru_elements", 0.7))
            k = end
            if k < len(toks) and toks[k][0] in (",", "и"):
                k += 1
                continue
            break
    return out


# nouns of didactic materials and kits: named after their author they are a known teaching aid
# ('Дьенеш блоктары', 'Кюизенер таяқшалары', 'блоки Дьенеша', 'кубики Зайцева')
_KK_MATERIAL = r"(?:блок|таяқша|текше|кубик|карточка|сыйлық)(?:тар|лар|дар|тер|лер|дер)?(?:ы|і|сы|сі)(?:н|на|мен|нда)?"
_RU_MATERIAL = r"(?:блок|палочк|кубик|карточк|дар|материал)[а-яё]{0,3}"
_KK_NAMED_MATERIAL = re.compile(rf"(?<![\w.])([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{{2,}})\s+({_KK_MATERIAL})(?!\w)")
_RU_NAMED_MATERIAL = re.compile(rf"(?<!\w)({_RU_MATERIAL})\s+((?:[А-ЯЁ]\.\s*){{0,2}}[А-ЯЁ][а-яё]{{2,}})(?!\w)")
# an author's genitive before a quoted plural or possessive noun used in teaching: 'Ф. Фребельдің «сыйлықтары»
# қолданылады' (a named set of materials)
_KK_AUTHOR_QUOTED = re.compile(
    r"((?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:дың|дің|тың|тің|ның|нің))\s+«([^«»\s]{3,30})»")


def material_rules(text: str, base: int, lang: str) -> list[Candidate]:
    """Didactic materials known by their author's name; kind software (a tool, as kits are)."""
    out = []
    if lang == "kk":
        for m in _KK_NAMED_MATERIAL.finditer(text):
            before = text[:m.start()].rstrip()
            if not before or before[-1] in ".!?:«\"":
                continue  # a sentence-initial capital says nothing about a name
            noun = re.sub(r"(н|на|мен|нда)$", "", m.group(2)) if re.search(r"(ы|і)(н|на|мен|нда)$", m.group(2)) else m.group(2)
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{m.group(1)} {noun}", lang, "software",
                                 "kk_named_material", 0.75))
        for m in _KK_AUTHOR_QUOTED.finditer(text):
            quoted = m.group(2)
            if not (re.search(r"(лары|лері|дары|дері|тары|тері)$", quoted) and _KK_HOLD.search(text[m.end():m.end() + 30])):
                continue
            au = re.match(r"((?:[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,2})(\S+)", m.group(1))
            author = normalize_author(au.group(1).strip(), au.group(2), "kk")
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{author} «{quoted}»", lang, "software",
                                 "kk_named_material", 0.75, author=author))
    else:
        for m in _RU_NAMED_MATERIAL.finditer(text):
            if not re.fullmatch(_RU_MATERIAL, m.group(1).lower()) or not m.group(1)[:1].islower():
                continue
            surname = re.sub(r"^(?:[А-ЯЁ]\.\s*)+", "", m.group(2)).lower()
            if m.group(1).lower().startswith("материал") and (parses := ru_morph_parses(surname)) \
                    and parses[0].is_known and not any("Surn" in p.tag for p in parses):
                continue  # 'материалы Министерства' are an office's papers; 'материалы Монтессори' are a method's
            noun = "материалы" if m.group(1).lower().startswith("материал") else ru_lemma(m.group(1).lower())
            out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{noun} {m.group(2)}", lang, "software",
                                 "ru_named_material", 0.75))
    return out


# 'тәсіл' (technique, approach) and 'модель' in the singular: a way of teaching when a specific
# modifier names it
_KK_TASIL = re.compile(r"^тәсіл(і|ін|іне|інің|імен|інде|ді|ге|мен)?$", re.I)
_KK_MODEL = re.compile(r"^модел(ь|і|ін|іне|інің|імен|інде|ьді|ьге|ьмен)$", re.I)
# words that make a 'тәсіл' phrase an ordinary 'way of doing' rather than a named technique
_KK_TASIL_GENERIC = GENERIC_KK_OQYTU | {"бағалау", "жұмыс", "жұмыстың", "ұйымдастыру", "ұйымдастырушылық", "өзіндік",
                                        "жаңаша", "жеке", "дара", "ортақ", "бірыңғай", "әдіс", "оқу-әдістемелік",
                                        "басқару", "даму", "қаржыландыру", "білім", "беру"}
_LATIN_CODE = re.compile(r"^(?:[A-Z]{2,6}|\d[A-Z]{1,2}|[A-Z]{3,}[a-z]+)$")  # PPP, SAMR, 5E, SOAPSTone


def _kk_proper_name_start(toks, k: int):
    """Index of the first of one or two capitalised words ending at ``k`` that read as a proper
    name inside the sentence (not its first word, not an initial, not a genitive author)."""
    first = k
    while first >= 1 and first > k - 2 and re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}", toks[first][0]) \
            and not _GEN_KK.search(toks[first][0].lower()):
        first -= 1
    first += 1
    if first > k or first == 0 or not re.match(r"[\w,]", toks[first - 1][0]) or toks[first - 1][0] in (".", "!", "?"):
        return None
    return first


def kk_tasil_rules(text: str, base: int) -> list[Candidate]:
    """'эвристикалық тәсіл', 'ұжымдық оқыту тәсілі', 'мектептік байыту моделі', 'PPP (…) моделі': a
    singular тәсіл or модель names a technique when a denominal or loan adjective stands before it,
    or a verbal noun that an adjective or converb makes specific, or (a model) a Latin code; a bare
    verbal noun ('бағалау тәсілі') and plurals ('тиімді тәсілдер') describe and name none."""
    toks = tokens(text)
    out: list[Candidate] = []
    for i, (w, s, e) in enumerate(toks):
        model = bool(_KK_MODEL.match(w))
        if i == 0 or not (model or _KK_TASIL.match(w)):
            continue
        head = "моделі" if model else "тәсілі"
        k = i - 1
        if toks[k][0] == ")":
            # 'PPP (Presentation – Practice – Production) моделі', 'CPA (нақты – бейнелі – абстрактілі)
            # тәсілі': the code's gloss stands in brackets
            op = next((x for x in range(k - 1, max(k - 12, 0), -1) if toks[x][0] == "("), None)
            if op is not None and op > 0 and _LATIN_CODE.match(toks[op - 1][0]):
                k = op - 1
        prev, ps, _ = toks[k]
        lp = prev.lower()
        start = None
        proper = False
        if _LATIN_CODE.match(prev):
            start = ps  # 'PPP моделі', 'CPA тәсілі'
        elif k == i - 1 and not model and (name_start := _kk_proper_name_start(toks, k)) is not None:
            start = toks[name_start][1]  # 'Реджио Эмилиа тәсілі': a place or person names it
            proper = True
        elif k != i - 1 or not re.match(r"[а-яәғқңөұүһі-]+$", lp):
            continue
        elif lp in _KK_TASIL_GENERIC and (model or not re.search(r"[ую]$", lp)):
            continue  # ('цифрлық басқару моделі' is a way to run a school; 'түсіндіре басқару тәсілі' one to teach)
        elif not model and (_KK_DENOMINAL_ADJ.search(lp) or kk_loan_adjective(lp)) and _kk_adj(lp):
            start = ps  # (an adjective alone makes a model a kind of organisation: 'желілік модель')
        elif re.search(r"[ую]$", lp) and k >= 1:
            mod, ms, _ = toks[k - 1]
            lm = mod.lower()
            if lm not in _KK_TASIL_GENERIC and re.match(r"[а-яәғқңөұүһі-]+$", lm) and (_kk_adj(lm) or _CONVERB_KK.search(lm)):
                start = ms
        if start is None:
            continue
        author = None
        k = next(x for x in range(len(toks)) if toks[x][1] == start)
        if k >= 2 and toks[k - 1][0][:1].isupper() and _GEN_KK.search(toks[k - 1][0].lower()) and _INITIAL.match(toks[k - 2][0]):
            k0 = k - 2
            while k0 - 1 >= 0 and _INITIAL.match(toks[k0 - 1][0]):
                k0 -= 1
            author = normalize_author(" ".join(x[0] for x in toks[k0:k - 1]), toks[k - 1][0], "kk")
        name = text[start:s].strip()
        label = f"{name if proper or _LATIN_CODE.match(name.split()[0]) else name.lower()} {head}"
        out.append(Candidate(base + start, base + e, text[start:e], label, "kk",
                             "pedagogical_technology" if model else "method", "kk_head_tasil",
                             0.85 if author else 0.7, author=author))
    return out


_RU_MODEL_CODE = re.compile(r"(?<!\w)(модел[ьиюея]\w*|схем[аыуеой]\w*|технологи[яиюей]\w*|метод(?:а|у|ом|е|ы|ов|ам|ами|ах)?|методик[аиуеой]\w*"
                            r"|при[её]м(?:а|у|ом|е|ы|ов|ам|ами|ах)?|стратеги[яиюей]\w*)"
                            r"\s+((?:[A-Z]{2,6}|\d[A-Z]{1,2}|[a-z]{0,4}[A-Z][a-z]+[A-Za-z]*|[A-Z]{2,8}[a-z]{2,4}))(?![\w-])")
_RU_CODE_HEAD = {"приём": "приём", "прием": "приём", "страте": "стратегия", "модел": "модель", "технол": "технология", "методи": "методика", "метод": "метод", "схема": "схема", "схемы": "схема",
                 "схему": "схема", "схеме": "схема", "схемо": "схема"}


def ru_model_code_rules(text: str, base: int) -> list[Candidate]:
    """'модель PPP (Presentation – Practice – Production)', 'по модели ADDIE': a model named by a
    Latin code; 'технологии eduScrum', 'метод Kanban', 'по приёму RAFT': a technology, method or
    technique by a Latin name."""
    out = []
    for m in _RU_MODEL_CODE.finditer(text):
        head = _RU_CODE_HEAD.get(m.group(1).lower()[:6]) or _RU_CODE_HEAD.get(m.group(1).lower()[:5]) \
            or _RU_CODE_HEAD.get(m.group(1).lower()[:4], "метод")
        if head not in ("модель", "схема", "приём", "стратегия", "методика") and not re.search(r"[a-z]", m.group(2)):
            continue  # an acronym after 'метод' or 'технология' is read by the head rules ('метод CLIL')
        kind = "method" if head.startswith("метод") else "pedagogical_technology"
        out.append(Candidate(base + m.start(), base + m.end(), m.group(0), f"{head} {m.group(2)}", "ru", kind,
                             "ru_model_code", 0.8))
    return out


def _ru_join_on_head(cands: list[Candidate]) -> list[Candidate]:
    """'четырехступенчатый метод' and 'метод производственного инструктажа' read off one head
    noun are one name: the adjective and the genitive both modify it."""
    out = list(cands)
    for a in cands:
        for b in cands:
            head = b.surface.split()[0] if b.surface.split() else ""
            if a is b or not head or a.start >= b.start or a.end != b.start + len(head) or not a.surface.endswith(head):
                continue
            if a.label.split()[-1] != b.label.split()[0]:
                continue
            joined = Candidate(a.start, b.end, a.surface + b.surface[len(head):], a.label + b.label[len(b.label.split()[0]):],
                               a.lang, b.kind, b.rule, max(a.confidence, b.confidence), author=b.author or a.author)
            out = [c for c in out if c is not a and c is not b] + [joined]
    return out


# a practice known by its author: 'по' + the surname in the dative ('дыхательная гимнастика по
# Стрельниковой', 'обучение грамоте по Жуковой'), or 'по' + a word of method + the author
# ('интервальная тренировка по протоколу Табата')
_RU_PRACTICE = {"гимнастика", "тренировка", "обучение", "чтение", "методика", "система", "метод", "технология",
                "упражнение", "массаж", "ритмика", "счёт", "письмо"}
_RU_BY_AUTHOR = re.compile(
    r"(?<![\w-])((?:[а-яё-]+\s+){0,2}[а-яё-]+)\s+по\s+"
    r"(?:(методике|системе|протоколу|методу|технологии)\s+)?((?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def _ru_surname_nominative(word: str):
    """The surname in the nominative when the word is a surname in the dative; a foreign surname the
    dictionary does not know is taken as it stands ('по Монтессори'); None otherwise."""
    parses = ru_morph_parses(word.lower())
    if not parses:
        return None
    if not parses[0].is_known:
        # a Russian surname the dictionary lacks ('по Норбекову', 'по Гавриловой'), else a foreign one
        # that does not decline ('по Монтессори')
        for dat, nom in (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ской", "ская"), ("ову", "ов"),
                         ("еву", "ев"), ("ину", "ин"), ("скому", "ский")):
            if word.endswith(dat):
                return word[: -len(dat)] + nom
        return word
    for p in parses:
        if "Surn" in p.tag and "datv" in p.tag:
            nom = p.inflect({"nomn"})
            return (nom.word if nom else p.normal_form).capitalize()
    return None


def ru_by_author(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _RU_BY_AUTHOR.finditer(text):
        words = list(re.finditer(r"[а-яё-]+", m.group(1)))
        heads = [k for k, w in enumerate(words) if ru_lemma(w.group(0).lower().split("-")[-1]) in _RU_PRACTICE]
        if not heads or len(words) - 1 - heads[-1] > 1:
            continue  # the practice noun, then at most its object ('обучение грамоте по Жуковой')
        h = heads[-1]
        first = h
        while first > 0 and (p := ru_parse(words[first - 1].group(0).lower())) is not None and p.tag.POS in ("ADJF", "PRTF"):
            first -= 1
        surname = re.sub(r"^(?:[А-ЯЁ]\.\s*)+", "", m.group(3))
        author = surname if m.group(2) else _ru_surname_nominative(surname)
        if author is None:
            continue
        head = words[h].group(0).lower()
        head_lemma = ru_lemma(head.split("-")[-1])
        noun = head.rsplit("-", 1)[0] + "-" + head_lemma if "-" in head else head_lemma
        adjs = [w.group(0) for w in words[first:h]]
        label = " ".join(([_ru_agree(adjs, head_lemma)] if adjs else []) + [noun] + [w.group(0) for w in words[h + 1:]]
                         + ["по", *([m.group(2)] if m.group(2) else []), m.group(3)])
        st = m.start(1) + words[first].start()
        out.append(Candidate(base + st, base + m.end(), text[st:m.end()], label, "ru", "method", "ru_by_author", 0.75,
                             author=author))
    return out


# between an author's genitive and a head of method, everything is the name the author gave it:
# 'П.М. Эрдниевтің ірілендірілген дидактикалық бірліктер технологиясы' (a participle and a plural noun
# the general rules do not take as modifiers)
_KK_AUTHORED_NAME = re.compile(
    r"(?<![\w.])((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яё]?\.\s*){1,2})([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+?(?:ның|нің|дың|дің|тың|тің))\s+"
    r"((?:[а-яәғқңөұүһі-]+\s+){2,5})(технология|әдістеме|әдіс|тәсіл)(\w*)")
_KK_AUTHORED_HEAD = {"технология": "технологиясы", "әдістеме": "әдістемесі", "әдіс": "әдісі", "тәсіл": "тәсілі"}


def kk_authored_names(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _KK_AUTHORED_NAME.finditer(text):
        words = m.group(3).split()
        if any(w in _KK_STOP - {"арқылы"} or w in ("және", "мен", "бен", "пен", "немесе") for w in words) \
                or all(w in GENERIC_KK for w in words):
            continue
        author = normalize_author(m.group(1).strip(), m.group(2), "kk")
        head = _KK_AUTHORED_HEAD[m.group(4)]
        st = m.start(3)
        out.append(Candidate(base + st, base + m.end(), text[st:m.end()], f"{' '.join(words)} {head}", "kk",
                             "method" if m.group(4).startswith(("әдіс", "тәсіл")) else "pedagogical_technology",
                             "kk_authored_name", 0.8, author=author))
    return out


def _kk_heads_in_any_case(text: str, base: int) -> list[Candidate]:
    """Kazakh head rules; a phrase in capitals (a heading: 'ДЕНСАУЛЫҚ САҚТАУ ТЕХНОЛОГИЯЛАРЫ') is read
    in lower case, where a capital no longer looks like a name inside the sentence."""
    out = [c for c in kk_head_rules(text, base, "kk") if not c.surface.isupper()]
    if re.search(r"[А-ЯӘҒҚҢӨҰҮҺІ]{4,}\s+[А-ЯӘҒҚҢӨҰҮҺІ]{4,}", text):
        for c in kk_head_rules(text.lower(), base, "kk"):
            surface = text[c.start - base:c.end - base]
            if surface.isupper():
                out.append(Candidate(c.start, c.end, surface, c.label, c.lang, c.kind, c.rule, c.confidence,
                                     author=c.author))
    return out


# a method known by its author: the head, what it is of, then the author in the genitive or after
# 'по' ('методика обучения рассказыванию О.С. Ушаковой', 'сенсорно-графические схемы В.К. Воробьевой',
# 'предметно-схематические модели по Т.А. Ткаченко'); метод, технология and система have rules of their own
_RU_AUTHORED_HEADS = {"методика", "подход", "схема", "модель", "упражнение", "гимнастика", "приём", "прием", "игра"}
_RU_AUTHOR_GEN = re.compile(r"(?<![\w.])(по\s+)?((?:[А-ЯЁ]\.\s*){1,2})([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")
_RU_SURNAME_GEN = (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ской", "ская"),
                   ("цкой", "цкая"), ("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин"))


# what a method of examining, not of teaching, is of: 'методика диагностики познавательного развития'
_RU_NOT_TAUGHT = {"диагностика", "обследование", "оценка", "исследование", "тестирование", "измерение", "выявление"}


def _ru_surname_from_genitive(surname: str, after_po: bool) -> Optional[str]:
    """The nominative of a surname in the genitive (or the dative after 'по'); None for a surname in
    the nominative, which is the subject of what follows, not an author of what precedes."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ая")):
        return None
    if after_po:
        return _ru_surname_nominative(surname)
    for gen, nom in _RU_SURNAME_GEN:
        if surname.endswith(gen):
            return surname[: -len(gen)] + nom
    if surname.endswith(("о", "у", "и", "е", "ю")):
        return surname  # (Ткаченко, Дьюи: not declined)
    parses = ru_morph_parses(surname.lower())
    return surname if parses and not parses[0].is_known else None  # (a foreign name the dictionary lacks: Пойа)


def ru_authored_heads(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _RU_AUTHOR_GEN.finditer(text):
        offset = max(0, m.start() - 90)
        while 0 < offset < m.start() and not text[offset - 1].isspace():
            offset += 1  # (the window starts at a whole word: 'эмоционально-…', not '…моционально')
        left = list(re.finditer(r"[а-яё]+(?:-[а-яё]+)?", text[offset:m.start()].lower()))
        if not left or not re.fullmatch(r"\s*", text[offset + left[-1].end():m.start()]):
            continue  # a comma or a bracket stands between: the author starts something else
        heads = [k for k in range(len(left) - 1, max(len(left) - 5, -1), -1)
                 if ru_lemma(left[k].group(0).split("-")[-1]) in _RU_AUTHORED_HEADS]
        if not heads:
            continue
        h = heads[0]
        between = [w.group(0) for w in left[h + 1:]]
        if any((p := ru_parse(w)) is None or p.tag.POS not in ("NOUN", "ADJF") or p.normal_form in _RU_NOT_TAUGHT
               for w in between) \
                or not re.fullmatch(r"[\sа-яё-]*", text[offset + left[h].end():offset + left[-1].end()]):
            continue  # only what the head is of: nouns and their adjectives, no verb, no punctuation
        first = h
        while first > 0 and (p := ru_parse(left[first - 1].group(0))) is not None and p.tag.POS == "ADJF" \
                and re.fullmatch(r"\s+", text[offset + left[first - 1].end():offset + left[first].start()]):
            first -= 1
        head = left[h].group(0)
        head_lemma = ru_lemma(head.split("-")[-1])
        if first == h and not between and (head_lemma not in ("методика", "схема", "модель")
                                           or h > 0 and left[h - 1].group(0) == "по"):
            # a bare 'игра Н.А. Зайцева' names too little; 'схема Д. Пойа', 'методика Н.А. Зайцева' do, but
            # 'занятия строятся по методике М.Ю. Картушиной' follows the method the text has just named
            continue
        surname = _ru_surname_from_genitive(m.group(3), bool(m.group(1)))
        if surname is None:
            continue
        author = "".join(ch + "." for ch in re.findall(r"[А-ЯЁ]", m.group(2))) + surname
        adjs = [w.group(0) for w in left[first:h]]
        # (the number shows on the first adjective where the head's form is ambiguous: 'опорные схемы')
        number_word = ru_parse(adjs[0] if adjs else head)
        plural = number_word is not None and "plur" in number_word.tag
        head_plural = ru_parse(head).inflect({"nomn", "plur"}) if plural and ru_parse(head) is not None else None
        noun = head_plural.word if head_plural else head_lemma
        if not adjs:
            described = []
        elif plural:
            described = [" ".join((ru_parse(a).inflect({"nomn", "plur"}) or ru_parse(a)).word for a in adjs)]
        else:
            described = [_ru_agree(adjs, head_lemma)]
        label = " ".join(described + [noun, *between])
        st = offset + left[first].start()
        out.append(Candidate(base + st, base + m.end(), text[st:m.end()], f"{label} ({author})", "ru",
                             "method", "ru_authored_head", 0.75, author=author))
    return out


# the Kazakh counterpart: 'В.Ф. Базарныйдың сенсорлы-координациялық жаттығулары'
_KK_AUTHORED_THING = re.compile(
    r"(?<![\w.])((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яё]?\.\s*){1,2})([А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+?(?:ның|нің|дың|дің|тың|тің))\s+"
    r"((?:[а-яәғқңөұүһі-]+\s+){1,3})(жаттығулар|жаттығу|ойындар|схемалар|схема|модел)(ы|і|сы|і)(?!\w)")
_KK_THING_NOMINATIVE = {"модел": "модель"}


def kk_authored_things(text: str, base: int) -> list[Candidate]:
    out = []
    for m in _KK_AUTHORED_THING.finditer(text):
        words = m.group(3).split()
        if any(w in _KK_STOP or w in ("және", "мен", "бен", "пен", "немесе") or _KK_OBLIQUE.search(w) and not w.endswith(("лық", "лік", "дық", "дік", "тық", "тік"))
               for w in words):
            continue
        author = normalize_author(m.group(1).strip(), m.group(2), "kk")
        head = _KK_THING_NOMINATIVE.get(m.group(4), m.group(4))
        st = m.start(3)
        out.append(Candidate(base + st, base + m.end(), text[st:m.end()], f"{' '.join(words)} {head} ({author})", "kk",
                             "method", "kk_authored_thing", 0.75, author=author))
    return out


def head_rules(text: str, base: int, lang: str) -> list[Candidate]:
    if lang == "kk" or (lang not in ("ru",) and is_kazakh(text)):
        return _kk_heads_in_any_case(text, base) + kk_tasil_rules(text, base) + named_rules(text, base, "kk") + kk_authored_names(text, base) \
            + material_rules(text, base, "kk") + kk_authored_things(text, base)
    return _ru_join_on_head(ru_head_rules(text, base, "ru")) + ru_model_code_rules(text, base) + named_rules(text, base, "ru") \
        + ru_compound_heads(text, base) \
        + ru_elements_rules(text, base) + material_rules(text, base, "ru") + ru_by_author(text, base) + ru_authored_heads(text, base)
