"""Two people of one household each pay the same service from their own bank: Max and Anna
each have a Deutschlandticket, 58.00 a month until January 2026 and 63.00 from then. The price
rise is one per account, and each names its account ("Deutsche Bahn (DKB)", "Deutsche Bahn
(ING)"), where the alerts and the year's price rises had listed the same line twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.accounts import rename_account
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.subscription_audit import year_price_rises
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from tests.categorize.statements import load

AS_OF = date(2026, 3, 10)


def _ticket(day: int) -> list[tuple[date, str, str]]:
    """A year of monthly Deutschlandtickets charged on ``day``, dearer from January 2026."""
    months = [(2025, m) for m in range(3, 13)] + [(2026, m) for m in range(1, 4)]
    return [
        (date(y, m, day), "-58.00" if y == 2025 else "-63.00", "DB Vertrieb GmbH Deutschlandticket")
        for y, m in months
    ]


def test_one_service_paid_from_two_accounts_names_each_account(
    store: Store, tmp_path: Path
) -> None:
    load(store, tmp_path, "DE27120300001034567890", _ticket(1), currency="EUR")
    load(store, tmp_path, "DE44500105175412345678", _ticket(2), currency="EUR")
    rename_account(store, "…7890", "DKB")
    rename_account(store, "…5678", "ING")
    detect_subscriptions(store, AS_OF)
    evaluate_alerts(store, AS_OF)

    with store.read() as session:
        rises = year_price_rises(session, 2026, AS_OF)
    assert sorted(rise.name for rise in rises) == ["Deutsche Bahn (DKB)", "Deutsche Bahn (ING)"]
    told = [a.message for a in list_alerts(store, as_of=AS_OF) if "Deutsche Bahn" in a.message]
    assert any("Deutsche Bahn (DKB)" in m for m in told), told
    assert any("Deutsche Bahn (ING)" in m for m in told), told
