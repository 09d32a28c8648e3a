"""RBC Royal Bank's download, as its site writes it.

``bank_exports/rbc_chequing.csv``: three months of a chequing account. RBC writes how money
went in ``Description 1`` ("Misc Payment", "Interac purchase - 1234", "Payroll Deposit") and
often the merchant only in ``Description 2`` ("NETFLIX.COM", "LOBLAWS #1027"); the amount in
the column of the account's currency, ``CAD$``; the account's number on every row.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

RBC = Path(__file__).parent / "bank_exports" / "rbc_chequing.csv"


def test_each_merchant_rbc_names_in_its_second_description_is_its_own(store: Store) -> None:
    (file,) = import_files(store, [RBC]).files

    assert file.error is None and file.new == 16
    (account,) = list_accounts(store)
    assert account.currency == "CAD" and account.number == "2345"
    netflix = [t for t in list_transactions(store) if t.memo == "NETFLIX.COM"]
    assert [t.payee for t in netflix] == ["Misc Payment"] * 3  # the bank's words, kept
    assert {t.merchant for t in netflix} == {"NETFLIX"}  # keyed by whom, not "MISC"
    found = {v.name: v.amount for v in subs.list_subscriptions(store)}
    # Netflix and Loblaws apart, not one "Misc" and one "Interac" of everything so paid
    assert found["Netflix"] == Decimal("-20.99")
    assert "Misc" not in found and "Interac" not in found
