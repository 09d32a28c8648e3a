"""Activity a bank would flag, end to end: statements with times of day are imported from files,
and the inbox (``finapp alerts``) tells each pattern with its facts, as long as it is recent; the
months around it and the near misses a household makes raise nothing of the kind."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.helpers import run_cli

FLAGGED = {"pass_through", "structuring", "late_night", "new_counterparties"}
D = Decimal


def at(text: str) -> time:
    return time.fromisoformat(text)


def checking_months(first: date, last: date) -> list[Entry]:
    """A household's checking account as its bank prints it: payroll on the 15th and the last
    business day, rent by the landlord's web payments, metered power, a gym, a transfer to
    savings, the card's payment, groceries, ATM and Venmo, each at the time it posted."""
    out: list[Entry] = []
    d, k = first, 0
    while d <= last:
        k += 1
        nxt = d + timedelta(days=1)
        if d.day == 15 or nxt.month != d.month:
            out.append(
                Entry(d, D("2843.17"), "ACME CORP PAYROLL PPD ID: 9000000123", at("06:02:11"))
            )
        if d.day == 1:
            out.append(
                Entry(d, D("-2150.00"), f"OAKWOOD APTS WEB PMTS {448200 + d.month}", at("07:45:30"))
            )
        if d.day == 12:
            out.append(
                Entry(
                    d,
                    D(f"-{97 + d.month * 7}.{d.month * 3:02d}"),
                    "DUKE ENERGY PAYMENT",
                    at("03:12:40"),
                )
            )
        if d.day == 17:
            out.append(Entry(d, D("-24.99"), "PLANET FITNESS CLUB FEES", at("04:10:05")))
        if d.day == 16:
            out.append(Entry(d, D("-1200.00"), "ONLINE TRANSFER TO SAV XXXXX4471", at("08:30:00")))
        if d.day == 25:
            out.append(
                Entry(d, D(f"-{1600 + d.month * 31}.44"), "CAPITAL ONE CRCARDPMT", at("02:10:44"))
            )
        if k % 3 == 0:
            out.append(
                Entry(
                    d,
                    D(f"-{34 + k * 7 % 90}.{k * 13 % 100:02d}"),
                    "HARRIS TEETER #0123 CHARLOTTE NC",
                    at(f"{17 + k % 4:02d}:{k % 60:02d}:{k * 7 % 60:02d}"),
                )
            )
        if k % 7 == 5:
            out.append(Entry(d, D("-100.00"), f"ATM WITHDRAWAL {k:06d} 5TH AVE", at("19:20:31")))
        if k % 11 == 3:
            out.append(Entry(d, D("-45.00"), f"VENMO PAYMENT 10{k:08d}", at("21:04:52")))
        d = nxt
    return out


def alipay_months(first: date, last: date) -> list[Entry]:
    """An Alipay wallet: 余额宝 top-ups, 瑞幸 coffee on weekdays, 美团 takeaway, Tmall orders and
    the phone bill."""
    out: list[Entry] = []
    d, k = first, 0
    while d <= last:
        k += 1
        if d.day == 10:
            out.append(Entry(d, D("3000.00"), "余额宝", at("09:01:13"), "余额宝-转出到余额"))
        if d.day == 6:
            out.append(Entry(d, D("-58.00"), "中国移动", at("10:15:22"), "话费充值"))
        if d.weekday() < 5:
            out.append(Entry(d, D("-9.90"), "瑞幸咖啡", at(f"08:4{k % 10}:0{k % 7}"), "生椰拿铁"))
        if k % 3 == 1:
            out.append(
                Entry(d, D(f"-{23 + k % 30}.50"), "美团外卖", at(f"12:1{k % 10}:33"), "美团订单")
            )
        if k % 9 == 4:
            out.append(
                Entry(
                    d,
                    D(f"-{80 + k * 7 % 200}.00"),
                    "天猫超市",
                    at(f"22:3{k % 10}:48"),
                    "天猫超市订单",
                )
            )
        d += timedelta(days=1)
    return out


def flagged(store: Store, day: date) -> list:
    """The flagged-activity alerts newly raised by asking on ``day`` (as ``finapp alerts``)."""
    return [a for a in refresh_alerts(store, day) if a.kind in FLAGGED]


