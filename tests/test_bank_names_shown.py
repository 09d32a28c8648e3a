"""A bank a Chinese reader knows by a Chinese name is shown by it in the Chinese interface
(支付宝 beside the account 支付宝 · 花呗, not "Alipay"); the stored name stays as the file gave it,
and English shows it as stored, a bilingual name by its English half ("Alipay 支付宝": Alipay)."""

from __future__ import annotations

import pytest

from finapp.core.bank_names import shown_account, shown_bank


@pytest.mark.parametrize(
    ("stored", "chinese", "english"),
    [
        ("Alipay", "支付宝", "Alipay"),  # the demo's and an Alipay CSV's name
        ("Alipay 支付宝", "支付宝", "Alipay"),  # a Chinese profile's bilingual name: one language
        ("ABC 农业银行", "农业银行", "ABC"),
        ("WeChat Pay 微信支付", "微信支付", "WeChat Pay"),
        ("HSBC", "汇丰银行", "HSBC"),
        ("Chase", "Chase", "Chase"),  # no Chinese name people use: as stored
        ("招商银行", "招商银行", "招商银行"),
    ],
)
def test_a_bank_reads_as_a_chinese_reader_knows_it(stored: str, chinese: str, english: str) -> None:
    assert shown_bank(stored, "zh_CN") == chinese
    assert shown_bank(stored, "en") == english


@pytest.mark.parametrize(
    ("stored", "english", "chinese"),
    [
        ("WeChat Pay 微信支付", "WeChat Pay", "微信支付"),  # as the importer names the account
        ("Alipay 支付宝 …1234", "Alipay …1234", "支付宝 …1234"),  # told apart: the rest kept
        ("Alipay 支付宝 余额", "Alipay 支付宝 余额", "支付宝 余额"),  # no English for the rest
        # a bank's card, named in Chinese after its bank: one language in Chinese, whole in English
        ("CMB 招商银行信用卡 …1234", "CMB 招商银行信用卡 …1234", "招商银行信用卡 …1234"),
        ("BOC 中国银行信用卡 …2875", "BOC 中国银行信用卡 …2875", "中国银行信用卡 …2875"),
        ("ABC 农业银行活期账户", "ABC 农业银行活期账户", "农业银行活期账户"),
        ("WeChat 零钱", "WeChat 零钱", "WeChat 零钱"),  # the user's own: no app's pair
        ("Travel 招商银行", "Travel 招商银行", "Travel 招商银行"),
        ("Everyday Checking", "Everyday Checking", "Everyday Checking"),
    ],
)
def test_an_account_named_by_its_app_in_both_languages_reads_in_one(
    stored: str, english: str, chinese: str
) -> None:
    assert shown_account(stored, "en") == english
    assert shown_account(stored, "zh_CN") == chinese
