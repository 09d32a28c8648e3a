"""Activity a bank would flag, judged from plain movements: each pattern injected into ordinary
months of a US checking account or a Chinese wallet fires with its facts; the near misses a
household makes every month stay silent."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from itertools import count

from finapp.core.flagged_activity import AccountActivity, Movement, Rules, flagged_activity

RULES = Rules({"USD": Decimal(10000), "EUR": Decimal(10000), "CNY": Decimal(50000)}, 14)
JUDGED = date(2026, 11, 30)
_ids = count(1)


def line(
    day: date,
    amount: str,
    payee: str,
    merchant: str = "",
    at: str | None = None,
    *,
    own: bool = False,
    routine: bool = False,
) -> Movement:
    minor = int(Decimal(amount) * 100)
    hour = time.fromisoformat(at) if at else None
    return Movement(next(_ids), day, minor, merchant or payee.upper(), payee, hour, own, routine)


def usd_months(until: date = JUDGED, months: int = 5) -> list[Movement]:
    """A household's checking account: payroll twice a month, rent, utilities, a transfer to
    savings, the card's autopay, groceries, ATM and Venmo, at the times a bank app shows."""
    out = []
    start = until - timedelta(days=30 * months)
    for k in range(months * 30):
        d = start + timedelta(days=k)
        if d.day in (15, 30):
            out.append(
                line(
                    d,
                    "2843.17",
                    "ACME CORP PAYROLL PPD ID: 9000000123",
                    "ACME payroll",
                    "06:02",
                    routine=True,
                )
            )
        if d.day == 1:
            out.append(
                line(d, "-2150.00", "OAKWOOD APTS WEB PMTS 448213", "Rent", "07:45", routine=True)
            )
        if d.day == 12:
            out.append(
                line(
                    d,
                    f"-{88 + k % 37}.{k % 100:02d}",
                    "DUKE ENERGY PAYMENT",
                    "Duke Energy",
                    "03:12",
                    routine=True,
                )
            )
        if d.day == 16:
            out.append(
                line(
                    d, "-1200.00", "ONLINE TRANSFER TO SAV XXXXX4471", "Savings", "08:30", own=True
                )
            )
        if d.day == 25:
            out.append(
                line(
                    d,
                    "-1873.44",
                    "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
                    "Card payment",
                    "02:10",
                    own=True,
                )
            )
        if k % 3 == 0:
            out.append(
                line(
                    d,
                    f"-{34 + k % 90}.{(k * 7) % 100:02d}",
                    "HARRIS TEETER #0123",
                    "Harris Teeter",
                    f"{17 + k % 4:02d}:{k % 60:02d}",
                )
            )
        if k % 7 == 5:
            out.append(line(d, "-100.00", "ATM WITHDRAWAL 004512 5TH AVE", "ATM", "19:20"))
        if k % 11 == 3:
            out.append(line(d, "-45.00", f"VENMO PAYMENT 10{k:08d}", "Venmo", "21:04"))
    return out


def cny_months(until: date = JUDGED, months: int = 5) -> list[Movement]:
    """An Alipay wallet: 余额宝 in and out, coffee, takeaway, Tmall, a phone top-up."""
    out = []
    start = until - timedelta(days=30 * months)
    for k in range(months * 30):
        d = start + timedelta(days=k)
        if d.day == 10:
            out.append(line(d, "3000.00", "余额宝-转出到余额", "余额宝", "09:01", own=True))
        if d.day == 6:
            out.append(line(d, "-58.00", "中国移动", "中国移动", "10:15", routine=True))
        if d.weekday() < 5:
            out.append(line(d, "-9.90", "瑞幸咖啡", "瑞幸咖啡", "08:4" + str(k % 10)))
        if k % 3 == 1:
            out.append(line(d, f"-{23 + k % 30}.50", "美团外卖", "美团外卖", "12:1" + str(k % 10)))
        if k % 9 == 4:
            out.append(line(d, f"-{80 + k % 200}.00", "天猫超市", "天猫超市", "22:3" + str(k % 10)))
    return out


def account(
    movements: list[Movement], currency: str = "USD", name: str = "Everyday", judged: date = JUDGED
) -> AccountActivity:
    ordered = sorted(movements, key=lambda m: (m.posted, m.time or time(0), m.id))
    return AccountActivity(1, name, currency, judged, ordered)


def kinds(*accounts: AccountActivity) -> list[str]:
    return [c.kind.value for c in flagged_activity(list(accounts), RULES)]


