"""A subscription the user cancelled that charges again is told, whenever the charge comes.

A household's 爱奇艺 VIP (Alipay 支付宝, ¥19 on the 12th) is marked cancelled on 2 December;
the next Alipay export has one more 爱奇艺 renewal, at 03:12 that very morning, off the 12th's
schedule. A US household cancels Hulu on 20 November and is charged again on 1 December. Each
charge raises "charged after you cancelled it", and the year in review claims no saving for a
subscription that charged after its cancellation.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.year_review import year_review
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.helpers import cli_json, run_cli

CANCELLED = date(2026, 12, 2)


def _iqiyi(day: date) -> Entry:
    return Entry(
        day,
        Decimal("-19.00"),
        "北京爱奇艺科技有限公司",
        time(3, 12, 40),
        memo="爱奇艺黄金VIP会员自动续费",
        kind="文化休闲",
    )


def _alipay_until_november() -> list[Entry]:
    out = [_iqiyi(date(2026, m, 12)) for m in (6, 7, 8, 9, 11)]
    for month in range(6, 12):
        out.append(
            Entry(date(2026, month, 3), Decimal("-32.50"), "美团", time(12, 5), "美团外卖订单")
        )
        out.append(
            Entry(date(2026, month, 17), Decimal("-23.80"), "滴滴出行", time(9, 1), "滴滴快车")
        )
    return out


def _after_cancel(store: Store, day: date) -> list[str]:
    refresh_alerts(store, day)
    return [a.message for a in list_alerts(store, as_of=day) if a.kind == "charged_after_cancel"]


def test_iqiyi_charged_the_morning_it_was_cancelled_is_told(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path / "nov", _alipay_until_november(), wallet=True))
    iqiyi = next(v for v in subs.list_subscriptions(store, CANCELLED) if "爱奇艺" in v.name)
    subs.cancel(store, iqiyi.id, CANCELLED)
    december = [_iqiyi(CANCELLED), Entry(date(2026, 12, 1), Decimal("-35.00"), "美团", time(12))]
    import_months(store, write_months(tmp_path / "dec", december, wallet=True))

    assert _after_cancel(store, CANCELLED) == [
        "爱奇艺 charged 19.00 CNY on 2026-12-02 after you cancelled it."
    ]
    review = year_review(store, 2026, today=CANCELLED)
    assert not any("爱奇艺" in c.name for c in review.cancelled)  # it saves nothing


def test_hulu_charged_off_its_day_after_cancelling_is_told(store: Store, tmp_path: Path) -> None:
    lines = [
        Entry(date(2026, m, 9), Decimal("-17.99"), "HULU 877-8244858 CA") for m in range(6, 12)
    ]
    lines += [Entry(date(2026, m, 14), Decimal("-64.12"), "KROGER #0412") for m in range(6, 12)]
    import_months(store, write_months(tmp_path / "nov", lines))
    hulu = next(v for v in subs.list_subscriptions(store, date(2026, 11, 20)) if "Hulu" in v.name)
    subs.cancel(store, hulu.id, date(2026, 11, 20))
    december = [Entry(date(2026, 12, 1), Decimal("-17.99"), "HULU 877-8244858 CA")]
    import_months(store, write_months(tmp_path / "dec", december))

    assert _after_cancel(store, date(2026, 12, 3)) == [
        "Hulu charged 17.99 USD on 2026-12-01 after you cancelled it."
    ]


def test_a_cancelled_subscription_that_stayed_quiet_saves_its_year(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "nov", _alipay_until_november(), wallet=True))
    iqiyi = next(v for v in subs.list_subscriptions(store, CANCELLED) if "爱奇艺" in v.name)
    subs.cancel(store, iqiyi.id, CANCELLED)

    assert _after_cancel(store, CANCELLED) == []
    saved = [c for c in year_review(store, 2026, today=CANCELLED).cancelled if "爱奇艺" in c.name]
    assert [(c.on, c.per_year) for c in saved] == [(CANCELLED, Decimal("228.00"))]


def test_cancelling_without_a_date_says_the_day_it_took(tmp_path: Path) -> None:
    """``subscriptions cancel ID`` asks no date: it takes today's and says so, with what that
    means, so the user knows which charges will be flagged."""
    folder = tmp_path / "statements"
    paths = write_months(folder, _alipay_until_november(), wallet=True)
    data = tmp_path / "data"
    assert run_cli(data, "import", *map(str, paths)).returncode == 0
    listed = cli_json(data, "subscriptions", "--as-of", "2026-11-30")
    iqiyi = next(item for item in listed if item["name"] == "爱奇艺")

    said = run_cli(data, "subscriptions", "cancel", str(iqiyi["id"]))
    assert said.returncode == 0, said.stderr
    today = date.today().isoformat()
    assert said.stdout.strip() == (
        f"cancelled 爱奇艺 (subscription {iqiyi['id']}) on {today}:"
        " a charge on or after that day is flagged"
    )
