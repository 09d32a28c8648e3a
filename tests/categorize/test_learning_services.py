"""One merchant, several services: learning follows the difference the lines themselves show.

Uber bills rides and deliveries as ``UBER`` (trips and Eats differ only in the word after the
``*``); an Alipay line paid to 美团 says in its memo whether it was a 外卖 or a 单车 ride. A user
who files one of each must get every trip and every delivery right, now and in later imports,
and undoing a correction must give back exactly what was there.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from finapp.services import edit_history
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load

RIDES, DELIVERY, DINING = "Transport:Rides & Taxis", "Food:Delivery", "Food:Dining"


def _uber_month(start: date) -> list[tuple[date, str, str]]:
    """A month of Uber on a card as Chase prints it: trips, Eats orders, pending Eats."""
    return [
        (start, "-14.62", "UBER   *TRIP HELP.UBER.COM"),
        (start + timedelta(days=2), "-31.08", "UBER   *EATS PENDING"),
        (start + timedelta(days=5), "-9.87", "UBER   *TRIP HELP.UBER.COM"),
        (start + timedelta(days=9), "-42.55", "UBER   *EATS"),
        (start + timedelta(days=13), "-22.40", "UBER   *TRIP"),
        (start + timedelta(days=20), "-27.19", "UBER   *EATS HELP.UBER.COM"),
    ]


def _categories(store) -> dict[str, Counter[str | None]]:  # type: ignore[no-untyped-def]
    """Per service word (TRIP / EATS), how many lines sit in which category."""
    seen: dict[str, Counter[str | None]] = {"TRIP": Counter(), "EATS": Counter()}
    for txn in list_transactions(store):
        seen["TRIP" if "TRIP" in txn.payee else "EATS"][txn.category] += 1
    return seen


def test_uber_trips_and_eats_filed_apart_stay_apart_now_and_in_later_imports(store, tmp_path):
    load(store, tmp_path, "4417", _uber_month(date(2024, 3, 1)), kind="CREDITCARD")
    trip, eats = list_transactions(store)[:2]
    set_category(store, trip.id, RIDES)
    result = set_category(store, eats.id, DELIVERY)
    assert len(result.refiled) == 2  # the two other Eats lines, not one trip
    load(store, tmp_path, "4417", _uber_month(date(2024, 4, 1)), kind="CREDITCARD")
    assert _categories(store) == {"TRIP": Counter({RIDES: 6}), "EATS": Counter({DELIVERY: 6})}


def test_the_order_of_the_corrections_does_not_matter(store, tmp_path: Path) -> None:
    load(store, tmp_path, "4417", _uber_month(date(2024, 3, 1)), kind="CREDITCARD")
    trip, eats = list_transactions(store)[:2]
    set_category(store, eats.id, DELIVERY)
    set_category(store, trip.id, RIDES)
    assert _categories(store) == {"TRIP": Counter({RIDES: 3}), "EATS": Counter({DELIVERY: 3})}


def test_a_changed_mind_about_one_service_leaves_the_other_alone(store, tmp_path: Path) -> None:
    load(store, tmp_path, "4417", _uber_month(date(2024, 3, 1)), kind="CREDITCARD")
    trip, eats, *_ = list_transactions(store)
    set_category(store, trip.id, RIDES)
    set_category(store, eats.id, DELIVERY)
    set_category(store, eats.id, DINING)  # the same line again: the user changed their mind
    assert _categories(store) == {"TRIP": Counter({RIDES: 3}), "EATS": Counter({DINING: 3})}


def test_undoing_the_second_correction_restores_every_line_and_rule(store, tmp_path) -> None:
    load(store, tmp_path, "4417", _uber_month(date(2024, 3, 1)), kind="CREDITCARD")
    trip, eats = list_transactions(store)[:2]
    set_category(store, trip.id, RIDES)
    filed = [(t.id, t.category, t.category_source) for t in list_transactions(store)]
    rules = [(r.pattern, r.category) for r in list_rules(store, origin="learned")]
    set_category(store, eats.id, DELIVERY)
    edit_history.undo(store)
    assert [(t.id, t.category, t.category_source) for t in list_transactions(store)] == filed
    assert [(r.pattern, r.category) for r in list_rules(store, origin="learned")] == rules


_KINDS = {"外卖": "餐饮美食", "单车": "交通出行"}  # Alipay's own 交易分类 of each service


def _alipay(path: Path, rows: list[tuple[date, str, str, str]]) -> Path:
    """An Alipay 支付宝 export as the app writes it (GBK, a preamble, then the table)."""
    lines = [
        "------------------------------------------------------------------------------------",
        "导出信息：",
        "姓名：张三",
        "支付宝账户：138****0000",
        "起始时间：[2024-03-01 00:00:00]    终止时间：[2024-04-30 23:59:59]",
        "--------------------支付宝（中国）网络技术有限公司  电子客户回单--------------------",
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,"
        "商家订单号,备注,",
    ]
    for i, (day, amount, payee, goods) in enumerate(rows):
        lines.append(
            f"{day.isoformat()} 12:{i % 60:02d}:00,{_KINDS[goods[2:4]]},{payee},"
            f"mei***@meituan.com,{goods},"
            f"支出,{amount},花呗,交易成功,2024{i:024d}\t,{i:020d}\t,,"
        )
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    return path


def test_meituan_delivery_and_bikes_are_told_apart_by_what_the_memo_says(store, tmp_path):
    days = [date(2024, 3, 1) + timedelta(days=3 * i) for i in range(12)]
    rows = [
        (day, f"{18 + i}.50", "美团", "美团外卖订单" if i % 2 else "美团单车骑行费")
        for i, day in enumerate(days)
    ]
    result = import_files(store, [_alipay(tmp_path / "alipay_record.csv", rows)])
    assert not result.failed, result.failed[0].error
    txns = list_transactions(store)
    bike = next(t for t in txns if "单车" in t.memo)
    food = next(t for t in txns if "外卖" in t.memo)
    # the services the window names (美团单车, 美团外卖), as Alipay's 交易对方 names them
    assert (bike.merchant, food.merchant) == ("美团单车", "美团外卖")
    set_category(store, food.id, DELIVERY)
    set_category(store, bike.id, "Transport:Bike Share")
    got = {(("外卖" in t.memo), t.category) for t in list_transactions(store)}
    assert got == {(True, DELIVERY), (False, "Transport:Bike Share")}


def test_correcting_only_an_eats_line_leaves_the_trips_where_they_were(store, tmp_path) -> None:
    load(store, tmp_path, "4417", _uber_month(date(2024, 3, 1)), kind="CREDITCARD")
    assert _categories(store)["TRIP"] == Counter({RIDES: 3})  # the shipped rule for Uber
    eats = next(t for t in list_transactions(store) if "EATS" in t.payee)
    set_category(store, eats.id, DELIVERY)
    assert _categories(store) == {"TRIP": Counter({RIDES: 3}), "EATS": Counter({DELIVERY: 3})}


def _amazon_months(months: int) -> list[tuple[date, str, str]]:
    """Amazon on a card as Chase prints it: a Marketplace order and the Prime fee each month."""
    lines = []
    for n in range(months):
        start = date(2025, 11 + n, 1) if n < 2 else date(2026, n - 1, 1)
        lines += [
            (start + timedelta(days=6), f"-{31 + n}.47", f"AMZN Mktp US*2K4LP0{n}"),
            (start + timedelta(days=7), "-14.99", "AMZN Prime*RT5YU"),
        ]
    return [*lines, (date(2026, 3, 10), "35.00", "AMZN Mktp US REFUND*2K4LP0")]


def test_filing_amazon_prime_as_streaming_leaves_the_marketplace_orders_alone(store, tmp_path):
    load(store, tmp_path, "4417", _amazon_months(12), kind="CREDITCARD")
    before = {t.id: t.category for t in list_transactions(store) if "Mktp" in t.payee}
    prime = next(t for t in list_transactions(store) if t.payee.startswith("AMZN Prime"))
    result = set_category(store, prime.id, "Entertainment:Streaming")
    assert len(result.refiled) == 11  # the other Prime fees, no Marketplace order nor refund
    later = [(date(2026, 12, 1), "-64.20", "AMZN Mktp US*9ZZ1AB")]
    load(store, tmp_path, "4417", later, kind="CREDITCARD")
    after = {t.id: t.category for t in list_transactions(store) if "Mktp" in t.payee}
    assert after == {**before, max(after): before[min(before)]}
    assert "Entertainment:Streaming" not in after.values()
