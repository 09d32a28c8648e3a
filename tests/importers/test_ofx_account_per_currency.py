"""One account number, one account per currency; two numbers, two names.

Wise (and Revolut's OFX) download a multi-currency account as one statement per currency, each
``<STMTRS>`` with its own ``<CURDEF>`` under the same ``<ACCTID>``. Matched by the number alone
both went into the dollar account: the Deutsche Bahn ticket's 30.00 EUR was stored as 30.00 USD
and the euro balance (970.00) was lost. Chase's download of two checking accounts whose numbers
end alike (…1234) made "Chase …1234" and "Chase …1234 (2)", a name that tells the user nothing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.importers.helpers import rows

FILES = Path(__file__).parent / "ofx_novel"


def test_a_wise_statement_in_two_currencies_is_two_accounts(store) -> None:
    result = import_files(store, [FILES / "wise_usd_and_eur.ofx"]).files[0]
    assert result.error is None and result.new == 2
    accounts = {a.currency: a for a in list_accounts(store)}
    assert sorted(accounts) == ["EUR", "USD"]
    assert accounts["USD"].balance == Decimal("480.00")
    assert accounts["EUR"].balance == Decimal("970.00")
    # each told from the other by its currency, neither the whole of the account number
    assert (accounts["EUR"].name, accounts["USD"].name) == ("Wise …5678 (EUR)", "Wise …5678 (USD)")
    assert rows(store, accounts["EUR"].name) == [
        ("2026-11-06", Decimal("-30.00"), "DEUTSCHE BAHN", "R01E1")
    ]
    assert rows(store, accounts["USD"].name) == [
        ("2026-11-05", Decimal("-20.00"), "GITHUB INC", "R01U1")
    ]


def test_the_next_wise_download_finds_each_currency_its_account(store) -> None:
    import_files(store, [FILES / "wise_usd_and_eur.ofx"])
    again = import_files(store, [FILES / "wise_usd_and_eur.ofx"]).files[0]
    assert again.new == 0 and again.duplicates == 2
    assert len(list_accounts(store)) == 2


def test_two_checking_accounts_ending_alike_are_named_apart(store) -> None:
    result = import_files(store, [FILES / "chase_two_accounts_same_last4.ofx"]).files[0]
    assert result.error is None and result.new == 2
    names = sorted(a.name for a in list_accounts(store))
    assert names == ["Chase Checking …1234", "Chase …1234"]
    assert not any("(2)" in name for name in names)
