"""Sentence boundaries for Kazakh and Russian, decided over tokens, not characters.

Working on tokens lets one decision cover every spelling of a case: an initial (``М.``), a
dotted chain (``т.б.``, ``Н.Ә.``), a listed abbreviation (``ж.``, ``проф.``) and a number before
a stop are classes of token, each with its own rule (see :mod:`.abbreviations`). A stop ends a
sentence when the next word starts a sentence: a capital letter, a digit, or an opening quote,
bracket or dash followed by one; a lowercase word only after a word that cannot be a
shortening (Russian cuts words before a vowel, so "... фильма. уровень" is a full stop).
Lines matter only where a document's layout says so: a blank line, a line after ``;``/``:``,
and a line that starts with a list marker begin a new sentence.
"""
from __future__ import annotations

import re

from extractors.segment.abbreviations import abbreviation_class
from extractors.segment.langid import KK_FUNCTION_WORDS, RU_FUNCTION_WORDS, quick_language
from extractors.segment.tokens import raw_tokens

_STOP_RE = re.compile(r"^(?:\.+|[?!…]+[.?!…]*)$")
_CLOSERS = frozenset(["»", "”", "’", ")", "]", "''", "›", "'", '"'])
_OPENERS = frozenset(["«", "“", "„", "(", "[", "``", '"', "'", "‹", "—", "–", "-", "--", "•", "·", "▪", "●", "*", ""])
_DASHES = frozenset(["—", "–", "-", "--"])
# units and amounts that only follow a number; "г.", "в.", "т.", "м." also shorten words that
# stand before a name (город, век, том, метро)
_UNITS_ONLY = frozenset("мм км кг млн млрд трлн тыс руб коп долл сек".split())
_VOWELS = frozenset("аеёиоуыэюяәөұүіaeiouy")
_FULL_WORD_ENDINGS = _VOWELS | frozenset("йь")
_CLAUSE_PUNCT = frozenset(".,;:!?)]…")
_QUOTE_OPENERS = frozenset(["«", "“", "„", "``", '"'])
_LIST_MARKER_RE = re.compile(r"(?:[-–—•·▪●*]|\d{1,3}[.)]|[а-яәғқңөұүһіa-z][)])\s", re.I)
_ENTITY_RE = re.compile(r"^(?:&#?\w+;)+$")
_GUILLEMET_RE = re.compile(r"[«»]")
_CURLY_RE = re.compile(r"[“”]")
_TEX_RE = re.compile(r"``|''|(?:&#39;)+")
FUNCTION_WORDS = KK_FUNCTION_WORDS | RU_FUNCTION_WORDS | frozenset("этот эта это эти этом он она они мы".split())
# a Russian time phrase at the start of a sentence ("В 1995 г. Назарбаев ...") spans this many tokens
_INITIAL_PHRASE_TOKENS = 4


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into ``text``, trimmed of surrounding whitespace.

    ``lang`` ("kk" or "ru") selects the abbreviation lists; None guesses it from the letters.
    """
    return sentence_tokens(text, lang)[0]


def sentence_tokens(text: str, lang: str | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Sentence spans and token spans of ``text``, decided together.

    Together, because UD splits the dot off an abbreviation exactly when that dot also ends
    the sentence (``2010 г`` ``.``), which only the sentence decision knows.
    """
    if lang not in ("kk", "ru"):
        lang = quick_language(text)
    tokens = raw_tokens(text, lang)
    if not tokens:
        return [], []
    bounds = _sentence_bounds(text, tokens, lang)
    sentences = [(tokens[a][0], tokens[b][1]) for a, b, _ in bounds]
    final_stops = {stop for _, _, stop in bounds}
    out: list[tuple[int, int]] = []
    for idx, (s, e) in enumerate(tokens):
        if e - s > 1 and text[e - 1] == "." and _stop_kind(text[s:e]) == "abbr" and (
                idx in final_stops or lang == "ru" and _closes_bracket(text, e, text[s:e - 1])):
            out.append((s, e - 1))
            out.append((e - 1, e))
        else:
            out.append((s, e))
    return sentences, out


