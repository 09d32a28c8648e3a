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
    "profiles",
)


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows as a spreadsheet reads them: UTF-8 told by the byte-order mark."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_writes_every_table_as_documented_plain_files(
    filled: Store, tmp_path: Path
) -> None:
    result = export_all(filled, tmp_path / "out")
    out = tmp_path / "out"
    assert set(result.files) == {f"{t}.csv" for t in TABLES}
    readme = (out / "README.txt").read_text(encoding="utf-8")
    for table in TABLES:
        header = next(csv.reader((out / f"{table}.csv").open(encoding="utf-8-sig")))
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


#: a month of a Hangzhou household's Alipay bill, as 支付宝 exports it
ALIPAY_BILL = (
    "------------------------------------------------------------------------------------\n"
    "导出信息：\n"
    "姓名：王芳\n"
    "起始时间：[2026-10-01 00:00:00]    终止时间：[2026-10-31 23:59:59]\n"
    "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n"
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,"
    "商家订单号,备注\n"
    "2026-10-28 23:47:05,餐饮美食,美团外卖,/,美团订单-黄焖鸡米饭,支出,31.80,余额宝,交易成功,"
    "2026102822001447391412258813,M20261028234700011,\n"
    "2026-10-15 08:02:41,餐饮美食,瑞幸咖啡(西溪店),/,生椰拿铁,支出,13.90,余额,交易成功,"
    "2026101522001447391409911530,T20261015080241993,\n"
)


def test_a_csv_export_opens_in_a_spreadsheet_with_its_chinese_names(
    store: Store, tmp_path: Path
) -> None:
    """Excel reads a CSV without a byte-order mark in the computer's own code page: 瑞幸咖啡
    and the account "Alipay 支付宝" came out as mojibake, even "…" in "Checking …7301". Each CSV
    of the export begins with UTF-8's byte-order mark, as the year in review's table does;
    JSON, which every reader takes as UTF-8, goes without, and the export imports back whole."""
    bill = tmp_path / "alipay_record_202610.csv"
    bill.write_text(ALIPAY_BILL, encoding="utf-8")
    import_files(store, [bill])
    export_all(store, tmp_path / "csv")
    for path in sorted((tmp_path / "csv").glob("*.csv")):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    payees = {r["payee"] for r in _rows(tmp_path / "csv" / "transactions.csv")}
    assert {"瑞幸咖啡(西溪店)", "美团外卖"} <= payees
    export_all(store, tmp_path / "json", "json")
    assert (tmp_path / "json" / "transactions.json").read_bytes().startswith(b"[")
    fresh = another_store(tmp_path / "again")
    try:
        import_files(fresh, [tmp_path / "csv"])
        again = sorted((t.payee, t.amount) for t in list_transactions(fresh))
    finally:
        fresh.close()
    assert again == sorted((t.payee, t.amount) for t in list_transactions(store))
