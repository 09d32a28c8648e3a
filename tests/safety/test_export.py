"""Export: documented plain files, and transactions that import back the same."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription
from tests.conftest import another_store
from tests.helpers import run_cli

TABLES = (
    "transactions",
    "splits",
    "periods",
    "balances",
    "accounts",
    "payees",
    "categories",
    "rules",
    "budgets",
    "subscriptions",
    "alerts",
    "goals",
    "settings",
    "rates",
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_writes_every_table_as_documented_plain_files(
    filled: Store, tmp_path: Path
) -> None:
    result = export_all(filled, tmp_path / "out")
    out = tmp_path / "out"
    assert set(result.files) == {f"{t}.csv" for t in TABLES}
    readme = (out / "README.txt").read_text(encoding="utf-8")
    for table in TABLES:
        header = next(csv.reader((out / f"{table}.csv").open(encoding="utf-8")))
        for column in header:
            assert f"  {column}: " in readme, f"{table}.{column} is not documented"
    txns = _rows(out / "transactions.csv")
    assert len(txns) == len(list_transactions(filled)) == result.files["transactions.csv"]
    for row in txns:
        assert re.fullmatch(r"-?\d+\.\d{2}", row["amount"]), row["amount"]
        assert date.fromisoformat(row["date"])
    assert "Joe's Bald Hairstyles" in {r["payee"] for r in txns}
    assert len(_rows(out / "categories.csv")) > 10


def test_json_export_has_string_amounts_and_a_spreadsheet_list_of_subscriptions(
    filled: Store, tmp_path: Path
) -> None:
    with filled.write() as session:
        account = session.query(Account).order_by(Account.id).first()
        assert account is not None
        session.add(
            Subscription(
                name="NETFLIX",
                user_name="Netflix",
                cadence="monthly",
                amount_minor=-1599,
                currency="USD",
                next_date=date(2026, 7, 3),
                account_id=account.id,
                user_state="confirmed",
                status="active",
            )
        )
        account_name = account.name
    out = tmp_path / "json"
    result = export_all(filled, out, "json")
    assert {"transactions.json", "subscriptions.json", "subscriptions.csv"} <= set(result.files)
    txns = json.loads((out / "transactions.json").read_text(encoding="utf-8"))
    assert txns and all(isinstance(t["amount"], str) for t in txns)
    [sub] = _rows(out / "subscriptions.csv")
    assert sub["name"] == "Netflix" and sub["amount"] == "-15.99" and sub["cadence"] == "monthly"
    # the next charge still to come and the cost a year, as `finapp subscriptions` shows them
    [shown] = place(filled, list_subscriptions(filled), date.today())
    assert shown.upcoming is not None and shown.upcoming.day == 3
    assert sub["next_date"] == shown.upcoming.isoformat()
    assert sub["account"] == account_name
    assert sub["annual_cost"] == "191.88" and sub["status"] == "active"


def test_exported_transactions_import_back_the_same_into_an_empty_store(
    filled: Store, tmp_path: Path
) -> None:
    export_all(filled, tmp_path / "out")
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "out" / "transactions.csv"])
        assert not result.failed, result.failed

        def same(store: Store) -> list[tuple]:
            return [
                (t.account, t.date, t.amount, t.currency, t.payee, t.memo, t.fitid)
                for t in list_transactions(store)
            ]

        assert same(fresh) == same(filled)
    finally:
        fresh.close()


#: a bank's CSV that names its bank (Chase) and one naming none: two checking accounts in
#: dollars without numbers, the second's lines dated after the first's
CHASE = (
    "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
    'DEBIT,11/03/2026,"SQ *BLUE BOTTLE",-6.50,DEBIT_CARD,1993.50,,\n'
    'CREDIT,11/01/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2000.00,ACH_CREDIT,2000.00,,\n'
)
BARE = "Date,Description,Amount\n2026-10-02,COMCAST CABLE,-89.99\n2026-10-31,DIVIDEND,0.42\n"


def test_two_unnumbered_accounts_import_back_as_two(store: Store, tmp_path: Path) -> None:
    """Each account of the export is its own, by the name the file gives it: one whose lines
    follow another's of the same kind is not taken for it."""
    (tmp_path / "export.csv").write_text(BARE, encoding="utf-8")
    (tmp_path / "Activity.CSV").write_text(CHASE, encoding="utf-8")
    assert not import_files(store, [tmp_path / "export.csv"]).failed
    assert not import_files(store, [tmp_path / "Activity.CSV"]).failed
    export_all(store, tmp_path / "out")
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "out" / "transactions.csv"])
        assert not result.failed, result.failed

        def lines(store: Store) -> list[tuple[str, date, str]]:
            return sorted((t.account, t.date, t.payee) for t in list_transactions(store))

        assert lines(fresh) == lines(store)
        assert len({account for account, _, _ in lines(fresh)}) == 2
    finally:
        fresh.close()


def test_cli_export_warns_that_the_files_are_not_encrypted(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    assert run_cli(data, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx")).returncode == 0
    proc = run_cli(data, "export", "--to", str(tmp_path / "x"), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "NOT encrypted" in proc.stdout
    assert (tmp_path / "x" / "transactions.json").is_file()