def only(kind: str, *accounts: AccountActivity) -> dict[str, str]:
    found = [c for c in flagged_activity(list(accounts), RULES)]
    assert [c.kind.value for c in found] == [kind], [c.message for c in found]
    return dict(found[0].params)


def test_ordinary_months_raise_nothing() -> None:
    assert kinds(account(usd_months())) == []
    assert kinds(account(cny_months(), "CNY", "支付宝")) == []


# --- pass-through -----------------------------------------------------------------------------


def test_a_wire_in_paid_out_to_four_parties_within_hours_is_passing_through() -> None:
    day = date(2026, 11, 24)
    injected = [
        line(day, "20000.00", "WIRE TRANSFER IN FROM HENDERSON HOLDINGS LLC REF 7731", "", "10:42"),
        line(day, "-6400.00", "ZELLE TO KOWALSKI M CONF# R7H2K", "", "11:05"),
        line(day, "-5150.00", "ZELLE TO NGUYEN T CONF# M2A9Q", "", "11:07"),
        line(day, "-4900.00", "WIRE TRANSFER OUT TO BRIGHTPATH TRADING REF 55120", "", "13:40"),
        line(day + timedelta(days=1), "-3500.00", "ZELLE TO OKAFOR C CONF# T9B1L", "", "09:15"),
    ]
    params = only("pass_through", account(usd_months() + injected))
    assert params == {
        "account": "Everyday",
        "inflow": "20000.00 USD",
        "date": "2026-11-24",
        "outflow": "19950.00 USD",
        "hours": "23",
        "parties": "4",
    }


def test_a_wallet_that_money_crosses_in_a_night_is_passing_through_in_cny() -> None:
    day = date(2026, 11, 27)
    injected = [
        line(day, "52000.00", "转账-来自 陈建国", "陈建国", "21:18"),
        line(day, "-18000.00", "转账-王芳", "王芳", "21:40"),
        line(day, "-17500.00", "转账-刘洋", "刘洋", "22:03"),
        line(
            day + timedelta(days=1),
            "-15300.00",
            "转账-深圳市恒通贸易有限公司",
            "深圳市恒通贸易有限公司",
            "07:55",
        ),
    ]
    found = flagged_activity([account(cny_months() + injected, "CNY", "支付宝")], RULES)
    assert [c.kind.value for c in found] == ["pass_through"]
    assert found[0].severity == "critical"  # 52,000 reaches the 50,000 CNY threshold
    assert found[0].params["outflow"] == "50800.00 CNY"
    assert found[0].params["parties"] == "3"
    assert found[0].params["hours"] == "11"


def test_money_collected_from_many_senders_in_an_evening_and_sent_on_passes_through() -> None:
    senders = [
        "杨帆",
        "朱丹",
        "秦岚",
        "尤勇",
        "许晴",
        "何洁",
        "吕方",
        "施红",
        "张强",
        "孔丽",
        "曹伟",
    ]
    day = date(2026, 11, 22)
    collected = [
        line(day, f"{3900 + 173 * i}.00", f"转账-{n}", n, f"{18 + i // 4}:{(i * 7) % 60:02d}")
        for i, n in enumerate(senders)
    ]
    sent = [
        line(
            day + timedelta(days=1), "-31000.00", "转账-义乌市宏达商行", "义乌市宏达商行", "09:12"
        ),
        line(day + timedelta(days=1), "-21500.00", "转账-周杰", "周杰", "09:40"),
    ]
    found = flagged_activity([account(cny_months() + collected + sent, "CNY", "支付宝")], RULES)
    assert [c.kind.value for c in found] == ["pass_through"]
    assert {k: found[0].params[k] for k in ("inflow", "date", "outflow", "parties", "hours")} == {
        "inflow": "52415.00 CNY",
        "date": "2026-11-22",
        "outflow": "52415.00 CNY",  # "of it": 52,500 went, no more than came in
        "parties": "2",
        "hours": "16",
    }


def test_without_times_the_next_days_outflows_pass_through_by_date() -> None:
    day = date(2026, 11, 20)
    injected = [
        line(day, "12500.00", "DEPOSIT BRANCH 0412"),
        line(day + timedelta(days=1), "-6200.00", "WIRE OUT REF 88123 SILVA IMPORTS"),
        line(day + timedelta(days=1), "-5800.00", "WIRE OUT REF 88124 MARSH LOGISTICS"),
    ]
    params = only("pass_through", account(usd_months() + injected))
    assert (params["hours"], params["parties"], params["outflow"]) == ("48", "2", "12000.00 USD")