def _closes_bracket(text: str, end: int, word: str) -> bool:
    """GSD writes "(1998 г.)" as "г" "." ")": a year or amount abbreviation closing a
    parenthesis ends the bracketed phrase with a full stop of its own."""
    return text.startswith(")", end) and abbreviation_class(word, "ru") == "after_number"


def _sentence_bounds(text: str, tokens: list[tuple[int, int]], lang: str) -> list[tuple[int, int, int]]:
    """(first token, last token, stop token) of each sentence."""
    bounds: list[tuple[int, int, int]] = []
    first = 0  # index of the first token of the current sentence
    quotes = _QuoteState()
    i = 0
    n = len(tokens)
    while i < n:
        quotes.feed(_quote_token(text, tokens, i))
        end_i = _boundary_after(text, tokens, i, first, lang)
        if end_i is not None and _inside_quotation(text, tokens, quotes, i, end_i):
            end_i = None  # a stop inside a quotation that closes further on
        if end_i is not None:
            bounds.append((first, end_i, i))
            first = end_i + 1
            i = end_i + 1
            quotes = _QuoteState()
        else:
            i += 1
    if first < n:
        bounds.append((first, n - 1, n - 1))
    return bounds


def _inside_quotation(text: str, tokens: list[tuple[int, int]], quotes: "_QuoteState", i: int, end_i: int) -> bool:
    state = quotes.copy()
    for j in range(i + 1, end_i + 1):
        state.feed(_quote_token(text, tokens, j))
    return state.open_with_close_ahead(text, tokens[end_i][1])


def _quote_token(text: str, tokens: list[tuple[int, int]], i: int) -> str:
    """The token as the quotation count should see it: scraped text writes a TeX opening quote
    where a closing one belongs ("верю! ``.", "(``)", "… ``(2003)"), recognisable by the
    punctuation or bracket glued right after it."""
    s, e = tokens[i]
    tok = text[s:e]
    # an opening quote is followed by the first letter or digit of the quotation; one followed
    # by punctuation or a bracket ("… ``(2003)") closes one
    if tok == "``" and not _opens_quotation(text, e):
        return "''"
    return tok


class _QuoteState:
    """Open quotation marks since the start of the current sentence."""

    __slots__ = ("guillemets", "curly", "straight", "tex")
    _LOOKAHEAD = 300

    def __init__(self) -> None:
        self.guillemets = self.curly = self.straight = self.tex = 0

    def copy(self) -> "_QuoteState":
        other = _QuoteState()
        other.guillemets, other.curly, other.straight, other.tex = self.guillemets, self.curly, self.straight, self.tex
        return other

    def feed(self, tok: str) -> None:
        if tok == "«":
            self.guillemets += 1
        elif tok == "»":
            self.guillemets = max(0, self.guillemets - 1)
        elif tok == "“":
            self.curly += 1
        elif tok == "”":
            self.curly = max(0, self.curly - 1)
        elif tok == '"':
            self.straight ^= 1
        elif tok == "``":
            self.tex += 1
        elif tok == "''" or _ENTITY_RE.match(tok):
            self.tex = max(0, self.tex - 1)

    def open_with_close_ahead(self, text: str, pos: int) -> bool:
        """Whether a quotation open here closes further on in the paragraph.

        Marks are counted, not merely looked for: a quotation whose closing mark was lost
        (scraped text, "``Я начал играть ... -- объясняет он.") is not closed by the mark that
        ends the next, separately opened quotation.
        """
        ahead = text[pos:pos + self._LOOKAHEAD]
        cut = ahead.find("\n\n")
        if cut >= 0:
            ahead = ahead[:cut]
        if self.guillemets and _closes(ahead, self.guillemets, _GUILLEMET_RE, "«"):
            return True
        if self.curly and _closes(ahead, self.curly, _CURLY_RE, "“"):
            return True
        if self.straight and '"' in ahead:
            return True
        if self.tex and _closes(ahead, self.tex, _TEX_RE, "``", tex=True):
            return True
        return False


