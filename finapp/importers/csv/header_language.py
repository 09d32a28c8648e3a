"""The currency a header's language says, for an export that names none, and whether its dates
are day first.

Many European downloads carry no currency column and no code in the amount's name (Swedbank's
``Bokföringsdag;Transaktionsdag;Text;Belopp;Saldo``, DNB's, Danske Bank's): read as dollars,
a Swedish salary of 32 000,00 kronor was stored as 32,000.00 USD. The header's words tell the
language (:data:`.header_words.HEADER_WORDS`), and a language spoken in one currency's country
tells the currency, when at least two of the header's names are that language's and no
language of several currencies' countries (English, French, Spanish, Portuguese, Russian, …)
writes them too. German is the euro's unless the amounts group thousands with an apostrophe,
as Swiss banks write them (``7'450.00``).

A language spoken only where dates are written day first says the order of a short export's
dates: an Italian export of the first days of December (``02/12/2026``, ``04/12/2026``,
``05/12/2026``) fits month first too, and in sorted order either way, but no bank writing
``Data;Descrizione;Importo`` means 12 February. English is written both ways, and so are
Spanish (Puerto Rico's and American banks' Spanish exports write month first) and French
(Canada's): their words say nothing of it, and finapp asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from finapp.importers.csv.header_words import HEADER_WORDS, folded

#: the currency of each language spoken where one currency is used
LANGUAGE_CURRENCY = {
    "de": "EUR",
    "nl": "EUR",
    "fi": "EUR",
    "sv": "SEK",
    "da": "DKK",
    "no": "NOK",
    "pl": "PLN",
}
#: a Swiss amount: thousands grouped with an apostrophe (``7'450.00``, ``-1'234.50``)
_SWISS_GROUPING = re.compile(r"\d['’]\d{3}(?!\d)")
#: rows looked at for the Swiss grouping
_SAMPLE_ROWS = 200

#: fewest of a language's words a header must hold to be taken for it
_FEWEST = 2


def _words_of(languages: Iterable[str]) -> frozenset[str]:
    return frozenset(
        folded(word)
        for words_by_language in HEADER_WORDS.values()
        for language in languages
        for word in words_by_language.get(language, ())
    )


#: each language's header words that no language of several currencies writes too: English's
#: ``credit`` and ``saldo`` of Spanish and Italian say nothing of the currency
_SHARED = _words_of(
    {language for words in HEADER_WORDS.values() for language in words} - set(LANGUAGE_CURRENCY)
)
_WORDS = {language: _words_of([language]) - _SHARED for language in LANGUAGE_CURRENCY}


#: the languages spoken only where a date is written day first
DAY_FIRST = frozenset(("da", "de", "fi", "it", "nl", "no", "pl", "pt", "ru", "sv"))
#: their header words that no language of month-first dates writes too (``data`` is Italian
#: and Spanish, ``datum`` German and Dutch alike)
_DAY_FIRST_WORDS = _words_of(DAY_FIRST) - _words_of(["en", "es", "fr"])


def says_day_first(names: Iterable[str]) -> bool:
    """Whether at least two of the header's names (normalised as detection compares them) are
    words of languages spoken only where dates are day first, and of no other language."""
    return sum(folded(name) in _DAY_FIRST_WORDS for name in set(names)) >= _FEWEST


def currency_of_header(names: Iterable[str], rows: Iterable[Iterable[str]]) -> str | None:
    """The currency the header's language says (``names`` normalised as detection compares
    them), or None: no such language, or two languages fit as well (Danish and Norwegian
    share ``dato`` and ``tekst``; ``beløb`` or ``beløp`` settles it)."""
    found = Counter(
        language
        for name in {folded(n) for n in names}
        for language, words in _WORDS.items()
        if name in words
    )
    if not found:
        return None
    (best, count), *others = found.most_common()
    if count < _FEWEST or (others and others[0][1] == count):
        return None
    if best == "de" and _swiss(rows):
        return "CHF"
    return LANGUAGE_CURRENCY[best]


def _swiss(rows: Iterable[Iterable[str]]) -> bool:
    for index, row in enumerate(rows):
        if index >= _SAMPLE_ROWS:
            return False
        if any(_SWISS_GROUPING.search(cell) for cell in row):
            return True
    return False