def test_without_times_two_days_after_may_be_within_48_hours_but_three_are_not() -> None:
    day = date(2026, 11, 20)
    wire = line(day, "15400.00", "WIRE TRANSFER IN REF 31")
    two_days = [wire, line(day + timedelta(days=2), "-14900.00", "WIRE OUT REF 32 ACME LTD")]
    assert only("pass_through", account(usd_months() + two_days))["hours"] == "72"
    three_days = [wire, line(day + timedelta(days=3), "-14900.00", "WIRE OUT REF 32 ACME LTD")]
    assert kinds(account(usd_months() + three_days)) == []


def test_salary_in_then_rent_and_bills_out_is_no_pass_through() -> None:
    day = date(2026, 11, 30)
    routine = [
        line(
            day,
            "14200.00",
            "ACME CORP BONUS PPD ID: 9000000123",
            "ACME payroll",
            "06:00",
            routine=True,
        ),
        line(day, "-2150.00", "OAKWOOD APTS WEB PMTS 448291", "Rent", "07:45", routine=True),
        line(day, "-11800.00", "WELLS FARGO HOME MTG PAYOFF", "Mortgage", "08:10", routine=True),
    ]
    assert kinds(account(usd_months() + routine)) == []


def test_own_transfer_in_then_card_payment_is_no_pass_through() -> None:
    day = date(2026, 11, 26)
    own = [
        line(day, "9000.00", "ONLINE TRANSFER FROM SAV XXXXX4471", "Savings", "08:00", own=True),
        line(
            day,
            "-8870.12",
            "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
            "Card payment",
            "08:05",
            own=True,
        ),
    ]
    assert kinds(account(usd_months() + own)) == []


def test_a_large_inflow_kept_in_the_account_is_no_pass_through() -> None:
    day = date(2026, 11, 20)
    kept = [
        line(day, "24000.00", "DEPOSIT TITLE CO ESCROW REFUND", "", "14:00"),
        line(day, "-1240.00", "BEST BUY 00004521", "", "15:30"),
    ]
    assert kinds(account(usd_months() + kept)) == []


def test_a_gift_kept_the_same_morning_leaves_the_balance_far_from_where_it_started() -> None:
    day = date(2026, 11, 21)
    gift_and_cheque = [
        line(day, "32262.77", "ZELLE FROM CHEN WEI", "", "09:46"),
        line(day, "9123.13", "MOBILE DEPOSIT REF 3318", "", "17:38"),
        line(day + timedelta(days=1), "-9215.72", "COSTCO WHSE #0347", "", "17:17"),
    ]
    assert kinds(account(usd_months() + gift_and_cheque)) == []


def test_a_gift_towards_a_loan_paid_off_with_more_is_no_pass_through() -> None:
    day = date(2026, 11, 18)
    payoff = [
        line(day, "19261.59", "ZELLE FROM CHEN WEI", "", "16:19"),
        line(day + timedelta(days=1), "-26494.97", "ALLY AUTO LOAN PAYOFF", "", "10:27"),
    ]
    assert kinds(account(usd_months() + payoff)) == []


def test_an_outflow_three_days_after_is_not_within_48_hours() -> None:
    day = date(2026, 11, 20)
    later = [
        line(day, "15000.00", "WIRE TRANSFER IN REF 31", "", "10:00"),
        line(day + timedelta(days=3), "-14900.00", "WIRE OUT REF 32 ACME LTD", "", "10:00"),
    ]
    assert kinds(account(usd_months() + later)) == []


# --- structuring ------------------------------------------------------------------------------


def test_three_cash_deposits_just_under_10000_in_four_days_are_structuring() -> None:
    injected = [
        line(date(2026, 11, 23), "9800.00", "DEPOSIT BRANCH 0412 TELLER 7", "", "10:14"),
        line(date(2026, 11, 24), "9750.00", "DEPOSIT BRANCH 0388 TELLER 2", "", "15:02"),
        line(date(2026, 11, 26), "9940.00", "ATM CASH DEPOSIT 5TH AVE", "", "18:40"),
    ]
    found = flagged_activity([account(usd_months() + injected)], RULES)
    assert [c.kind.value for c in found] == ["structuring"]
    assert found[0].severity == "critical"
    assert dict(found[0].params) == {
        "count": "3",
        "account": "Everyday",
        "first": "2026-11-23",
        "last": "2026-11-26",
        "threshold": "10000.00 USD",
        "total": "29490.00 USD",
        "way": "in",
    }


