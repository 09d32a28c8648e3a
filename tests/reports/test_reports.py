"""Reports for the charts and ``finapp report``: exact sums, transfers left out."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import reports
from finapp.services.budgets import set_budget
from finapp.services.imports import import_files
from tests.categorize.statements import Line, load
from tests.helpers import run_cli

CHECKING: list[Line] = [
    (date(2024, 3, 1), "3000.00", "ACME PAYROLL"),
    (date(2024, 3, 3), "-120.50", "WHOLE FOODS MARKET 1"),
    (date(2024, 3, 4), "-30.00", "CHIPOTLE 22"),
    (date(2024, 3, 5), "-15.49", "NETFLIX.COM 866-579-7172 CA"),
    (date(2024, 3, 10), "-500.00", "CREDIT CARD PAYMENT"),
    (date(2024, 4, 5), "-15.49", "NETFLIX.COM 866-579-7172 CA"),
    (date(2024, 4, 6), "-60.00", "WHOLE FOODS MARKET 1"),
]
CARD: list[Line] = [
    (date(2024, 3, 11), "500.00", "PAYMENT THANK YOU"),
    (date(2024, 3, 12), "-45.00", "SHELL OIL 1"),
]


def setup(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(store, tmp_path, "111", CHECKING, ledger=("2000.00", date(2024, 3, 31)))
    load(store, tmp_path, "4444", CARD, kind="CREDITCARD", ledger=("-45.00", date(2024, 3, 12)))


def test_spending_per_category_per_month(store, tmp_path: Path) -> None:
    setup(store, tmp_path)
    top = reports.spending_by_category(store)
    march = [(s.category, s.amount_minor) for s in top if s.month == "2024-03"]
    assert march == [("Food", 15050), ("Transport", 4500), ("Entertainment", 1549)]  # most first
    full = reports.spending_by_category(store, depth=None)
    april = [(s.category, s.amount_minor) for s in full if s.month == "2024-04"]
    assert april == [("Food:Groceries", 6000), ("Entertainment:Streaming", 1549)]


def test_income_vs_expenses_leaves_transfers_out(store, tmp_path: Path) -> None:
    setup(store, tmp_path)
    march, april = reports.income_vs_expenses(store)
    assert (march.month, march.income_minor, march.expenses_minor, march.net_minor) == (
        "2024-03",
        300000,
        12050 + 3000 + 1549 + 4500,
        300000 - 21099,
    )
    assert (april.month, april.expenses_minor) == ("2024-04", 7549)


def test_balance_over_time_is_anchored_on_the_ledger_balance(store, tmp_path: Path) -> None:
    setup(store, tmp_path)
    balances = reports.balance_over_time(store)
    checking = {b.date: b.balance_minor for b in balances if b.account == "Checking …111"}
    assert checking[date(2024, 3, 10)] == 200000  # the statement's balance, after its last line
    assert checking[date(2024, 3, 1)] == 200000 + 50000 + 1549 + 3000 + 12050
    assert checking[date(2024, 4, 6)] == 200000 - 1549 - 6000
    card = [b.balance_minor for b in balances if b.account == "Credit Card …4444"]
    assert card == [0, -4500]  # paid off, then a fuel charge


def test_cli_report_json_for_a_month(data_dir: Path, store, tmp_path: Path) -> None:
    setup(store, tmp_path)
    set_budget(store, "Food", Decimal("200"), today=date(2024, 3, 1))
    store.close()
    proc = run_cli(data_dir, "report", "--json", "--month", "2024-03")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["month"] == "2024-03"
    assert report["totals"] == [
        {"currency": "USD", "income": "3000.00", "expenses": "210.99", "net": "2789.01"}
    ]
    assert report["categories"][0] == {
        "category": "Food:Groceries",
        "currency": "USD",
        "amount": "120.50",
    }
    (budget,) = report["budgets"]
    assert (budget["category"], budget["spent"], budget["remaining"]) == ("Food", "150.50", "49.50")


WECHAT_OCTOBER = (
    "微信支付账单明细,,,,,,,,,,\n"
    "微信昵称：[阿芳],,,,,,,,,,\n"
    "起始时间：[2026-10-01 00:00:00] 终止时间：[2026-10-31 23:59:59],,,,,,,,,,\n"
    ",,,,,,,,,,\n"
    "----------------------微信支付账单明细列表--------------------,,,,,,,,,,\n"
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n"
    "2026-10-30 19:42:13,商户消费,瑞幸咖啡(西溪店),生椰拿铁,支出,¥13.90,招商银行(5566),支付成功,"
    "4200002196202610301642231551,LK20261030194213,/\n"
    "2026-10-12 12:05:40,商户消费,美团外卖,午餐,支出,¥42.50,招商银行(5566),支付成功,"
    "4200002196202610121205401552,MT20261012120540,/\n"
    "2026-10-02 01:12:09,转账,张伟,/,支出,¥1850.00,零钱通,对方已收钱,"
    "1000050001202610020112094422,/,/\n"
)


WELLS_FARGO_PAY = (
    '"10/16/2026","3250.00","*","","DIRECT DEP ACME CORP PAYROLL"\n'
    '"10/05/2026","-1450.00","*","","ZELLE TO LANDLORD RENT"\n'
    '"10/02/2026","3250.00","*","","DIRECT DEP ACME CORP PAYROLL"\n'
)


def test_an_account_without_a_stated_balance_draws_no_balance_line(store, tmp_path: Path) -> None:
    """A WeChat Pay bill lists what it paid, mostly with bank cards, and never a balance: a line
    counted down from zero sank to -¥1,906 and on, a balance the wallet never had. A bank
    account without a stated balance is left out too: from zero, its deposits climbed to a
    balance Health said nobody knows. Both are named as left out."""
    setup(store, tmp_path)
    bill = tmp_path / "微信支付账单(20261001-20261031).csv"
    bill.write_text(WECHAT_OCTOBER, encoding="utf-8")
    import_files(store, [bill])
    load(store, tmp_path, "222", [(date(2024, 3, 15), "250.00", "TRANSFER IN")])
    checking = tmp_path / "Checking1.csv"  # Wells Fargo's download: no balance column
    checking.write_text(WELLS_FARGO_PAY, encoding="utf-8")
    assert not import_files(store, [checking]).failed
    assert {b.account for b in reports.balance_over_time(store)} == {
        "Checking …111",
        "Checking …222",  # its statement states a ledger balance
        "Credit Card …4444",
    }
    assert [name for name, _code in reports.balance_left_out(store)] == [
        "WeChat Pay 微信支付",
        "Wells Fargo",
    ]
