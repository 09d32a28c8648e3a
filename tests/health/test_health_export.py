"""The self-check report (issue 16, point 3): one HTML file a user keeps for their records.

The household: six months of bank downloads with checking below its 500.00 threshold, a card
at 85% of its limit with a payment due, most of the savings at one bank, a car fund goal, and an
Alipay wallet in CNY whose name came from a file with angle brackets in it, and whose iQIYI
membership the user renamed with some.
"""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError
from finapp.importers.base import ParsedAccount
from finapp.services import private_file
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import refresh_alerts
from finapp.services.forecast import forecast
from finapp.services.goals import add_goal
from finapp.services.health_export import write_report
from finapp.services.health_export_html import Worded
from finapp.services.subscriptions import list_subscriptions, rename
from finapp.store.engine import Store
from tests.health.goal_statements import Line, download, monthly
from tests.health.household_files import Household

ASKED = date(2025, 7, 3)  # the statements end on 30 June
CARD = "Chase …7415"
CHECKING = "Heritage Bank of Commerce …8803"
SAVINGS = "Ally Bank …4466"
GOAL = '<script>alert("goal")</script> Car fund'
WALLET = ParsedAccount(
    number="2088102146711583",
    institution="支付宝",
    type="payment_app",
    currency="CNY",
    name='支付宝 <Family> & "Joint"',
)
#: what the user renamed the wallet's iQIYI membership to
RENAMED = '爱奇艺 <VIP> & "黄金会员"'


def build_household(folder: Path) -> Store:
    """The household above, imported, with its alerts evaluated as of :data:`ASKED`."""
    store = Household(
        date(2025, 1, 1), checking="312.55", savings="4980.12", card_owed="7261.40",
        card_due=date(2025, 7, 22),
    ).imported(folder)  # fmt: skip
    set_low_balance_threshold(store, CHECKING, Decimal("500"))
    lines = [
        *monthly(date(2025, 1, 6), 6, "-25.00", "爱奇艺", "VIP会员 连续包月"),
        Line(date(2025, 2, 11), "-186.40", "盒马鲜生 上海长宁店", "扫码付款"),
        Line(date(2025, 3, 2), "1200.00", "余额宝-转出到余额", "转账"),
        Line(date(2025, 4, 19), "-318.75", "滴滴出行", "快车 2025-04-19 08:12"),
    ]
    download(store, WALLET, Decimal("2816.33"), lines, date(2025, 1, 1), date(2025, 6, 30))
    (iqiyi,) = [s for s in list_subscriptions(store) if s.account == WALLET.name]
    rename(store, iqiyi.id, RENAMED)
    add_goal(store, GOAL, Decimal("12000"), date(2026, 6, 30), [SAVINGS], today=date(2025, 2, 1))
    refresh_alerts(store, ASKED)
    return store


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return build_household(tmp_path_factory.mktemp("report"))