def _closes(ahead: str, depth: int, marks: re.Pattern, opener: str, tex: bool = False) -> bool:
    """Whether ``depth`` open quotations are all closed by the marks in ``ahead``."""
    for m in marks.finditer(ahead):
        tok = m.group()
        # a TeX opening quote glued to punctuation stands for a closing one (see _quote_token)
        if tok == opener and (not tex or _opens_quotation(ahead, m.end())):
            depth += 1
        else:
            depth -= 1
            if depth <= 0:
                return True
    return False


def _opens_quotation(text: str, end: int) -> bool:
    return end < len(text) and (text[end].isalnum() or text[end] in "«\"'`“")


def _boundary_after(text: str, tokens: list[tuple[int, int]], i: int, first: int, lang: str) -> int | None:
    """Index of the last token of a sentence that ends at token ``i`` (closers included), or None."""
    s, e = tokens[i]
    tok = text[s:e]
    n = len(tokens)
    nxt = i + 1
    # layout: a break in the lines between this token and the next one
    if nxt < n:
        gap = text[e:tokens[nxt][0]]
        if "\n" in gap and _line_break_ends(text, tok, gap, tokens[nxt][0]):
            return i
    if tok == ";" and nxt < n and _LIST_MARKER_RE.match(text, tokens[nxt][0]):
        return i  # "...; – келесі тармақ" / "...; 2) ...": an item of a run-in list ends
    if tok == ";" or tok == ":":
        return None  # otherwise only the line rules above end a sentence here
    kind = _stop_kind(tok)
    if kind is None:
        return None
    if tok == "." and 0 < s and e < len(text) and text[s - 1].isalpha() and text[e].isalpha() \
            and text[s - 1].isascii() and text[e].isascii():
        return None  # a dot inside a Latin name or address ('izi.TRAVEL', 'Kundelik.kz'), no space around it
    # closing quotes and brackets glued to the stop belong to the sentence
    last = i
    while last + 1 < n:
        cs, ce = tokens[last + 1]
        ctok = text[cs:ce]
        glued = cs == tokens[last][1]
        if (ctok in _CLOSERS or _ENTITY_RE.match(ctok)) and (glued or ctok in ("»", "”", ")", "]")):
            if ctok in ('"', "'") and not glued:
                break
            last += 1
        else:
            break
    if last + 1 >= n:
        return last
    ns, _ = tokens[last + 1]
    spaced = ns > tokens[last][1]
    start_kind = _next_start(text, tokens, last + 1)
    if start_kind == "lower":
        # a sentence rarely starts in lowercase, but scraped text has them ("... фильма. уровень
        # программы: ..."); only a word that cannot be an abbreviation lets one through
        if (kind == "dot" and spaced and last == i and i > first and tokens[i - 1][1] == s
                and text[ns].isalpha() and _unabbreviable(text, tokens, i - 1, _next_word(text, tokens, i))):
            return last
        return None
    if kind == "dot" and i > first and tokens[i - 1][1] == s and _digraph_initial(text[tokens[i - 1][0]:s]):
        return None  # "Дж. Дьюи", "Ch. Darwin": a name's initial written with two letters
    if not spaced:
        # "етеді.Оқытудың": a stop glued to the next word ends a sentence only after a plain word
        if start_kind != "upper":
            return None
        if kind in ("dot", "dots"):
            # "табуда..Оқытудың" (a typo) ends a sentence; "``...Прибыл" opens a quotation
            prev = text[tokens[i - 1][0]:tokens[i - 1][1]] if i > first else ""
            return last if _is_plain_word(prev) else None
        return last if kind == "strong" else None
    if start_kind is None:
        return None
    if kind == "strong":
        return last
    if kind == "dots":
        return last if start_kind == "upper" else None  # "(1992)" after "..." goes on
    if kind == "dot":
        if i == first + 1 and _is_number(text[tokens[first][0]:tokens[first][1]]):
            return None  # "1. Кіріспе": a list number, not a sentence
        return last
    # an abbreviation or initial carrying its own dot
    return last if _abbreviation_ends(text, tokens, i, first, lang, start_kind) else None


