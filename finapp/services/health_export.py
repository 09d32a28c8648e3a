"""The money-health self-check as one HTML file the user keeps for their own records.

Everything the Health page shows, as of a day, in a single self-contained file: inline CSS,
the charts as inline SVG drawn by matplotlib's SVG backend (no Qt, no network, no file beside
it), so it opens the same in any browser years later and can be mailed or archived whole.

**HTML only, no PDF.** A PDF would need a layout engine: matplotlib's ``PdfPages`` places text
at fixed points (no wrapping of a long reason, no table across pages), and the libraries that
lay HTML out as PDF (WeasyPrint, wkhtmltopdf) are large native dependencies for one button.
The page's print CSS keeps a table row on one page and prints the bars' colours, so a
browser's "Print → Save as PDF" gives a clean PDF; the file's footer says so.

**Privacy.** The file holds balances, payees and account names in plain text, so it is written
only where the user asked, whole or not at all: a temporary file in the same folder (never a
copy elsewhere), readable by the user alone (0600), flushed to disk, then renamed over the
name asked for. Every text from the user's data (account, payee, goal names) is escaped.

**Words.** The fixed headings and labels are kept here per language (the services cannot use
Qt's translator). The reasons and alerts are sentences worded from their facts: in English by
their own ``message``; a caller with a translator (the GUI) passes ``sentence`` to word them in
its language, and without one a Chinese report shows the English sentences and says so.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Protocol

from sqlalchemy import select

from finapp.core.alert_facts import money_fact
from finapp.core.alerts import Kind
from finapp.core.health import ALERT_KINDS, AccountHealth
from finapp.errors import InvalidInputError
from finapp.services.alerts import AlertView, list_alerts
from finapp.services.coverage import Coverage, coverage_by_account
from finapp.services.forecast import DEFAULT_DAYS, AccountForecast, account_forecasts
from finapp.services.health import HealthReport, health_report
from finapp.services.private_file import replace_privately
from finapp.services.report_fonts import FONTS
from finapp.store.engine import Store
from finapp.store.schema import Account

LANGUAGES = ("en", "zh_CN")


def charts() -> ModuleType:
    """The chart module, imported when a report is drawn: matplotlib takes half a second to
    load, and every ``finapp`` command imports this module with its command's."""
    from finapp.services import health_charts

    return health_charts


