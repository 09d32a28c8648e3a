"""A cancellation marked months late tells the charge taken after it, even when the merchant
stopped charging long before the user marked it.

A Shanghai household's China Merchants Bank debit card, January to November 2026: 网易云音乐
(NetEase Cloud Music, 15.00 on the 28th) was cancelled on 20 July but charged once more on
28 July, then stopped. On 6 December the user marks it cancelled from 20 July. That charge is
news to her: ``finapp alerts`` tells it, dated by the charge, open for its term from the day it
is told, and once only.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.services.alerts import refresh_alerts
from finapp.store.engine import Store
from tests.categorize.statements import Line, load
from tests.cli_in_process import run_main

CARD = "6214830212345678"
TODAY = date(2026, 12, 6)
CANCELLED = date(2026, 7, 20)
NETEASE = "网易云音乐"


def cmb_lines() -> list[Line]:
    lines: list[Line] = []
    for month in range(1, 12):
        lines += [
            (date(2026, month, 5), "-6800.00", "房租 上海静安物业"),
            (date(2026, month, 10), "21560.00", "工资 上海华东科技有限公司"),
            (date(2026, month, 3 + month % 5 * 4), f"-{183 + month * 11}.60", "盒马鲜生"),
            (date(2026, month, 15), "-25.00", "QQ音乐 会员"),
        ]
        if month <= 7:
            lines.append((date(2026, month, 28), "-15.00", NETEASE))
    lines.append((date(2026, 11, 30), "-48.90", "美团外卖"))
    return sorted(lines)


def _after_cancel(store: Store, capsys: pytest.CaptureFixture[str], day: date) -> list[dict]:
    argv = ["--data-dir", str(store.data_dir), "alerts", "--json", "--as-of", day.isoformat()]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    return [a for a in json.loads(out) if a["kind"] == "charged_after_cancel"]


def test_a_charge_after_a_cancel_marked_long_after_it_is_told_now(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(store, tmp_path, CARD, cmb_lines(), currency="CNY")
    refresh_alerts(store, TODAY)
    (netease,) = [v for v in subs.stored_subscriptions(store) if NETEASE in v.name]
    subs.cancel(store, netease.id, CANCELLED)

    told = _after_cancel(store, capsys, TODAY)
    assert [(a["message"], a["date"], a["state"]) for a in told] == [
        (f"{netease.name} charged 15.00 CNY on 2026-07-28 after you cancelled it.",
         "2026-07-28", "open"),
    ]  # fmt: skip
    assert _after_cancel(store, capsys, TODAY) == told  # asked again: nothing twice
    # still open three weeks on: it is news from the day it was told
    assert [a["id"] for a in _after_cancel(store, capsys, date(2026, 12, 27))] == [told[0]["id"]]
