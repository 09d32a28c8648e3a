"""``finapp report [--json] [--month YYYY-MM]``"""

from __future__ import annotations

import argparse

from finapp.cli.args import month
from finapp.cli.context import CliContext
from finapp.cli.output import print_json, print_table
from finapp.services.month_report import month_report


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="spending and income for a month")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--month", type=month, metavar="YYYY-MM", help="default: the latest month with data"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    report = month_report(ctx.store, args.month)
    if args.json:
        print_json(report)
        return 0
    until = f" (data up to {report.data_until.isoformat()})" if report.data_until else ""
    print(f"Month {report.month}{until}")
    print_table(
        ["currency", "income", "expenses", "net"],
        [[t.currency, str(t.income), str(t.expenses), str(t.net)] for t in report.totals],
    )
    print()
    print_table(
        ["category", "currency", "spent"],
        [[c.category, c.currency, str(c.amount)] for c in report.categories + report.subscriptions],
    )
    return 0
