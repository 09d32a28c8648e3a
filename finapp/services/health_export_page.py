"""The money-health self-check's page: the HTML of every section, from the gathered data.

Kept apart from :mod:`finapp.services.health_export`, which gathers the data and writes the
file where the user asked: this module only turns :class:`ReportData` into one self-contained
string (inline CSS, the charts as inline SVG), so the page's layout can change without touching
how the file is kept private, and the page can be drawn without a store.

**Words.** The fixed headings and labels are kept per language
(:mod:`finapp.services.health_export_words`; the services cannot use Qt's translator). The
reasons and alerts are sentences worded from their facts: in English by their own ``message``;
a caller with a translator (the GUI) passes ``sentence`` to word them in its language, and
without one a Chinese report shows the English sentences and says so. Every amount goes
through one money form: the CLI's documented ``1218.50 USD`` by default, and the caller's (the
GUI passes its locale's ``$1,218.50``) so a report never mixes the two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType

from finapp.core.conversion import Total
from finapp.core.forecast import DEFAULT_DAYS
from finapp.core.health import AccountHealth
from finapp.services.alerts import AlertView
from finapp.services.coverage import Coverage
from finapp.services.forecast import AccountForecast, coming_events
from finapp.services.health import HealthReport
from finapp.services.health_export_html import (
    MoneyText,
    PageText,
    Sentence,
    bar,
    esc,
    minor_cell,
    money_cell,
)
from finapp.services.health_export_totals import total_paragraph
from finapp.services.health_totals import FundFigure, FundTotal
from finapp.services.plain_outputs import HTML_MARK
from finapp.services.report_fonts import FONTS


def charts() -> ModuleType:
    """The chart module, imported when a report is drawn: matplotlib takes half a second to
    load, and every ``finapp`` command imports this module with its command's."""
    from finapp.services import health_charts

    return health_charts


@dataclass(frozen=True, slots=True)
class ReportData:
    """What the report shows, gathered in one go as of ``health.as_of``."""

    health: HealthReport
    #: each account's statements, by account name (None: no statements)
    coverage: Mapping[str, Coverage | None]
    forecasts: Sequence[AccountForecast]
    alerts: Sequence[AlertView]


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


def render(
    data: ReportData, language: str, sentence: Sentence | None, money: MoneyText, now: datetime
) -> str:
    """The whole page as a string."""
    page = PageText(language, sentence, money)
    health = data.health
    title = page.label("title")
    page.add(
        f'<h1>{title}</h1><p class="meta">{page.label("as_of", day=health.as_of.isoformat())}'
        f" · {page.label('written', when=now.strftime('%Y-%m-%d %H:%M'))}</p>"
    )
    _accounts(page, health.accounts, data.coverage)
    _closed(page, health)
    _fund(page, health)
    _institutions(page, health)
    _cards(page, health)
    _goals(page, health)
    _subscriptions(page, health)
    _forecast(page, data.forecasts)
    page.heading("alerts")
    page.table(
        ("day", "account", "alert"),
        (
            (esc(a.date.isoformat()), esc(page.account(a.account or "")), page.say(a))
            for a in data.alerts
        ),
        set(),
    )
    lang = "zh-CN" if language == "zh_CN" else "en"
    css = _CSS % {"fonts": ", ".join(f'"{font}"' for font in FONTS)}
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">{HTML_MARK}'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} {esc(health.as_of.isoformat())}</title><style>{css}</style></head>"
        f"<body>{''.join(page.parts)}<footer><p>{page.label('footer')}</p></footer>"
        "</body></html>\n"
    )


def _covers(page: PageText, coverage: Coverage | None) -> str:
    if coverage is None:
        return page.label("no_statements")
    text = esc(f"{coverage.covered_from.isoformat()} – {coverage.covered_until.isoformat()}")
    if coverage.gaps:
        text += f"<br>{page.label('gaps', count=len(coverage.gaps))}"
    return text


def _accounts(
    page: PageText, accounts: Sequence[AccountHealth], coverage: Mapping[str, Coverage | None]
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
                esc(page.account(one.account)),
                _covers(page, coverage.get(one.account)),
                f'<span class="grade {one.grade.value}">{page.label(one.grade.value)}</span>',
                reasons(one),
            )
            for one in accounts
        ),
        set(),
    )


def _closed(page: PageText, health: HealthReport) -> None:
    """The accounts closed by the day asked, named once: not graded, nothing of them counted."""
    if health.closed:
        said = page.words["closed_on"]
        closed = [
            said.format(name=page.account(name), day=day.isoformat()) for name, day in health.closed
        ]
        page.add(f"<p>{page.label('closed', names=page.names(closed))}</p>")


