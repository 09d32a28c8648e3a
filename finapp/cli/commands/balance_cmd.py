"""``finapp balance set ACCOUNT AMOUNT --on DATE [--json]``: a balance the user knows."""

from __future__ import annotations

import argparse

from finapp.cli.args import JSON_HELP, amount, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json


def register(sub: Subcommands) -> None:
    p = sub.add_parser("balance", help="balances you know, for the low-balance alert")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="ACCOUNT's balance was AMOUNT at the end of DATE")
    s.add_argument("account", metavar="ACCOUNT", help="account name or number")
    s.add_argument("amount", metavar="AMOUNT")
    s.add_argument(
        "--on",
        type=iso_date,
        metavar="DATE",
        required=True,
        help="the day the balance was at the end of",
    )
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_set)


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.balances import set_user_balance

    value = amount(args.amount)  # before the store opens: a bad amount touches nothing
    entered = set_user_balance(ctx.store, args.account, value, args.on)
    if args.json:
        print_json(
            {
                "account": entered.account,
                "balance": entered.amount,
                "currency": entered.currency,
                "date": entered.as_of,
            }
        )
    else:
        print(
            f"{entered.account}: balance {entered.amount} {entered.currency} "
            f"at the end of {entered.as_of.isoformat()}"
        )
    return 0
