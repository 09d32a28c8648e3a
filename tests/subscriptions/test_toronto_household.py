"""A Toronto household's recurring money as finapp tells it, page and alert alike: Netflix's rise
at its latest charge is on its record as the alert tells it, a phone bill that varies is a bill
without price rises, ¥1000 a month to 妈妈 is money paid out (as the month report counts it), and
two 双十一 refunds a year apart are no yearly income."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from finapp.core.cadence import month_date
from tests.helpers import cli_json
from tests.subscriptions.toronto_exports import write_alipay, write_bmo, write_td, write_wechat

START = date(2025, 5, 1)


def _monthly(day: int, count: int) -> list[date]:
    return [month_date(START, i, day) for i in range(count)]


def _named(rows: list[dict[str, Any]], word: str) -> dict[str, Any]:
    return next(row for row in rows if word in row["name"].upper())


def test_a_rise_at_the_latest_charge_is_on_the_record_the_alert_tells(tmp_path: Path) -> None:
    """Netflix 18.99 → 20.99 on 2026-11-05 and TD car insurance 846.30 → 879.12 (twice a year):
    the next charge at the new price has not come yet, and the user is told of the rise."""
    netflix = [
        (day, "NETFLIX.COM      866-579-7172 ON", "-18.99" if day < date(2026, 11, 1) else "-20.99")
        for day in _monthly(5, 19)
    ]
    spotify = [(day, "Spotify P2A3B4C5D6 Stockholm SE", "-11.99") for day in _monthly(12, 19)]
    card = write_bmo(tmp_path / "bmo.csv", netflix + spotify, date(2026, 12, 1))
    insurance = [
        (date(2025, 6, 10), "TD INSURANCE     AUTO INS", "-846.30"),
        (date(2025, 12, 10), "TD INSURANCE     AUTO INS", "-846.30"),
        (date(2026, 6, 10), "TD INSURANCE     AUTO INS", "-879.12"),
    ]
    pay = [(day, "UHN PAYROLL      PAY", "2684.37") for day in _monthly(15, 19)]
    chequing = write_td(tmp_path / "accountactivity.csv", insurance + pay)
    data = tmp_path / "data"
    cli_json(data, "import", str(chequing), str(card))

    rows = cli_json(data, "subscriptions")
    netflix_row = _named(rows, "NETFLIX")
    assert netflix_row["price_changes"] == [{"date": "2026-11-05", "old": "18.99", "new": "20.99"}]
    assert "price_increase" in netflix_row["flags"]
    assert _named(rows, "INSURANCE")["price_changes"] == [
        {"date": "2026-06-10", "old": "846.30", "new": "879.12"}
    ]
    assert _named(rows, "SPOTIFY")["price_changes"] == []

    told = [a for a in cli_json(data, "alerts") if a["kind"] == "price_increase"]
    assert [(a["subscription_id"], a["date"], a["amount"]) for a in told] == [
        (netflix_row["id"], "2026-11-05", "-20.99")
    ]


def test_a_phone_bill_that_varies_is_a_bill_without_price_rises(tmp_path: Path) -> None:
    """Rogers at 72.32 most months, 79.43, 88.14 or 95.60 with roaming and data."""
    amounts = ["72.32", "79.43", "88.14", "72.32", "88.14", "88.14", "72.32", "72.32", "72.32"]
    amounts += ["72.32", "72.32", "95.60", "72.32", "72.32", "72.32", "72.32", "72.32", "95.60"]
    rogers = [
        (day, "ROGERS           BPY", f"-{amount}")
        for day, amount in zip(_monthly(22, len(amounts)), amounts, strict=True)
    ]
    data = tmp_path / "data"
    summary = cli_json(data, "import", str(write_td(tmp_path / "accountactivity.csv", rogers)))

    (row,) = cli_json(data, "subscriptions")
    assert (row["kind"], row["group"], row["price_changes"]) == ("bill", "bills", [])
    assert [part for part in summary["history"] if part["part"] == "price_rises"] == []
    assert not [a for a in cli_json(data, "alerts") if a["kind"] == "price_increase"]


def test_money_sent_to_mum_is_paid_out_as_the_month_report_counts_it(tmp_path: Path) -> None:
    """WeChat Pay's 转账 to 妈妈 on the 8th: not a move between one's own accounts."""
    lines = [(day, ("转账", "妈妈", "转账备注:生活费"), "-1000.00") for day in _monthly(8, 12)]
    lines += [(date(2025, 10, 1), ("微信红包", "舅舅", "/"), "-200.00")]
    export = write_wechat(tmp_path / "微信支付账单.csv", lines, START, date(2026, 4, 30))
    data = tmp_path / "data"
    cli_json(data, "import", str(export))

    (row,) = cli_json(data, "subscriptions")
    assert (row["name"], row["kind"], row["group"]) == ("妈妈", "bill", "bills")
    report = cli_json(data, "report", "--month", "2026-03")
    spent = {(c["category"], c["currency"]): c["amount"] for c in report["categories"]}
    assert spent[("Person to Person", "CNY")] == "1000.00"
    # the month's recurring payments out are the ones the Subscriptions page lists
    assert [(s["currency"], s["amount"]) for s in report["subscriptions"]] == [("CNY", "1000.00")]


def test_two_refunds_a_year_apart_are_no_income(tmp_path: Path) -> None:
    """Alipay's 双十一 down jacket bought and returned in 2025 and again in 2026."""
    shop = "淘宝 优衣库官方旗舰店"
    lines = [
        (date(2025, 11, 14), ("服饰装扮", shop, "双十一 羽绒服", "支出"), "-599.00"),
        (date(2025, 11, 20), ("退款", shop, "退款-双十一 羽绒服", "不计收支"), "599.00"),
        (date(2026, 11, 11), ("服饰装扮", shop, "双十一 羽绒服", "支出"), "-649.00"),
        (date(2026, 11, 18), ("退款", shop, "退款-双十一 羽绒服", "不计收支"), "649.00"),
    ]
    data = tmp_path / "data"
    cli_json(data, "import", str(write_alipay(tmp_path / "alipay_record.csv", lines)))

    assert [row for row in cli_json(data, "subscriptions") if row["group"] == "income"] == []