def _fund(page: PageText, health: HealthReport) -> None:
    """The fund's one figure first (the window's: every currency's, or the months a currency
    without a rate lasts), its gauge, then each currency's own money and essentials."""
    fund, figure, household = health.emergency_fund, health.fund, health.totals.fund
    cur = fund.currency
    page.heading("fund")
    page.add(f"<p>{_fund_headline(page, figure, household)}</p>")
    if figure.months is not None:
        chart = charts().fund_chart(figure.months, figure.target_months, page.words)
        page.add(f"<figure>{chart}</figure>")
    averaged = ", ".join(f"{m:%Y-%m}" for m in fund.months_averaged)
    page.add(
        "<p>"
        + page.label(
            "fund_figures",
            liquid=page.minor(fund.liquid_minor, cur),
            monthly=page.minor(fund.monthly_minor, cur),
            months=averaged,
        )
        + "</p>"
    )
    held = "held_in" if household is None else "held_own"
    for code, minor in fund.other_currencies.items():
        if code == figure.limited_by:  # the currency the months are of: its own figures
            own = page.label("fund_own", currency=code, liquid=page.minor(minor, code),
                             monthly=page.minor(figure.monthly_minor, code))  # fmt: skip
            page.add(f"<p>{own}</p>")
        else:
            page.add(f"<p>{page.label(held, currency=code, amount=page.minor(minor, code))}</p>")
    if household is not None and not figure.limited_by:
        months = "—" if household.months is None else household.months
        months = f"≈ {months}" if figure.converted else months
        page.add(_totals(page, health, "fund_all", liquid=household.liquid,
                         monthly=household.monthly, months=months))  # fmt: skip
    if fund.unknown_balances:
        page.add(f"<p>{page.label('not_counted', names=page.accounts(fund.unknown_balances))}</p>")


def _fund_headline(page: PageText, figure: FundFigure, household: FundTotal | None) -> str:
    """The months covered against the target, and what limits them."""
    if household is not None and household.unrated_essentials:
        codes = page.names(household.unrated_essentials)
        return page.label("fund_unrated", codes=codes, currency=household.liquid.currency)
    if figure.months is None:  # no spending to divide by, or no money known to divide
        return page.label("fund_no_balance" if figure.monthly_minor else "fund_unknown")
    if code := figure.limited_by:
        base = household.liquid.currency if household else figure.currency
        return page.label("fund_months_limited", months=figure.months, currency=code,
                          base=base, target=figure.target_months)  # fmt: skip
    months = f"≈ {figure.months}" if figure.converted else figure.months
    return page.label("fund_months", months=months, target=figure.target_months)


def _totals(page: PageText, health: HealthReport, key: str, **values: object) -> str:
    """A section's total across currencies (``values``: its totals and other facts)."""
    totals = {name: value for name, value in values.items() if isinstance(value, Total)}
    others = {name: value for name, value in values.items() if name not in totals}
    return total_paragraph(page.label, page.money, key, health.totals.rates_on, totals, **others)


def _institutions(page: PageText, health: HealthReport) -> None:
    page.heading("institutions")
    page.table(
        ("institution", "amount", "share", "note"),
        (
            (
                esc(share.institution),
                minor_cell(page, share.amount_minor, share.currency),
                f"{bar(share.percent)} {share.percent}%",
                f'<span class="note">{page.label("over_limit")}</span>' if share.over_limit else "",
            )
            for share in health.institutions
        ),
        {1},
    )


def _cards(page: PageText, health: HealthReport) -> None:
    page.heading("cards")
    page.table(
        ("card", "limit", "owed", "utilisation", "due", "minimum", "pays"),
        (
            (
                esc(page.account(card.account)),
                minor_cell(page, card.limit_minor, card.currency),
                minor_cell(page, card.owed_minor, card.currency),
                "—" if card.percent is None else f"{bar(card.percent)} {card.percent}%",
                esc(card.due_on.isoformat()) if card.due_on else "—",
                minor_cell(page, card.minimum_due_minor, card.currency),
                "<br>".join(
                    esc(
                        f"{s.name} ({page.minor(s.amount_minor, s.currency)}, "
                        f"{page.words.get(s.cadence, s.cadence)})"
                    )
                    for s in card.subscriptions
                ),
            )
            for card in health.cards
        ),
        {1, 2, 5},
    )
    if (cards := health.totals.cards) is not None:
        page.add(_totals(page, health, "cards_all", limit=cards.limit, owed=cards.owed))


