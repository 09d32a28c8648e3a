"""A currency named in a sentence as the interface's language names it.

Amounts carry their symbol ("US$12.00", "¥19.00"); where prose names a currency on its own
("converted to USD", an axis titled "Amount (USD)") English keeps the ISO code its reader sees on
every statement, and Chinese says the currency's name (折合美元, 金额（美元）), never "折合 USD"
beside "US$". The names are CLDR's, through babel; a code CLDR does not know stays a code.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name
from PySide6.QtCore import QLocale

from finapp.gui.i18n import language_in_use

#: offered after the household's own currencies where one is chosen from a list: the most held
#: and traded ones
COMMON = ("USD", "EUR", "CNY", "GBP", "JPY", "HKD", "CAD", "AUD", "CHF", "SGD", "NZD", "SEK",
          "NOK", "DKK", "KRW", "INR", "TWD", "MXN", "BRL", "ZAR", "PLN", "CZK", "THB")  # fmt: skip


def currency_word(code: str) -> str:
    """``code`` as the installed language names it in a sentence: "USD", or "美元"."""
    language = language_in_use()
    if language == "en":
        return code
    return get_currency_name(code, locale=language)


def currency_label(code: str, locale: QLocale | None = None) -> str:
    """``USD — US Dollar`` (``USD — 美元`` in zh_CN): the code people see on statements, and the
    name for those who do not know it."""
    name = (locale or QLocale()).name()
    try:
        return f"{code} — {get_currency_name(code, locale=Locale.parse(name))}"
    except (UnknownLocaleError, ValueError):
        return f"{code} — {get_currency_name(code, locale='en_US')}"
