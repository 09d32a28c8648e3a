"""Alipay's web export after Excel has opened and saved it: 资金状态, 交易来源地 and the refund
columns are gone, the dates rewritten (``2026/1/5 8:03``), the header's ``金额（元）`` kept. It is
still Alipay's: a wallet, each row known by its 交易号, a closed trade left out, and a refund
booked on a row of its own counted as money back (the file no longer says it on the purchase)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from finapp.store.engine import Store

FILE = Path(__file__).parent / "bank_exports" / "alipay_web_saved_by_excel_gbk.csv"


def test_alipays_web_export_saved_again_by_excel_is_read_as_alipays() -> None:
    parsed = read_csv(FILE.name, FILE.read_bytes())
    (statement,) = parsed.statements
    assert (statement.account.name, statement.account.type, statement.account.currency) == (
        "Alipay 支付宝",
        AccountType.PAYMENT_APP,
        "CNY",
    )
    lines = [(t.posted.isoformat(), t.payee, t.amount, t.fitid) for t in statement.transactions]
    assert lines == [
        ("2026-01-28", "盒马鲜生", Decimal("-156.8"), "2026012822001460411420016635"),
        ("2026-01-26", "优衣库官方旗舰店", Decimal("89"), "2026012622001460411419982210"),
        ("2026-01-20", "优衣库官方旗舰店", Decimal("-89"), "2026012022001460411418875507"),
        ("2026-01-05", "张伟", Decimal("200"), "20260105200040011100460085510007"),
    ]
    left_out = {s.line: s.reason for s in parsed.skipped}
    assert set(left_out) == {9, 10}  # the move into 余额宝, the Didi ride never taken
    assert "交易关闭" in left_out[10]


def test_the_same_export_imported_again_adds_nothing(store: Store) -> None:
    first = import_files(store, [FILE])
    again = import_files(store, [FILE])
    assert (first.files[0].new, again.files[0].new, again.files[0].duplicates) == (4, 0, 4)