def _stop_kind(tok: str) -> str | None:
    if tok == ".":
        return "dot"
    if tok in ("..", "...", "…") or (tok.startswith(".") and set(tok) == {"."}):
        return "dots"
    if _STOP_RE.match(tok):
        return "strong"
    if len(tok) > 1 and tok.endswith(".") and any(ch.isalpha() for ch in tok):
        return "abbr"
    return None


def _next_start(text: str, tokens: list[tuple[int, int]], j: int) -> str | None:
    """How the text after a stop begins: "upper", "digit", "lower", or None (punctuation only)."""
    n = len(tokens)
    saw_quote = saw_bracket = False
    while j < n:
        tok = text[tokens[j][0]:tokens[j][1]]
        ch = tok[0]
        if ch.isalpha():
            if ch.islower():
                return "lower"
            return "upper"
        if ch.isdigit():
            return "upper" if saw_quote else "digit"  # «2030 стратегиясы» starts like a name
        if saw_bracket and tok not in _CLAUSE_PUNCT:
            # a remark opening with a sign ("(~ 2000 $) Само ...", "(*) до ..."): its first
            # word tells whether a new sentence starts
            return _first_word_case(text, tokens, j)
        if tok in _OPENERS or _ENTITY_RE.match(tok):
            saw_quote = saw_quote or tok in _QUOTE_OPENERS
            saw_bracket = tok in ("(", "[")
            j += 1
            if tok == "(" and j < n and text[tokens[j][0]:tokens[j][1]] == ")":
                j += 1  # "()": a bracket emptied when the source was scraped
            continue
        return None
    return None


def _first_word_case(text: str, tokens: list[tuple[int, int]], j: int, limit: int = 8) -> str | None:
    """Case of the first word within ``limit`` tokens: signs and numbers say nothing of a start."""
    for k in range(j, min(j + limit, len(tokens))):
        ch = text[tokens[k][0]]
        if ch.isalpha():
            return "lower" if ch.islower() else "upper"
    return None


def _is_plain_word(tok: str) -> bool:
    return len(tok) >= 2 and tok.isalpha() and tok[-1].islower() and abbreviation_class(tok, None) is None


def _unabbreviable(text: str, tokens: list[tuple[int, int]], j: int, next_word: str) -> bool:
    """Whether token ``j`` is a whole Cyrillic word, never a shortening cut with a dot.

    Russian (and Kazakh, which follows it) cuts a word before a vowel and never after й or ь
    ("англ.", "проф.", "обл.", "тыс."), so a lowercase word ending in a vowel, й or ь is written
    out in full: the dot after it is a full stop. A capitalised word of five letters or more is
    a name, which is not shortened either ("... Иван Павлович Бардин. что ..."), when a
    function word follows: a shortened title ("Вестн. высш. шк.") runs on with content words.
    """
    tok = text[tokens[j][0]:tokens[j][1]]
    if not (len(tok) >= 3 and tok.isalpha() and "\u0400" <= tok[0] <= "\u04ff" and tok[1:].islower()):
        return False
    if abbreviation_class(tok, None) is not None:
        return False
    if tok[0].isupper():
        return len(tok) >= 5 and next_word in FUNCTION_WORDS
    return tok[-1] in _FULL_WORD_ENDINGS


def _digraph_initial(tok: str) -> bool:
    """"Дж", "Ch", "Sh": a capital and a consonant or two, no vowel, so no word but an initial."""
    return (2 <= len(tok) <= 3 and tok.isalpha() and tok[0].isupper() and tok[1:].islower()
            and not any(ch in _VOWELS for ch in tok.lower()))


def _is_number(tok: str) -> bool:
    return tok[:1].isdigit()


