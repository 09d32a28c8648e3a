"""Four months of a household's statements for the forecast tests, downloaded as a bank gives
them (the lines of a period and the ledger balance at its end).

A Chase checking account in USD: payroll on the 15th and the last business day, rent on the
1st, a metered electricity bill around the 20th, Netflix and Spotify, a standing transfer to
savings on the 16th (both sides), and everyday card-less spending (groceries, coffee, ATM) that
no forecast can know. A 招商银行 一卡通 in CNY whose statement period ends on the 25th: salary on
the 10th, rent on the 5th, China Mobile on the 8th. An Alipay wallet whose export states no
balance.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.imports import import_parsed
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from tests.health.goal_statements import Line, download

CHECKING = ParsedAccount("000847294417", "Chase", "checking", "USD", "Checking")
SAVINGS = ParsedAccount("000839128812", "Ally Bank", "savings", "USD", "Savings")
CMB = ParsedAccount("6214830112456210", "招商银行", "checking", "CNY", "招商银行一卡通")
ALIPAY = ParsedAccount("alipay-8842", "支付宝", "payment_app", "CNY", "支付宝")

#: the day the user looks: a month after the checking statements end
TODAY = date(2026, 11, 30)
START = date(2026, 7, 1)
END = date(2026, 10, 31)
CMB_END = date(2026, 10, 25)

RENT = "OAKWOOD APTS WEB PMTS 481922"
PAYROLL = "NORTHWIND TRADERS PAYROLL PPD ID: 9137462210"
ELECTRIC = "DUKE ENERGY PAYMENT"
TO_SAVINGS = "ONLINE TRANSFER TO SAV XXXXX8812"
FROM_CHECKING = "ONLINE TRANSFER FROM CHK XXXXX4417"


def _days(days: list[str], amount: str, payee: str, memo: str = "") -> list[Line]:
    return [Line(date.fromisoformat(day), amount, payee, memo) for day in days]


def payroll() -> list[Line]:
    """The 15th and the last business day (paid on Friday when it falls on a weekend)."""
    days = [
        "2026-07-15",
        "2026-07-31",
        "2026-08-14",
        "2026-08-31",
        "2026-09-15",
        "2026-09-30",
        "2026-10-15",
        "2026-10-30",
    ]
    return _days(days, "2684.12", PAYROLL)


def checking_lines(*, rent: str = "-1850.00") -> list[Line]:
    return [
        *payroll(),
        *_days(["2026-07-01", "2026-08-03", "2026-09-01", "2026-10-01"], rent, RENT),
        Line(date(2026, 7, 20), "-142.37", ELECTRIC),
        Line(date(2026, 8, 19), "-168.90", ELECTRIC),
        Line(date(2026, 9, 21), "-121.45", ELECTRIC),
        Line(date(2026, 10, 20), "-96.72", ELECTRIC),
        *_days(
            ["2026-07-22", "2026-08-24", "2026-09-22", "2026-10-22"],
            "-17.99",
            "NETFLIX.COM 866-579-7172 CA",
        ),
        *_days(["2026-07-16", "2026-08-17", "2026-09-16", "2026-10-16"], "-2500.00", TO_SAVINGS),
        # what no schedule foretells
        Line(date(2026, 7, 11), "-86.43", "HARRIS TEETER #0123 CHARLOTTE NC"),
        Line(date(2026, 8, 8), "-112.08", "TRADER JOE S #552 QPS"),
        Line(date(2026, 9, 5), "-60.00", "ATM WITHDRAWAL 004512 5TH AVE"),
        Line(date(2026, 10, 3), "-5.45", "STARBUCKS STORE 18817"),
        Line(date(2026, 10, 24), "-143.61", "WHOLEFDS MKT 10234"),
        *_days(["2026-07-09", "2026-08-10", "2026-09-09", "2026-10-09"], "-11.99", "SPOTIFY USA"),
    ]


def savings_lines() -> list[Line]:
    return [
        *_days(["2026-07-16", "2026-08-17", "2026-09-16", "2026-10-16"], "2500.00", FROM_CHECKING),
        *_days(
            ["2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31"], "31.87", "INTEREST PAYMENT"
        ),
    ]


def cmb_lines() -> list[Line]:
    return [
        *_days(
            ["2026-07-10", "2026-08-10", "2026-09-10", "2026-10-10"],
            "18650.00",
            "代发工资",
            "深圳市腾讯计算机系统有限公司",
        ),
        *_days(
            ["2026-07-05", "2026-08-05", "2026-09-05", "2026-10-05"],
            "-6500.00",
            "房租",
            "自如 链家 房租 10月",
        ),
        *_days(
            ["2026-07-08", "2026-08-08", "2026-09-08", "2026-10-08"],
            "-58.00",
            "中国移动",
            "话费充值",
        ),
        Line(date(2026, 9, 19), "-326.50", "美团外卖", "美团订单"),
    ]


def import_checking(
    store: Store, opening: str, lines: list[Line], end: date = END
) -> dict[date, Decimal]:
    """One statement per month, as downloaded, then the streams detected as after an import;
    returns the running end-of-day balances."""
    running: dict[date, Decimal] = {}
    balance = Decimal(opening)
    for first, last in _months(end):
        running |= download(store, CHECKING, balance, lines, first, last)
        balance = running[last]
    detect_subscriptions(store, TODAY)
    return running


def import_others(store: Store) -> tuple[Decimal, Decimal]:
    """Savings and the CNY account (with balances), the Alipay export (without one);
    returns the savings and CNY balances at the end of their statements."""
    savings = download(store, SAVINGS, Decimal("12406.55"), savings_lines(), START, END)
    cmb = download(store, CMB, Decimal("23871.40"), cmb_lines(), date(2026, 6, 26), CMB_END)
    wallet = tuple(
        ParsedTransaction(
            day,
            Decimal("-25.00"),
            "北京爱奇艺科技有限公司",
            memo="黄金VIP会员连续包月",
            fitid=f"2026{n:02d}0622001456{n:04d}",
        )
        for n, day in enumerate(
            (date(2026, 7, 14), date(2026, 8, 14), date(2026, 9, 14), date(2026, 10, 14)), start=7
        )
    )
    statement = ParsedStatement(ALIPAY, wallet, start=START, end=END)
    import_parsed(
        store, ParsedFile("支付宝交易明细(20260701-20261031).csv", "alipay", (statement,))
    )
    detect_subscriptions(store, TODAY)
    return savings[END], cmb[CMB_END]


def _months(end: date) -> list[tuple[date, date]]:
    out, first = [], START
    while first <= end:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        out.append((first, min(end, date.fromordinal(following.toordinal() - 1))))
        first = following
    return out
