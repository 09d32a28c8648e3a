"""A purchase paid through Alipay or WeChat Pay with a card counts once, with both files in.

The files in ``wallet_funding/`` are a household's March 2024, written as the apps and 招商银行
export them (GBK Alipay with its preamble and tab-suffixed order numbers, WeChat Pay's UTF-8
CSV with ``¥`` amounts, the CMB credit card's 交易日/记账日 CSV, the CMB debit card's app
export): each card purchase made in a wallet is on the card's statement too, as
``支付宝-爱奇艺`` or ``财付通-中国石化``, a day later. Two 滴滴 rides of 23.40 on one evening
are two purchases, on the card twice.

What the user reads for March, counted by hand from the files:

* spending 2,749.62: 肯德基 45.50, 拼多多 59.90 (花呗), 王五 500, two rides 46.80, 电费 328.50,
  爱奇艺 25, 美团 35.80, 李四 500, 家人群 20, 中国石化 1,020, Amazon 68.12 and the ATM's 100;
  京东到家's 120 and its refund of 120 (money back lowers spending, it is no income) come to
  nothing;
* income 20,705.54: the two salaries, 王阿姨's 50 and the red packets received (88.88 and
  66.66: income, not less gift spending);
* 花呗还款 1,200 and 零钱提现 999 on the debit card are neither.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.wallet_funding import Line, Source, choose_funding, paying_source
from finapp.services.import_undo import undo_imports
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.rules import rerun_rules
from finapp.services.transactions import list_transactions
from finapp.services.transfers import link_all_transfers
from finapp.store.engine import Store

HERE = Path(__file__).parent / "wallet_funding"
ALIPAY, WECHAT = HERE / "alipay_2024_03.csv", HERE / "wechat_2024_03.csv"
CARD, DEBIT = HERE / "cmb_credit_2024_03.csv", HERE / "cmb_debit_2024_03.csv"


def _march(store: Store) -> tuple[Decimal, Decimal, dict[str, Decimal]]:
    """Income, spending and spending by category of March, as ``finapp report`` shows them."""
    report = month_report(store, date(2024, 3, 1))
    (total,) = report.totals
    return total.income, total.expenses, {c.category: c.amount for c in report.categories}


@pytest.mark.parametrize(
    "order",
    [(ALIPAY, WECHAT, CARD, DEBIT), (DEBIT, CARD, WECHAT, ALIPAY)],
    ids=["wallets first", "banks first"],
)
def test_each_purchase_counts_once_whichever_file_comes_first(store: Store, order) -> None:
    result = import_files(store, list(order))
    assert all(f.error is None for f in result.files)

    income, spent, by_category = _march(store)
    assert (income, spent) == (Decimal("20705.54"), Decimal("2750.62"))
    assert by_category["Fees:Bank Fees"] == Decimal("1.00")  # the withdrawal's 服务费
    assert by_category["Transport:Fuel"] == Decimal("1020.00")  # one fill-up, not 2,040
    assert by_category["Entertainment:Streaming"] == Decimal("25.00")
    assert by_category["Transport:Rides & Taxis"] == Decimal("46.80")  # two rides, each once

    lines = list_transactions(store)
    funding = [t for t in lines if t.is_transfer and t.payee.startswith(("支付宝", "财付通"))]
    # the five card and two debit lines that paid wallet purchases, and the two own moves
    assert len(funding) == 9
    assert {t.payee for t in funding if t.amount in (Decimal("-1200.00"), Decimal("999.00"))} == {
        "支付宝-花呗还款",
        "财付通-微信零钱提现",
    }
    # the wallet rows keep the spending, with their merchants
    assert not any(t.is_transfer for t in lines if t.account.startswith(("Alipay", "WeChat")))

    notes = [n for f in result.files for n in f.notes]
    funded = {n.params["wallet"]: 0 for n in notes if n.code == "import.wallet_funded"}
    for note in notes:
        if note.code == "import.wallet_funded":
            funded[note.params["wallet"]] += int(note.params["count"])
    assert funded == {"Alipay 支付宝": 5, "WeChat Pay 微信支付": 2}
    assert [n.params["count"] for n in notes if n.code == "import.wallet_moves"] == ["2"]


def test_importing_again_adds_nothing_and_pairs_nothing_twice(store: Store) -> None:
    files = [ALIPAY, WECHAT, CARD, DEBIT]
    import_files(store, files)
    before = _march(store), [(t.id, t.is_transfer) for t in list_transactions(store)]

    again = import_files(store, files)

    assert again.new == 0 and not any(f.notes for f in again.files)
    assert (_march(store), [(t.id, t.is_transfer) for t in list_transactions(store)]) == before


def test_undoing_the_wallet_import_counts_the_card_lines_again(store: Store) -> None:
    import_files(store, [CARD])
    alone = _march(store)
    assert alone[1] == Decimal("1195.72")
    (alipay,) = import_files(store, [ALIPAY]).files
    # the card's 爱奇艺 and two rides (71.80) are now the Alipay payments; Alipay's spending
    # (1,005.70; the red packet of 88.88 received is income) is added
    assert _march(store)[1] == Decimal("2129.62")

    undo_imports(store, [alipay.batch_id])

    assert _march(store) == alone
    assert not any(t.is_transfer for t in list_transactions(store))


def test_undoing_the_card_import_leaves_the_wallet_as_it_was(store: Store) -> None:
    import_files(store, [ALIPAY])
    alone = _march(store)
    (card,) = import_files(store, [CARD]).files

    undo_imports(store, [card.batch_id])

    assert _march(store) == alone
    assert len(list_transactions(store)) == 9


def test_running_the_rules_again_keeps_each_purchase_once(store: Store) -> None:
    import_files(store, [ALIPAY, WECHAT, CARD, DEBIT])
    before = _march(store)

    rerun_rules(store)
    assert link_all_transfers(store) == 0  # every pair was made at import

    assert _march(store) == before


def test_two_equal_purchases_and_one_card_line_make_one_pair() -> None:
    day = date(2024, 3, 22)
    rides = [Line(1, 10, day, -2340, "CNY"), Line(2, 10, day, -2340, "CNY")]
    card = Line(3, 20, date(2024, 3, 23), -2340, "CNY")

    assert choose_funding([(rides[1], card), (rides[0], card)]) == [(1, 3)]


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("收/付款方式: 招商银行信用卡(5678)", Source("招商银行", "5678", True)),
        ("支付方式: 招商银行储蓄卡（1234）", Source("招商银行", "1234", False)),
        ("支付方式: 工商银行(8888)", Source("工商银行", "8888", None)),
        ("收/付款方式: 花呗", None),
        ("支付方式: 零钱", None),
        ("收/付款方式: 余额宝", None),
    ],
)
def test_a_paying_source_names_a_bank_account_or_none(source: str, named: Source | None) -> None:
    assert paying_source(source) == named
