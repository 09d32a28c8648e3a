"""U.S. Bank writes Tangerine's header (``"Date","Transaction","Name","Memo","Amount"``), and
every row's Memo starts with its own words, ``Download from usbank.com.``: a Minneapolis
household's checking download was read as Tangerine's, in Canadian dollars, and its ISO dates
were refused as not MM/DD/YYYY."""

from __future__ import annotations

from decimal import Decimal

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.importers.helpers import rows

#: a newer download: ISO dates, every field quoted, the debit card's last four after the words
NEWER = """\
"Date","Transaction","Name","Memo","Amount"
"2026-11-25","CREDIT","ELECTRONIC DEPOSIT ACME CORP PAYROLL","Download from usbank.com.","3200.00"
"2026-11-22","DEBIT","DEBIT PURCHASE -VISA TARGET 00012345    MINNEAPOLIS MN","Download from usbank.com.4738","-51.88"
"2026-11-05","DEBIT","DEBIT PURCHASE -VISA NETFLIX.COM       866-579-7172 CA","Download from usbank.com.4738","-15.49"
"2026-11-03","DEBIT","WEB AUTHORIZED PMT XCEL ENERGY-MN","Download from usbank.com.","-88.12"
"2026-11-03","DEBIT","DEBIT PURCHASE -VISA SPYHOUSE COFFEE  MINNEAPOLIS MN","Download from usbank.com.4738","-4.75"
"2026-11-03","DEBIT","DEBIT PURCHASE -VISA SPYHOUSE COFFEE  MINNEAPOLIS MN","Download from usbank.com.4738","-4.75"
"""  # noqa: E501

#: an older download of the same account: month first, no quotes
OLDER = """\
Date,Transaction,Name,Memo,Amount
10/25/2026,CREDIT,ELECTRONIC DEPOSIT ACME CORP PAYROLL,Download from usbank.com.,3200.00
10/05/2026,DEBIT,DEBIT PURCHASE -VISA NETFLIX.COM       866-579-7172 CA,Download from usbank.com.4738,-15.49
"""  # noqa: E501


def test_a_us_bank_download_is_us_banks_in_dollars(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("Checking - 0349_11-30-2026.csv", NEWER)]).files[0]
    assert result.error is None and (result.new, result.duplicates) == (6, 0)
    (account,) = list_accounts(store)
    assert (account.institution, account.currency) == ("U.S. Bank", "USD")
    lines = rows(store, account.name)
    assert lines[0][:2] == ("2026-11-03", Decimal("-88.12"))
    assert [line[1] for line in lines if line[0] == "2026-11-03"].count(Decimal("-4.75")) == 2
    assert sum(line[1] for line in lines) == Decimal("3035.01")


def test_an_older_download_with_month_first_dates_joins_the_same_account(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("Checking - 0349_11-30-2026.csv", NEWER)])
    older = import_files(store, [write("Checking - 0349_10-31-2026.csv", OLDER)]).files[0]
    assert older.error is None and older.new == 2
    (account,) = list_accounts(store)
    assert account.currency == "USD"
    assert ("2026-10-05", Decimal("-15.49")) in [line[:2] for line in rows(store, account.name)]
