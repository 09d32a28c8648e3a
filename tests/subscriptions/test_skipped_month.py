"""A subscription that skips a month and charges again has resumed: it is one stream, active.

A household's 爱奇艺 VIP renews on the 12th through Alipay 支付宝; October's renewal did not
come (a card declined, a month paused) and November's did. A US checking account's Hulu skips
a month the same way. The charge after the gap belongs to the subscription: it is listed with
the others, and the subscription is active with its next renewal a month on, not 已中断
(lapsed) with its latest charge left out.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

AS_OF = date(2026, 12, 2)


def _iqiyi(months: list[int]) -> list[Entry]:
    """爱奇艺 renewals as Alipay prints them, with a week's meals and rides between."""
    out = []
    for month in months:
        out.append(
            Entry(
                date(2026, month, 12),
                Decimal("-19.00"),
                "北京爱奇艺科技有限公司",
                time(3, 12, 40),
                memo="爱奇艺黄金VIP会员自动续费",
                kind="文化休闲",
            )
        )
    for month in range(6, 12):
        out.append(
            Entry(date(2026, month, 3), Decimal("-32.50"), "美团", time(12, 5), "美团外卖订单")
        )
        out.append(
            Entry(date(2026, month, 17), Decimal("-23.80"), "滴滴出行", time(9, 1), "滴滴快车")
        )
    return out


def _hulu(months: list[int]) -> list[Entry]:
    out = [Entry(date(2026, m, 9), Decimal("-17.99"), "HULU 877-8244858 CA") for m in months]
    for month in range(6, 12):
        out.append(Entry(date(2026, month, 14), Decimal("-64.12"), "KROGER #0412"))
        out.append(Entry(date(2026, month, 28), Decimal("-2150.00"), "ZELLE TO MARTINEZ RENT"))
    return out


def _the(store: Store, name: str) -> subs.SubscriptionView:
    return next(v for v in subs.list_subscriptions(store, AS_OF) if name in v.name)


def test_iqiyi_charged_again_after_a_skipped_month_is_active_with_that_charge(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path, _iqiyi([6, 7, 8, 9, 11]), wallet=True))

    iqiyi = _the(store, "爱奇艺")
    assert iqiyi.status == "active" and "lapsed" not in iqiyi.flags
    assert len(iqiyi.transaction_ids) == 5  # November's charge is the subscription's
    assert iqiyi.next_date == date(2026, 12, 12)


def test_hulu_charged_again_after_a_skipped_month_is_active(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path, _hulu([6, 7, 8, 10, 11])))

    hulu = _the(store, "Hulu")
    assert hulu.status == "active" and "lapsed" not in hulu.flags
    assert len(hulu.transaction_ids) == 5
    assert hulu.next_date == date(2026, 12, 9)


def test_two_months_missed_is_still_a_lapse_and_a_restart(store: Store, tmp_path: Path) -> None:
    """Only one missing renewal is a skip: June to August, then nothing until November, is a
    subscription that stopped (the late one is no renewal of it)."""
    import_months(store, write_months(tmp_path, _hulu([6, 7, 8, 11])))

    assert not any("Hulu" in v.name and v.status == "active"
                   for v in subs.list_subscriptions(store, AS_OF))  # fmt: skip
