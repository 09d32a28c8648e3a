"""What a stream is and whether its amount is a price, read from descriptors as banks print them:
phone companies are bills, a phone bill with data and roaming has no price rises while a plan's
one rise is kept, money to a person is paid out, and moves between one's own accounts stay
transfers."""

from __future__ import annotations

from datetime import date

import pytest

from finapp.core.cadence import month_date
from finapp.core.streams import PriceChange, price_changes, stream_kind
from finapp.core.subscription_states import StreamKind


def _months(count: int) -> list[date]:
    return [month_date(date(2025, 1, 22), i, 22) for i in range(count)]


@pytest.mark.parametrize(
    "text",
    [
        "ROGERS           BPY",
        "BELL CANADA (OB) BPY",
        "TELUS MOBILITY PREAUTHORIZED DEBIT",
        "FIDO MOBILE      BPY",
        "KOODO MOBILE PAC",
        "FREEDOM MOBILE   BPY",
        "VIRGIN PLUS      BPY",
        "VZWRLSS*APOCC VISE 800-922-0204 FL",
        "中国移动 话费充值",
        "中国联通 手机充值",
        "中国电信 宽带缴费",
    ],
)
def test_a_phone_company_is_a_bill(text: str) -> None:
    assert stream_kind([text] * 3, [-6500] * 3, [False] * 3) == StreamKind.BILL


def test_a_fast_food_chain_named_bell_is_no_phone_bill() -> None:
    text = "TACO BELL #031245 TORONTO ON"
    assert stream_kind([text] * 3, [-1249] * 3, [False] * 3) == StreamKind.SUBSCRIPTION


def test_a_phone_bill_with_roaming_months_has_no_price_changes() -> None:
    amounts = [-7232, -7943, -8814, -7232, -8814, -8814, -7232, -7232, -9560, -7232]
    assert price_changes(_months(10), amounts, StreamKind.BILL, ["ROGERS BPY"]) == ()


def test_a_phone_plan_that_went_up_once_keeps_its_rise() -> None:
    amounts = [-6500] * 6 + [-7000] * 3
    changes = price_changes(_months(9), amounts, StreamKind.BILL, ["BELL CANADA (OB) BPY"])
    assert changes == (PriceChange(date(2025, 7, 22), -6500, -7000),)


def test_a_drop_at_the_latest_charge_waits_for_the_next() -> None:
    amounts = [-1899] * 6 + [-1599]
    assert price_changes(_months(7), amounts, StreamKind.SUBSCRIPTION, ["NETFLIX.COM"]) == ()


def test_a_move_to_savings_that_grew_at_its_latest_charge_is_no_price_change() -> None:
    amounts = [-40000] * 6 + [-60000]
    texts = ["ONLINE TRANSFER TO SAV XXXXXX4410"]
    assert price_changes(_months(7), amounts, StreamKind.TRANSFER, texts) == ()


@pytest.mark.parametrize(
    "text",
    [
        "妈妈 转账备注:生活费 转账",
        "Zelle payment to MARIA LOPEZ Conf# h7k2m9",
        "SEND E-TFR ***Y4h",
    ],
)
def test_money_sent_to_a_person_is_paid_out(text: str) -> None:
    assert stream_kind([text] * 3, [-100000] * 3, [False] * 3) == StreamKind.BILL


@pytest.mark.parametrize(
    "text",
    [
        "招商银行(6021) 转账到银行卡",
        "余额宝 转账 余额宝-转入",
        "ONLINE TRANSFER TO SAV XXXXXX4410 REF #IB0ABC",
    ],
)
def test_a_move_between_ones_own_accounts_stays_a_transfer(text: str) -> None:
    assert stream_kind([text] * 3, [-50000] * 3, [False] * 3) == StreamKind.TRANSFER
