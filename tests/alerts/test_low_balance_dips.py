"""Every dip below a threshold is told with its day, once, and leaves the inbox once recovered."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select

from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.imports import import_files
from finapp.services.notifications import run_check
from finapp.store.schema import Account, BalanceSnapshot
from tests.categorize.statements import load
from tests.helpers import run_cli


def dips(alerts: list) -> list:  # type: ignore[type-arg]
    return [a for a in alerts if a.kind == "low_balance"]


MAY = [
    (date(2025, 5, 1), "-1450.00", "OAKWOOD APARTMENTS RENT"),
    (date(2025, 5, 2), "-212.40", "COSTCO WHSE #0117"),
    (date(2025, 5, 15), "2310.55", "ACME CORP PAYROLL PPD ID: 9876"),  # back above
    (date(2025, 5, 27), "-96.10", "PUGET SOUND ENERGY BILLPAY"),
]


def test_a_dip_that_recovered_between_two_checks_is_told_with_its_day(store, tmp_path) -> None:
    load(store, tmp_path, "111", MAY, ledger=("1880.00", date(2025, 4, 30)))
    set_low_balance_threshold(store, "111", Decimal("500"))
    check = run_check(store, date(2025, 5, 28))  # 1,880 - 1,450 = 430 on May 1, 217.60 on May 2
    (note,) = [n for n in check.notes if n.kind == "low_balance"]
    assert note.date == date(2025, 5, 2)  # the day of its lowest, the figure it tells
    assert "217.60 USD on 2025-05-02" in note.message and "back on 2025-05-15" in note.message
    assert dips(list_alerts(store, as_of=date(2025, 5, 28))) == []  # recovered: not in the inbox
    (told,) = dips(list_alerts(store, as_of=date(2025, 5, 28), include_closed=True))
    assert (told.state, told.resolved_on) == ("resolved", date(2025, 5, 15))
    assert run_check(store, date(2025, 5, 29)).notes == []  # told once


def test_an_open_dip_leaves_the_inbox_when_the_balance_recovers(store, tmp_path) -> None:
    load(store, tmp_path, "111", MAY[:2], ledger=("1880.00", date(2025, 4, 30)))
    set_low_balance_threshold(store, "111", Decimal("500"))
    (alert,) = dips(evaluate_alerts(store, date(2025, 5, 3)))
    # dated the day of the balance it tells: 217.60 after Costco on May 2
    assert (alert.state, alert.date, alert.amount) == ("open", date(2025, 5, 2), Decimal("217.60"))
    load(store, tmp_path, "111", MAY[2:], ledger=("2432.05", date(2025, 5, 27)))
    assert dips(evaluate_alerts(store, date(2025, 5, 28))) == []
    assert dips(list_alerts(store, as_of=date(2025, 5, 28))) == []
    assert [a.state for a in dips(list_alerts(store, as_of=date(2025, 5, 10)))] == ["open"]


def test_a_balance_the_user_entered_lets_a_threshold_fire(store, tmp_path) -> None:
    load(store, tmp_path, "222", MAY[:2])
    with store.write() as session:  # a statement stating no balance, as many CSV exports
        session.execute(delete(BalanceSnapshot))
    with store.write() as session:  # the user says what the account held before May
        account_id = session.scalar(select(Account.id))
        session.add(
            BalanceSnapshot(
                account_id=account_id, kind="user", amount_minor=190000, as_of=date(2025, 4, 30)
            )
        )
    set_low_balance_threshold(store, "222", Decimal("300"))
    (alert,) = dips(evaluate_alerts(store, date(2025, 5, 3)))
    assert (alert.date, alert.amount) == (date(2025, 5, 2), Decimal("237.60"))  # 1,900 - 1,662.40


def test_cli_lists_the_inbox_and_all_with_states(data_dir: Path, store, tmp_path) -> None:
    load(store, tmp_path, "111", MAY, ledger=("1880.00", date(2025, 4, 30)))
    set_low_balance_threshold(store, "111", Decimal("500"))
    store.close()
    inbox = json.loads(run_cli(data_dir, "alerts", "--json", "--as-of", "2025-05-28").stdout)
    assert all(a["state"] == "open" and a["kind"] != "low_balance" for a in inbox)
    everything = run_cli(data_dir, "alerts", "--json", "--as-of", "2025-05-28", "--all").stdout
    (dip,) = [a for a in json.loads(everything) if a["kind"] == "low_balance"]
    assert (dip["state"], dip["date"]) == ("resolved", "2025-05-02")
    assert dip["resolved_on"] == "2025-05-15"


def test_a_threshold_raised_above_the_last_balance_is_told(store, tmp_path) -> None:
    """Under 2,000 from the statement's first day until payday: a dip over. Raised to 2,600,
    the balance the statements end on (2,432.05) is below it, and that is told, though it
    fell below both on the same first day."""
    load(store, tmp_path, "111", MAY, ledger=("1880.00", date(2025, 4, 30)))
    set_low_balance_threshold(store, "111", Decimal("2000"))
    assert len(dips(evaluate_alerts(store, date(2025, 5, 28)))) == 1
    set_low_balance_threshold(store, "111", Decimal("2600"))
    (alert,) = dips(evaluate_alerts(store, date(2025, 5, 28)))
    assert alert.message == "Checking …111 is at 2432.05 USD, below your 2600.00 USD threshold."
    assert alert.date == date(2025, 5, 27)  # the day of that balance, not the first day below


def test_a_threshold_lowered_then_raised_back_opens_the_alert_again(store, tmp_path) -> None:
    """The balance the statements end on (2,432.05) is under 2,600: told. The threshold
    lowered to 100, the alert no longer holds and leaves the inbox; raised back to 2,600, it
    holds again and is back in the inbox, the same alert, not a second one."""
    load(store, tmp_path, "111", MAY, ledger=("1880.00", date(2025, 4, 30)))
    day = date(2025, 5, 28)
    set_low_balance_threshold(store, "111", Decimal("2600"))
    (alert,) = dips(evaluate_alerts(store, day))
    set_low_balance_threshold(store, "111", Decimal("100"))
    evaluate_alerts(store, day)
    assert dips(list_alerts(store, as_of=day)) == []
    set_low_balance_threshold(store, "111", Decimal("2600"))
    assert dips(evaluate_alerts(store, day)) == []  # nothing new raised
    (again,) = dips(list_alerts(store, as_of=day))
    assert (again.id, again.state, again.resolved_on) == (alert.id, "open", None)
    assert again.message == "Checking …111 is at 2432.05 USD, below your 2600.00 USD threshold."


#: Chase checking downloads, newest line first with the running balance, as Chase writes them:
#: the first to 30 October, the next (overlapping it) to 27 November, still below 9,800
CHASE_HEADER = "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
CHASE_OCTOBER = (
    CHASE_HEADER
    + """\