def test_transfers_out_of_a_wallet_just_under_50000_cny_are_structuring() -> None:
    injected = [
        line(date(2026, 11, 21), "-48000.00", "转账-赵磊", "赵磊", "10:00"),
        line(date(2026, 11, 22), "-49500.00", "转账-赵磊", "赵磊", "10:30"),
        line(date(2026, 11, 22), "-46800.00", "转账-孙丽", "孙丽", "16:45"),
        line(date(2026, 11, 25), "-47999.00", "转账-赵磊", "赵磊", "11:02"),
    ]
    params = only("structuring", account(cny_months() + injected, "CNY", "支付宝"))
    assert (params["count"], params["threshold"], params["total"], params["way"]) == (
        "4",
        "50000.00 CNY",
        "192299.00 CNY",
        "out",  # told as transfers out, not deposits
    )


def test_two_deposits_under_the_threshold_are_not_structuring() -> None:
    injected = [
        line(date(2026, 11, 23), "9800.00", "DEPOSIT BRANCH 0412", "", "10:14"),
        line(date(2026, 11, 24), "9750.00", "DEPOSIT BRANCH 0388", "", "15:02"),
    ]
    assert kinds(account(usd_months() + injected)) == []


def test_two_cheques_in_and_the_builder_paid_just_under_are_not_structuring() -> None:
    injected = [
        line(date(2026, 11, 23), "9800.00", "DEPOSIT BRANCH 0412", "", "10:14"),
        line(date(2026, 11, 24), "9750.00", "MOBILE DEPOSIT REF 3318", "", "15:02"),
        line(date(2026, 11, 28), "-9600.00", "ZELLE TO RIVERA CONSTRUCTION", "", "09:40"),
    ]
    assert kinds(account(usd_months() + injected)) == []


def test_deposits_just_under_spread_over_weeks_are_not_structuring() -> None:
    injected = [
        line(date(2026, 11, d), "9800.00", "DEPOSIT BRANCH 0412", "", "10:14") for d in (3, 12, 21)
    ]
    assert kinds(account(usd_months() + injected)) == []


# --- late at night ----------------------------------------------------------------------------


def test_a_large_transfer_at_half_past_two_is_late_night() -> None:
    injected = [
        line(date(2026, 11, 28), "-8000.00", "ZELLE TO J SMITH CONF# Q81KD", "J SMITH", "02:30")
    ]
    params = only("late_night", account(usd_months() + injected))
    assert params == {
        "amount": "8000.00 USD",
        "account": "Everyday",
        "name": "ZELLE TO J SMITH CONF# Q81KD",
        "time": "02:30",
        "date": "2026-11-28",
    }


def test_a_large_wallet_transfer_before_five_in_cny_is_late_night() -> None:
    injected = [line(date(2026, 11, 29), "-26000.00", "转账-周杰", "周杰", "04:41")]
    params = only("late_night", account(cny_months() + injected, "CNY", "支付宝"))
    assert (params["amount"], params["time"]) == ("26000.00 CNY", "04:41")


def test_the_same_transfer_at_nine_a_coffee_at_one_or_a_line_without_time_are_quiet() -> None:
    quiet = [
        line(date(2026, 11, 28), "-8000.00", "ZELLE TO J SMITH", "J SMITH", "09:00"),
        line(date(2026, 11, 27), "-6.15", "STARBUCKS STORE 04512", "Starbucks", "01:10"),
        line(date(2026, 11, 26), "-7500.00", "ZELLE TO R DIAZ", "R DIAZ"),
        line(date(2026, 11, 29), "-8000.00", "ZELLE TO J SMITH", "J SMITH", "05:00"),
    ]
    assert kinds(account(usd_months() + quiet)) == []


def test_an_account_that_moves_large_sums_every_month_is_told_only_above_its_usual() -> None:
    supplier = [
        line(
            JUDGED - timedelta(days=k),
            f"-{2400 + k}.00",
            "ACH TO NORTHERN TIMBER",
            "Northern Timber",
            "03:30",
        )
        for k in range(20, 150, 6)
    ]
    usual = account(
        usd_months()
        + supplier
        + [
            line(
                date(2026, 11, 28), "-2600.00", "ACH TO NORTHERN TIMBER", "Northern Timber", "03:30"
            )
        ]
    )
    assert kinds(usual) == []
    unusual = account(
        usd_months()
        + supplier
        + [line(date(2026, 11, 28), "-9000.00", "ZELLE TO J SMITH", "", "03:30")]
    )
    assert kinds(unusual) == ["late_night"]


