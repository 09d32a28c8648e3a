"""Commands of the CLI contract whose capability is not built yet: they say so, exit 2."""

from __future__ import annotations

import argparse

from finapp.cli.args import amount, iso_date, month
from finapp.cli.context import CliContext
from finapp.errors import NotAvailableError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("subscriptions", help="recurring charges and bills")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=iso_date, metavar="DATE")
    p.set_defaults(run=run)

    p = sub.add_parser("budget", help="monthly budgets per category")
    actions = p.add_subparsers(dest="action", required=True)
    s = actions.add_parser("set")
    s.add_argument("category", metavar="CATEGORY")
    s.add_argument("amount", type=amount, metavar="AMOUNT")
    s.set_defaults(run=run)
    s = actions.add_parser("list")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=run)

    p = sub.add_parser("alerts", help="alerts as of a date")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=iso_date, metavar="DATE")
    p.set_defaults(run=run)

    p = sub.add_parser("report", help="spending and income for a month")
    p.add_argument("--json", action="store_true")
    p.add_argument("--month", type=month, metavar="YYYY-MM")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    raise NotAvailableError(f"'{args.command}' is not available yet")
