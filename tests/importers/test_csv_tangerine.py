"""Tangerine names its download after the account (``Tangerine Savings Account -
3012345678.CSV``) and writes chequing and savings alike (``Date,Transaction,Name,Memo,Amount``).
Imported without ``--account``, the Toronto couple's savings became an account called
"Checking", a chequing account: the emergency fund and the savings goals never saw it."""

from __future__ import annotations

from finapp.core.account_types import AccountType
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files

SAVINGS = (
    "Date,Transaction,Name,Memo,Amount\r\n"
    "9/7/2026,OTHER,INTERAC e-Transfer From: DANIEL KOWALSKI,Transferred,400.00\r\n"
    "9/30/2026,OTHER,Interest Paid,,18.40\r\n"
    "10/7/2026,OTHER,INTERAC e-Transfer From: DANIEL KOWALSKI,Transferred,400.00\r\n"
    "10/31/2026,OTHER,Interest Paid,,25.96\r\n"
)
CHEQUING = (
    "Date,Transaction,Name,Memo,Amount\r\n"
    "10/2/2026,DEBIT,Bill Payment - ROGERS,Rogers Wireless,-124.30\r\n"
    "10/15/2026,CREDIT,EFT Deposit from SUNNYBROOK HSC,Payroll,2318.46\r\n"
    "10/31/2026,OTHER,Interest Paid,,0.42\r\n"
)


def test_the_file_name_gives_the_bank_the_kind_and_the_number(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(
        store,
        [
            write("Tangerine Savings Account - 3012345678.CSV", SAVINGS),
            write("Tangerine Chequing Account - 4012345599.CSV", CHEQUING),
        ],
    )
    shown = {(a.name, a.institution, a.type, a.number) for a in list_accounts(store)}
    assert shown == {
        ("Tangerine Savings …5678", "Tangerine", AccountType.SAVINGS, "5678"),
        ("Tangerine Chequing …5599", "Tangerine", AccountType.CHECKING, "5599"),
    }


def test_the_next_download_of_the_savings_joins_it_by_its_number(store, write) -> None:  # type: ignore[no-untyped-def]
    november = "Date,Transaction,Name,Memo,Amount\r\n11/9/2026,OTHER,Interest Paid,,21.07\r\n"
    import_files(store, [write("Tangerine Savings Account - 3012345678.CSV", SAVINGS)])
    import_files(store, [write("Tangerine Savings Account - 3012345678 (1).CSV", november)])
    (account,) = list_accounts(store)
    assert (account.name, account.type) == ("Tangerine Savings …5678", AccountType.SAVINGS)
    assert account.covered_until is not None and account.covered_until.isoformat() == "2026-11-09"
