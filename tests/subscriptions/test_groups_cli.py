"""``finapp subscriptions --json``: each stream's group and what pays it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.importers.base import ParsedAccount, ParsedStatement
from tests.helpers import cli_json, run_cli
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, NETFLIX, monthly

CHECKING = ParsedAccount("5550001234", "Chase", "checking", "USD", "Everyday Checking")


def _wechat(path: Path, first: date, count: int) -> Path:
    """A WeChat Pay export: a monthly video plan paid by a bank card (the paying source)."""
    rows = [
        f'{month_date(first, i, first.day):%Y-%m-%d} 20:11:05,商户消费,"腾讯视频","VIP会员",'
        f'支出,¥30.00,"招商银行信用卡(1234)",支付成功,42000021672024{i:02d}\t,"/"\t,"/"'
        for i in range(count)
    ]
    head = [
        "微信支付账单明细,,,,,,,,,,",
        "微信昵称：[阿芳],,,,,,,,,,",
        f"起始时间：[{first:%Y-%m-%d} 00:00:00] 终止时间：[2024-12-31 23:59:59],,,,,,,,,,",
        ",,,,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    path.write_text("\ufeff" + "\n".join(head + rows[::-1]) + "\n", encoding="utf-8")
    return path


def test_json_gives_each_stream_its_group_and_what_pays_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    start = date(2024, 1, 25)
    card = monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49") + monthly(
        "PAYMENT THANK YOU", date(2024, 1, 26), 6, "500.00"
    )
    checking = monthly("CHASE CARD AUTOPAY", start, 6, "-500.00") + monthly(
        "ACME PAYROLL", date(2024, 1, 1), 6, "3200.00"
    )
    for account, lines in ((CARD, card), (CHECKING, checking)):
        ofx = write_ofx(tmp_path / f"{account.number}.ofx", ParsedStatement(account, tuple(lines)))
        cli_json(data, "import", str(ofx), "--account", account.name)
    wechat = _wechat(tmp_path / "wechat.csv", date(2024, 1, 3), 6)
    cli_json(data, "import", str(wechat), "--account", "WeChat Pay")

    listed = cli_json(data, "subscriptions", "--as-of", "2024-06-28")
    netflix = next(item for item in listed if item["name"] == "Netflix")
    assert (netflix["group"], netflix["paid_from"]) == ("subscriptions", "Sapphire Visa")
    assert netflix["kind"] == "subscription"  # the existing fields stay as they were
    pay = next(item for item in listed if item["kind"] == "income")
    assert (pay["group"], pay["paid_from"]) == ("income", "Everyday Checking")
    video = next(item for item in listed if item["account"] == "WeChat Pay")
    assert video["group"] == "subscriptions"
    assert video["paid_from"] == "WeChat Pay · 招商银行信用卡(1234)"
    # both sides of the card payment are listed (each has its id), as one route
    sides = [item for item in listed if item["group"] == "transfers"]
    assert sorted(item["account"] for item in sides) == ["Everyday Checking", "Sapphire Visa"]
    assert {item["paid_from"] for item in sides} == {"Everyday Checking → Sapphire Visa"}

    table = run_cli(data, "subscriptions", "--as-of", "2024-06-28").stdout
    header, *rows = table.splitlines()
    assert header.split()[-3:] == ["group", "paid", "from"]
    netflix_row = next(row for row in rows if "Netflix" in row)
    assert netflix_row.rstrip().endswith("subscriptions  Sapphire Visa")
    # the table lists the card payment once, by its outgoing side, as the page does
    routes = [row for row in rows if "Everyday Checking → Sapphire Visa" in row]
    assert len(routes) == 1 and "-500.00" in routes[0]
