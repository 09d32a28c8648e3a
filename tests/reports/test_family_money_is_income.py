"""A father's 生活费 to his student son is income, and every yuan the son spent still counts.

The son's 招商银行 (CMB) debit card receives 3,000.00 from 李建国 each month (转账汇款, filed
Person to Person by the rules, where money in lowers spending: a flatmate's share of the rent
back). His WeChat Pay pays for coffee and a video membership, 59.19 in March. Money back in one
category lowers that category's spending only: the father's 3,000.00 is no refund of the coffee,
so March earned 3,000.00 and spent 59.19, where it read "income 2,940.81, expenses 0.00" and
"Person to Person -3,000.00" among the spending.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.reports import income_vs_expenses
from finapp.services.year_review import year_review
from finapp.store.engine import Store
from tests.categorize.shanghai_exports import wechat

#: 招商银行's 交易流水 as its app exports it, oldest first
CMB = """记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要
2025-02-05,CNY,"3,000.00","9,862.16",转账汇款,李建国 6222021001234567890,生活费
2025-03-05,CNY,"3,000.00","12,862.16",转账汇款,李建国 6222021001234567890,生活费
2025-03-20,CNY,-120.00,"12,742.16",快捷支付,财付通支付科技有限公司,财付通-微信零钱充值
"""
WECHAT = [
    ("2025-03-16 21:04:11", "商户消费", "腾讯视频", "腾讯视频VIP会员-连续包月", "支出", "30.00",
     "支付成功", "4200002511202503161234567890"),
    ("2025-03-15 08:31:40", "商户消费", "瑞幸咖啡", "订单", "支出", "29.19", "支付成功",
     "4200002511202503151234567890"),
]  # fmt: skip


def _import(store: Store, tmp_path: Path) -> None:
    cmb = tmp_path / "招商银行交易流水_20250201_20250331.csv"
    cmb.write_text(CMB, encoding="utf-8")
    files = [cmb, wechat(tmp_path, "20250301-20250331", WECHAT)]
    result = import_files(store, files)
    assert not result.failed, result.failed


def test_a_fathers_transfer_is_income_and_the_months_spending_stays(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path)

    report = month_report(store, date(2025, 3, 1), as_of=date(2025, 4, 2))
    (march,) = report.totals
    assert (march.currency, march.income, march.expenses) == (
        "CNY",
        Decimal("3000.00"),
        Decimal("59.19"),
    )
    spent = {row.category: row.amount for row in report.categories}
    assert all(amount > 0 for amount in spent.values()), spent  # no "-3,000.00" of spending
    assert sum(spent.values()) == march.expenses


def test_the_charts_and_the_year_count_the_same(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path)

    flows = {f.month: (f.income_minor, f.expenses_minor) for f in income_vs_expenses(store)}
    assert flows == {"2025-02": (300000, 0), "2025-03": (300000, 5919)}
    (year,) = year_review(store, 2025, currency="CNY", today=date(2025, 4, 2)).totals
    assert (year.income, year.expenses) == (Decimal("6000.00"), Decimal("59.19"))
