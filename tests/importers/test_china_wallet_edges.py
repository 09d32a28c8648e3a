"""Chinese exports as their banks and apps write them, where a purchase, a refund or a transfer
sent back used to count twice, or not at all.

The files in ``china_wallet_edges/`` are one household's first quarter of 2026 (and of 2020 for
Alipay's web export): Alipay's app export paid with a 交通银行 or a 招商银行 credit card, those
cards' statements (交通银行 prints ``消费 支付宝-Apple Store`` and ``退货 支付宝-…``, 招商银行
``退款-支付宝-…`` for money back), JD's export (``286.40(已全额退款)``, a purchase refunded whole,
booked 不计收支 beside its refund row), WeChat Pay's (a transfer the friend sent back,
``对方已退还``, and its ``转账-退款``), Alipay's web export of 2020 downloaded with and without
its 收/支 column, and 中国银行's online-banking 交易流水, whose other party on every wallet
payment is ``支付宝（中国）网络技术有限公司`` and whose 附言 names the merchant.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.payee_list import list_payees
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import another_store

HERE = Path(__file__).parent / "china_wallet_edges"


def _spending(store: Store, month: date) -> tuple[Decimal, Decimal, dict[str, Decimal]]:
    """Income, spending and spending by category of ``month``, as ``finapp report`` shows."""
    report = month_report(store, month)
    (total,) = report.totals
    return total.income, total.expenses, {c.category: c.amount for c in report.categories}


@pytest.mark.parametrize(
    ("wallet", "card"),
    [
        ("alipay_2026q1_bocom.csv", "bocom_credit_2026q1.csv"),
        ("alipay_2026q1_cmb.csv", "cmb_credit_2026q1.csv"),
    ],
    ids=["交通银行 消费/退货", "招商银行 退款-支付宝"],
)
def test_a_card_purchase_made_in_alipay_counts_once(store: Store, wallet: str, card: str) -> None:
    import_files(store, [HERE / card])
    january_card_alone = _spending(store, date(2026, 1, 1))[2]
    assert january_card_alone["Shopping:Electronics"] == Decimal("6999.00")

    result = import_files(store, [HERE / wallet])

    assert all(f.error is None for f in result.files)
    _income, _spent, january = _spending(store, date(2026, 1, 1))
    assert january["Shopping:Electronics"] == Decimal("6999.00")  # the iPhone once, not twice
    assert january["Entertainment:Streaming"] == Decimal("25.00")
    # February's jacket, bought and returned: nothing spent, not 199 given back twice
    assert _spending(store, date(2026, 2, 1))[2].get("Shopping:Clothing", Decimal(0)) == 0
    card_lines = [t for t in list_transactions(store) if not t.account.startswith("Alipay")]
    wallet_paid = [t for t in card_lines if "支付宝" in t.payee]
    assert len(wallet_paid) == 8 and all(t.is_transfer for t in wallet_paid)
    # one 爱奇艺 subscription, the Alipay payments', not a second one of the card's lines
    iqiyi = [v for v in subs.list_subscriptions(store) if v.name == "爱奇艺"]
    assert [v.kind for v in iqiyi] == ["subscription"]
    # and the payee list says what went to Apple once
    (apple,) = [p for p in list_payees(store) if p.name == "Apple"]
    assert [(t.spent, t.received) for t in apple.totals] == [(Decimal("-6999.00"), 0)]


def test_a_jd_purchase_refunded_whole_and_its_refund_both_count_nothing(store: Store) -> None:
    result = import_files(store, [HERE / "jd_2026_02-03.csv"])

    assert result.files[0].error is None
    lines = list_transactions(store)
    # the rice cooker: 286.40 paid, 286.40 refunded, JD books both 不计收支: neither is a line
    assert not [t for t in lines if "电饭煲" in t.memo]
    # the trainers, 269.00 with 169.00 refunded: the purchase and its refund both count
    trainers = sorted(t.amount for t in lines if "耐克" in t.memo)
    assert trainers == [Decimal("-269.00"), Decimal("169.00")]
    # and the purchase says what came back of it, as JD wrote it after the amount
    (bought,) = [t for t in lines if "耐克" in t.memo and t.amount < 0]
    assert bought.memo.endswith("(已退款: 169.00)")
    income, _spent, _by = _spending(store, date(2026, 3, 1))
    assert income == 0


def _wechat_with_returned_transfer(folder: Path, *, goods: str, refund_party: str) -> Path:
    """The quarter's WeChat Pay export with its transfer sent back written with ``goods`` in
    商品 and ``refund_party`` as the 转账-退款's 交易对方 (WeChat writes both ways)."""
    text = (HERE / "wechat_2026q1.csv").read_text("utf-8-sig")
    transfer = "2026-03-18 21:40:00,转账,张伟,/,支出,¥300.00,零钱,对方已退还"
    refund = "2026-03-18 21:40:00,转账-退款,张伟,/,收入,¥300.00,零钱,已全额退款"
    assert transfer in text and refund in text
    text = text.replace(transfer, transfer.replace("张伟,/", f"张伟,{goods}"))
    text = text.replace(refund, refund.replace("张伟,/", f"{refund_party},{goods}"))
    path = folder / "微信支付账单(20260101-20260331).csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


