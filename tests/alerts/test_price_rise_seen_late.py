"""A price rise still in force is told once when first seen, however late it is imported.

A household starts with finapp on 2 December and imports Alipay 支付宝 from June: 腾讯视频 VIP
went from ¥25 to ¥30 on 5 October and charged ¥30 again on 5 November. A US household's first
import that day shows Netflix up from 15.49 to 17.99 since October. Each rise is in the inbox
(and the history), dated on its first higher charge, open for its term from the day told; a
rise paid for half a year already is settled history and stays quiet, and no reminder is raised
for a renewal already past.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

FIRST_DAY = date(2026, 12, 2)


def _tencent(rise_month: int) -> list[Entry]:
    out = [
        Entry(
            date(2026, month, 5),
            Decimal("-30.00" if month >= rise_month else "-25.00"),
            "深圳市腾讯计算机系统有限公司",
            time(8, 0, 12),
            memo="腾讯视频VIP会员连续包月",
            kind="文化休闲",
        )
        for month in range(6 if rise_month > 6 else 1, 12)
    ]
    for month in range(1, 12):
        out.append(Entry(date(2026, month, 8), Decimal("-100.00"), "中国移动", time(9, 1),
                         "中国移动话费充值-138****1234", kind="充值缴费"))  # fmt: skip
        out.append(
            Entry(date(2026, month, 3), Decimal("-32.50"), "美团", time(12, 5), "美团外卖订单")
        )
    return out


def _netflix() -> list[Entry]:
    out = []
    for month in range(6, 12):
        price = "-17.99" if month >= 10 else "-15.49"
        out.append(Entry(date(2026, month, 7), Decimal(price), "NETFLIX.COM 866-579-7172 CA"))
        out.append(Entry(date(2026, month, 12), Decimal("-38.50"), "SHELL OIL 57442"))
    return out


def _alerts(store: Store, kind: str, *, closed: bool = False) -> list[tuple[date, str]]:
    return [
        (a.date, a.message)
        for a in list_alerts(store, as_of=FIRST_DAY, include_closed=closed)
        if a.kind == kind
    ]


def test_tencent_video_rise_in_force_is_told_on_the_first_import(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path, _tencent(10), wallet=True))
    refresh_alerts(store, FIRST_DAY)

    told = [
        (date(2026, 10, 5), "腾讯视频 went up from 25.00 CNY to 30.00 CNY (60.00 CNY more a year).")
    ]
    assert _alerts(store, "price_increase") == told  # the inbox
    assert _alerts(store, "price_increase", closed=True) == told  # and the history
    # told once: checking again (Check now, the next day) raises nothing more
    assert not [a for a in refresh_alerts(store, FIRST_DAY) if a.kind == "price_increase"]
    # no reminder of a renewal that already happened (5 November), only of 5 December's
    renewals = [m for _, m in _alerts(store, "renewal") if "腾讯视频" in m]
    assert renewals and all("2026-12-05" in m for m in renewals)


def test_netflix_rise_in_force_is_told_on_the_first_import(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path, _netflix()))
    refresh_alerts(store, FIRST_DAY)

    assert _alerts(store, "price_increase") == [
        (date(2026, 10, 7), "Netflix went up from 15.49 USD to 17.99 USD (30.00 USD more a year).")
    ]


def test_a_rise_paid_for_half_a_year_is_not_announced(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path, _tencent(5), wallet=True))
    refresh_alerts(store, FIRST_DAY)

    assert _alerts(store, "price_increase", closed=True) == []
