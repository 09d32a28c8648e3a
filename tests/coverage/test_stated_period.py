"""An export that states its period covers it to the end, not to its last line.

Alipay's export of the first quarter of 2026 (``china_wallet_edges/alipay_2026q1_cmb.csv``)
says ``终止时间：[2026-03-31 23:59:59]``; its last line is of 28 March. The statements cover the
31st: the account's statements end there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.importers.csv import read_csv
from finapp.importers.csv.stated_period import stated_period
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store

ALIPAY = Path(__file__).parents[1] / "importers" / "china_wallet_edges" / "alipay_2026q1_cmb.csv"


def test_an_alipay_export_covers_the_period_it_states(store: Store) -> None:
    import_files(store, [ALIPAY])

    (account,) = list_accounts(store)
    assert (account.covered_from, account.covered_until) == (date(2025, 12, 1), date(2026, 3, 31))


def test_each_way_the_chinese_exports_state_it() -> None:
    assert stated_period("起始时间：[2026-01-01 00:00:00] 终止时间：[2026-03-31 23:59:59]") == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert stated_period("# 起始日期: [20241001]   终止日期: [20261105]") == (
        date(2024, 10, 1),
        date(2026, 11, 5),
    )
    assert stated_period("日期区间：2026-02-01 至 2026-03-31") == (
        date(2026, 2, 1),
        date(2026, 3, 31),
    )
    assert stated_period("导出时间：[2026-04-01 09:15:42]") is None
    assert stated_period("起始时间：[2026-03-31] 终止时间：[2026-01-01]") is None


def test_a_period_ending_after_today_ends_today_and_one_missing_lines_is_none() -> None:
    text = ALIPAY.read_bytes().decode("gbk")
    stated = "终止时间：[2026-03-31 23:59:59]"
    assert stated in text
    ahead = read_csv(
        "alipay.csv", text.replace(stated, "终止时间：[2099-12-31 23:59:59]").encode("gbk")
    )
    assert ahead.statements[0].end == date.today()
    short = read_csv(
        "alipay.csv", text.replace(stated, "终止时间：[2026-02-28 23:59:59]").encode("gbk")
    )
    assert short.statements[0].end is None  # its March lines fall outside what it states
