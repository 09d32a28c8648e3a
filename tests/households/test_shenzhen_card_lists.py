"""陈浩's 交通银行 credit card (:mod:`tests.households.shenzhen_household`), its lists downloaded
one a month: each covers a billing cycle and states no period, only its lines (``消费 …``,
``退货 …``, ``还款``), a few a month.
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import AccountView, list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.households.shenzhen_household import build, write_bocom_cards


def _card(store: Store, lists: list[Path]) -> AccountView:
    """The card's account after its ``lists`` were imported one by one, as they came."""
    for path in lists:
        assert not import_files(store, [path]).failed
    (card,) = list_accounts(store)
    return card


def test_monthly_lists_of_a_card_miss_nothing(store: Store, tmp_path: Path) -> None:
    """October's list ends with 中国石化 on the 19th, November's begins with a 京东 order on the
    5th: the Accounts list said 2025-10-20 – 2025-11-04 was missing, and so between every two
    lists, thirteen holes of about two weeks, though no list was left out."""
    card = _card(store, write_bocom_cards(tmp_path, build()))
    assert (card.covered_from, card.covered_until) == (date(2025, 10, 14), date(2026, 11, 22))
    assert card.gaps == ()


def test_a_months_list_not_downloaded_is_still_missing(store: Store, tmp_path: Path) -> None:
    """June 2026's list skipped: May's last line is on the 22nd, July's first on the 5th."""
    lists = [p for p in write_bocom_cards(tmp_path, build()) if not p.stem.endswith("202606")]
    card = _card(store, lists)
    assert card.gaps == ((date(2026, 5, 23), date(2026, 7, 4)),)


def _list(folder: Path, cycle: str, lines: list[tuple[date, str, str]]) -> Path:
    """A 交通银行 card's list of one billing cycle, in its layout: every amount positive."""
    path = folder / f"交通银行信用卡_{cycle}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out, lineterminator="\n")
        rows.writerow(["交易日期", "记账日期", "交易说明", "交易币种/金额", "入账币种/金额"])
        for day, text, amount in lines:
            money = f"CNY {Decimal(amount):.2f}"
            rows.writerow([f"{day}", f"{day}", text, money, money])
    return path


#: a card whose statement day is the 22nd: each list runs from the 23rd to the 22nd
_CYCLES = {
    "202510": [(date(2025, 9, 26), "消费 中国石化销售股份有限公司广东深圳石油分公司", "318.00"),
               (date(2025, 10, 3), "消费 京东商城平台商户", "129.00"),
               (date(2025, 10, 14), "还款", "1206.50")],
    "202511": [(date(2025, 11, 2), "消费 中国石化销售股份有限公司广东深圳石油分公司", "305.00"),
               (date(2025, 11, 8), "消费 京东商城平台商户", "89.90")],
    "202512": [(date(2025, 11, 27), "消费 京东商城平台商户", "236.00"),
               (date(2025, 12, 6), "消费 中国石化销售股份有限公司广东深圳石油分公司", "322.00"),
               (date(2025, 12, 14), "还款", "394.90")],
    "202601": [(date(2025, 12, 29), "消费 中国石化销售股份有限公司广东深圳石油分公司", "298.00"),
               (date(2026, 1, 12), "消费 京东商城平台商户", "156.00")],
    "202603": [(date(2026, 3, 2), "消费 中国石化销售股份有限公司广东深圳石油分公司", "311.00"),
               (date(2026, 3, 9), "消费 京东商城平台商户", "64.50")],
}  # fmt: skip


def test_lists_of_a_cycle_across_two_months_are_whole(store: Store, tmp_path: Path) -> None:
    """A card whose cycle runs from the 23rd to the 22nd: November's list (10-23 – 11-22)
    holds only 11-02 and 11-08, December's begins on 11-27; no list is missing before
    January's, and February's (01-23 – 02-22) is: its days are reported."""
    lists = [_list(tmp_path, cycle, lines) for cycle, lines in _CYCLES.items()]
    card = _card(store, lists)
    assert card.gaps == ((date(2026, 1, 13), date(2026, 3, 1)),)


def test_lists_of_a_busy_card_cut_short_leave_their_holes(store: Store, tmp_path: Path) -> None:
    """王芳's card used every other day, its lists downloaded on the 20th of each month (the
    1st to the 20th): each fits a calendar month, yet the days from the 21st to the month's
    end, where such a card would have had five lines, are missing, not a cycle's quiet end."""
    fuel = "消费 中国石化销售股份有限公司广东深圳石油分公司"
    lists = [
        _list(
            tmp_path, f"2025{m:02d}", [(date(2025, m, d), fuel, "86.00") for d in range(1, 21, 2)]
        )
        for m in (10, 11, 12)
    ]
    card = _card(store, lists)
    assert card.gaps == (
        (date(2025, 10, 20), date(2025, 10, 31)),
        (date(2025, 11, 20), date(2025, 11, 30)),
    )
