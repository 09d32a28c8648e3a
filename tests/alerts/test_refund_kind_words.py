"""A purchase and its refund are one merchant whatever word the bank prints for how the money
moved: ICBC's ``消费``/``退款``, CMB's and 交通银行's ``消费``/``退货``, a US card's ``RETURN``.
Their merchant keys differ by that word and stay as they are (a rename or a rule holds by its
key); a refund in full still gives the purchase back (:mod:`finapp.core.refunds`).
"""

from __future__ import annotations

from datetime import date

import pytest

from finapp.core.alert_model import Charge, Credit
from finapp.core.merchant import merchant_key
from finapp.core.refunds import refunded_in_full


def _charge(n: int, day: date, amount: int, payee: str) -> Charge:
    return Charge(n, 1, day, -amount, "CNY", merchant_key(payee), payee)


def _credit(n: int, day: date, amount: int, payee: str) -> Credit:
    return Credit(n, day, amount, "CNY", merchant_key(payee))


@pytest.mark.parametrize(
    ("bought", "given_back"),
    [
        ("消费 京东商城平台商户", "退货 京东商城平台商户"),  # 交通银行信用卡
        ("消费 苏宁易购", "退款 苏宁易购"),  # ICBC
        ("消费 支付宝-优衣库", "退货 支付宝-优衣库"),  # CMB, paid through Alipay
        ("AMAZON.COM*2K4LM09Q1", "RETURN AMAZON.COM"),
        ("BEST BUY 00012", "BEST BUY 00012 RETURN"),
    ],
)
def test_a_purchase_given_back_under_the_banks_other_word(bought: str, given_back: str) -> None:
    bought_on, returned_on = date(2026, 4, 2), date(2026, 4, 9)
    charges = [_charge(1, bought_on, 149800, bought), _charge(2, date(2026, 4, 5), 5980, bought)]
    refunded = refunded_in_full(charges, [_credit(3, returned_on, 149800, given_back)])
    assert refunded == {1: returned_on}


def test_a_refund_from_another_shop_gives_nothing_back() -> None:
    charges = [_charge(1, date(2026, 4, 2), 149800, "消费 京东商城平台商户")]
    credits = [_credit(2, date(2026, 4, 9), 149800, "退货 苏宁易购")]
    assert refunded_in_full(charges, credits) == {}
