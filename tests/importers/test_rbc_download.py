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


#: RBC's download of all of a customer's accounts: each row says its account's type and number
ALL_ACCOUNTS = """\
"Account Type","Account Number","Transaction Date","Cheque Number","Description 1","Description 2","CAD$","USD$"
Chequing,01234-5012345,10/1/2026,,"Misc Payment","AVALON PROPERTIES",-1450.00,
Chequing,01234-5012345,10/15/2026,,"Payroll Deposit","ACME CORP",2450.00,
Chequing,01234-5012345,10/20/2026,,"Online Banking transfer - 7781","TFR-TO 5098765",-500.00,
Chequing,01234-5012345,10/21/2026,,"Online Banking payment - 4412","RBC VISA",-500.00,
Visa,4510123456789012,10/5/2026,,"NETFLIX.COM","",-16.94,
Visa,4510123456789012,10/8/2026,,"TIM HORTONS #2231","",-2.15,
Visa,4510123456789012,10/8/2026,,"TIM HORTONS #2231","",-2.15,
Visa,4510123456789012,10/21/2026,,"PAYMENT - THANK YOU / PAIEMENT - MERCI","",500.00,
Savings,01234-5098765,10/20/2026,,"Online Banking transfer - 7781","TFR-FR 5012345",500.00,
Savings,01234-5098765,10/31/2026,,"Interest","",0.42,
"""  # noqa: E501


def test_each_account_of_a_download_of_all_is_of_the_type_its_rows_say(
    store: Store, tmp_path: Path
) -> None:
    download = tmp_path / "csv93215.csv"
    download.write_text(ALL_ACCOUNTS, encoding="utf-8")
    (file,) = import_files(store, [download]).files

    assert file.error is None and file.new == 10
    accounts = {a.name: (a.type, a.number) for a in list_accounts(store)}
    assert accounts == {
        "RBC …2345": ("checking", "2345"),
        "RBC Credit Card …9012": ("credit_card", "9012"),
        "RBC Savings …8765": ("savings", "8765"),
    }
    # the card's charges, both coffees of the 8th, are spending; its payment and the move to
    # savings are the household's own money
    spent = [t.amount for t in list_transactions(store) if not t.is_transfer and t.amount < 0]
    assert sorted(spent) == sorted(
        [Decimal("-1450.00"), Decimal("-16.94"), Decimal("-2.15"), Decimal("-2.15")]
    )
