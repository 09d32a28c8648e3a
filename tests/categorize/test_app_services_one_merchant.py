"""What the window shows under one name is one merchant for learning, whichever app paid it.

Alipay prints a 美团 meal with the service as 交易对方 ("美团外卖"); WeChat Pay prints the company
("美团") with the service in 商品 ("美团外卖订单-一点点"), and its bike rides the same way
("美团单车骑行卡"). The window shows 美团外卖 for the meals of both and 美团单车 for the rides of
both: a correction made on one app's line reaches the other's, now and in the next export, and a
correction of the meals never reaches the rides. A refund linked to its order follows the order
when the user refiles it, and a red envelope received is income in either app.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from finapp.services import subscriptions as subs
from finapp.services.categorize import set_category
from finapp.services.edit_history import undo
from finapp.services.imports import import_files
from finapp.services.payee_names import TableNames
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction
from tests.categorize.shanghai_exports import alipay, cmb_debit, wechat

MEALS, RIDES = "美团外卖", "美团单车"


def _exports(folder: Path) -> list[Path]:
    """September to November of both apps."""
    ali = alipay(
        folder,
        "20260901-20261130",
        [
            ("2026-11-29 08:33:47", "交通出行", "美团单车", "美团单车骑行", "支出", "1.50",
             "20261129220077594991404777639783"),
            ("2026-11-28 19:30:23", "餐饮美食", "美团外卖", "美团外卖订单-老乡鸡", "支出", "62.18",
             "20261128220096335161338062059926"),
            ("2026-11-20 19:07:35", "餐饮美食", "美团外卖", "美团外卖订单-杨国福麻辣烫", "支出",
             "33.59", "20261120220077166051570229996667"),
            ("2026-10-24 12:11:02", "餐饮美食", "美团外卖", "美团外卖订单-老乡鸡", "支出", "47.51",
             "20261024220012345678901234567890"),
            ("2026-10-10 08:55:13", "交通出行", "美团单车", "美团单车骑行", "支出", "1.50",
             "20261010220004542017799450076259"),
            ("2026-10-01 10:00:00", "转账红包", "王芳", "收到的红包-国庆快乐", "收入", "88.00",
             "20261001220020308143298831635027"),
        ],
    )  # fmt: skip
    we = wechat(
        folder,
        "20260901-20261130",
        [
            ("2026-11-29 12:23:07", "商户消费", "美团", "美团外卖订单-一点点", "支出", "28.80",
             "支付成功", "4200287516431435490080976410"),
            ("2026-11-20 12:40:00", "美团平台商户-退款", "美团", "/", "收入", "42.00",
             "已全额到账", "4200619973516144964414582689"),
            ("2026-11-20 12:05:00", "商户消费", "美团", "美团外卖订单-和府捞面", "支出", "42.00",
             "已全额退款", "4200228832681609000640496478"),
            ("2026-11-18 09:18:48", "商户消费", "美团", "美团单车骑行卡", "支出", "2.50",
             "支付成功", "4200137823407197925341957472"),
            ("2026-10-18 08:41:10", "商户消费", "美团", "美团单车骑行卡", "支出", "2.50",
             "支付成功", "4200137823407197925341957000"),
            ("2026-10-01 20:09:00", "微信红包", "刘强", "/", "收入", "66.60",
             "已存入零钱", "4200760334359665875677907218"),
            ("2026-09-06 12:30:00", "商户消费", "美团", "美团外卖订单-麦当劳", "支出", "49.89",
             "支付成功", "4200440891526208347777476190"),
        ],
    )  # fmt: skip
    return [ali, we]


def _december(folder: Path) -> Path:
    return alipay(
        folder,
        "20261201-20261202",
        [
            ("2026-12-02 12:18:40", "餐饮美食", "美团外卖", "美团外卖订单-老乡鸡", "支出", "38.00",
             "20261202220011122233344455566677"),
        ],
    )  # fmt: skip


def _shown(store: Store) -> dict[int, str]:
    """Each line's name as the window's table shows it."""
    with store.read() as session:
        names = TableNames(session)
        rows = session.execute(
            select(
                Transaction.id, Transaction.merchant, Account.name, Transaction.payee,
                Transaction.memo,
            ).join(Account)
        ).all()  # fmt: skip
        return {line: names.name(m, account, payee, memo) for line, m, account, payee, memo in rows}


def _lines(store: Store) -> list[TransactionView]:
    return list_transactions(store)


def _named(store: Store, name: str) -> list[TransactionView]:
    """The purchases the window shows under ``name`` (the refund row aside)."""
    shown = _shown(store)
    return [t for t in _lines(store) if shown[t.id] == name and t.amount < 0]


def _wechat_meal(store: Store, amount: str) -> TransactionView:
    (line,) = [
        t
        for t in _named(store, MEALS)
        if t.account.startswith("WeChat") and t.amount == Decimal(amount)
    ]
    return line


def test_meals_and_rides_show_one_name_each_in_both_apps(store: Store, tmp_path: Path) -> None:
    import_files(store, _exports(tmp_path))

    meals, rides = _named(store, MEALS), _named(store, RIDES)
    assert sorted(str(-t.amount) for t in meals) == [
        "28.80", "33.59", "42.00", "47.51", "49.89", "62.18",
    ]  # fmt: skip
    assert sorted(str(-t.amount) for t in rides) == ["1.50", "1.50", "2.50", "2.50"]
    assert {t.account.split()[0] for t in meals} == {"Alipay", "WeChat"}
    assert {t.account.split()[0] for t in rides} == {"Alipay", "WeChat"}


def test_a_correction_of_a_wechat_meal_files_the_alipay_meals_and_the_next_export(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, _exports(tmp_path))
    rides_before = {t.id: t.category for t in _named(store, RIDES)}

    set_category(store, _wechat_meal(store, "-28.80").id, "餐饮")

    assert {t.category for t in _named(store, MEALS)} == {"餐饮"}
    assert {t.id: t.category for t in _named(store, RIDES)} == rides_before
    assert "餐饮" not in rides_before.values()

    import_files(store, [_december(tmp_path)])
    (new,) = [t for t in _named(store, MEALS) if t.amount == Decimal("-38.00")]
    assert new.category == "餐饮"


def test_a_correction_of_an_alipay_ride_files_the_wechat_rides_and_no_meal(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, _exports(tmp_path))
    meals_before = {t.id: t.category for t in _named(store, MEALS)}
    (ride, *_) = [t for t in _named(store, RIDES) if t.account.startswith("Alipay")]

    set_category(store, ride.id, "交通:共享单车")

    assert {t.category for t in _named(store, RIDES)} == {"交通:共享单车"}
    assert {t.id: t.category for t in _named(store, MEALS)} == meals_before


def test_a_refund_follows_its_order_when_the_order_is_refiled(store: Store, tmp_path: Path) -> None:
    import_files(store, _exports(tmp_path))
    (refund,) = [t for t in _lines(store) if t.amount == Decimal("42.00")]
    order = _wechat_meal(store, "-42.00")
    assert refund.category == order.category == "Food:Delivery"

    set_category(store, order.id, "餐饮")
    (refund,) = [t for t in _lines(store) if t.amount == Decimal("42.00")]
    assert refund.category == "餐饮"

    undo(store)  # the order and its refund go back together
    (refund,) = [t for t in _lines(store) if t.amount == Decimal("42.00")]
    assert refund.category == "Food:Delivery"


def test_a_red_envelope_received_is_income_in_both_apps(store: Store, tmp_path: Path) -> None:
    import_files(store, _exports(tmp_path))

    received = {t.payee: t.category for t in _lines(store) if t.payee in {"王芳", "刘强"}}
    assert received == {"王芳": "Income:Other", "刘强": "Income:Other"}


def test_moves_to_the_payment_apps_are_named_after_them_and_are_transfers(
    store: Store, tmp_path: Path
) -> None:
    rows = []
    for month in ("09", "10", "11"):
        rows += [
            (f"2026-{month}-02", "-3000.00", "快捷支付", "财付通支付科技有限公司", "微信零钱充值"),
            (f"2026-{month}-11", "-4000.00", "快捷支付", "支付宝（中国）网络技术有限公司",
             "余额宝-转入"),
        ]  # fmt: skip
    import_files(store, [cmb_debit(tmp_path, rows)])

    assert set(_shown(store).values()) == {"财付通", "支付宝"}
    views = subs.list_subscriptions(store, include_dismissed=True)
    moves = {v.name: v.kind for v in views if v.amount in {Decimal("-3000"), Decimal("-4000")}}
    assert moves == {"财付通": "transfer", "支付宝": "transfer"}