# --- new counterparties -----------------------------------------------------------------------


def test_payments_to_six_parties_never_paid_before_in_three_days_are_a_burst() -> None:
    injected = [
        line(date(2026, 11, 24), "-640.00", "ZELLE TO A PETROV CONF# 1"),
        line(date(2026, 11, 24), "-615.50", "ZELLE TO L HARTMAN CONF# 2"),
        line(date(2026, 11, 25), "-720.00", "ZELLE TO D MBEKI CONF# 3"),
        line(date(2026, 11, 25), "-580.00", "ZELLE TO S RAMOS CONF# 4"),
        line(date(2026, 11, 26), "-905.25", "ZELLE TO K TANAKA CONF# 5"),
        line(date(2026, 11, 26), "-739.25", "ZELLE TO B OSEI CONF# 6"),
    ]
    params = only("new_counterparties", account(usd_months() + injected))
    assert params == {
        "account": "Everyday",
        "count": "6",
        "days": "3",
        "first": "2026-11-24",
        "last": "2026-11-26",
        "total": "4200.00 USD",
    }


def test_a_burst_of_new_payees_from_a_wallet_in_cny() -> None:
    names = ["吴桂兰", "郑浩", "冯晓燕", "何志强", "许静", "邓超", "曹丽娟"]
    injected = [
        line(
            date(2026, 11, 27) + timedelta(days=i % 2),
            f"-{1800 + 137 * i}.00",
            f"转账-{n}",
            n,
            f"1{i}:05",
        )
        for i, n in enumerate(names)
    ]
    params = only("new_counterparties", account(cny_months() + injected, "CNY", "支付宝"))
    assert (params["count"], params["days"], params["total"]) == ("7", "2", "15477.00 CNY")


def test_a_month_of_new_shops_spread_over_weeks_is_holiday_shopping() -> None:
    shops = [
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
    injected = [
        line(
            date(2026, 11, 2) + timedelta(days=2 * i + i % 2),
            f"-{45 + 23 * i}.99",
            shop,
            "",
            "14:3" + str(i % 10),
        )
        for i, shop in enumerate(shops)
    ]
    assert kinds(account(usd_months() + injected)) == []


def test_new_parties_in_the_first_weeks_of_history_are_not_a_burst() -> None:
    start = JUDGED - timedelta(days=20)
    first_weeks = usd_months(months=1) + [
        line(start + timedelta(days=i % 2), f"-{600 + i}.00", f"SHOP {i}", "", "12:00")
        for i in range(6)
    ]
    assert kinds(account(first_weeks)) == []


# --- what is recent ---------------------------------------------------------------------------


def test_a_pattern_older_than_the_window_stays_quiet_and_the_key_names_the_occurrence() -> None:
    old = [line(date(2026, 9, 8), "-8000.00", "ZELLE TO J SMITH", "J SMITH", "02:30")]
    assert kinds(account(usd_months() + old)) == []
    found = flagged_activity([account(usd_months() + old, judged=date(2026, 9, 20))], RULES)
    assert [c.key for c in found] == ["late_night:1:2026-09-08T02:30"]


def test_a_currency_without_a_reporting_threshold_is_not_judged() -> None:
    injected = [line(date(2026, 11, 28), "-8000.00", "ZELLE TO J SMITH", "J SMITH", "02:30")]
    assert kinds(account(usd_months() + injected, "JPY")) == []


def test_parties_paid_before_from_another_account_are_not_new() -> None:
    parties = ["A PETROV", "L HARTMAN", "D MBEKI", "S RAMOS", "K TANAKA", "B OSEI"]
    card = AccountActivity(2, "Visa", "USD", JUDGED, [
        line(date(2026, 9, 3 + i), f"-{35 + i}.00", f"VENMO {p}", p, "12:00")
        for i, p in enumerate(parties[:2])
    ])  # fmt: skip
    burst = [
        line(date(2026, 11, 24) + timedelta(days=i // 3), f"-{610 + 17 * i}.00", f"ZELLE TO {p}",
             p, "10:15")
        for i, p in enumerate(parties)
    ]  # fmt: skip
    checking = account(usd_months() + burst)
    assert kinds(checking, card) == []  # four new parties: two were paid from the card before
    assert kinds(checking) == ["new_counterparties"]