def _abbreviation_ends(text: str, tokens: list[tuple[int, int]], i: int, first: int, lang: str, start_kind: str) -> bool:
    """Whether the dot of an abbreviation token also ends its sentence."""
    s, e = tokens[i]
    word = text[s:e - 1]
    core = word.replace(".", "")
    if core.isalpha() and core.isupper() and all(len(p) == 1 for p in word.split(".") if p):
        # initials ("М.", "В.А.") stand before a name; a Latin capital before a Cyrillic
        # sentence start is a class letter or a Roman numeral ("класс S.", "Твртко I.")
        return start_kind == "upper" and _latin(core) and _next_is_cyrillic(text, tokens, i)
    key = _spaced_key(text, tokens, i, first)
    cls = abbreviation_class(key or word, lang)
    if key and cls is None:
        cls = "closing"  # an unlisted spaced chain ("а. е.", "н. э.") ends like "т. д."
    if cls is None and "." not in word and len(word) == 1:
        cls = "prefix"  # an unlisted single lowercase letter ("а.", "б.") marks an item or a name
    if cls == "closing":
        return start_kind == "upper"
    if cls == "inner":
        return False
    if cls == "after_number" and word.lower() in _UNITS_ONLY and not _after_number(text, tokens, i, first):
        return start_kind == "upper"  # "калибр 155, мм. Войска ...": a unit stands before no name
    if cls == "prefix" or (cls == "after_number" and not _after_number(text, tokens, i, first)):
        # "г. Алматы", "проф. Иванов": a name follows, not a function word ("суд г. Этот ...")
        return start_kind == "upper" and _next_word(text, tokens, i).lower() in FUNCTION_WORDS
    if cls == "after_number":
        if i + 1 < len(tokens) and "\n" in text[e:tokens[i + 1][0]]:
            return start_kind == "upper"  # the line ends here too
        if lang == "kk":
            return False  # Kazakh is verb-final: "2010 ж." is followed by the rest of the sentence
        if i + 1 < len(tokens) and text[tokens[i + 1][0]:tokens[i + 1][1]] in _DASHES:
            return False  # "в 2002 г. -- ..." goes on
        return i - first >= _INITIAL_PHRASE_TOKENS
    # an unlisted dotted chain ("б.з.д.") behaves as a closing abbreviation
    return start_kind == "upper"


def _next_word(text: str, tokens: list[tuple[int, int]], i: int) -> str:
    for j in range(i + 1, min(i + 4, len(tokens))):
        tok = text[tokens[j][0]:tokens[j][1]]
        if tok[0].isalnum():
            return tok
    return ""


def _latin(s: str) -> bool:
    return all("A" <= ch <= "Z" for ch in s)


def _next_is_cyrillic(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    for j in range(i + 1, min(i + 4, len(tokens))):
        ch = text[tokens[j][0]]
        if ch.isalpha():
            return "\u0400" <= ch <= "\u04ff"
    return False


def _spaced_key(text: str, tokens: list[tuple[int, int]], i: int, first: int) -> str | None:
    """Key of a spaced abbreviation such as "т. е." or "т. д." ending at token ``i``."""
    parts = []
    j = i
    while j >= first:
        tok = text[tokens[j][0]:tokens[j][1]]
        if not (len(tok) == 2 and tok[1] == "." and tok[0].isalpha() and tok[0].islower()):
            break
        if j < i and tokens[j + 1][0] - tokens[j][1] > 1:
            break  # parts are separated by one space at most
        parts.append(tok[0])
        j -= 1
    if len(parts) >= 2:
        return ".".join(reversed(parts))
    return None


def _after_number(text: str, tokens: list[tuple[int, int]], i: int, first: int) -> bool:
    j = i - 1
    return j >= first and text[tokens[j][0]:tokens[j][0] + 1].isdigit()


def _line_break_ends(text: str, tok: str, gap: str, next_start: int) -> bool:
    """Whether a line break after ``tok`` separates sentences by the document's layout."""
    if gap.count("\n") >= 2 and not gap.replace("\n", "").strip():
        return True
    if tok in (";", ":"):
        return True
    return bool(_LIST_MARKER_RE.match(text, next_start))
