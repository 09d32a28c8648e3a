"""王芳 and 陈浩's fourteen months in Shenzhen (October 2025 to November 2026), imported from
the files their banks and apps give them (:mod:`tests.households.shenzhen_household`): what
finapp says of their months must be what happened, however the files come in.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.merchant import merchant_key
from finapp.services import subscriptions
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.payee_list import list_payees
from finapp.services.payee_names import TableNames
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.households.shenzhen_household import (
    MONTHS,
    Household,
    build,
    monthly_downloads,
    write_all,
    write_boc,
    write_truth,
)
from tests.households.truth_file import read_months


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    """The store after the family dropped the folder of every file at once (imported once a
    test run, each test given a copy)."""

    def fill(store: Store) -> None:
        files = write_all(store.data_dir.parent / "exports")
        result = import_files(store, [p for paths in files.values() for p in paths])
        assert all(f.error is None for f in result.files)

    return made_store("王芳 and 陈浩's fourteen months, every file at once", fill)


def _months(store: Store, months: list[tuple[int, int]]) -> dict[str, tuple[Decimal, Decimal]]:
    found = {}
    for y, m in months:
        (totals,) = month_report(store, date(y, m, 1), as_of=date(2026, 12, 6)).totals
        found[f"{y}-{m:02d}"] = (totals.income, totals.expenses)
    return found


def _spent(store: Store, account: str) -> list[TransactionView]:
    """The account's lines that count: neither a transfer nor money between the family."""
    return [t for t in list_transactions(store, account=account) if not t.is_transfer]


def test_every_months_income_and_spending_are_what_the_family_earned_and_spent(
    household: Store, tmp_path: Path
) -> None:
    """Each 美团 order was counted two or three times: on 美团's bill and on the WeChat Pay bill
    or BOC card that paid it (``钱袋宝支付-美团App…``), and once more when 美团月付 was repaid
    (美团's ``还款`` row, ``支出``, and the BOC line that paid it); each 京东 order paid by the
    交通银行 card was on the card's list too (``消费 京东商城平台商户``). August 2026 read
    12,200.55 spent where 11,370.75 was, November 2025 11,635.15 where 10,963.45 was."""
    truth = read_months(write_truth(tmp_path / "truth.tsv", build()))
    assert len(truth) == len(MONTHS)
    assert _months(household, MONTHS) == truth


def test_the_meituan_credit_repaid_is_no_spending(household: Store) -> None:
    """美团's bill writes the 美团月付 repayment ``还款 … 支出``; its orders are counted already,
    so the repayment and the BOC line that paid it (``北京钱袋宝支付技术有限公司``,
    ``美团月付还款``) are the family's own money moving, not a second 美团 meal."""
    meituan = _spent(household, "Meituan 美团")
    assert not [t for t in meituan if "主动还款" in t.payee]
    boc = list_transactions(household, account="BOC 中国银行 …5581")
    repaid = [t for t in boc if "美团月付还款" in t.memo]
    assert len(repaid) == len(MONTHS) - 1
    assert all(t.is_transfer for t in repaid)


def test_an_order_paid_through_another_app_or_a_card_counts_once(household: Store) -> None:
    """The 美团 order paid ``微信支付`` is also 王芳's WeChat Pay row ``美团``; the one paid by her
    BOC card is the card's ``钱袋宝支付-美团App美团外卖CHN``; the 京东 order on 陈浩's card is the
    card's ``消费 京东商城平台商户``, its part refunded the card's ``退货``. Each is spent once,
    as the app that sold it names it."""
    assert not [t for t in _spent(household, "WeChat Pay 微信支付 王芳") if t.payee == "美团"]
    boc_card = [
        t for t in list_transactions(household) if t.account.startswith("BOC 中国银行信用卡")
    ]
    meituan_paid = [t for t in boc_card if "钱袋宝" in t.payee]
    assert len(meituan_paid) == len(MONTHS) + 1  # an order a month and one refund
    assert all(t.is_transfer for t in meituan_paid)
    bocom_card = list_transactions(household, account="BOCOM 交通银行信用卡")
    jd_paid = [t for t in bocom_card if "京东商城" in t.payee]
    bike = [t.amount for t in jd_paid if t.date.month == 8 and t.date.year == 2026]
    assert Decimal("-899.00") in bike and Decimal("299.00") in bike
    returned_watch = {t.amount for t in jd_paid if t.date.month == 4 and t.date.year == 2026}
    assert {Decimal("-1498.00"), Decimal("1498.00")} <= returned_watch
    # the watch JD books 不计收支 both ways: its card lines are the purchase and its refund
    assert [t.is_transfer for t in jd_paid if abs(t.amount) == Decimal("1498.00")] == [False] * 2
    assert all(t.is_transfer for t in jd_paid if abs(t.amount) != Decimal("1498.00"))


