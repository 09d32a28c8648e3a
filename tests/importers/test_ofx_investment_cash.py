"""A brokerage's OFX is the account's cash: trades move it within the account.

Schwab's download of a checking account and its brokerage account: 1,000.00 sent from checking
to the brokerage, three shares of VTI bought for 841.50, a 4.12 dividend, 162.62 of cash left
(``INVBAL``/``AVAILCASH``). The purchase was imported as 841.50 of spending at "Buy Vti" (an
"unusual charge", the month's expenses up by 841.50) and the cash the bank states was dropped,
so the account had no balance at all.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.services.accounts import list_accounts
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.services.reports import income_vs_expenses
from finapp.store.schema import Transaction

FILES = Path(__file__).parent / "ofx_novel"


def _transfers(store) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return {t.fitid: t.is_transfer for t in session.scalars(select(Transaction))}


def test_shares_bought_are_no_spending_and_the_brokerage_keeps_its_cash(store) -> None:
    result = import_files(store, [FILES / "schwab_checking_and_brokerage.ofx"])
    (read,) = result.files
    assert read.error is None and read.new == 5
    (november,) = income_vs_expenses(store)
    assert november.expenses_minor == 1200  # the checking account's service fee, nothing else
    assert november.income_minor == 412  # the dividend
    assert _transfers(store)["Q07I2"] is True  # BUY VTI: cash become shares
    brokerage = next(a for a in list_accounts(store) if a.type == "investment")
    assert (brokerage.balance, brokerage.balance_date) == (Decimal("162.62"), date(2026, 11, 30))
    found = history_findings(store, result, date(2026, 12, 6))
    assert "841.50" not in repr(found)


def test_a_brokerage_statement_alone_states_its_cash_and_says_what_is_not_kept(store) -> None:
    (read,) = import_files(store, [FILES / "brokerage_only.ofx"]).files
    assert read.error is None and read.new == 3
    assert _transfers(store)["Q32I2"] is True
    (brokerage,) = list_accounts(store)
    assert brokerage.balance == Decimal("162.62")  # 1000.00 - 841.50 + 4.12: the lines agree
    (said,) = [n for n in read.notes if "holdings" in n]
    assert "162.62 USD" in said and "843.00 USD" in said


@pytest.mark.parametrize(
    ("dated", "named", "said"),
    [
        ("<DTTRADE>20261120", ("'Q32I3'", "4.12"), "trade and settlement days cannot be read"),
        ("<DTPOSTED>20261103", ("'Q32I1'", "1000.00"), "but its day cannot be read"),
    ],
    ids=["dividend", "cash paid in"],
)
def test_cash_moved_on_a_day_of_zeros_refuses_the_file_rather_than_vanish(
    store, tmp_path: Path, dated: str, named: tuple[str, str], said: str
) -> None:
    """The brokerage wrote the day of the 4.12 dividend, or of the 1,000.00 paid in, as zeros:
    left out, the cash the account holds would miss it without a word (the cash paid in crashed
    the import with a traceback). The file is refused naming it, and nothing is kept."""
    text = (FILES / "brokerage_only.ofx").read_text(encoding="utf-8")
    zeroed = tmp_path / "brokerage.ofx"
    tag = dated[: dated.index(">") + 1]
    zeroed.write_text(text.replace(dated, f"{tag}00000000"), encoding="utf-8")
    (read,) = import_files(store, [zeroed]).files
    assert read.error is not None and all(part in read.error for part in named)
    assert said in read.error
    assert list_accounts(store) == []
