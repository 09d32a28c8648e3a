"""An Alipay refund is money back: spending nets to what the user paid in the end.

``wallet_funding/alipay_refund_2024_04.csv`` is an April app export (GBK, its preamble, tab-
suffixed order numbers): Nike shoes for 699 with 100 refunded later (a ``不计收支`` ``退款成功``
row whose order number is the purchase's with a suffix), and a jacket for 399 refunded whole
(the purchase ``交易关闭``, its refund row beside it). ``cmb_credit_2024_04.csv`` is the card
they were paid with: the 699 and the 100 back. ``alipay_partial_refund_2024_04.csv`` is the
tester's file; ``alipay_web_2019.csv`` the web export of 2019, whose 羽绒服 row of 599 says
成功退款 100.00. ``alipay_closed_refund_2026_10.csv`` is a 羽绒服 of 499 ``交易关闭`` whose refund
row has order numbers of its own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.registry import read_statement_file
from finapp.services.import_undo import undo_imports
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.rules import rerun_rules
from finapp.services.transactions import list_transactions
from finapp.services.transfers import link_all_transfers
from finapp.store.engine import Store

HERE = Path(__file__).parent / "wallet_funding"
REFUNDS, CARD = HERE / "alipay_refund_2024_04.csv", HERE / "cmb_credit_2024_04.csv"


def _april(store: Store) -> tuple[Decimal, Decimal]:
    (total,) = month_report(store, date(2024, 4, 1)).totals
    return total.income, total.expenses


def test_a_partial_refund_is_a_line_of_money_back_from_the_same_merchant() -> None:
    (statement,) = read_statement_file(HERE / "alipay_partial_refund_2024_04.csv").statements
    lines = [(str(t.posted), t.amount, t.payee) for t in statement.transactions]
    assert sorted(lines) == [
        ("2024-04-08", Decimal("-200.00"), "某某旗舰店"),
        ("2024-04-12", Decimal("50.00"), "某某旗舰店"),
    ]


def test_a_whole_refund_of_a_closed_trade_counts_neither_way() -> None:
    parsed = read_statement_file(REFUNDS)
    (statement,) = parsed.statements
    assert sorted(t.amount for t in statement.transactions) == [
        Decimal("-699.00"),
        Decimal("100.00"),
    ]
    left_out = {s.line: str(s.reason) for s in parsed.skipped}
    assert "refund" in left_out[26] and "交易关闭" in left_out[28]


@pytest.mark.parametrize(
    "order", [(REFUNDS, CARD), (CARD, REFUNDS)], ids=["app first", "card first"]
)
def test_spending_nets_to_what_was_paid_in_the_end(store: Store, order) -> None:
    import_files(store, list(order))

    assert _april(store) == (Decimal("0.00"), Decimal("599.00"))
    refund = next(t for t in list_transactions(store) if t.payee == "得物" and t.amount > 0)
    assert refund.category == "Shopping:Clothing"  # where the shoes are, not income
    # the card's 699 and 100 back are the Alipay payment and refund they carried
    card = [t for t in list_transactions(store) if t.account.startswith("CMB")]
    assert len(card) == 2 and all(t.is_transfer for t in card)


def test_refunds_import_once_and_undo_with_their_import(store: Store) -> None:
    (first,) = import_files(store, [REFUNDS]).files
    again = import_files(store, [REFUNDS])
    assert (first.new, again.new) == (2, 0)

    undo_imports(store, [first.batch_id])

    assert list_transactions(store) == []


def test_the_web_export_nets_the_refund_its_purchase_row_states() -> None:
    (statement,) = read_statement_file(HERE / "alipay_web_2019.csv").statements
    coat = next(t for t in statement.transactions if "羽绒服" in t.memo)
    assert coat.amount == Decimal("-499.00")
    assert "成功退款: 100.00" in coat.memo


def test_a_refund_stays_with_its_purchase_when_the_rules_run_again(store: Store) -> None:
    import_files(store, [REFUNDS, CARD])

    rerun_rules(store)
    link_all_transfers(store)

    assert _april(store) == (Decimal("0.00"), Decimal("599.00"))


def test_a_refund_with_its_own_order_number_of_a_closed_trade_counts_neither_way(
    store: Store,
) -> None:
    # the export as the app writes it today: the refund row has an order number and a 商家订单号
    # of its own; its 交易对方, amount and goods (退款-羽绒服 男 轻型) name the closed purchase
    closed = HERE / "alipay_closed_refund_2026_10.csv"
    parsed = read_statement_file(closed)
    assert [t.payee for t in parsed.statements[0].transactions] == ["拼多多平台商户"]
    assert "refund" in {s.line: str(s.reason) for s in parsed.skipped}[26]

    import_files(store, [closed])

    # no +499 income under clothing: October has nothing to report, neither way
    assert month_report(store, date(2026, 10, 1)).totals == []
    assert [(t.payee, t.amount) for t in list_transactions(store)] == [
        ("拼多多平台商户", Decimal("-29.90"))
    ]
