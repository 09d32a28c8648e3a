"""What Qt's own locale data says an amount looks like, to check finapp's money text against.

finapp never turns money into a float; this oracle may, for test amounts a double holds
exactly (cents of a few thousand). Qt knows the symbol of a locale's own currency only, so a
foreign one is given: "US$" is CLDR's US dollar in Chinese.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

#: the symbol of a currency that is not the locale's own, by (locale, currency)
FOREIGN = {("zh_CN", "USD"): "US$", ("en_US", "CNY"): "CN¥"}


def qt_money(fact: str, locale: QLocale | None = None) -> str:
    """``"1218.50 USD"`` (an alert fact) as ``QLocale.toCurrencyString`` writes it."""
    locale = locale or QLocale()
    number, code = fact.split(" ")
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    symbol = locale.currencySymbol() if own else FOREIGN[(locale.name(), code)]
    return locale.toCurrencyString(float(Decimal(number)), symbol, 2)