@pytest.mark.parametrize(
    ("goods", "refund_party"),
    [("/", "张伟"), ("转账备注:微信转账", "/")],
    ids=["no goods, the friend named", "a note, nobody named"],
)
def test_a_wechat_transfer_sent_back_is_no_income(
    store: Store, tmp_path: Path, goods: str, refund_party: str
) -> None:
    export = _wechat_with_returned_transfer(tmp_path, goods=goods, refund_party=refund_party)

    (file,) = import_files(store, [export]).files

    assert file.error is None
    assert not [t for t in list_transactions(store) if t.amount == Decimal("300.00")]
    left_out = {s.line: s.reason for s in file.skipped}
    assert "对方已退还" in left_out[22]  # the transfer
    assert "refund of a trade the export leaves out" in left_out[23]  # and its refund
    # the red packet returned unclaimed still lowers what was given, as before
    assert [t.amount for t in list_transactions(store) if "微信红包-退款" in t.memo] == [
        Decimal("520.00")
    ]


def test_alipays_web_export_without_its_direction_column_reads_as_with_it(
    store: Store, tmp_path: Path
) -> None:
    (with_column,) = import_files(store, [HERE / "alipay_web_2020q1.csv"]).files
    expected = [(t.date, t.amount, t.payee, t.memo, t.category) for t in list_transactions(store)]

    other = another_store(tmp_path / "other")
    try:
        (without,) = import_files(other, [HERE / "alipay_web_2020q1_no_direction.csv"]).files
        read = [(t.date, t.amount, t.payee, t.memo, t.category) for t in list_transactions(other)]
    finally:
        other.close()

    assert without.error is None and without.new == with_column.new == 10
    assert read == expected
    assert {s.line for s in without.skipped} == {9, 10}  # the closed trade and 花呗's 资金转移


def test_the_users_note_on_an_alipay_transfer_files_the_rent(store: Store) -> None:
    import_files(store, [HERE / "alipay_2026q1_cmb.csv"])

    rent = [t for t in list_transactions(store) if t.payee == "李建国"]
    assert len(rent) == 4 and all("房租" in t.memo for t in rent)  # 备注: "3月房租"
    assert {t.category for t in rent} == {"Housing:Rent"}
    (landlord,) = [v for v in subs.list_subscriptions(store) if v.name == "李建国"]
    assert landlord.kind == "bill"


def test_a_debit_card_paying_through_alipay_names_each_merchant(store: Store) -> None:
    import_files(store, [HERE / "boc_debit_2026q1.csv"])

    found = {(v.name, v.amount) for v in subs.list_subscriptions(store)}
    assert {("李建国", Decimal("-3500.00")), ("爱奇艺", Decimal("-25.00"))} <= found
    keys = {t.memo.split()[-1]: t.merchant for t in list_transactions(store) if t.amount < 0}
    assert len(set(keys.values())) == len(keys)  # each merchant its own, none "支付宝"
    assert not [name for name, _ in found if name == "支付宝"]
