"""Money back lowers spending where it was spent: a refund is not income."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.month_report import month_report
from tests.categorize.statements import by_payee, load


def test_refunds_are_filed_with_their_merchants_purchases_and_are_not_income(store, tmp_path):
    load(
        store,
        tmp_path,
        "4111000011112222",
        [
            (date(2026, 3, 7), "-58.12", "AMZN Mktp US*2K4LP03"),
            (date(2026, 3, 10), "35.00", "AMZN Mktp US REFUND*2K4LP0"),
            (date(2026, 3, 12), "12.99", "BOBS BIKE REPAIR REFUND"),
        ],
        kind="CREDITCARD",
    )
    load(
        store,
        tmp_path,
        "000123456789",
        [
            (date(2026, 3, 1), "5200.00", "ACME CORP PAYROLL DIRECT DEP"),
            (date(2026, 3, 14), "-120.00", "STATE FARM INSURANCE 0034"),
            (date(2026, 3, 20), "120.00", "STATE FARM INSURANCE REFUND"),
        ],
    )
    lines = by_payee(store)
    assert lines["AMZN Mktp US REFUND*2K4LP0"].category == "Shopping:Online"
    assert lines["STATE FARM INSURANCE REFUND"].category == "Insurance"
    # no rule knows the shop: money back all the same, filed apart from income
    assert lines["BOBS BIKE REPAIR REFUND"].category == "Refunds"
    (total,) = month_report(store, date(2026, 3, 1)).totals
    assert total.income == Decimal("5200.00")
    assert total.expenses == Decimal("10.13")  # 58.12 + 120 spent, 35 + 120 + 12.99 back
