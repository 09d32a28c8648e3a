"""`finapp health --json` and the health report of a household in dollars, yuan and euros: the
totals that add currencies up are in dollars, say what was converted at which rate, and name the
yuan (no rate) as left out."""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest

from finapp.services.health_export import write_report
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.health.multi_currency import (
    ACCOUNTS,
    EUR_RATE,
    RATE_DAY,
    TODAY,
    by_currency,
    in_dollars,
    three_currency_household,
)
from tests.helpers import cli_json

LIQUID = by_currency([(a[2], a[3]) for a in ACCOUNTS if a[1] != "credit_card"])
LIMITS = by_currency([(a[2], a[4]) for a in ACCOUNTS if a[4] is not None])


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("three-currencies") / "data"
    store = new_passphrase_store(data)
    try:
        three_currency_household(store)
    finally:
        store.close()
    return data


def test_health_json_gives_each_total_in_the_base_currency(household: Path) -> None:
    totals = cli_json(household, "health", "--as-of", TODAY.isoformat())["totals"]
    assert totals["currency"] == "USD" and totals["rates_on"] == TODAY.isoformat()
    liquid = totals["emergency_fund"]["liquid"]
    assert Decimal(liquid["amount"]) == in_dollars(LIQUID)
    assert liquid["converted"] is True and liquid["missing"] == {"CNY": "17000.00"}
    assert liquid["rates"] == [{"currency": "EUR", "base": "USD", "rate": str(EUR_RATE),
                                "as_of": RATE_DAY.isoformat(), "source": "entered"}]  # fmt: skip
    limit = totals["cards"]["limit"]
    assert Decimal(limit["amount"]) == in_dollars(LIMITS) and limit["missing"] == {
        "CNY": "20000.00"
    }
    assert totals["goals"]["target"]["missing"] == {}


def test_the_report_adds_each_section_up_in_dollars_and_names_the_yuan(
    household: Path, tmp_path: Path
) -> None:
    store = open_store(household, passphrase=PASSPHRASE)
    try:
        page = write_report(store, tmp_path / "health.html", TODAY).read_text()
    finally:
        store.close()
    said = re.findall(r"<p[^>]*>([^<]*)</p>", page)
    liquid = in_dollars(LIQUID)
    fund = next(line for line in said if line.startswith("Every currency together"))
    assert f"liquid money ≈ {liquid} USD;" in fund
    months = Decimal(fund.split("≈ ")[1].split(" ")[0])
    monthly = Decimal(fund.split("essential spending ≈ ")[1].split(" ")[0])
    assert months == (liquid / monthly).quantize(Decimal("0.1"), ROUND_DOWN)
    assert f"All cards, in USD: limits ≈ {in_dollars(LIMITS)} USD;" in " ".join(said)
    rates = (
        f"≈ converted at the latest rates on or before {TODAY.isoformat()}: "
        f"1 EUR = {EUR_RATE} USD ({RATE_DAY.isoformat()})."
    )
    assert said.count(rates) == 4  # under the fund, the cards, the goals and the subscriptions
    assert said.count("Not included, no exchange rate to USD: CNY.") == 3  # goals are all held
    # each currency's own money stays said, no longer "not counted"
    assert "Also held in CNY: 17000.00 CNY." in said
