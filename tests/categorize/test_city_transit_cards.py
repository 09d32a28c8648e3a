"""A city's own transit card keeps the city in its name: 深圳通, 北京一卡通, 杭州市民卡 and
上海公共交通卡 are what a household tops up to ride the metro and the bus. A city prefix is
otherwise taken off a registered company's name ("北京爱奇艺科技有限公司" is 爱奇艺), which left
these as "通充值", "一卡通", "民卡" and "公共交通卡", and the rules filed only the last under
transit. 杭州市民卡 pays the doctor as well as the bus, so no rule files it; 招商银行 calls its
own debit card 一卡通, so only a city's 一卡通 is transit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.payee_list import list_payees
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.cmb_statements import cmb_debit


def test_a_citys_transit_card_is_named_and_filed_as_transit(store: Store, tmp_path: Path) -> None:
    statement = cmb_debit(
        tmp_path,
        [
            (date(2026, 10, 3), "-100.00", "快捷支付", "财付通-深圳通充值"),
            (date(2026, 10, 8), "-50.00", "快捷支付", "支付宝-北京一卡通"),
            (date(2026, 10, 15), "-200.00", "快捷支付", "支付宝-杭州市民卡"),
            (date(2026, 10, 22), "-100.00", "快捷支付", "支付宝-上海公共交通卡"),
            (date(2026, 10, 29), "-80.00", "快捷支付", "财付通-羊城通"),
            (date(2026, 10, 30), "-5000.00", "转账", "转出至一卡通 6214****5566"),
        ],
    )
    assert import_files(store, [statement]).new == 6
    transit = {
        t.statement_text or t.payee
        for t in list_transactions(store)
        if t.category == "Transport:Public Transit"
    }
    assert transit == {
        "财付通-深圳通充值",
        "支付宝-北京一卡通",
        "支付宝-上海公共交通卡",
        "财付通-羊城通",
    }
    names = {p.name for p in list_payees(store)}
    assert {"深圳通", "北京一卡通", "杭州市民卡", "上海交通卡", "羊城通"} <= names