CREDIT,10/30/2026,"ACME CORP PAYROLL PPD ID: 9111111101        ",1850.00,ACH_CREDIT,9785.24,,
DEBIT,10/20/2026,"PGANDE WEB ONLINE PPD ID: 9111111111        ",-155.13,ACH_DEBIT,7935.24,,
DEBIT,10/16/2026,"Payment to Chase card ending in 1234 10/16        ",-715.61,LOAN_PMT,8090.37,,
CREDIT,10/16/2026,"ACME CORP PAYROLL PPD ID: 9111111101        ",1850.00,ACH_CREDIT,8805.98,,
"""
)
CHASE_NOVEMBER = (
    CHASE_HEADER
    + """\
CREDIT,11/27/2026,"ACME CORP PAYROLL PPD ID: 9111111101        ",1850.00,ACH_CREDIT,9261.65,,
DEBIT,11/25/2026,"ATM WITHDRAWAL 001234 11/05 1200 MARKET ST        ",-100.00,ATM,7411.65,,
DEBIT,11/20/2026,"PGANDE WEB ONLINE PPD ID: 9111111111        ",-155.68,ACH_DEBIT,7511.65,,
DEBIT,11/16/2026,"Payment to Chase card ending in 1234 11/16        ",-1237.92,LOAN_PMT,7667.33,,
CREDIT,11/13/2026,"ACME CORP PAYROLL PPD ID: 9111111101        ",1850.00,ACH_CREDIT,8905.25,,
DEBIT,11/12/2026,"COMCAST CABLE COMM PPD ID: 0000123456        ",-79.99,ACH_DEBIT,7055.25,,
DEBIT,11/01/2026,"AVALON BAY RENT WEB ID: 1454327400        ",-2650.00,ACH_DEBIT,7135.24,,
CREDIT,10/30/2026,"ACME CORP PAYROLL PPD ID: 9111111101        ",1850.00,ACH_CREDIT,9785.24,,
"""
)


def test_a_balance_still_low_is_told_with_the_newest_statement(store, tmp_path) -> None:
    """The open alert tells the balance the latest statement shows, not the one of the
    statement that first showed it below the threshold and was the latest then."""
    october = tmp_path / "Chase5678_Activity_20261101.CSV"
    october.write_text(CHASE_OCTOBER, encoding="utf-8")
    november = tmp_path / "Chase5678_Activity_20261201.CSV"
    november.write_text(CHASE_NOVEMBER, encoding="utf-8")
    import_files(store, [october])
    set_low_balance_threshold(store, "5678", Decimal("9800"))
    (first,) = dips(evaluate_alerts(store, date(2026, 12, 7)))
    assert "9785.24 USD on 2026-10-30 (latest statement)" in first.message

    import_files(store, [november])
    evaluate_alerts(store, date(2026, 12, 7))
    (told,) = dips(list_alerts(store, as_of=date(2026, 12, 7)))
    assert told.id == first.id and (told.date, told.amount) == (
        date(2026, 11, 27),
        Decimal("9261.65"),
    )
    assert "9261.65 USD on 2026-11-27 (latest statement)" in told.message
