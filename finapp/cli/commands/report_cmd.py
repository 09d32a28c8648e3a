"""``finapp report [--json] [--month YYYY-MM | --year YYYY] [--base [CUR]]``"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP, integer, month
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import jsonable, print_json, print_table
from finapp.core.dates import MAX_DATE, MIN_DATE

if TYPE_CHECKING:
    from finapp.services.household_totals import HouseholdTotals
    from finapp.services.month_report import CategoryAmount, MonthReport

year = integer(MIN_DATE.year, MAX_DATE.year, "a year (YYYY)")


def _month(text: str) -> date:
    """A month, and for a year typed as one (``--month 2026``) the option that takes it."""
    if len(text.strip()) == 4 and text.strip().isdigit():
        raise argparse.ArgumentTypeError(
            f"not a month (YYYY-MM): {text!r}; for the whole year: --year {text.strip()}"
        )
    return month(text)


def register(sub: Subcommands) -> None:
    p = sub.add_parser("report", help="spending and income for a month or a year")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--month", type=_month, metavar="YYYY-MM", help="default: the latest month with data"
    )
    when.add_argument("--year", type=year, metavar="YYYY", help="the year in review")
    p.add_argument(
        "--base",
        nargs="?",
        const="",
        metavar="CUR",
        help="also the totals converted to CUR (default: the base currency setting)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.household_totals import totals_fields
    from finapp.services.month_report import month_report

    if args.year is not None:  # the year's module only when asked: a month's report starts lean
        from finapp.cli.commands import report_year

        return report_year.run(args, ctx, _print_converted)
    report = month_report(ctx.store, args.month)
    if args.json:
        print_json({**jsonable(report), "converted": totals_fields(_converted(args, ctx, report))})
        return 0
    until = f" (data up to {report.data_until.isoformat()})" if report.data_until else ""
    print(f"Month {report.month}{until}")
    print_table(
        ["currency", "income", "expenses", "net"],
        [[t.currency, str(t.income), str(t.expenses), str(t.net)] for t in report.totals],
    )
    if args.base is not None:
        _print_converted(_converted(args, ctx, report))
    print()
    print("Spending by category")
    print_table(
        ["category", "currency", "spent"],
        [[c.category, c.currency, str(c.amount)] for c in report.categories],
    )
    print()
    print(_subscriptions_line(report.subscriptions))
    return 0


def _subscriptions_line(paid: Sequence[CategoryAmount]) -> str:
    """What subscriptions and bills cost, on a line of its own: those charges are already in
    their categories' spending, so a row among the categories would be counted twice by anyone
    adding up the column."""
    amounts = ", ".join(f"{c.amount} {c.currency}" for c in paid) or "none"
    return f"Subscriptions and bills paid (already in the spending above): {amounts}"


def _converted(args: argparse.Namespace, ctx: CliContext, report: MonthReport) -> HouseholdTotals:
    """The report's totals in ``--base`` CUR, else the base currency setting."""
    from finapp.services.household_totals import household_totals

    return household_totals(
        ctx.store,
        date.fromisoformat(f"{report.month}-01"),
        currency=(args.base or "").strip().upper() or None,
        totals=report.totals,
    )


def _print_converted(totals: HouseholdTotals) -> None:
    """The totals in one currency, "≈" where a rate was used, then the rates and what had none."""
    mark = "≈ " if totals.converted else ""
    print()
    print(f"Total in {totals.currency}" + (" (converted)" if totals.converted else ""))
    print_table(
        ["income", "expenses", "net"],
        [[f"{mark}{figure.amount}" for figure in (totals.income, totals.spending, totals.net)]],
    )
    for rate in totals.rates:
        print(f"  1 {rate.currency} = {rate.rate} {rate.base} ({rate.as_of}, {rate.source})")
    if totals.missing:
        missing = ", ".join(totals.missing)
        print(f"  not converted, no rate on or before {totals.rates_on}: {missing}")