def test_downloads_of_two_months_each_month_add_up_to_the_same_months(
    store: Store, tmp_path: Path
) -> None:
    """Each month the family downloads the last two months of every bank and app (overlapping
    the month before) and the card bills just out: nothing is counted twice, and the months
    are those the whole year's files give."""
    batches = monthly_downloads(tmp_path / "downloads")
    chosen = 5  # October to February: each overlap, the Spring Festival's 红包, a card bill
    for batch in batches[:chosen]:
        result = import_files(store, batch)
        assert all(f.error is None for f in result.files)
    truth = read_months(tmp_path / "downloads" / "truth.tsv")
    months = MONTHS[:chosen]
    assert _months(store, months) == {k: truth[k] for k in (f"{y}-{m:02d}" for y, m in months)}


def test_card_lines_now_paired_with_jd_and_meituan_are_keyed_as_before() -> None:
    """Pairing the 交通银行 card's ``消费 京东商城平台商户`` with 京东's rows, and 美团's lines
    with 美团's, must not key those lines anew (a rename, a learned rule or a decision on the
    merchant holds by its key): they are keyed as this key version always keyed them."""
    assert merchant_key("消费 京东商城平台商户") == "消费京东商城平台商户"
    assert merchant_key("退货 美团") == "退货美团"
    assert merchant_key("北京钱袋宝支付技术有限公司", "网上快捷支付 美团月付还款") == "钱袋宝支付"


def test_the_family_knows_its_payees_and_subscriptions_by_name(household: Store) -> None:
    """What the window lists is what the family calls it: Alipay's ``App Store & Apple Music``
    selling ``iCloud+ 50GB`` was "Apple Music"; the 交通银行 card's ``消费 中国石化销售股份
    有限公司…`` was "消费", the BOC card's ``华润万家深圳南山店CHN`` kept its country, and 广发's
    ``（还款）手机银行 转账还款-王芳`` was "手机银行"; 陈浩's 交通银行 card repaid from his
    农业银行 card (``转账 交通银行信用卡还款``) was "ABC 农业银行 card payment"; the 房贷 was
    "中国银行"."""
    found = {
        (v.name, v.cadence, v.amount)
        for v in subscriptions.list_subscriptions(household, date(2026, 12, 6))
    }
    assert ("iCloud", "monthly", Decimal("-6.00")) in found
    assert ("京东PLUS", "annual", Decimal("-198.00")) in found  # by its two Octobers
    assert ("美团外卖", "monthly", Decimal("-15.00")) in found  # the 会员 monthly card
    assert ("房贷", "monthly", Decimal("-8650.00")) in found
    assert not {name for name, _, _ in found} & {"Apple Music", "消费", "ABC 农业银行 card payment"}
    assert "交通银行 card payment" in {name for name, _, _ in found}  # repaid from 农业银行
    shown = {p.name for p in list_payees(household)}
    assert {"中国石化", "华润万家", "沃尔玛", "CGB 广发银行 card payment"} <= shown
    assert not [name for name in shown if name.endswith("CHN")]


def test_no_line_of_the_year_is_left_uncategorized(household: Store) -> None:
    """A 美团 外卖 order from a shop no rule knows (``隆江猪脚饭（科技园店） 订单详情``) and the
    农业银行's 0.00 ``利息税`` beside each quarter's interest were Uncategorized: 18 lines."""
    left = [
        (t.account, t.payee)
        for t in list_transactions(household)
        if not t.category and not t.is_transfer
    ]
    assert left == []
    pork = {t.category for t in list_transactions(household) if "隆江猪脚饭" in t.payee}
    assert pork == {"Food:Delivery"}


