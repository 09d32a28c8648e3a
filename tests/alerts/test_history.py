"""Importing years of history raises only what is current; the CLI lists alerts as JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.budgets import set_budget
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from tests.categorize.statements import Line, load
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli

AS_OF = date(2023, 12, 26)


def three_years() -> list[Line]:
    lines: list[Line] = []
    for year in (2021, 2022, 2023):
        for month in range(1, 13):
            lines.append((date(year, month, 1), "-1500.00", "RENT PAYMENT"))  # large every month
            for week in range(4):
                lines.append((date(year, month, 2 + 7 * week), "-80.00", "WHOLE FOODS MARKET 7"))
    lines += [
        (date(2022, 5, 5), "-2000.00", "GRAND TOURS AGENCY"),
        (date(2022, 5, 6), "-2000.00", "GRAND TOURS AGENCY"),  # an old duplicate
        (date(2023, 12, 15), "-700.00", "BIG SCREEN OUTLET"),
    ]
    return [line for line in lines if line[0] <= AS_OF]


def test_years_of_history_raise_only_current_alerts(store, tmp_path: Path) -> None:
    set_budget(store, "Food:Groceries", Decimal("300"), today=date(2021, 1, 1))
    load(store, tmp_path, "111", three_years())
    got = refresh_alerts(store, AS_OF)  # subscriptions re-detected as of that day, then alerts
    assert sorted((a.kind, a.date) for a in got) == [
        ("budget", date(2023, 12, 23)),  # 320 of 300: this month's 100 %
        ("emergency_fund", date(2023, 12, 23)),  # 100.00 put by: days of rent, not months
        ("large_charge", date(2023, 12, 15)),
        # rent due 2024-01-01: the 7-day reminder of 12-25, shown as of the day asked (due in
        # 6 days), its count of days agreeing with the day beside it
        ("renewal", date(2023, 12, 26)),
    ]
    assert refresh_alerts(store, AS_OF + timedelta(days=1)) == []


def test_cli_alerts_json_fields_and_dismiss(data_dir: Path, store, tmp_path: Path) -> None:
    load(store, tmp_path, "111", three_years())
    outlet = next(t for t in list_transactions(store) if t.payee == "BIG SCREEN OUTLET")
    store.close()
    first = json.loads(run_cli(data_dir, "alerts", "--json", "--as-of", "2023-12-26").stdout)
    by_kind = {a["kind"]: a for a in first}
    # the rent is due on 2024-01-01; 100.00 in checking is no emergency fund
    assert sorted(by_kind) == ["emergency_fund", "large_charge", "renewal"]
    alert = by_kind["large_charge"]
    assert alert["severity"] == "warning"
    assert (alert["date"], alert["amount"], alert["account"], alert["transaction_id"]) == (
        "2023-12-15",
        "-700.00",
        "Checking …111",
        outlet.id,
    )
    assert alert["message"].endswith(".") and "Big Screen Outlet" in alert["message"]
    assert {"id", "category", "subscription_id", "currency", "read"} <= set(alert)
    assert "params" not in alert  # the GUI's translation facts are not part of the contract
    renewal = by_kind["renewal"]
    assert renewal["subscription_id"] is not None and renewal["amount"] == "-1500.00"
    assert "2024-01-01" in renewal["message"]
    assert run_cli(data_dir, "alerts", "dismiss", str(alert["id"])).returncode == 0
    reopened = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        assert refresh_alerts(reopened, date(2023, 12, 27)) == []  # nothing raised twice
        # dismissed is gone
        assert [a.id for a in list_alerts(reopened)] == [
            renewal["id"], by_kind["emergency_fund"]["id"],
        ]  # fmt: skip
    finally:
        reopened.close()
    # dismissed by mistake: restored, it is listed again, and the history shows it open
    restored = run_cli(data_dir, "alerts", "restore", str(alert["id"]), "--as-of", "2023-12-27")
    assert restored.stdout.strip() == f"alert {alert['id']}: restored"
    again = json.loads(run_cli(data_dir, "alerts", "--json", "--as-of", "2023-12-27").stdout)
    assert alert["id"] in {a["id"] for a in again}


def test_a_restored_alert_that_no_longer_holds_is_told_resolved(
    data_dir: Path, store, tmp_path: Path
) -> None:
    """The budget alert of December, dismissed, restored in January when December's budget
    has closed: it comes back resolved, and the CLI says so."""
    set_budget(store, "Food:Groceries", Decimal("300"), today=date(2023, 12, 1))
    load(store, tmp_path, "111", three_years())
    (budget,) = [a for a in refresh_alerts(store, AS_OF) if a.kind == "budget"]
    store.close()
    assert run_cli(data_dir, "alerts", "dismiss", str(budget.id)).returncode == 0
    restored = run_cli(data_dir, "alerts", "restore", str(budget.id), "--as-of", "2024-01-03")
    assert restored.stdout.strip() == f"alert {budget.id}: restored; resolved, it no longer holds"
    table = run_cli(data_dir, "alerts", "--all", "--as-of", "2024-01-03").stdout
    (line,) = [row for row in table.splitlines() if row.split()[:1] == [str(budget.id)]]
    assert line.split()[1] == "resolved"


def test_a_first_short_statement_calls_no_merchant_new(store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 5, 2), "-150.00", "GARDEN CENTER 4"),
            (date(2024, 5, 20), "-180.00", "TAILOR AND SONS"),
        ],
    )
    assert refresh_alerts(store, date(2024, 5, 25)) == []  # three weeks of history: no news
    load(store, tmp_path, "111", [(date(2024, 7, 20), "-160.00", "BIKE SHOP 9")])
    assert [a.kind for a in refresh_alerts(store, date(2024, 7, 25))] == ["new_merchant"]
