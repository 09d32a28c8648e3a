"""Amounts in brackets under Debit or Credit move the way the file's running balance shows.

Citi prints a refund as ``(12.00)`` under Debit: money in. A credit union's online banking
prints every debit in brackets under Debit, its balance falling by each: money out. A grocery
bill read as income would put a month's spending wrong and the account's balance with it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: A credit union's download: a preamble, every debit in brackets with its dollar sign, the
#: balance after each line, and the statement's totals after the rows.
CREDIT_UNION = """Account Number: ****4821
Statement Period: 10/01/2026 - 10/31/2026

"Posting Date","Description","Debit","Credit","Balance"
"10/31/2026","DIVIDEND","","$0.42","$1,204.18"
"10/30/2026","POS PURCHASE SAFEWAY #1234 SEATTLE WA","($56.12)","","$1,203.76"
"10/22/2026","ATM WITHDRAWAL 1520 4TH AVE SEATTLE","($60.00)","","$1,259.88"
"10/15/2026","ACH DEBIT COMCAST CABLE","($89.99)","","$1,319.88"
"10/01/2026","DEPOSIT MOBILE","","$1,409.87","$1,409.87"

Total Debits: $206.11
Total Credits: $1,410.29
"""

#: Citi's card activity: the refund of a returned shirt in brackets under Debit, the balance
#: owed falling by it.
CITI_REFUND = """Status,Date,Description,Debit,Credit,Balance
Cleared,10/20/2026,"UNIQLO USA 0412 NEW YORK NY",(12.00),,"37.81"
Cleared,10/12/2026,"UNIQLO USA 0412 NEW YORK NY",49.81,,"49.81"
"""


def _import(store: Store, tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (file,) = result.files
    return list(file.repairs)


def _amounts(store: Store) -> dict[str, Decimal]:
    return {t.statement_text: t.amount for t in list_transactions(store)}


def test_debits_all_in_brackets_are_money_out_as_the_balance_falls(
    store: Store, tmp_path: Path
) -> None:
    repairs = _import(store, tmp_path, "ExportedTransactions.csv", CREDIT_UNION)
    assert _amounts(store) == {
        "DIVIDEND": Decimal("0.42"),
        "POS PURCHASE SAFEWAY #1234 SEATTLE WA": Decimal("-56.12"),
        "ATM WITHDRAWAL 1520 4TH AVE SEATTLE": Decimal("-60.00"),
        "ACH DEBIT COMCAST CABLE": Decimal("-89.99"),
        "DEPOSIT MOBILE": Decimal("1409.87"),
    }
    (account,) = list_accounts(store)
    assert account.balance == Decimal("1204.18")
    (repair,) = repairs
    assert "'($56.12)' on line 6" in repair and "as the balance column shows" in repair


def test_a_refund_in_brackets_under_debit_stays_money_in(store: Store, tmp_path: Path) -> None:
    repairs = _import(store, tmp_path, "Citi-Activity.csv", CITI_REFUND)
    assert sorted(_amounts_of_lines(store)) == [Decimal("-49.81"), Decimal("12.00")]
    assert repairs == []


def test_without_a_balance_column_brackets_under_debit_are_a_refund(
    store: Store, tmp_path: Path
) -> None:
    no_balance = "\n".join(line.rsplit(",", 1)[0] for line in CITI_REFUND.splitlines())
    repairs = _import(store, tmp_path, "Citi-Activity.csv", no_balance + "\n")
    assert sorted(_amounts_of_lines(store)) == [Decimal("-49.81"), Decimal("12.00")]
    assert repairs == []


def _amounts_of_lines(store: Store) -> list[Decimal]:
    return [t.amount for t in list_transactions(store)]


#: A checking download whose debits are plain numbers: a coffee charged and the same coffee
#: taken back the next day, written as a negative debit, the balance rising by it.
REVERSED = """Date,Description,Debit,Credit,Balance
2026-01-03,STARBUCKS #1234 SEATTLE WA,4.50,,995.50
2026-01-04,STARBUCKS #1234 REVERSAL,-4.50,,1000.00
2026-01-05,ACME CORP PAYROLL,,2500.00,3500.00
2026-01-09,SAFEWAY #1445 BELLEVUE WA,82.17,,3417.83
"""


def test_a_negative_debit_is_the_charge_taken_back_as_the_balance_rises(
    store: Store, tmp_path: Path
) -> None:
    repairs = _import(store, tmp_path, "checking_january.csv", REVERSED)
    assert _amounts(store)["STARBUCKS #1234 REVERSAL"] == Decimal("4.50")
    (account,) = list_accounts(store)
    assert account.balance == Decimal("3417.83")
    (repair,) = repairs
    assert "'-4.50' on line 3" in repair and "as the balance column shows" in repair


def test_debits_all_written_with_a_minus_stay_money_out(store: Store, tmp_path: Path) -> None:
    """Deutsche Bank's way: every debit with its minus, the balance falling by each."""
    minus = REVERSED.replace(",4.50,,995.50", ",-4.50,,995.50").replace(",82.17,", ",-82.17,")
    minus = minus.replace("REVERSAL,-4.50,,1000.00", "REVERSAL,,4.50,1000.00")
    repairs = _import(store, tmp_path, "checking_january.csv", minus)
    assert sorted(_amounts_of_lines(store)) == [
        Decimal("-82.17"), Decimal("-4.50"), Decimal("4.50"), Decimal("2500.00"),
    ]  # fmt: skip
    assert repairs == []