def test_two_bank_of_china_debit_cards_are_two_accounts(store: Store, tmp_path: Path) -> None:
    """陈浩's 中国银行 debit card (借记卡号 7012) beside 王芳's (5581): BOC's 交易流水明细单 names
    the card on every row, yet both files went into one account "BOC 中国银行", and a line of his
    like one of hers (the same 房贷 on the same day) was taken for hers and dropped."""
    theirs = build()
    his = Household(
        boc=[
            (when, [*cells[:-1], "7012"])
            for when, cells in theirs.boc
            if cells[4] in ("贷款还款", "代发工资")
        ]
    )
    files = [write_boc(tmp_path / "中国银行_5581.csv", theirs),
             write_boc(tmp_path / "中国银行_7012.csv", his)]  # fmt: skip

    result = import_files(store, files)

    assert [(a.account, a.new, a.duplicates) for f in result.files for a in f.accounts] == [
        ("BOC 中国银行", len(theirs.boc), 0),
        ("BOC 中国银行 …7012", len(his.boc), 0),
    ]
    names = {t.account for t in list_transactions(store)}
    assert names == {"BOC 中国银行 …5581", "BOC 中国银行 …7012"}


def test_each_card_and_wallet_of_the_family_is_an_account_named_apart(household: Store) -> None:
    """Two cards of 中国银行 and two of 交通银行, two WeChat Pay wallets: each an account, named
    so the family tells them apart (the debit card by its 借记卡号), in the words of their
    Chinese names: 王芳's card was "BOC 中国银行 Credit Card …2875" beside "BOCOM
    交通银行信用卡"."""
    assert {t.account for t in list_transactions(household)} == {
        "BOC 中国银行 …5581",
        "BOC 中国银行信用卡 …2875",
        "CGB 广发银行信用卡",
        "ABC 农业银行",
        "BOCOM 交通银行",
        "BOCOM 交通银行信用卡",
        "Alipay 支付宝",
        "JD 京东",
        "Meituan 美团",
        "WeChat Pay 微信支付 王芳",
        "WeChat Pay 微信支付 陈浩",
    }


def test_the_import_summary_lists_each_account_by_the_name_it_keeps(
    store: Store, tmp_path: Path
) -> None:
    """The folder's import summary sums its files by account; 王芳's debit card and WeChat
    Pay wallet, renamed during the import when her credit card and 陈浩's wallet came (``BOC
    中国银行 …5581``, ``WeChat Pay 微信支付 王芳``), were summed under the names they no longer
    had, which the window then lists nowhere."""
    files = write_all(tmp_path / "exports")
    hers_first = [*files["boc"], *files["boc_card"][:2], *files["wechat_wf"], *files["wechat_ch"]]
    result = import_files(store, hers_first)

    totals = {t.account: (t.files, t.new) for t in result.account_totals()}
    accounts = {t.account for t in list_transactions(store)}
    assert set(totals) == accounts
    assert totals["BOC 中国银行 …5581"] == (1, 108)
    assert totals["WeChat Pay 微信支付 王芳"] == (1, 30)


def test_the_summary_tells_orders_paid_through_another_app_apart_from_card_lines(
    store: Store, tmp_path: Path
) -> None:
    """王芳's 美团 orders paid 微信支付 are her WeChat Pay bill's 美团 rows, no bank's or card's
    lines; the summary said "43 bank or card line(s) are the 美团 payments they funded"."""
    files = write_all(tmp_path / "exports")

    result = import_files(store, [*files["boc_card"], *files["wechat_wf"], *files["mt"]])

    said = {n.code: n.params["count"] for f in result.files for n in f.notes if n.code in (
        "import.wallet_funded", "import.app_funded")}  # fmt: skip
    assert said == {"import.wallet_funded": str(len(MONTHS) + 1), "import.app_funded": "28"}


def test_every_jd_order_is_listed_as_jd(household: Store) -> None:
    """The table names the lines of one merchant, account and payee after the first of them:
    a name 京东's ``京东PLUS会员-年卡`` gave, read from its goods, named every 京东 order of the
    year 京东PLUS, the 奶粉 and the bike with it. The membership is 京东PLUS, a merchant of its
    own, and only it."""
    with household.read() as session:
        names = TableNames(session)
        jd = list_transactions(household, account="JD 京东")
        shown = {(names.name(t.merchant, t.account, t.payee, t.memo), t.memo) for t in jd}
    assert {name for name, _ in shown} == {"京东", "京东PLUS"}
    assert {memo for name, memo in shown if name == "京东PLUS"} == {"京东PLUS会员-年卡"}
