"""An account whose balance finapp never learnt draws no balance line and is named as left out:
counted from zero, a card's CSV drew a debt nobody owes and a checking account's pay cheques a
balance it never had."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import reports
from finapp.services.balances import set_user_balance
from finapp.services.imports import import_files
from tests.gui.test_net_worth_left_out import CARD, CHASE_CARD
from tests.networth.test_net_worth import _household


def test_a_card_without_a_balance_is_left_out_and_named(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _household(store, tmp_path)
    csv = tmp_path / "Chase1234_Activity_20260425.CSV"
    csv.write_text(CHASE_CARD)
    assert not import_files(store, [csv]).failed
    drawn = {b.account for b in reports.balance_over_time(store)}
    assert CARD not in drawn
    assert "Checking …8888" not in drawn  # a bank account without a balance: the same
    assert "Checking …3456" in drawn  # its statements state one
    assert reports.balance_left_out(store) == [(CARD, "USD"), ("Checking …8888", "USD")]

    set_user_balance(store, CARD, Decimal("-612.34"), date(2026, 4, 25))
    assert CARD in {b.account for b in reports.balance_over_time(store)}
    assert reports.balance_left_out(store) == [("Checking …8888", "USD")]
