"""A price rise is money paid to a merchant that went up: never a raise, never a transfer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import SubscriptionFacts
from finapp.core.cadence import month_date
from finapp.core.price_alerts import price_alerts
from finapp.core.subscription_states import Status, StreamKind, UserState
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from tests.helpers import cli_json
from tests.subscriptions.statements import write_ofx

CHECKING = ParsedAccount("000000372281", "Chase", "checking", "USD", "Chase …2281")


def _line(posted: date, amount: str, payee: str, memo: str) -> ParsedTransaction:
    return ParsedTransaction(posted, Decimal(amount), payee, memo=memo, fitid=f"{posted}{payee}")


def _history() -> list[ParsedTransaction]:
    """A year of a Chase checking account: pay every other Friday with a raise in July, a
    monthly move to savings raised from 400 to 600, and a streaming plan that went up."""
    first = date(2024, 1, 5)
    pay = [
        _line(
            first + timedelta(days=14 * i),
            "3604.12" if first + timedelta(days=14 * i) < date(2024, 7, 1) else "3747.97",
            "ACME CORP PAYROLL",
            "ACME CORP DES:PAYROLL ID:0000481 INDN:LEE,JORDAN CO ID:1410294000 PPD",
        )
        for i in range(24)
    ]
    savings = [
        _line(
            month_date(date(2024, 1, 3), i, 3),
            "-400.00" if i < 7 else "-600.00",
            "ONLINE TRANSFER TO SAV ...4410",
            f"ONLINE TRANSFER REF #IB0{4817730 + i} TO SAVINGS XXXXXX4410",
        )
        for i in range(11)
    ]
    netflix = [
        _line(
            month_date(date(2024, 1, 15), i, 15),
            "-15.49" if i < 9 else "-17.99",
            "NETFLIX.COM",
            "DEBIT CARD PURCHASE NETFLIX.COM 866-579-7172 CA CARD 2281",
        )
        for i in range(11)
    ]
    return sorted(pay + savings + netflix, key=lambda t: t.posted)


def test_raises_and_savings_moves_are_no_price_increase(tmp_path: Path) -> None:
    ofx = write_ofx(tmp_path / "checking.ofx", ParsedStatement(CHECKING, tuple(_history())))
    data = tmp_path / "data"
    cli_json(data, "import", str(ofx), "--account", CHECKING.name)

    rows = cli_json(data, "subscriptions", "--as-of", "2024-12-01")
    listed = {item["group"]: item for item in rows}
    assert "price_increase" in listed["subscriptions"]["flags"]  # Netflix 15.49 → 17.99
    assert listed["income"]["price_changes"]  # the raise is recorded
    assert "price_increase" not in listed["income"]["flags"]
    assert "income_change" in listed["income"]["flags"]
    assert listed["transfers"]["price_changes"]  # 400 → 600 is recorded
    assert "price_increase" not in listed["transfers"]["flags"]


def test_a_larger_move_to_savings_raises_no_alert() -> None:
    day = date(2024, 1, 3)
    charges = [(month_date(day, i, 3), -40_000 if i < 7 else -60_000, i + 1) for i in range(11)]
    sub = SubscriptionFacts(
        id=1,
        key="1|ONLINE TRANSFER TO SAV|out|3",
        name="Transfer to Savings",
        status=Status.ACTIVE,
        user_state=UserState.SUGGESTED,
        next_date=date(2024, 12, 3),
        amount_minor=-60_000,
        currency="USD",
        account_id=1,
        offsets=None,
        charges=charges,
        kind=StreamKind.TRANSFER,
        per_year=12,
    )
    assert price_alerts(sub, date(2024, 11, 30), since=date.min) == []
    # the same amounts paid to a merchant are a price rise
    bill = price_alerts(replace(sub, kind=StreamKind.BILL), date(2024, 11, 30), since=date.min)
    assert [c.kind for c in bill] == [Kind.PRICE_INCREASE]
