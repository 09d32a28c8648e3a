"""Commands of the CLI contract whose capability is not built yet: they say so, exit 2."""

from __future__ import annotations

import argparse

from finapp.cli.args import iso_date
from finapp.cli.context import CliContext
from finapp.errors import NotAvailableError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("subscriptions", help="recurring charges and bills")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=iso_date, metavar="DATE")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    raise NotAvailableError(f"'{args.command}' is not available yet")
