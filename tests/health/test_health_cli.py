"""``finapp health`` and ``finapp accounts limit`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.accounts import set_low_balance_threshold
from tests.health.household_files import Household
from tests.helpers import cli_json, run_cli

CARD = "Chase …7415"
CHECKING = "Heritage Bank of Commerce …8803"


@pytest.fixture(scope="module")
def troubled_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Checking below its 500.00 threshold, the card at 85% of its limit, a thin reserve."""
    folder = tmp_path_factory.mktemp("troubled")
    store = Household(
        date(2025, 1, 1), checking="312.55", savings="4980.12", card_owed="7261.40",
        card_due=date(2025, 7, 22),
    ).imported(folder)  # fmt: skip
    set_low_balance_threshold(store, CHECKING, Decimal("500"))
    store.close()
    return folder / "data"


@pytest.fixture
def troubled(troubled_once: Path, tmp_path: Path) -> Path:
    """The troubled household's data folder, the test's own copy (made once for the module)."""
    return shutil.copytree(troubled_once, tmp_path / "data")


def test_health_json_grades_each_account_and_tells_each_section(troubled: Path) -> None:
    report = cli_json(troubled, "health", "--as-of", "2025-07-03")
    assert list(report) == [
        "accounts", "closed_accounts", "emergency_fund", "institutions", "goals", "cards",
        "subscriptions", "totals",
    ]  # fmt: skip
    assert report["closed_accounts"] == []  # the household closed none
    grades = {a["account"]: (a["grade"], [r["kind"] for r in a["reasons"]])
              for a in report["accounts"]}  # fmt: skip
    assert grades == {
        "Ally Bank …4466": ("healthy", []),
        CARD: ("needs_attention", ["card_utilisation"]),
        CHECKING: ("needs_attention", ["low_balance"]),
    }
    card_reason = next(a for a in report["accounts"] if a["account"] == CARD)["reasons"][0]
    assert card_reason["params"] == {"account": CARD, "percent": "85", "limit": "8500.00 USD",
                                     "owed": "7261.40 USD"}  # fmt: skip
    fund = report["emergency_fund"]
    assert (fund["liquid"], fund["months"], fund["target_months"], fund["below_target"]) == (
        "5292.67", "1.8", 6, True,
    )  # fmt: skip
    (card,) = report["cards"]
    assert (card["limit"], card["owed"], card["utilisation_percent"], card["payment_due_on"]) == (
        "8500.00", "7261.40", 85, "2025-07-22",
    )  # fmt: skip
    assert report["goals"] == []
    assert report["subscriptions"]["currency"] == "USD"
    assert {i["institution"]: i["over_limit"] for i in report["institutions"]} == {
        "Ally Bank": True, "Heritage Bank of Commerce": False,
    }  # fmt: skip


def test_health_text_reads_as_sentences(troubled: Path) -> None:
    proc = run_cli(troubled, "health", "--as-of", "2025-07-03")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"{CARD}: needs attention" in out
    assert "is at 85% of its 8500.00 USD limit (7261.40 USD owed)." in out
    assert "Emergency fund: 1.8 months of essentials" in out
    assert "Ally Bank: 4980.12 USD, 94% (more than your limit at one institution)" in out


def test_accounts_limit_sets_clears_and_refuses_bad_input(troubled: Path) -> None:
    set_json = cli_json(troubled, "accounts", "limit", CARD, "7500")
    assert (set_json["limit"], set_json["limit_source"], set_json["utilisation_percent"]) == (
        "7500.00", "user", 96,
    )  # fmt: skip
    refused = run_cli(troubled, "accounts", "limit", CARD, "lots")
    assert refused.returncode == 2 and "Not an amount" in refused.stderr
    not_card = run_cli(troubled, "accounts", "limit", CHECKING, "2000")
    assert not_card.returncode != 0 and "not a credit card" in not_card.stderr
    report = cli_json(troubled, "health", "--as-of", "2025-07-03")
    assert report["cards"][0]["limit"] == "7500.00"  # the refused ones changed nothing
    cleared = run_cli(troubled, "accounts", "limit", CARD, "off")
    assert cleared.returncode == 0, cleared.stderr
    assert "limit cleared (the statement's 8500.00 counts)" in cleared.stdout
    listed = json.loads(run_cli(troubled, "accounts", "--json").stdout)
    assert {a["name"] for a in listed} == {CARD, CHECKING, "Ally Bank …4466"}


def test_health_text_lists_the_subscriptions_paid_in_each_currency(data_dir: Path) -> None:
    """A household paying Netflix in dollars and 爱奇艺 from its Alipay wallet in yuan: the text
    names both totals, as the JSON does, not the dollars alone."""
    from finapp.services.opening import open_store
    from tests.conftest import PASSPHRASE
    from tests.subscriptions.two_years import import_household

    opened = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        import_household(opened)
    finally:
        opened.close()
    report = cli_json(data_dir, "health", "--as-of", "2026-10-31")["subscriptions"]
    (yuan,) = report["other_currencies"]
    text = run_cli(data_dir, "health", "--as-of", "2026-10-31").stdout
    assert f"Subscriptions: {report['count']} cost {report['monthly_total']} USD a month" in text
    assert f"  and {yuan['count']} cost {yuan['monthly_total']} CNY a month" in text
