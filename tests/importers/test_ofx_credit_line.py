"""A line of credit downloaded through the bank message set is debt, as a card is.

Discover (and credit unions' personal lines) send a revolving line of credit as a bank
statement, ``<STMTRS>`` with ``<ACCTTYPE>CREDITLINE``, whose ledger balance is what is owed
(-860.00). Read as checking, money health called it "overdrawn: -860.00" and the emergency
fund counted the debt as savings gone below zero.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.services.accounts import list_accounts
from finapp.services.health import health_report
from finapp.services.imports import import_files

LINE_OF_CREDIT = Path(__file__).parent / "ofx_novel" / "discover_line_of_credit.ofx"


def test_a_line_of_credit_is_debt_not_an_overdrawn_checking_account(store) -> None:
    result = import_files(store, [LINE_OF_CREDIT]).files[0]
    assert result.error is None and result.new == 2
    (account,) = list_accounts(store)
    assert account.type == AccountType.CREDIT_CARD
    assert account.balance == Decimal("-860.00")
    health = health_report(store, date(2026, 12, 1)).as_json()
    reasons = [r["kind"] for a in health["accounts"] for r in a["reasons"]]
    assert "negative_balance" not in reasons
    assert health["emergency_fund"]["liquid"] == "0.00"
    assert [card["account"] for card in health["cards"]] == [account.name]