def test_money_passing_through_checking_and_a_transfer_at_night_are_flagged(
    store: Store, tmp_path: Path
) -> None:
    entries = [
        *checking_months(date(2026, 7, 1), date(2026, 11, 30)),
        Entry(
            date(2026, 11, 3),
            D("20000.00"),
            "WIRE TRANSFER IN HENDERSON HOLDINGS LLC",
            at("10:42:09"),
            "REF 20261103-7731",
        ),
        Entry(date(2026, 11, 3), D("-6400.00"), "ZELLE TO KOWALSKI MAREK", at("11:05:51")),
        Entry(date(2026, 11, 3), D("-5150.00"), "ZELLE TO NGUYEN THANH", at("11:07:02")),
        Entry(
            date(2026, 11, 3),
            D("-4900.00"),
            "WIRE TRANSFER OUT BRIGHTPATH TRADING",
            at("13:40:17"),
            "REF 55120",
        ),
        Entry(date(2026, 11, 4), D("-3500.00"), "ZELLE TO OKAFOR CHIDI", at("09:15:40")),
        Entry(date(2026, 11, 21), D("-8000.00"), "ZELLE TO SMITH JAMES", at("02:30:00")),
    ]
    import_months(store, write_months(tmp_path, entries))
    alerts = {a.kind: a for a in flagged(store, date(2026, 11, 10))}
    assert sorted(alerts) == ["pass_through"]
    through = alerts["pass_through"]
    assert through.severity == "critical" and through.account == "Checking …0331"
    assert through.message.startswith(
        "20000.00 USD came into Checking …0331 on 2026-11-03 and 19950.00 USD of it went out "
        "within 23 hours to 4 other parties."
    )
    assert [a.kind for a in flagged(store, date(2026, 12, 4))] == ["late_night"]
    inbox = {a.kind: a for a in list_alerts(store, as_of=date(2026, 12, 4)) if a.kind in FLAGGED}
    assert sorted(inbox) == ["late_night"]  # the pass-through, a month old, is resolved
    night = inbox["late_night"]
    assert night.params == {
        "amount": "8000.00 USD",
        "account": "Checking …0331",
        "name": "Zelle to Smith James",
        "time": "02:30",
        "date": "2026-11-21",
    }
    assert night.severity == "warning" and night.amount == D("-8000.00")


def test_a_wallet_that_money_crosses_and_a_night_transfer_in_cny_are_flagged(
    store: Store, tmp_path: Path
) -> None:
    entries = [
        *alipay_months(date(2026, 7, 1), date(2026, 11, 30)),
        Entry(date(2026, 11, 25), D("52000.00"), "陈建国", at("21:18:44"), "转账", "转账红包"),
        Entry(date(2026, 11, 25), D("-18000.00"), "王芳", at("21:40:02"), "转账", "转账红包"),
        Entry(date(2026, 11, 25), D("-17500.00"), "刘洋", at("22:03:19"), "转账", "转账红包"),
        Entry(
            date(2026, 11, 26),
            D("-15300.00"),
            "深圳市恒通贸易有限公司",
            at("07:55:31"),
            "货款",
            "转账红包",
        ),
        Entry(date(2026, 11, 29), D("-26000.00"), "周杰", at("04:41:27"), "转账", "转账红包"),
        # a laptop bought online five minutes after midnight: a purchase, no transfer at night
        Entry(
            date(2026, 11, 28),
            D("-25999.00"),
            "京东商城平台商户",
            at("00:05:12"),
            "Apple MacBook Pro 16 M5",
            "数码电器",
        ),
    ]
    import_months(store, write_months(tmp_path, entries, wallet=True))
    found = flagged(store, date(2026, 12, 3))
    assert sorted(a.kind for a in found) == ["late_night", "pass_through"]  # no laptop
    alerts = {a.kind: a for a in found}
    assert alerts["pass_through"].params | {"account": ""} == {
        "account": "",
        "inflow": "52000.00 CNY",
        "date": "2026-11-25",
        "outflow": "50800.00 CNY",
        "hours": "11",
        "parties": "3",
    }
    assert (
        alerts["late_night"].params["amount"],
        alerts["late_night"].params["time"],
        alerts["late_night"].params["name"],
    ) == ("26000.00 CNY", "04:41", "周杰")