class Page(HTMLParser):
    """The report as a reader sees it: the text under each heading, the tags it holds."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sections: dict[str, list[str]] = {"": []}
        self.svg_in: dict[str, int] = {}
        self.lang = ""
        self._heading: str | None = None
        self._section = ""
        self._cell: list[str] = []
        self._open = 0  # rows, list items and paragraphs open (a list inside a row is the row's)
        self._in_svg = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        if tag == "h2":
            self._heading = ""
        if tag == "svg":
            self._in_svg += 1
            self.svg_in[self._section] = self.svg_in.get(self._section, 0) + 1
        if tag in ("tr", "li", "p") and not self._in_svg:
            self._open += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._heading is not None:
            self._section = self._heading.strip()
            self.sections[self._section] = []
            self._heading = None
        if tag == "svg":
            self._in_svg -= 1
        if tag in ("tr", "li", "p") and not self._in_svg:
            self._open -= 1
            line = " ".join(" ".join(self._cell).split())
            if line and not self._open:
                self.sections[self._section].append(line)
                self._cell = []

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading += data
        elif self._open and not self._in_svg:
            self._cell.append(data)

    def row(self, section: str, starts: str) -> str:
        (found,) = [line for line in self.sections[section] if line.startswith(starts)]
        return found


def written(store: Store, path: Path, **kwargs: object) -> tuple[str, Page]:
    write_report(store, path, ASKED, now=datetime(2025, 7, 3, 21, 14), **kwargs)  # type: ignore[arg-type]
    text = path.read_text(encoding="utf-8")
    return text, Page(text)


def test_each_section_tells_the_households_facts(household: Store, tmp_path: Path) -> None:
    _, page = written(household, tmp_path / "finapp-health-2025-07-03.html")
    assert page.lang == "en"
    assert "As of 2025-07-03 · Written 2025-07-03 21:14" in page.sections[""]
    assert list(page.sections)[1:] == [
        "Accounts", "Emergency fund", "Where liquid money is held", "Credit cards",
        "Savings goals", "Subscriptions", "Balance forecast, next 60 days",
        "Open money-health alerts",
    ]  # fmt: skip

    accounts = page.sections["Accounts"]
    assert page.row("Accounts", CARD) == (
        f"{CARD} 2025-01-01 – 2025-06-30 Needs attention "
        f"{CARD} is at 85% of its 8500.00 USD limit (7261.40 USD owed). Using much of a card's "
        "limit lowers your credit score, and near the limit a payment can be declined: pay it "
        "down before the statement closes, or ask for a higher limit."
    )
    assert page.row("Accounts", CHECKING) == (
        f"{CHECKING} 2025-01-01 – 2025-06-30 Needs attention "
        f"{CHECKING} is at 312.55 USD, below your 500.00 USD threshold."
    )
    assert page.row("Accounts", SAVINGS) == f"{SAVINGS} 2025-01-01 – 2025-06-30 Healthy"
    assert any(line.startswith(WALLET.name) for line in accounts)

    fund = page.sections["Emergency fund"]
    assert fund[0] == "1.8 months of essential spending covered; target 6 months."
    assert fund[1].startswith("Liquid money 5292.67 USD; essential spending ")
    assert any(line.startswith("Also held in CNY: ") for line in fund)
    assert page.svg_in["Emergency fund"] == 1

    assert page.row("Where liquid money is held", "Ally Bank") == (
        "Ally Bank 4980.12 USD 94% more than your limit at one institution"
    )
    card = page.row("Credit cards", CARD)
    assert card.startswith(f"{CARD} 8500.00 USD 7261.40 USD 85% 2025-07-22 35.00 USD ")
    assert "Netflix (15.49 USD, monthly)" in card

    goal = page.row("Savings goals", GOAL)
    assert goal.startswith(f"{GOAL} {SAVINGS} 4980.12 USD 12000.00 USD 2026-06-30 41% ")

    # Netflix alone in dollars: the rent paid by Zelle and PG&E are bills, as on every page
    assert page.sections["Subscriptions"][0].startswith(
        "1 active subscription(s) cost 15.49 USD a month. "
    )
    assert "No monthly cap set." in page.sections["Subscriptions"][0]

    alerts = page.sections["Open money-health alerts"]
    # dated by the day its "in 19 days" counts from, the day asked (it was first told on 22 June)
    assert f"2025-07-03 {CARD} {CARD}: a payment of 35.00 USD is due in 19 days (2025-07-22)." in (
        alerts
    )
    assert any("Your emergency fund covers 1.8 months" in line for line in alerts)
    assert "Save as PDF" in page.sections["Open money-health alerts"][-1]


def test_forecast_chart_has_a_line_per_account_and_the_coming_events(
    household: Store, tmp_path: Path
) -> None:
    text, page = written(household, tmp_path / "report.html")
    section = "Balance forecast, next 60 days"
    assert page.svg_in[section] == 1
    chart = text[
        text.index("<svg", text.index(section)) : text.index("</svg>", text.index(section))
    ]
    projected = {f.account: f for f in forecast(household, ASKED)}
    checking = projected[CHECKING]
    assert checking.threshold == Decimal("500.00")
    for name in (CARD, CHECKING, SAVINGS):
        assert name in chart  # each account's line is named in its legend
    assert f"{CHECKING} threshold" in chart
    assert "stroke-dasharray" in chart  # the threshold is dashed
    card = projected[CARD]
    assert f"lowest {card.lowest}" in chart
    assert card.lowest_on is not None and card.lowest_on >= ASKED  # a day still ahead
    assert page.row(section, CARD) == (
        f"{CARD}: from today, estimated from statements ending 2025-06-30 (-7261.40 USD then); "
        f"lowest {card.lowest} USD on {card.lowest_on.isoformat()} after {card.lowest_after}."
    )
    assert f"2025-07-15 {CHECKING} Salary — Acme Robotics 2431.17 USD" in page.sections[section]
    # the salary of 1 July and the rent of the 2nd, after the statements end and before the day
    # asked, are in the estimate of today's balance, not among the events coming
    coming = page.sections[section]
    assert not [row for row in coming if row.startswith(("2025-07-01 ", "2025-07-02 "))]


def test_names_from_files_and_the_user_show_as_text(household: Store, tmp_path: Path) -> None:
    text, page = written(household, tmp_path / "report.html")
    assert "script" not in page.tags
    assert "<script>" not in text and "<Family>" not in text and "<VIP>" not in text
    assert "&lt;script&gt;alert(&quot;goal&quot;)&lt;/script&gt; Car fund" in text
    accounts = page.sections["Accounts"]
    assert any(
        line.startswith('支付宝 <Family> & "Joint" 2025-01-01 – 2025-06-30') for line in accounts
    )
    events = page.sections["Balance forecast, next 60 days"]
    assert f"2025-07-06 {WALLET.name} {RENAMED} -25.00 CNY" in events
    # the kind of service named as the window names it, never its key ("video")
    assert "Video streaming: Netflix, " + RENAMED in page.sections["Subscriptions"]


def test_the_file_is_the_users_alone(household: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    written(household, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["report.html"]


def test_a_failed_write_leaves_the_earlier_report_and_no_temporary_file(
    household: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "finapp-health.html"
    path.write_text("<html>June's report</html>", encoding="utf-8")

    def disk_gone(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(private_file.os, "replace", disk_gone)
    with pytest.raises(OSError, match="Input/output error"):
        write_report(household, path, ASKED)
    assert os.listdir(tmp_path) == ["finapp-health.html"]
    assert path.read_text(encoding="utf-8") == "<html>June's report</html>"

    fresh = tmp_path / "new.html"
    with pytest.raises(OSError):
        write_report(household, fresh, ASKED)
    assert sorted(os.listdir(tmp_path)) == ["finapp-health.html"]


def test_a_wrong_name_or_folder_is_refused_before_anything_is_written(
    household: Store, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match=r"name it with \.html"):
        write_report(household, tmp_path / "health.pdf", ASKED)
    with pytest.raises(InvalidInputError, match="No folder"):
        write_report(household, tmp_path / "missing" / "health.html", ASKED)
    with pytest.raises(InvalidInputError, match="not 'fr'"):
        write_report(household, tmp_path / "health.html", ASKED, language="fr")
    assert os.listdir(tmp_path) == []


def test_chinese_report_has_chinese_headings_reasons_and_alerts(
    household: Store, tmp_path: Path
) -> None:
    text, page = written(household, tmp_path / "报告.html", language="zh_CN")
    assert page.lang == "zh-CN"
    # the charts' words are drawn by the browser, with a font that has Chinese in it
    assert 'svg text { font-family: "DejaVu Sans", "Noto Sans CJK SC", ' in text
    assert list(page.sections)[1:] == [
        "账户", "应急资金", "流动资金所在机构", "信用卡", "储蓄目标", "订阅", "未来 60 天余额预测",
        "未处理的财务健康提醒",
    ]  # fmt: skip
    assert "截至 2025-07-03 · 生成于 2025-07-03 21:14" in page.sections[""]
    assert page.row("账户", CARD).startswith(f"{CARD} 2025-01-01 – 2025-06-30 需要关注 ")
    # the reasons and alerts are the window's translations, with or without a window
    assert f"{CARD} 已用额度 85%（额度 8500.00 USD，欠款 7261.40 USD）" in page.row("账户", CARD)
    assert "视频流媒体：Netflix、" + RENAMED in page.sections["订阅"]
    assert page.row("账户", SAVINGS) == f"{SAVINGS} 2025-01-01 – 2025-06-30 健康"
    assert page.sections["应急资金"][0] == "可覆盖 1.8 个月的必要开支；目标 6 个月。"
    assert "Netflix (15.49 USD, 每月)" in page.row("信用卡", CARD)
    assert page.row("储蓄目标", GOAL).endswith(" 进度正常")
    assert "另存为 PDF" in page.sections["未处理的财务健康提醒"][-1]


def test_a_translator_words_the_reasons_and_alerts(household: Store, tmp_path: Path) -> None:
    """The GUI passes its translated sentences; the report then shows them, and no note."""

    def in_chinese(worded: Worded) -> str:
        return f"{worded.kind}：{worded.params.get('account', '')}"

    _, page = written(household, tmp_path / "r.html", language="zh_CN", sentence=in_chinese)
    assert "原因和提醒的句子以英文显示。" not in page.sections[""]
    assert page.row("账户", CHECKING).endswith(f"low_balance：{CHECKING}")
    assert f"2025-06-30 {CARD} card_utilisation：{CARD}" in page.sections["未处理的财务健康提醒"]