#: the alerts the report lists: money health's own, and those that count against an account
HEALTH_ALERTS = ALERT_KINDS | {
    Kind.EMERGENCY_FUND, Kind.GOAL_BEHIND, Kind.CARD_PAYMENT_DUE, Kind.SUBSCRIPTION_CAP,
    Kind.REVIEW_DUE, Kind.UNREVIEWED,
}  # fmt: skip

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Money health self-check",
        "as_of": "As of {day}",
        "written": "Written {when}",
        "accounts": "Accounts",
        "account": "Account",
        "covers": "Statements cover",
        "no_statements": "no statements",
        "gaps": "{count} gap(s) between statements",
        "grade": "Grade",
        "reasons": "Reasons",
        "healthy": "Healthy",
        "needs_attention": "Needs attention",
        "at_risk": "At risk",
        "fund": "Emergency fund",
        "fund_months": "{months} months of essential spending covered; target {target} months.",
        "fund_unknown": "No full month of essential spending is known yet.",
        "fund_figures": "Liquid money {liquid}; essential spending {monthly} a month ({months}).",
        "covered": "Covered",
        "target": "Target",
        "months": "months",
        "held_in": "Also held in {currency}: {amount} (not converted, not counted).",
        "not_counted": "Not counted (no balance known): {names}.",
        "institutions": "Where liquid money is held",
        "institution": "Institution",
        "amount": "Amount",
        "share": "Share",
        "note": "Note",
        "over_limit": "more than your limit at one institution",
        "cards": "Credit cards",
        "card": "Card",
        "limit": "Limit",
        "owed": "Owed",
        "utilisation": "Utilisation",
        "due": "Payment due",
        "minimum": "Minimum",
        "pays": "Subscriptions it pays",
        "weekly": "weekly",
        "biweekly": "every two weeks",
        "semimonthly": "twice a month",
        "four_weekly": "every four weeks",
        "monthly": "monthly",
        "bimonthly": "every two months",
        "quarterly": "quarterly",
        "semiannual": "twice a year",
        "annual": "yearly",
        "goals": "Savings goals",
        "goal": "Goal",
        "by": "By",
        "saved": "Saved",
        "progress": "Progress",
        "needed": "Needed a month",
        "state": "State",
        "reached": "Reached",
        "on_track": "On track",
        "behind": "Behind",
        "missed": "Missed",
        "unknown": "Unknown",
        "subscriptions": "Subscriptions",
        "subs_total": "{count} active subscription(s) cost {total} a month.",
        "subs_cap": "Your cap: {cap} a month.",
        "subs_over": "Over the cap.",
        "subs_no_cap": "No monthly cap set.",
        "overlaps": "Overlaps",
        "reviews_due": "Reviews due",
        "review_due": "review due {day}",
        "unreviewed": "not reviewed since {day}",
        "forecast": "Balance forecast, next {days} days",
        "forecast_from": "{account}: from {start} (where its statements end), {balance}; "
        "lowest {lowest} on {day}{after}.",
        "after": " after {name}",
        "no_forecast": "{account}: no balance known, cannot be forecast.",
        "events": "Coming events",
        "day": "Date",
        "name": "Name",
        "threshold": "threshold",
        "lowest": "lowest",
        "alerts": "Open money-health alerts",
        "alert": "Alert",
        "none": "None.",
        "english_note": "",
        "footer": "Made by finapp for your own records. This file is not encrypted: keep it "
        "where only you can read it. To keep it as a PDF, open it in a browser, choose Print "
        "and then Save as PDF.",
    },
    "zh_CN": {
        "title": "财务健康自查报告",
        "as_of": "截至 {day}",
        "written": "生成于 {when}",
        "accounts": "账户",
        "account": "账户",
        "covers": "对账单覆盖",
        "no_statements": "没有对账单",
        "gaps": "对账单之间有 {count} 处缺口",
        "grade": "评级",
        "reasons": "原因",
        "healthy": "健康",
        "needs_attention": "需要留意",
        "at_risk": "有风险",
        "fund": "应急资金",
        "fund_months": "可覆盖 {months} 个月的必要开支；目标 {target} 个月。",
        "fund_unknown": "还没有一个完整月份的必要开支记录。",
        "fund_figures": "流动资金 {liquid}；必要开支每月 {monthly}（{months}）。",
        "covered": "已覆盖",
        "target": "目标",
        "months": "个月",
        "held_in": "另有 {currency}：{amount}（未换算，未计入）。",
        "not_counted": "未计入（余额未知）：{names}。",
        "institutions": "流动资金所在机构",
        "institution": "机构",
        "amount": "金额",
        "share": "占比",
        "note": "备注",
        "over_limit": "超过您为单一机构设定的上限",
        "cards": "信用卡",
        "card": "卡",
        "limit": "额度",
        "owed": "欠款",
        "utilisation": "使用率",
        "due": "还款日",
        "minimum": "最低还款",
        "pays": "由此卡支付的订阅",
        "weekly": "每周",
        "biweekly": "每两周",
        "semimonthly": "每月两次",
        "four_weekly": "每四周",
        "monthly": "每月",
        "bimonthly": "每两个月",
        "quarterly": "每季度",
        "semiannual": "每半年",
        "annual": "每年",
        "goals": "储蓄目标",
        "goal": "目标",
        "by": "期限",
        "saved": "已存",
        "progress": "进度",
        "needed": "每月需存",
        "state": "状态",
        "reached": "已达成",
        "on_track": "进度正常",
        "behind": "落后",
        "missed": "未达成",
        "unknown": "未知",
        "subscriptions": "订阅",
        "subs_total": "{count} 项有效订阅每月共 {total}。",
        "subs_cap": "您的上限：每月 {cap}。",
        "subs_over": "已超过上限。",
        "subs_no_cap": "未设每月上限。",
        "overlaps": "重复的服务",
        "reviews_due": "待复查",
        "review_due": "应于 {day} 复查",
        "unreviewed": "自 {day} 起未复查",
        "forecast": "未来 {days} 天余额预测",
        "forecast_from": "{account}：自 {start}（对账单结束日）起，{balance}；"
        "最低 {lowest}，在 {day}{after}。",
        "after": "，{name} 之后",
        "no_forecast": "{account}：余额未知，无法预测。",
        "events": "即将发生的收支",
        "day": "日期",
        "name": "名称",
        "threshold": "提醒线",
        "lowest": "最低点",
        "alerts": "未处理的财务健康提醒",
        "alert": "提醒",
        "none": "无。",
        "english_note": "原因和提醒的句子以英文显示。",
        "footer": "由 finapp 生成，供您自己留存。此文件未加密：请保存在只有您能读取的地方。"
        "如需 PDF，请在浏览器中打开，选择“打印”，再选择“另存为 PDF”。",
    },
}

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, %(fonts)s, sans-serif;
       color: #1d2330; margin: 2em auto; max-width: 60em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #c9ced8; }
