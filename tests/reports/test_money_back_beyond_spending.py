"""Money back beyond what its category spent is income; the month's other spending stays.

A parent's 生活费 by WeChat Pay 转账 is filed Person to Person, where money in lowers spending
(a flatmate's share of the rent back). Beside a month's few meals it read "spent -8,825.50",
then "spent 0.00": the parent's money is no refund of the meals, so October spent the 62.50 of
meals and earned the 8,888.00. A refund smaller than its category's spending still lowers it,
and the net is the same either way.
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

OCTOBER = [
    ("2026-10-31 12:30:11", "商户消费", "美团", "美团订单-230918", "支出", "38.50", "支付成功",
     "4200001234202610311234567890"),
    ("2026-10-20 08:01:02", "扫二维码付款", "早餐店", "收款方备注:二维码收款", "支出", "24.00",
     "已转账", "10000498012026102000012345"),
    ("2026-10-15 20:00:00", "转账", "妈妈", "转账备注:生活费", "收入", "8888.00", "已存入零钱",
     "1000050001202610150012345678"),
]  # fmt: skip
NOVEMBER = [
    ("2026-11-12 19:02:45", "商户消费", "盒马鲜生", "盒马订单-88213", "支出", "412.30", "支付成功",
     "4200001234202611121234567890"),
    ("2026-11-14 10:11:12", "商户消费-退款", "盒马鲜生", "盒马订单-88213", "收入", "52.30",
     "已全额退款", "4200001234202611141234567890"),
]  # fmt: skip


def _import(store: Store, tmp_path: Path) -> None:
    path = wechat(tmp_path, "20261001-20261130", OCTOBER + NOVEMBER)
    result = import_files(store, [path])
    assert not result.failed, result.failed


def test_a_parents_transfer_beside_a_few_meals_is_income_and_the_meals_are_spent(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path)
    (total,) = month_report(store, date(2026, 10, 1), as_of=date(2026, 12, 2)).totals
    assert (total.currency, total.expenses, total.income) == (
        "CNY",
        Decimal("62.50"),
        Decimal("8888.00"),
    )
    assert total.net == Decimal("8825.50")  # 8,888.00 in, 62.50 out


def test_a_refund_smaller_than_the_months_spending_still_lowers_it(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path)
    (total,) = month_report(store, date(2026, 11, 1), as_of=date(2026, 12, 2)).totals
    assert (total.expenses, total.income) == (Decimal("360.00"), Decimal("0.00"))


def test_the_charts_and_the_year_add_up_the_months_as_settled(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path)
    flows = {f.month: (f.income_minor, f.expenses_minor) for f in income_vs_expenses(store)}
    assert flows == {"2026-10": (888800, 6250), "2026-11": (0, 36000)}
    review = year_review(store, 2026, currency="CNY", today=date(2026, 12, 2))
    (year,) = review.totals
    assert (year.income, year.expenses) == (Decimal("8888.00"), Decimal("422.50"))
