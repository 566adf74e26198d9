"""Abbreviation classes that decide whether a full stop ends a sentence.

A dot after an abbreviation is ambiguous; the class of the abbreviation tells how to read it:

* PREFIX abbreviations stand before the word or number they qualify (``проф. Иванов``,
  ``см. рис. 3``, ``с. 25``, ``г. Алматы``): the dot never ends a sentence.
* AFTER_NUMBER abbreviations follow a number (``2010 ж.``, ``1995 г.``, ``5 млн.``): in Russian
  they can close a sentence; in Kazakh, a verb-final language, the sentence goes on.
* CLOSING abbreviations end an enumeration (``т.б.``, ``т.с.с.``, ``т.д.``, ``и др.``): they end
  the sentence when a capitalised word follows, as a plain word would.
* INNER abbreviations are mid-sentence connectives (``т.е.``, ``т.н.``, ``мыс.``): never final.

Keys are lower-cased and written without the final dot; inner dots are kept (``т.б``).
Single letters (initials ``М.``, ``В.А.``) are handled as a class of their own in
:mod:`extractors.segment.sentences`, not listed here.
"""
from __future__ import annotations

PREFIX_KK = frozenset(
    """
    проф доц акад ғыл көш даң ш с б сур кест мыс ауд обл қар инж реж мөлш б.з.б б.з.д т.ғ.д т.ғ.к п.ғ.д п.ғ.к ф.ғ.д ф.ғ.к з.ғ.д з.ғ.к э.ғ.д э.ғ.к
    ф.-м.ғ.д ф.-м.ғ.к б.ғ.д б.ғ.к х.ғ.д х.ғ.к
    """.split()
)

PREFIX_RU = frozenset(
    """
    проф доц акад чл.-корр засл нар им ул пр просп пер пл наб д корп кв стр с см ср рис
    табл илл прил гл разд ч п пп ст тт т вып изд ред сост пер авт обл р-н р пос дер г
    гр г-н г-жа тов св ген полк майор кап лейт сен ок напр рус англ нем франц лат греч
    каз тюрк араб кит укр чуваш к.п.н д.п.н к.ф.н д.ф.н к.т.н д.т.н к.э.н д.э.н к.ф.-м.н
    д.ф.-м.н к.х.н д.х.н к.б.н д.б.н к.и.н д.и.н к.пс.н д.пс.н род ум
    """.split()
)

AFTER_NUMBER_KK = frozenset("ж жж ғ ғғ млн млрд трлн тг сағ мин сек км см мм м кг гр т".split())
AFTER_NUMBER_RU = frozenset(
    "г гг в вв млн млрд трлн тыс руб коп тг долл ч час мин сек км см мм м кг гр т л чел фр".split()
)

CLOSING_KK = frozenset("т.б т.с.с т.т с.с ж.б".split())
CLOSING_RU = frozenset("т.д т.п др пр и.т.д и.т.п и.др и.пр".split())

INNER_KK = frozenset("яғни мыс мәс қаз т.е т.н".split())
INNER_RU = frozenset("т.е т.н т.к т.о т.ч т.ч напр мн ок л.д сокр букв".split())

def abbreviation_class(word: str, lang: str | None) -> str | None:
    """Class of ``word`` (without its final dot) as an abbreviation, or None.

    The lists of ``lang`` are tried first, then the other language's: Kazakh text cites Russian
    sources ("2010 г.") and the reverse.
    """
    key = word.lower()
    langs = ("ru", "kk") if lang == "ru" else ("kk", "ru")
    for code in langs:
        if key in (CLOSING_KK if code == "kk" else CLOSING_RU):
            return "closing"
        if key in (INNER_KK if code == "kk" else INNER_RU):
            return "inner"
        if key in (AFTER_NUMBER_KK if code == "kk" else AFTER_NUMBER_RU):
            return "after_number"
        if key in (PREFIX_KK if code == "kk" else PREFIX_RU):
            return "prefix"
    return None


def is_known_abbreviation(word: str) -> bool:
    """True when ``word`` (without final dot) is on any list: the tokenizer keeps its dot."""
    return abbreviation_class(word, None) is not None
