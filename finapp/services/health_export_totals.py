"""The health report's totals across currencies: each section's figures added up in the base
currency, as the Health page shows them (:mod:`finapp.services.health_totals`).

A converted amount reads "≈ $16,330.01"; the rates used and their day are said once under the
total, and a currency without a rate is named as left out, never converted at a guessed rate.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from finapp.core.conversion import Total

#: a fixed label filled with values, escaped (the report page's ``label``)
Label = Callable[..., str]
#: an amount in the report's money form
MoneyText = Callable[[Decimal, str], str]


def marked(money: MoneyText, total: Total) -> str:
    """The total in the report's money form, "≈ " before it when some of it was converted."""
    text = money(total.amount, total.currency)
    return f"≈ {text}" if total.converted else text


def total_paragraph(
    label: Label, money: MoneyText, key: str, rates_on: date, totals: dict[str, Total],
    **values: object,
) -> str:  # fmt: skip
    """The ``key`` sentence with each of ``totals`` in its place, then the rates used and the
    currencies left out: ``<p>`` elements, escaped."""
    first = next(iter(totals.values()))
    sentence = label(
        key,
        currency=first.currency,
        **{name: marked(money, total) for name, total in totals.items()},
        **values,
    )
    parts = [f"<p>{sentence}</p>"]
    rates = dict.fromkeys(rate for total in totals.values() for rate in total.rates)
    if rates:
        said = ", ".join(
            f"1 {r.currency} = {r.rate} {r.base} ({r.as_of.isoformat()})" for r in rates
        )
        used = label("rates_used", day=rates_on.isoformat(), rates=said)
        parts.append(f'<p class="meta">{used}</p>')
    codes = sorted({code for total in totals.values() for code in total.missing})
    if codes:
        left = label("left_out", currency=first.currency, codes=", ".join(codes))
        parts.append(f'<p class="note">{left}</p>')
    return "".join(parts)
