"""A bank a Chinese reader knows by a Chinese name is shown by it in the Chinese interface
(支付宝 beside the account 支付宝 · 花呗, not "Alipay"); the stored name stays as the file gave it,
and English shows it as stored."""

from __future__ import annotations

import pytest

from finapp.core.bank_names import shown_bank


@pytest.mark.parametrize(
    ("stored", "chinese"),
    [
        ("Alipay", "支付宝"),  # the demo's and an Alipay CSV's name
        ("Alipay 支付宝", "支付宝"),  # a Chinese profile's bilingual name
        ("ABC 农业银行", "农业银行"),
        ("WeChat Pay 微信支付", "微信支付"),
        ("HSBC", "汇丰银行"),
        ("Chase", "Chase"),  # no Chinese name people use: as stored
        ("招商银行", "招商银行"),
    ],
)
def test_a_bank_reads_as_a_chinese_reader_knows_it(stored: str, chinese: str) -> None:
    assert shown_bank(stored, "zh_CN") == chinese
    assert shown_bank(stored, "en") == stored