def _goals(page: PageText, health: HealthReport) -> None:
    page.heading("goals")
    page.table(
        ("goal", "account", "saved", "target", "by", "progress", "needed", "state"),
        (
            (
                esc(goal.name),
                esc(page.accounts(goal.accounts)),
                money_cell(page, goal.saved, goal.currency),
                money_cell(page, goal.target, goal.currency),
                esc(goal.target_date.isoformat()),
                "—" if goal.percent is None else f"{bar(goal.percent)} {goal.percent}%",
                money_cell(page, goal.needed_per_month, goal.currency),
                page.label(str(goal.state)),
            )
            for goal in health.goals
        ),
        {2, 3, 6},
    )
    for goal in health.goals:
        needed, surplus, short = goal.needed_per_month, goal.surplus_per_month, goal.short_per_month
        if needed is not None and surplus is not None and short is not None:
            facts = {
                "name": goal.name,
                "needed": page.money(needed, goal.currency),
                "surplus": page.money(surplus, goal.currency),
                "months": goal.surplus_months,
                "short": page.money(short, goal.currency),
            }
            if surplus < 0:  # nothing left over: "had -631.94 left" read as a slip
                words = page.label("goal_overspent", overspent=page.money(-surplus, goal.currency),
                                   **facts)  # fmt: skip
            elif (taken := goal.taken_by_sooner) is None:
                words = page.label("goal_short", **facts)
            else:
                sooner = page.words["names_separator"].join(goal.sooner_goals)
                taken_money = page.money(taken, goal.currency)
                words = page.label("goal_short_shared", sooner=sooner, taken=taken_money, **facts)
            page.add(f"<p>{words}</p>")
    if (goals := health.totals.goals) is not None:
        page.add(_totals(page, health, "goals_all", saved=goals.saved, target=goals.target))


def _subscriptions(page: PageText, health: HealthReport) -> None:
    audit = health.subscriptions.audit
    cur = audit.currency
    main = audit.main_cost
    page.heading("subscriptions")
    total = page.minor(main.monthly_minor if main else 0, cur)
    lines = [page.label("subs_total", count=main.count if main else 0, total=total)]
    lines += [
        page.label("subs_total", count=c.count, total=page.minor(c.monthly_minor, c.currency))
        for c in audit.costs
        if c.currency != cur
    ]
    if audit.cap_minor is None:
        lines.append(page.label("subs_no_cap"))
    else:
        lines.append(page.label("subs_cap", cap=page.minor(audit.cap_minor, cur)))
        if audit.over_cap:
            lines.append(f'<span class="note">{page.label("subs_over")}</span>')
    page.add(f"<p>{page.words['sentence_separator'].join(lines)}</p>")
    if (every := health.totals.subscriptions) is not None:
        page.add(_totals(page, health, "subs_all", total=every))
    if audit.overlaps:
        page.add(f"<p>{page.label('overlaps')}</p><ul>")
        for o in audit.overlaps:
            named = page.label("named", what=page.family(o.family), names=page.names(o.names))
            page.add(f"<li>{named}</li>")
        page.add("</ul>")
    due = [line for line in audit.lines if line.review_state in ("due", "unreviewed")]
    if due:
        page.add(f"<p>{page.label('reviews_due')}{page.words['colon'].rstrip()}</p><ul>")
        for line in due:
            if line.review_state == "due" and line.facts.review_date:
                when = page.label("review_due", day=line.facts.review_date.isoformat())
            else:
                since = line.review_since.isoformat() if line.review_since else "—"
                when = page.label("unreviewed", day=since)
            page.add(f"<li>{esc(line.facts.name)}{page.words['colon']}{when}</li>")
        page.add("</ul>")


def _forecast(page: PageText, forecasts: Sequence[AccountForecast]) -> None:
    page.heading("forecast", days=DEFAULT_DAYS)
    known = [f for f in forecasts if f.reason is None and f.daily]
    if known:
        page.add(f"<figure>{charts().forecast_chart(known, page.words, page.account)}</figure>")
    page.add("<ul>")
    for one in forecasts:
        start, balance, lowest, day = one.start, one.starting_balance, one.lowest, one.lowest_on
        if one.reason or start is None or balance is None or lowest is None or day is None:
            page.add(f"<li>{page.label('no_forecast', account=page.account(one.account))}</li>")
            continue
        after = page.words["after"].format(name=one.lowest_after) if one.lowest_after else ""
        summary = page.label(
            "forecast_estimated" if one.estimated else "forecast_from",
            account=page.account(one.account),
            start=start.isoformat(),
            balance=page.money(balance, one.currency),
            lowest=page.money(lowest, one.currency),
            day=day.isoformat(),
            after=after,
        )
        page.add(f"<li>{summary}</li>")
    page.add("</ul>", f"<h3>{page.label('events')}</h3>")
    events = coming_events(known)
    page.table(
        ("day", "account", "name", "amount"),
        (
            (
                esc(e.date.isoformat()),
                esc(page.account(one.account)),
                esc(e.name),
                money_cell(page, e.amount, one.currency),
            )
            for e, one in events
        ),
        {3},
    )
