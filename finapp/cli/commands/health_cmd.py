"""``finapp health [--json] [--as-of DATE] [--report FILE.html [--lang zh_CN]]``: each account's
grade and why, the emergency fund, where liquid money is held, savings goals, cards and
subscriptions; ``--report`` writes them, with the forecast and charts, as a self-check HTML file.

Alerts are evaluated first (as ``finapp alerts`` does), so the grades read an inbox that is
current as of the day asked.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.cli.args import AS_OF_HELP, JSON_HELP, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import plain_text_warning, print_json
from finapp.core.balance_alerts import balance_is_old
from finapp.core.choices import REPORT_LANGUAGES
from finapp.core.money import from_minor

if TYPE_CHECKING:
    from finapp.services.health import HealthReport
    from finapp.services.health_totals import FundTotal
    from finapp.services.reserves import EmergencyFund


def register(sub: Subcommands) -> None:
    p = sub.add_parser("health", help="account grades, emergency fund, cards, goals, subscriptions")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    p.add_argument("--report", type=Path, metavar="FILE.html", help="write a self-check report")
    p.add_argument("--lang", choices=REPORT_LANGUAGES, default="en", help="the report's language")
    p.set_defaults(run=run)


def _dated(day: date | None, today: date) -> str:
    """ " on 2026-10-31 (latest statement)" for a balance too old to be today's, else ""."""
    if day is None or not balance_is_old(day, today):
        return ""
    return f" on {day.isoformat()} (latest statement)"


def _household_fund_lines(fund: EmergencyFund, household: FundTotal) -> list[str]:
    """The fund of every currency first, then each currency's own figures, without months of
    its own: one currency's savings against that currency's essentials alone is no fund (yuan
    savings beside rent paid in dollars read "1916.8 months")."""
    data = household.as_json()
    liquid, monthly, base = data["liquid"], data["monthly_essentials"], household.liquid.currency
    if household.unrated_essentials:
        spent = ", ".join(f"{a} {c}" for c, a in data["essentials_without_rate"].items())
        covered = (
            f"not known: essential spending of {spent} a month, with no money held in it and no "
            f"exchange rate to {base} (finapp rates set CURRENCY RATE)"
        )
    elif household.months is None:
        covered = "not known yet (it needs a liquid balance and a full month of essentials)"
    elif code := household.limited_by:
        covered = (
            f"{household.months} months of essentials, as long as the {code} held lasts (no "
            f"exchange rate from {code} to {base}: finapp rates set {code} RATE)"
        )
    else:
        mark = "≈ " if household.liquid.converted or household.monthly.converted else ""
        covered = (
            f"{mark}{household.months} months of essentials, every currency in {base} "
            f"({liquid['amount']} {base} for {monthly['amount']} {base} a month)"
        )
    lines = [f"Emergency fund: {covered}; target {fund.target_months} months"]
    held, spent_by = liquid["missing"], monthly["missing"]
    for part in household.liquid.parts:
        held = {**held, part.source: str(from_minor(part.source_minor, part.source))}
    for part in household.monthly.parts:
        spent_by = {**spent_by, part.source: str(from_minor(part.source_minor, part.source))}
    for code in sorted(held.keys() | spent_by.keys()):
        lines.append(
            f"  in {code}: {held.get(code, '0.00')} held, "
            f"{spent_by.get(code, '0.00')} a month of essentials"
        )
    missing = sorted(household.liquid.missing.keys() - household.unrated_essentials.keys())
    lines += [f"  not included, no exchange rate to {base}: {code}" for code in missing]
    return lines


def _fund_lines(fund: EmergencyFund, today: date, household: FundTotal | None = None) -> list[str]:
    if household is not None:
        lines = _household_fund_lines(fund, household)
        if on := _dated(fund.balances_on, today):
            lines.append(f"  balances{on}: newer statements not imported yet")
        lines += [f"  not counted (no balance known): {name}" for name in fund.unknown_balances]
        return lines
    data = fund.as_json()
    if fund.months is None:
        covered = "not known yet (it needs a liquid balance and a full month of essentials)"
    else:
        covered = (
            f"{fund.months} months of essentials ({data['liquid']} {fund.currency} for "
            f"{data['monthly_essentials']} {fund.currency} a month)"
        )
    lines = [f"Emergency fund: {covered}; target {fund.target_months} months"]
    if fund.months is not None and (on := _dated(fund.balances_on, today)):
        lines.append(f"  balances{on}: newer statements not imported yet")
    lines += [f"  also held in {code}: {text}" for code, text in data["other_currencies"].items()]
    lines += [f"  not counted (no balance known): {name}" for name in fund.unknown_balances]
    return lines


def text_lines(report: HealthReport) -> list[str]:
    """The report as a person reads it."""
    lines = [f"Money health as of {report.as_of.isoformat()}", "", "Accounts:"]
    for account in report.accounts:
        lines.append(f"  {account.account}: {account.grade.value.replace('_', ' ')}")
        lines += [f"    - {reason.message}" for reason in account.reasons]
    lines += [f"  {name}: closed on {day.isoformat()}, not graded" for name, day in report.closed]
    fund = _fund_lines(report.emergency_fund, report.as_of, report.totals.fund)
    lines += ["", *fund, "", "Liquid money by institution:"]
    for share in report.institutions:
        note = " (more than your limit at one institution)" if share.over_limit else ""
        amount = share.as_json()["amount"]
        on = _dated(share.balance_on, report.as_of)
        lines.append(
            f"  {share.institution}: {amount} {share.currency}{on}, {share.percent}%{note}"
        )
    lines += ["", "Cards:"]
    for card in report.cards:
        data = card.as_json()
        cur = card.currency
        used = (
            "limit unknown" if card.percent is None else f"{card.percent}% of {data['limit']} {cur}"
        )
        due = f", payment due {data['payment_due_on']}" if card.due_on else ""
        pays = ", ".join(s.name for s in card.subscriptions) or "no subscriptions"
        lines.append(
            f"  {card.account}: {data['owed'] or 'unknown'} {cur} owed, {used}{due}; pays {pays}"
        )
    lines += ["", "Savings goals:"]
    lines += [f"  {g.name}: {g.state.replace('_', ' ')}" for g in report.goals] or ["  none"]
    subs = report.subscriptions.as_json()
    cap = f" (cap {subs['cap']})" if subs["cap"] is not None else ""
    lines += ["", f"Subscriptions: {subs['count']} cost {subs['monthly_total']} "
              f"{subs['currency']} a month{cap}"]  # fmt: skip
    lines += [f"  and {other['count']} cost {other['monthly_total']} {other['currency']} a month"
              for other in subs["other_currencies"]]  # fmt: skip
    return lines


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.alerts import refresh_alerts
    from finapp.services.health import health_report
    from finapp.services.health_export import check_report_path, write_report

    as_of = args.as_of or date.today()
    if args.report is not None:
        check_report_path(args.report)  # before any work: a wrong name writes nothing
    refresh_alerts(ctx.store, as_of)
    if args.report is not None:
        written = write_report(ctx.store, args.report, as_of, language=args.lang)
        if args.json:
            print_json({"report": str(written)})
        else:
            print(f"Report written to {written}")
            print(plain_text_warning())
        return 0
    report = health_report(ctx.store, as_of)
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(text_lines(report)))
    return 0
