"""An alert's money, days and months are typed facts each face words its own way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.core.alert_facts import ENGLISH, Formatters, Money, worded
from finapp.core.alert_messages import english_message

BUDGET = {"category": "Transport:Parking", "state": "over", "percent": "121", "month": "2026-11",
          "spent": "121.84 USD", "budget": "100.00 USD"}  # fmt: skip


def test_the_cli_sentence_keeps_plain_money_and_names_the_month() -> None:
    assert english_message("budget", BUDGET) == (
        "Transport:Parking is over its November 2026 budget: 121% used (121.84 USD of 100.00 USD)."
    )


def test_each_typed_fact_goes_through_the_faces_formatter() -> None:
    shown = Formatters(
        money=lambda m: f"<{m.amount}|{m.currency}|{m.minor}>",
        day=lambda d: f"day {d:%d.%m.}",
        month=lambda m: f"month {m:%m/%Y}",
    )
    facts = worded("budget", BUDGET, shown)
    assert (facts["spent"], facts["month"], facts["percent"]) == (
        "<121.84|USD|12184>", "month 11/2026", "121"
    )  # fmt: skip
    renewal = {"name": "Netflix", "date": "2026-12-04", "amount": "17.99 USD", "days": "4"}
    assert worded("renewal", renewal, shown)["date"] == "day 04.12."
    assert worded("unknown_kind", {"amount": "x"}, ENGLISH) == {"amount": "x"}


@pytest.mark.parametrize("text", ["12 dollars", "1218.50", "NaN USD", "1218.50 US"])
def test_money_that_is_not_amount_and_code_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Money.parse(text)


def test_money_keeps_its_decimals_and_sign() -> None:
    assert Money.parse("-12.30 cny") == Money(Decimal("-12.30"), "CNY")
    assert english_message("lapsed", {"name": "Hulu", "date": date(2026, 11, 7).isoformat()}) == (
        "Hulu was expected on 2026-11-07 but has not been charged."
    )
