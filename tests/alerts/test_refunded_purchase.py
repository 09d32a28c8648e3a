"""A purchase the shop gave back in full is no "unusual charge", in the alerts or in what an
import found in the history.

A household orders a 412.80 robot vacuum where its Amazon orders run about $28, and returns it:
the refund comes six days later. An alert or a summary line "Amazon charged 412.80, far above
the usual 27.80" then asks the user to remember why it no longer matters; told before the refund
arrives, it goes when the statement holding the refund is imported. A partial refund leaves the
purchase as large as it was; the second of a double charge, refunded, is no duplicate.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.alert_kinds import Kind
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.alerts.test_unusual_within_range import _ORDERS, _REFS, _START
from tests.health.flagged_statements import Entry, checking_ofx

#: the day of the vacuum's order, after a year of orders (the last of them on 2025-09-24)
_ORDERED = date(2025, 10, 1)
_MEMO = "Amzn.com/bill WA"


def _order(day: date, amount: str, ref: str) -> Entry:
    return Entry(day, -Decimal(amount), f"AMAZON MKTPL*{ref}", memo=_MEMO)


def _refund(day: date, amount: str, ref: str) -> Entry:
    """Amazon's return credit, worded on the card statement as its order was."""
    return Entry(day, Decimal(amount), f"AMAZON MKTPL*{ref}", memo=_MEMO)


def _vacuum(given_back: str = "412.80") -> list[Entry]:
    """The 412.80 robot vacuum ordered on ``_ORDERED`` and ``given_back`` six days later."""
    return [
        _order(_ORDERED, "412.80", "7VX31Q"),
        _refund(_ORDERED + timedelta(days=6), given_back, "7VX31Q"),
    ]


def _statement(tmp_path: Path, name: str, extra: list[Entry], end: date) -> Path:
    """A year of Amazon orders and the salary, then ``extra``, through ``end``."""
    entries = [
        _order(_START + timedelta(days=9 * n + n % 3), amount, f"{_REFS[n % len(_REFS)]}{n:02d}")
        for n, amount in enumerate(_ORDERS)
    ]
    entries += [
        Entry(_START + timedelta(days=30 * month), Decimal("3850.00"), "ACME PAYROLL")
        for month in range(10)
    ]
    entries += [e for e in extra if e.posted <= end]
    entries.sort(key=lambda e: e.posted)
    ofx = tmp_path / name
    ofx.write_text(checking_ofx(entries, "000123456789", Decimal("6120.55"), end))
    return ofx


def _told(store: Store, as_of: date) -> list[tuple[str, Decimal | None]]:
    """The alerts of charges in the inbox on ``as_of``, evaluated as the app does that day."""
    evaluate_alerts(store, as_of)
    inbox = list_alerts(store, as_of=as_of)
    return [(a.kind, a.amount) for a in inbox if a.transaction_id is not None]


def _large_in_summary(store: Store, result: object, as_of: date) -> list[str]:
    parts = history_findings(store, result, as_of)  # type: ignore[arg-type]
    return [
        finding.params["amount"]
        for part in parts
        for finding in part.shown
        if finding.kind in (Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE)
    ]


def test_a_returned_purchase_is_no_unusual_charge(store: Store, tmp_path: Path) -> None:
    vacuum = _vacuum()
    end = _ORDERED + timedelta(days=7)
    import_files(store, [_statement(tmp_path, "card.ofx", vacuum, end)])
    assert _told(store, end) == []


def test_a_partly_refunded_purchase_stays_unusual(store: Store, tmp_path: Path) -> None:
    vacuum = _vacuum(given_back="40.00")
    end = _ORDERED + timedelta(days=7)
    import_files(store, [_statement(tmp_path, "card.ofx", vacuum, end)])
    assert _told(store, end) == [("unusual_charge", Decimal("-412.80"))]


def test_the_alert_told_before_the_refund_goes_when_the_refund_is_imported(
    store: Store, tmp_path: Path
) -> None:
    vacuum = _vacuum()
    first_end = _ORDERED + timedelta(days=2)
    import_files(store, [_statement(tmp_path, "september.ofx", vacuum, first_end)])
    assert _told(store, first_end) == [("unusual_charge", Decimal("-412.80"))]
    later_end = _ORDERED + timedelta(days=8)
    import_files(store, [_statement(tmp_path, "october.ofx", vacuum, later_end)])
    assert _told(store, later_end) == []


def test_the_second_of_a_double_charge_refunded_is_no_duplicate(
    store: Store, tmp_path: Path
) -> None:
    twice = [
        _order(_ORDERED, "64.99", "Q81LM2"),
        _order(_ORDERED + timedelta(days=1), "64.99", "Q81LM2"),
        _refund(_ORDERED + timedelta(days=4), "64.99", "Q81LM2"),
    ]
    end = _ORDERED + timedelta(days=5)
    import_files(store, [_statement(tmp_path, "card.ofx", twice, end)])
    assert [kind for kind, _ in _told(store, end)] == []


def test_an_old_returned_purchase_is_not_in_what_the_import_found(
    store: Store, tmp_path: Path
) -> None:
    """Imported months later, the history's returned vacuum is not among its large charges;
    a larger order kept is."""
    kept = _order(date(2025, 5, 19), "386.40", "LM42TT")
    vacuum = _vacuum()
    end = date(2026, 2, 27)
    result = import_files(store, [_statement(tmp_path, "card.ofx", [kept, *vacuum], end)])
    assert "412.80 USD" not in _large_in_summary(store, result, end)
    assert "386.40 USD" in _large_in_summary(store, result, end)
