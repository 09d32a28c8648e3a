"""A WeChat Pay refund is money back on its purchase, as an Alipay refund is: filed where the
purchase is, so that purchase's category counts what was paid in the end, and a purchase
refunded whole counts neither as spending nor its refund as income.

The shop here sells several services under one name (美团平台商户: bike passes, meals), so
its refund row, which names no goods, is no help to the rules: only its purchase says where it
belongs. ``wallet_refunds/wechat_2024_04.csv`` is an April bill as the app exports it (UTF-8
with BOM, its preamble, tab-suffixed order numbers): a 30-day bike pass refunded whole
(``已全额退款``, its ``美团平台商户-退款`` row beside it), a meal, and a 90-day pass for ¥60.00
of which ¥20.00 came back (``已退款(￥20.00)``) in May: ``wechat_2024_05.csv`` holds that
refund, imported a month after its purchase.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HERE = Path(__file__).parent / "wallet_refunds"
APRIL, MAY = HERE / "wechat_2024_04.csv", HERE / "wechat_2024_05.csv"


def _spent(store: Store, month: date) -> dict[str, Decimal]:
    return {c.category: c.amount for c in month_report(store, month).categories}


def test_the_purchase_keeps_what_its_status_says_came_back() -> None:
    (statement,) = read_statement_file(APRIL).statements
    memos = {t.amount: t.memo for t in statement.transactions if t.amount < 0}
    assert memos[Decimal("-25.00")].endswith("(已全额退款)")
    assert memos[Decimal("-60.00")].endswith("(已退款: 20.00)")
    assert "退款" not in memos[Decimal("-45.90")]


def test_a_purchase_refunded_whole_counts_neither_way(store: Store) -> None:
    import_files(store, [APRIL])

    (total,) = month_report(store, date(2024, 4, 1)).totals
    assert (total.income, total.expenses) == (Decimal("0.00"), Decimal("105.90"))
    assert _spent(store, date(2024, 4, 1)) == {
        "Transport": Decimal("60.00"),  # the 90-day pass; the 30-day one came back whole
        "Food:Dining": Decimal("45.90"),
    }


def test_a_refund_a_month_later_is_filed_with_its_purchase(store: Store) -> None:
    import_files(store, [APRIL])
    import_files(store, [MAY])

    (refund,) = [t for t in list_transactions(store) if t.amount == Decimal("20.00")]
    assert refund.category == "Transport"  # the pass's, not the meal's nor the shop's
    # May bought no transport: what came back is no spending below nothing, but money in
    # (April's pass still counts what was paid in the end, 60.00 less 20.00, over the two)
    assert _spent(store, date(2024, 5, 1)) == {}
    (total,) = month_report(store, date(2024, 5, 1)).totals
    assert (total.income, total.expenses) == (Decimal("20.00"), Decimal("0.00"))
