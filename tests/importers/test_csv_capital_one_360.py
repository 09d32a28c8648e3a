"""Capital One 360 downloads, as the bank writes them for 360 Checking and 360 Performance
Savings alike: the last four of the account in ``Account Number``, two-digit years, positive
amounts that ``Transaction Type`` (Credit/Debit) signs, the balance after each line. A savings
file goes to a Capital One savings account ending in those digits, with its balance, never
into the "Checking" of files naming no bank."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.schema import Account
from tests.importers.helpers import rows

HEADER = (
    "Account Number,Transaction Description,Transaction Date,Transaction Type,"
    "Transaction Amount,Balance\n"
)
#: the bank's download name says only the day it was downloaded
SAVINGS_OCT = HEADER + (
    "7731,Monthly Interest Paid,10/31/26,Credit,114.02,33060.51\n"
    "7731,Withdrawal to 360 Checking XXXXXXX5520,10/22/26,Debit,500.00,32946.49\n"
    "7731,Deposit from SUMMIT CU,10/18/26,Credit,2000.00,33446.49\n"
    "7731,Monthly Interest Paid,09/30/26,Credit,108.41,31446.49\n"
)
SAVINGS_NOV = HEADER + (
    "7731,Monthly Interest Paid,11/30/26,Credit,116.87,35177.38\n"
    "7731,Deposit from SUMMIT CU,11/18/26,Credit,2000.00,35060.51\n"
)
#: a month in which only a transfer came in: nothing in it says checking or savings
SAVINGS_MID_NOV = HEADER + "7731,Deposit from SUMMIT CU,11/18/26,Credit,2000.00,35060.51\n"
CHECKING = HEADER + (
    "5520,Debit Card Purchase - KROGER #512 CINCINNATI OH,11/27/26,Debit,86.14,2313.72\n"
    "5520,Check #1043 Cashed,11/20/26,Debit,1200.00,2399.86\n"
    "5520,Deposit from ACME CORP PAYROLL,11/14/26,Credit,2450.00,3599.86\n"
    "5520,Monthly Interest Paid,10/31/26,Credit,0.12,1149.86\n"
)


def _accounts(store) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [
            (a.name, a.institution, a.type, a.number_last4)
            for a in session.scalars(select(Account).order_by(Account.id))
        ]


def test_a_360_savings_download_is_a_capital_one_savings_account_with_its_balance(
    store, write
) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("2026-11-01_transaction_download.csv", SAVINGS_OCT)])
    import_files(store, [write("2026-12-01_transaction_download.csv", SAVINGS_NOV)])
    assert _accounts(store) == [("Capital One Savings …7731", "Capital One", "savings", "7731")]
    (view,) = list_accounts(store)
    assert (view.balance, view.balance_date.isoformat()) == (Decimal("35177.38"), "2026-11-30")


def test_debits_are_money_out_and_credits_money_in(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("download.csv", SAVINGS_OCT)]).files[0]
    assert result.new == 4
    assert [(day, amount) for day, amount, _, _ in rows(store)] == [
        ("2026-09-30", Decimal("108.41")),
        ("2026-10-18", Decimal("2000.00")),
        ("2026-10-22", Decimal("-500.00")),
        ("2026-10-31", Decimal("114.02")),
    ]


def test_a_360_checking_download_is_a_checking_account(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("2026-12-01_transaction_download.csv", CHECKING)])
    assert _accounts(store) == [("Capital One Checking …5520", "Capital One", "checking", "5520")]


def test_the_file_name_says_savings_when_the_lines_do_not(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("CapitalOne360_Savings_2026-11.csv", SAVINGS_MID_NOV)])
    assert _accounts(store) == [("Capital One Savings …7731", "Capital One", "savings", "7731")]


def test_a_month_that_cannot_tell_joins_the_account_ending_in_its_digits(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("2026-11-01_transaction_download.csv", SAVINGS_OCT)])
    result = import_files(store, [write("2026-11-20_transaction_download.csv", SAVINGS_MID_NOV)])
    assert _accounts(store) == [("Capital One Savings …7731", "Capital One", "savings", "7731")]
    assert result.files[0].new == 1
    (view,) = list_accounts(store)
    assert view.balance == Decimal("35060.51")


def test_checking_and_savings_of_one_bank_stay_two_accounts(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("a.csv", SAVINGS_NOV), write("b.csv", CHECKING)])
    assert sorted(_accounts(store)) == [
        ("Capital One Checking …5520", "Capital One", "checking", "5520"),
        ("Capital One Savings …7731", "Capital One", "savings", "7731"),
    ]