def test_a_burst_of_new_payees_is_flagged(store: Store, tmp_path: Path) -> None:
    payees = [
        "ZELLE TO PETROV ANDREI",
        "ZELLE TO HARTMAN LISA",
        "ZELLE TO MBEKI DAVID",
        "ZELLE TO RAMOS SOFIA",
        "ZELLE TO TANAKA KENJI",
        "ZELLE TO OSEI BENJAMIN",
    ]
    amounts = ["640.00", "615.50", "720.00", "580.00", "905.25", "739.25"]
    entries = [
        *checking_months(date(2026, 7, 1), date(2026, 11, 30)),
        *(
            Entry(date(2026, 11, 24) + timedelta(days=i // 2), -D(a), p, at(f"1{i}:2{i}:05"))
            for i, (p, a) in enumerate(zip(payees, amounts, strict=True))
        ),
    ]
    import_months(store, write_months(tmp_path, entries))
    (burst,) = flagged(store, date(2026, 12, 3))
    assert burst.kind == "new_counterparties"
    assert burst.params == {
        "account": "Checking …0331",
        "count": "6",
        "days": "3",
        "first": "2026-11-24",
        "last": "2026-11-26",
        "total": "4200.00 USD",
    }


def test_cli_lists_structuring_as_json(data_dir: Path, store: Store, tmp_path: Path) -> None:
    entries = [
        *checking_months(date(2026, 8, 1), date(2026, 11, 30)),
        Entry(date(2026, 11, 23), D("9800.00"), "DEPOSIT BRANCH 0412 TELLER 07", at("10:14:22")),
        Entry(date(2026, 11, 24), D("9750.00"), "DEPOSIT BRANCH 0388 TELLER 02", at("15:02:51")),
        Entry(date(2026, 11, 26), D("9940.00"), "ATM CASH DEPOSIT 5TH AVE", at("18:40:09")),
    ]
    import_months(store, write_months(tmp_path, entries))
    store.close()
    listed = json.loads(run_cli(data_dir, "alerts", "--json", "--as-of", "2026-12-02").stdout)
    (alert,) = [a for a in listed if a["kind"] in FLAGGED]
    assert (alert["kind"], alert["severity"], alert["date"], alert["account"]) == (
        "structuring",
        "critical",
        "2026-11-26",
        "Checking …0331",
    )
    assert alert["message"].startswith(
        "3 deposits into Checking …0331 from 2026-11-23 to 2026-11-26, each just under "
        "10000.00 USD (29490.00 USD in all). Deposits split to stay under a reporting threshold "
        "are what banks must report: pay a sum in at once, and keep the paperwork of where it "
        "came from."
    )  # cash paid in: no "make one payment"


def test_a_households_near_misses_raise_nothing(store: Store, tmp_path: Path) -> None:
    entries = [
        *checking_months(date(2026, 6, 1), date(2026, 11, 30)),
        # a year-end bonus, then the rent and a lump sum off the car loan the same morning
        Entry(
            date(2026, 11, 30),
            D("14200.00"),
            "ACME CORP PAYROLL PPD ID: 9000000123",
            at("06:00:41"),
            "BONUS",
        ),
        Entry(date(2026, 11, 30), D("-11800.00"), "ALLY AUTO LOAN PAYOFF", at("08:10:03")),
        # savings moved in to pay the card off
        Entry(
            date(2026, 11, 27), D("9000.00"), "ONLINE TRANSFER FROM SAV XXXXX4471", at("08:00:12")
        ),
        Entry(date(2026, 11, 27), D("-8870.12"), "CAPITAL ONE CRCARDPMT", at("08:05:40")),
        # two deposits just under 10,000, not three
        Entry(date(2026, 11, 19), D("9800.00"), "DEPOSIT BRANCH 0412 TELLER 07", at("10:14:22")),
        Entry(date(2026, 11, 20), D("9650.00"), "MOBILE DEPOSIT REF 3318", at("15:02:51")),
        # a large transfer in the morning, a coffee after midnight, a line without a time
        Entry(date(2026, 11, 24), D("-8000.00"), "ZELLE TO SMITH JAMES", at("09:00:00")),
        Entry(date(2026, 11, 22), D("-6.15"), "STARBUCKS STORE 04512", at("01:10:27")),
        # a television ordered online at a quarter past midnight: a purchase, no transfer
        Entry(date(2026, 11, 23), D("-8499.99"), "BEST BUY 00010363 RICHFIELD MN", at("00:15:02")),
        Entry(date(2026, 11, 26), D("-7500.00"), "CHECK # 1187"),
        # holiday shopping at many new shops, spread over the month
        *(
            Entry(
                date(2026, 11, 2) + timedelta(days=2 * i + i % 2),
                D(f"-{45 + 23 * i}.99"),
                shop,
                at(f"14:3{i % 10}:1{i % 6}"),
            )
            for i, shop in enumerate(
                [
                    "MACY'S 0415",
                    "NORDSTROM #0221",
                    "BEST BUY 00004521",
                    "LEGO STORE 112",
                    "BARNES & NOBLE 2231",
                    "SEPHORA 0992",
                    "WILLIAMS-SONOMA 71",
                    "REI 0155",
                    "APPLE STORE R212",
                    "POTTERY BARN 3301",
                    "GAP 1174",
                    "UNIQLO 5TH AVE",
                ]
            )
        ),
    ]
    import_months(store, write_months(tmp_path, entries))
    for day in (date(2026, 11, 10), date(2026, 11, 25), date(2026, 12, 3)):
        assert [a.message for a in flagged(store, day)] == []


def test_a_car_sold_and_its_loan_paid_off_or_a_brokerage_sold_for_escrow_is_flagged_no_risk(
    store: Store, tmp_path: Path
) -> None:
    entries = [
        *checking_months(date(2026, 7, 1), date(2026, 11, 30)),
        # the car sold by cheque, its loan paid off the next morning
        Entry(date(2026, 11, 9), D("15000.00"), "MOBILE DEPOSIT", at("12:30:10"), "CHECK 1021"),
        Entry(date(2026, 11, 10), D("-14200.00"), "ALLY AUTO PAYOFF", at("09:15:22"), "LOAN"),
        # the family's own brokerage sold towards a house: the deposit wired to escrow
        Entry(
            date(2026, 11, 19),
            D("60000.00"),
            "FIDELITY MONEYLINE",
            at("10:00:00"),
            "TRANSFER FROM BROKERAGE",
        ),
        Entry(
            date(2026, 11, 20),
            D("-58500.00"),
            "WIRE OUT FIRST AMERICAN TITLE",
            at("11:00:00"),
            "ESCROW DEPOSIT",
        ),
    ]
    import_months(store, write_months(tmp_path, entries))
    assert flagged(store, date(2026, 11, 30)) == []


def test_takings_paid_on_tell_no_more_out_of_it_than_came_in_nor_hours_past_the_window(
    store: Store, tmp_path: Path
) -> None:
    """A stall's QR takings over a day, paid to one supplier the next two afternoons out of
    them and of money held before: "of it" is what came in, the hours from the last takings."""
    day = date(2026, 11, 19)
    takings = [
        Entry(day, D(f"{2450 + 37 * i}.{i * 7 % 100:02d}"), f"ZELLE FROM CUSTOMER {i:02d}",
              at(f"{9 + i:02d}:{i * 5 % 60:02d}:00"))
        for i in range(8)
    ]  # fmt: skip
    supplier = "WIRE OUT GREENLEAF PRODUCE WHOLESALE"
    entries = [
        *checking_months(date(2026, 7, 1), date(2026, 11, 30)),
        *takings,
        Entry(day + timedelta(days=1), D("-10800.00"), supplier, at("15:10:00")),
        Entry(day + timedelta(days=2), D("-10300.00"), supplier, at("15:40:00")),
    ]
    import_months(store, write_months(tmp_path, entries, opening=D("16200.00")))
    (through,) = flagged(store, date(2026, 11, 30))
    came = sum((e.amount for e in takings), D(0))
    assert through.params["inflow"] == f"{came} USD"
    assert through.params["outflow"] == f"{came} USD"  # not the 21100.00 paid
    assert through.params["hours"] == "48"  # from the last takings at 16:35, not 55 from 09:00
    assert "to one other party." in through.message
