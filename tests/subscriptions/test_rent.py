"""Rent is a bill, in the Bills group, however the bank prints how it was paid.

A US tenant pays by Zelle ("ZELLE PAYMENT TO OAKWOOD PROPERT", cut at 32 characters, the memo
"RENT 2025-01 CONF# 1EC203E5"), which the shipped rules file under Person to Person; a Chinese
tenant pays by a bank 转账 to the landlord ("转账-房租 张伟"), which reads like a move between
one's own accounts. Neither is a subscription nor a transfer.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.subscription_groups import PlacedStream, place
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, checking_ofx


def _placed(store: Store, as_of: date) -> dict[str, PlacedStream]:
    return {p.view.name: p for p in place(store, subs.list_subscriptions(store, as_of), as_of)}


def test_rent_paid_by_zelle_is_a_bill(store, tmp_path: Path) -> None:
    entries = []
    for i in range(10):
        day = month_date(date(2025, 1, 1), i, 1)
        memo = f"RENT {day:%Y-%m} CONF# {0x1EC203E5 + 7919 * i:X}"
        entries.append(
            Entry(day, Decimal("-2150.00"), "ZELLE PAYMENT TO OAKWOOD PROPERT", memo=memo)
        )
        pay = month_date(date(2025, 1, 15), i, 15)
        entries.append(Entry(pay, Decimal("6500.00"), "GLOBEX CORP DIR DEP PPD ID: 1234567890"))
    ofx = tmp_path / "checking.ofx"
    ofx.write_text(checking_ofx(entries, "000123456789", Decimal("2843.27"), date(2025, 10, 15)))
    import_files(store, [ofx])

    (rent,) = [p for p in _placed(store, date(2025, 10, 15)).values() if p.view.amount < 0]
    assert (rent.view.kind, rent.group, rent.view.annual_cost) == (
        "bill",
        "bills",
        Decimal("25800.00"),
    )


def test_rent_paid_by_bank_transfer_to_the_landlord_is_a_bill(store, tmp_path: Path) -> None:
    rows = ["\ufeff记账日期,货币,交易金额,联机余额,交易摘要,对手信息"]
    balance = Decimal("51852.60")
    for i in range(10):
        pay = month_date(date(2025, 1, 10), i, 10)
        balance += Decimal("18500.00")
        rows.append(f"{pay:%Y%m%d},人民币,18500.00,{balance},代发工资,某某科技有限公司")
        day = month_date(date(2025, 1, 15), i, 15)
        balance -= Decimal("6800.00")
        rows.append(f"{day:%Y%m%d},人民币,-6800.00,{balance},快捷支付,转账-房租 张伟")
    csv = tmp_path / "CMB_2025.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_files(store, [csv])

    (rent,) = [p for p in _placed(store, date(2025, 10, 20)).values() if p.view.amount < 0]
    assert (rent.view.kind, rent.group, rent.view.annual_cost) == (
        "bill",
        "bills",
        Decimal("81600.00"),
    )
