"""A Chinese mortgage (房贷) taken by the bank each month is a recurring bill.

The bank debits it on its own (自动扣款, 代扣) and prints each debit with the loan's line and
references that change every month: 招商银行's 对手信息 "房贷还款 流水号2025010841939071", 建设
银行's 交易地点/附言 "个人住房贷款 借据号LN636343332第13期". A debit due on a weekend or a public
holiday is taken on the next working day (the National Day week of 2025 ends on 8 October).
These references made each month a payee of its own, and "还款" read like a card's payment, so
the largest bill a household has was never listed, nor counted among its bills.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.merchant import merchant_key
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.store.engine import Store

#: days Chinese banks do not debit on in 2025 (besides weekends): 春节, 劳动节, 国庆节
_HOLIDAYS = frozenset(
    [date(2025, 1, 28) + timedelta(days=i) for i in range(7)]
    + [date(2025, 5, 1) + timedelta(days=i) for i in range(5)]
    + [date(2025, 10, 1) + timedelta(days=i) for i in range(8)]
)
_AS_OF = date(2026, 2, 28)


def _working_day(day: date) -> date:
    while day.weekday() >= 5 or day in _HOLIDAYS:
        day += timedelta(days=1)
    return day


def _months() -> list[tuple[int, date]]:
    return [(i, date(2025 + i // 12, i % 12 + 1, 1)) for i in range(14)]


def _lines(loan_line: list[str]) -> list[tuple[date, Decimal, str, str]]:
    """Salary, electricity and the mortgage of 14 months; the loan's line per month."""
    lines = []
    for i, month in _months():
        lines.append(
            (month.replace(day=10), Decimal("26500.00"), "代发工资", "上海某某贸易有限公司")
        )
        power = Decimal("186.40") + Decimal(37 * (i % 5)) + Decimal("0.23") * i
        lines.append((month.replace(day=21), -power, "快捷支付", "支付宝-国网上海市电力公司"))
        debit = "代扣" if i % 3 == 0 else "自动扣款"
        due = _working_day(month.replace(day=8))
        lines.append((due, Decimal("-7800.00"), debit, loan_line[i]))
    return sorted(lines)


def _cmb(tmp_path: Path) -> Path:
    serials = [f"{_working_day(m.replace(day=8)):%Y%m%d}{(41939071 + 7919 * i * i) % 10**8:08d}"
               for i, m in _months()]  # fmt: skip
    rows = ["\ufeff记账日期,货币,交易金额,联机余额,交易摘要,对手信息"]
    balance = Decimal("35210.55")
    for day, amount, summary, party in _lines([f"房贷还款 流水号{s}" for s in serials]):
        balance += amount
        rows.append(f"{day:%Y%m%d},人民币,{amount},{balance},{summary},{party}")
    path = tmp_path / "CMB_6214_2025.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _ccb(tmp_path: Path) -> Path:
    loan = [f"个人住房贷款 借据号LN{636343332 + 104729 * i}第{13 + i}期" for i, _ in _months()]
    rows = [
        "中国建设银行个人活期账户交易明细",
        "卡号/账号:6217000000000001234",
        "序号,摘要,币别,交易日期,交易金额,账户余额,交易地点/附言",
    ]
    balance = Decimal("35210.55")
    for n, (day, amount, summary, place_) in enumerate(_lines(loan), start=1):
        balance += amount
        rows.append(f"{n},{summary},人民币元,{day:%Y%m%d},{amount},{balance},{place_}")
    path = tmp_path / "CCB_1234_2025.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("statement", [_cmb, _ccb], ids=["cmb", "ccb"])
def test_a_mortgage_debited_by_the_bank_is_a_monthly_bill(store: Store, tmp_path, statement):
    import_files(store, [statement(tmp_path)])

    views = subs.list_subscriptions(store, _AS_OF)
    loans = [v for v in views if v.amount == Decimal("-7800.00")]
    assert [(v.kind, v.cadence, len(v.transaction_ids)) for v in loans] == [("bill", "monthly", 14)]
    (placed,) = [p for p in place(store, views, _AS_OF) if p.view.id == loans[0].id]
    assert (placed.group, placed.view.name, placed.view.annual_cost) == (
        "bills",
        "房贷",  # 房贷还款 at 招商银行, 个人住房贷款 at 建设银行: one name, whichever bank lent it
        Decimal("93600.00"),
    )


def test_references_glued_to_a_chinese_label_are_no_part_of_the_payee() -> None:
    lines = [
        "房贷还款 流水号2025010841939071",
        "房贷还款 流水号2025021027505051",
        "个人住房贷款还款-借据号HT20230415001",
        "个人住房贷款 贷款账号3101202312345678 第12期",
    ]
    assert [merchant_key(line) for line in lines] == ["房贷还款"] * 2 + [
        "个人住房贷款还款",
        "个人住房贷款",
    ]
    # a brand's own number is kept
    assert [merchant_key(t) for t in ("中国铁路12306", "58同城")] == ["中国铁路12306", "58同城"]