.meta { color: #555d6b; margin: 0; }
table { border-collapse: collapse; width: 100%%; margin: 0.5em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em;
         border-bottom: 1px solid #e1e4ea; }
td.money, th.money { text-align: right; white-space: nowrap; }
.grade { font-weight: 600; padding: 0.1em 0.5em; border-radius: 0.6em; white-space: nowrap; }
.healthy { color: #1e6b34; background: #d9f2df; }
.needs_attention { color: #7a5300; background: #fdf0cc; }
.at_risk { color: #8f1d1d; background: #fbdcdc; }
.bar { background: #e1e4ea; height: 0.7em; width: 8em; display: inline-block; }
.bar span { background: #3a6fb0; height: 100%%; display: block; }
.note { color: #8f1d1d; }
ul { margin: 0.3em 0; padding-left: 1.3em; }
svg { max-width: 100%%; height: auto; }
svg text { font-family: "DejaVu Sans", %(fonts)s, sans-serif !important; }
footer { margin-top: 2.5em; color: #555d6b; font-size: 0.9em; border-top: 1px solid #c9ced8; }
@media print {
  body { margin: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


class Worded(Protocol):
    """A reason or an alert: its kind, its facts and its English sentence."""

    @property
    def kind(self) -> str: ...
    @property
    def params(self) -> Mapping[str, str]: ...
    @property
    def message(self) -> str: ...


#: words a reason or an alert in the report's language (the GUI's translated sentences)
Sentence = Callable[[Worded], str]


@dataclass(frozen=True, slots=True)
class ReportData:
    """What the report shows, gathered in one go as of ``health.as_of``."""

    health: HealthReport
    #: each account's statements, by account name (None: no statements)
    coverage: Mapping[str, Coverage | None]
    forecasts: Sequence[AccountForecast]
    alerts: Sequence[AlertView]


def gather(store: Store, as_of: date) -> ReportData:
    """The health report, statement coverage, 60-day forecast and open health alerts."""
    report = health_report(store, as_of)
    with store.read() as session:
        covered = coverage_by_account(session)
        names = session.execute(select(Account.id, Account.name)).all()
        coverage = {name: covered.get(account_id) for account_id, name in names}
        forecasts = account_forecasts(session, as_of, DEFAULT_DAYS)
    alerts = [a for a in list_alerts(store, as_of=as_of) if a.kind in HEALTH_ALERTS]
    return ReportData(report, coverage, forecasts, sorted(alerts, key=lambda a: (a.date, a.id)))


# -- writing the file --------------------------------------------------------------------------


def check_report_path(path: Path) -> None:
    """Refuse, before anything is written, a name that is not ``.html`` or a missing folder."""
    if path.suffix.lower() not in (".html", ".htm"):
        raise InvalidInputError(f"The report is an HTML file: name it with .html, not {path.name}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInputError(f"No folder {folder} to write {path.name} into")
    if path.is_dir():
        raise InvalidInputError(f"{path} is a folder; name the .html file to write")


def write_report(
    store: Store,
    path: Path,
    as_of: date,
    *,
    language: str = "en",
    sentence: Sentence | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the self-check as of ``as_of`` to ``path`` (an ``.html`` file); returns it."""
    if language not in LANGUAGES:
        raise InvalidInputError(f"The report is in {' or '.join(LANGUAGES)}, not {language!r}")
    check_report_path(path)
    page = render(gather(store, as_of), language, sentence, now or datetime.now())
    replace_privately(path, page.encode("utf-8"))
    return path


# -- the page ----------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class _Page:
    """Builds the page's HTML in one language; every value passes through :func:`_esc`."""

    def __init__(self, language: str, sentence: Sentence | None) -> None:
        self.words = _LABELS[language]
        self.sentence = sentence
        self.parts: list[str] = []

    def label(self, key: str, **values: object) -> str:
        """A fixed label filled with ``values``, escaped."""
        return _esc(self.words[key].format(**values))

    def say(self, worded: Worded) -> str:
        return _esc(self.sentence(worded) if self.sentence else worded.message)

    def add(self, *parts: str) -> None:
        self.parts.extend(parts)

    def heading(self, key: str, **values: object) -> None:
        self.add(f"<h2>{self.label(key, **values)}</h2>")

    def table(self, heads: Sequence[str], rows: Iterable[Sequence[str]], money: set[int]) -> None:
        """A table of already-escaped cells; columns in ``money`` align right."""
        rows = list(rows)
        if not rows:
            self.add(f"<p>{self.label('none')}</p>")
            return

        def cls(i: int) -> str:
            return ' class="money"' if i in money else ""

        head = "".join(f"<th{cls(i)}>{self.label(h)}</th>" for i, h in enumerate(heads))
        body = "".join(
            "<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
            for row in rows
        )
        self.add(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _money(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else _esc(f"{amount} {currency}")


def _minor(minor: int | None, currency: str) -> str:
    return "—" if minor is None else _esc(money_fact(minor, currency))


def _bar(percent: int | None) -> str:
    width = 0 if percent is None else max(0, min(percent, 100))
    return f'<span class="bar"><span style="width:{width}%"></span></span>'


def render(data: ReportData, language: str, sentence: Sentence | None, now: datetime) -> str:
    """The whole page as a string."""
    page = _Page(language, sentence)
    health = data.health
    title = page.label("title")
    page.add(
        f'<h1>{title}</h1><p class="meta">{page.label("as_of", day=health.as_of.isoformat())}'
        f" · {page.label('written', when=now.strftime('%Y-%m-%d %H:%M'))}</p>"
    )
    if language != "en" and sentence is None:
        page.add(f'<p class="meta">{page.label("english_note")}</p>')
    _accounts(page, health.accounts, data.coverage)
    _fund(page, health)
    _institutions(page, health)
    _cards(page, health)
    _goals(page, health)
    _subscriptions(page, health)
    _forecast(page, data.forecasts)
    page.heading("alerts")
    page.table(
        ("day", "account", "alert"),
        ((_esc(a.date.isoformat()), _esc(a.account or ""), page.say(a)) for a in data.alerts),
        set(),
    )
    lang = "zh-CN" if language == "zh_CN" else "en"
    css = _CSS % {"fonts": ", ".join(f'"{font}"' for font in FONTS)}
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} {_esc(health.as_of.isoformat())}</title><style>{css}</style></head>"
        f"<body>{''.join(page.parts)}<footer><p>{page.label('footer')}</p></footer>"
        "</body></html>\n"
    )


def _covers(page: _Page, coverage: Coverage | None) -> str:
    if coverage is None:
        return page.label("no_statements")
    text = _esc(f"{coverage.covered_from.isoformat()} – {coverage.covered_until.isoformat()}")
    if coverage.gaps:
        text += f"<br>{page.label('gaps', count=len(coverage.gaps))}"
    return text


def _accounts(
    page: _Page, accounts: Sequence[AccountHealth], coverage: Mapping[str, Coverage | None]
) -> None:
    page.heading("accounts")

    def reasons(one: AccountHealth) -> str:
        if not one.reasons:
            return ""
        return "<ul>" + "".join(f"<li>{page.say(r)}</li>" for r in one.reasons) + "</ul>"

    page.table(
        ("account", "covers", "grade", "reasons"),
        (
            (
                _esc(one.account),
                _covers(page, coverage.get(one.account)),
                f'<span class="grade {one.grade.value}">{page.label(one.grade.value)}</span>',
                reasons(one),
            )
            for one in accounts
        ),
        set(),
    )


def _fund(page: _Page, health: HealthReport) -> None:
    fund = health.emergency_fund
    cur = fund.currency
    page.heading("fund")
    if fund.months is None:
        page.add(f"<p>{page.label('fund_unknown')}</p>")
    else:
        page.add(
            f"<p>{page.label('fund_months', months=fund.months, target=fund.target_months)}</p>",
            f"<figure>{charts().fund_chart(fund.months, fund.target_months, page.words)}</figure>",
        )
    averaged = ", ".join(f"{m:%Y-%m}" for m in fund.months_averaged)
    page.add(
        "<p>"
        + page.label(
            "fund_figures",
            liquid=money_fact(fund.liquid_minor, cur),
            monthly=money_fact(fund.monthly_minor, cur),
            months=averaged,
        )
        + "</p>"
    )
    for code, minor in fund.other_currencies.items():
        page.add(f"<p>{page.label('held_in', currency=code, amount=money_fact(minor, code))}</p>")
    if fund.unknown_balances:
        page.add(f"<p>{page.label('not_counted', names=', '.join(fund.unknown_balances))}</p>")


def _institutions(page: _Page, health: HealthReport) -> None:
    page.heading("institutions")
    page.table(
        ("institution", "amount", "share", "note"),
        (
            (
                _esc(share.institution),
                _minor(share.amount_minor, share.currency),
                f"{_bar(share.percent)} {share.percent}%",
                f'<span class="note">{page.label("over_limit")}</span>' if share.over_limit else "",
            )
            for share in health.institutions
        ),
        {1},
    )


def _cards(page: _Page, health: HealthReport) -> None:
    page.heading("cards")
    page.table(
        ("card", "limit", "owed", "utilisation", "due", "minimum", "pays"),
        (
            (
                _esc(card.account),
                _minor(card.limit_minor, card.currency),
                _minor(card.owed_minor, card.currency),
                "—" if card.percent is None else f"{_bar(card.percent)} {card.percent}%",
                _esc(card.due_on.isoformat()) if card.due_on else "—",
                _minor(card.minimum_due_minor, card.currency),
                "<br>".join(
                    _esc(
                        f"{s.name} ({money_fact(s.amount_minor, s.currency)}, "
                        f"{page.words.get(s.cadence, s.cadence)})"
                    )
                    for s in card.subscriptions
                ),
            )
            for card in health.cards
        ),
        {1, 2, 5},
    )


def _goals(page: _Page, health: HealthReport) -> None:
    page.heading("goals")
    page.table(
        ("goal", "account", "saved", "target", "by", "progress", "needed", "state"),
        (
            (
                _esc(goal.name),
                _esc(", ".join(goal.accounts)),
                _money(goal.saved, goal.currency),
                _money(goal.target, goal.currency),
                _esc(goal.target_date.isoformat()),
                "—" if goal.percent is None else f"{_bar(goal.percent)} {goal.percent}%",
                _money(goal.needed_per_month, goal.currency),
                page.label(str(goal.state)),
            )
            for goal in health.goals
        ),
        {2, 3, 6},
    )


def _subscriptions(page: _Page, health: HealthReport) -> None:
    audit = health.subscriptions.audit
    cur = audit.currency
    main = audit.main_cost
    page.heading("subscriptions")
    total = money_fact(main.monthly_minor if main else 0, cur)
    lines = [page.label("subs_total", count=main.count if main else 0, total=total)]
    lines += [
        page.label("subs_total", count=c.count, total=money_fact(c.monthly_minor, c.currency))
        for c in audit.costs
        if c.currency != cur
    ]
    if audit.cap_minor is None:
        lines.append(page.label("subs_no_cap"))
    else:
        lines.append(page.label("subs_cap", cap=money_fact(audit.cap_minor, cur)))
        if audit.over_cap:
            lines.append(f'<span class="note">{page.label("subs_over")}</span>')
    page.add(f"<p>{' '.join(lines)}</p>")
    if audit.overlaps:
        page.add(f"<p>{page.label('overlaps')}:</p><ul>")
        page.add(
            *(f"<li>{_esc(o.family)}: {_esc(', '.join(o.names))}</li>" for o in audit.overlaps)
        )
        page.add("</ul>")
    due = [line for line in audit.lines if line.review_state in ("due", "unreviewed")]
    if due:
        page.add(f"<p>{page.label('reviews_due')}:</p><ul>")
        for line in due:
            if line.review_state == "due" and line.facts.review_date:
                when = page.label("review_due", day=line.facts.review_date.isoformat())
            else:
                since = line.review_since.isoformat() if line.review_since else "—"
                when = page.label("unreviewed", day=since)
            page.add(f"<li>{_esc(line.facts.name)}: {when}</li>")
        page.add("</ul>")


def _forecast(page: _Page, forecasts: Sequence[AccountForecast]) -> None:
    page.heading("forecast", days=DEFAULT_DAYS)
    known = [f for f in forecasts if f.reason is None and f.daily]
    if known:
        page.add(f"<figure>{charts().forecast_chart(known, page.words)}</figure>")
    page.add("<ul>")
    for one in forecasts:
        if one.reason is not None or one.start is None or one.lowest_on is None:
            page.add(f"<li>{page.label('no_forecast', account=one.account)}</li>")
            continue
        after = page.words["after"].format(name=one.lowest_after) if one.lowest_after else ""
        summary = page.label(
            "forecast_from",
            account=one.account,
            start=one.start.isoformat(),
            balance=f"{one.starting_balance} {one.currency}",
            lowest=f"{one.lowest} {one.currency}",
            day=one.lowest_on.isoformat(),
            after=after,
        )
        page.add(f"<li>{summary}</li>")
    page.add("</ul>", f"<h3>{page.label('events')}</h3>")
    events = sorted(
        ((e, one) for one in known for e in one.events),
        key=lambda pair: (pair[0].date, pair[1].account),
    )
    page.table(
        ("day", "account", "name", "amount"),
        (
            (
                _esc(e.date.isoformat()),
                _esc(one.account),
                _esc(e.name),
                _money(e.amount, one.currency),
            )
            for e, one in events
        ),
        {3},
    )
