"""What a file says beyond its columns: the statement's month, the currency it is in, and
whether its dates are day first.

Apart from detection because these hints apply to a saved or chosen mapping too
(:func:`with_profile_defaults`): a Chinese card statement's preamble (``2025年10月``) dates its
year-less rows, and an amount column's name (``Amount (EUR)``) or the header's language says
the currency when no column does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from finapp.core.money import DEFAULT_CURRENCY
from finapp.importers.csv.header_language import currency_of_header, says_day_first
from finapp.importers.csv.header_words import without_currency
from finapp.importers.csv.iban_currency import iban_currency
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.row_currency import currency_named
from finapp.importers.csv.table import CsvTable

_CURRENCY_IN_NAME = re.compile(r"\((eur|usd|gbp|chf|cad|aud|cny|hkd|jpy)\)")
#: a column named by its dollar alone: RBC's ``CAD$`` beside ``USD$``
_DOLLAR_NAME = re.compile(r"^(cad|usd|aud|nzd|hkd|sgd)\$$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
#: header words of Japanese banks that no Chinese export uses
_JAPANESE_WORDS = frozenset(
    ("取引日", "利用日", "日付", "出金", "入金", "残高", "差引残高", "取引内容", "入出金")
)
_STATEMENT_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
#: the country a card line names in ISO 3166's three letters (CommBank's ``WOOLWORTHS 1234
#: SYDNEY NS AUS Card xx4821``), and the money of that country
_CARD_COUNTRY = re.compile(r"(?<![A-Z])(AUS|NZL|GBR|CAN|IRL|SGP|HKG)(?![A-Z])")
_COUNTRY_CURRENCY = {
    "AUS": "AUD", "NZL": "NZD", "GBR": "GBP", "CAN": "CAD", "IRL": "EUR", "SGP": "SGD",
    "HKG": "HKD",
}  # fmt: skip
#: rows looked at for the country, and the share of them that must name one
_COUNTRY_ROWS = 300
_COUNTRY_SHARE = 0.25
#: a file's lines abroad name other countries; its own must be nearly all of those named
_HOME_SHARE = 0.8


def year_hint(table: CsvTable) -> tuple[int | None, int | None]:
    """The statement's year and month a preamble names (``2025年10月``), else ``None``s."""
    match = _STATEMENT_MONTH.search(table.preamble)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


#: a header word only a British bank's export uses: the account's sort code
_BRITISH_WORDS = frozenset(("sort code",))


def writes_day_first(table: CsvTable) -> bool:
    """Whether the export is a British bank's (it names the account's sort code) or its header
    is in a language of day-first dates (:func:`.header_language.says_day_first`): a short
    export of the first twelve days of a month fits month first too."""
    names = {normalise_name(h) for h in table.header}
    return bool(names & _BRITISH_WORDS) or says_day_first(names)


def default_currency(table: CsvTable, profile: Profile | None, amount_name: str) -> str:
    """The currency of rows no currency column names: the profile's, the one in the amount
    column's name, the one of the account's IBAN, else the one the header's language
    suggests."""
    return currency_and_source(table, profile, amount_name)[0]


def currency_and_source(
    table: CsvTable, profile: Profile | None, amount_name: str
) -> tuple[str, str]:
    """:func:`default_currency`, and where it comes from: ``"profile"``, ``"preamble"`` (a
    line above the header naming it: 兴业银行's ``卡内账户``), ``"column name"``,
    ``"iban"`` (the country of the account's IBAN, :mod:`.iban_currency`), ``"language"``,
    ``"country"`` (the country its card lines name) or ``"assumed"`` (the file never said it),
    for the reading report."""
    if profile is not None and profile.currency:
        return profile.currency, "profile"
    code = _currency_above_header(table)
    if code:
        return code, "preamble"
    match = _CURRENCY_IN_NAME.search(amount_name) or _DOLLAR_NAME.match(amount_name)
    code = match.group(1).upper() if match else without_currency(amount_name)[1]
    if code:
        return code, "column name"
    code = iban_currency(table, profile.name if profile is not None else "")
    if code:
        return code, "iban"
    code = _currency_of_language(table)
    if code != DEFAULT_CURRENCY:
        return code, "language"
    country = _currency_of_card_countries(table)
    return (country, "country") if country else (DEFAULT_CURRENCY, "assumed")


#: the labels of a line above the header saying the account's currency (兴业银行's sub-account
#: ``卡内账户 | 002 活期储蓄存款 港币 现汇``, 建设银行's ``币别 | 人民币``)
_CURRENCY_LABELS = frozenset(("卡内账户", "币别", "币种", "账户币种"))


def _currency_above_header(table: CsvTable) -> str | None:
    """The one currency the lines above the header name for the account, else None."""
    above = table.header_index if table.header_index is not None else table.data_start
    named = {
        code
        for row in table.rows[:above]
        if len(row) > 1 and normalise_name(row[0]).rstrip(" :") in _CURRENCY_LABELS
        for word in row[1].split()
        if (code := currency_named(word, ""))
    }
    return named.pop() if len(named) == 1 else None


def _currency_of_card_countries(table: CsvTable) -> str | None:
    """The money of the country a file's card lines name, when a quarter of its rows name one
    and nearly all of those the same (a three-column export, CommBank's, says nothing else of
    where its money is); None otherwise."""
    rows = list(islice(table.rows, table.data_start, table.data_start + _COUNTRY_ROWS))
    named = [found[-1] for row in rows if (found := _CARD_COUNTRY.findall(" ".join(row).upper()))]
    if len(named) < 3 or len(named) < _COUNTRY_SHARE * len(rows):
        return None
    home = max(set(named), key=named.count)
    return _COUNTRY_CURRENCY[home] if named.count(home) >= _HOME_SHARE * len(named) else None


def _currency_of_language(table: CsvTable) -> str:
    """Korean and Japanese headers mean won and yen (``取引日`` and ``残高`` are no Chinese
    words), other Chinese characters yuan; a European language of one currency that currency
    (:mod:`.header_language`); USD otherwise, as finapp always assumed."""
    header = table.header
    text = " ".join(header)
    names = {normalise_name(h) for h in header}
    if _HANGUL.search(text):
        return "KRW"
    if _KANA.search(text) or names & _JAPANESE_WORDS:
        return "JPY"
    if _CJK.search(text):
        return "CNY"
    if names & _BRITISH_WORDS:  # a sort code: a British bank's account
        return "GBP"
    rows = islice(table.rows, table.data_start, None)  # looked at until one tells
    return currency_of_header(names, rows) or DEFAULT_CURRENCY


def with_profile_defaults(mapping: CsvMapping, table: CsvTable) -> CsvMapping:
    """A saved or given mapping, with the file's own statement year for year-less dates."""
    year, month = year_hint(table)
    return replace(
        mapping,
        year_hint=mapping.year_hint or year,
        statement_month=mapping.statement_month or month,
    )
