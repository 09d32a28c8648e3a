"""``finapp threshold set ACCOUNT AMOUNT``

The threshold is kept even when finapp knows no balance for the account (its statements state
none, as many card and CSV exports do), but such a threshold can never fire, so the user is
told at once, on stderr, how to give it a balance; the exit code stays 0 since the threshold
was set.
"""

from __future__ import annotations

import argparse

from finapp.cli.args import amount
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_notice


def register(sub: Subcommands) -> None:
    p = sub.add_parser("threshold", help="low-balance thresholds")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="warn when ACCOUNT's balance falls below AMOUNT")
    s.add_argument("account", metavar="ACCOUNT", help="account name or number")
    s.add_argument("amount", metavar="AMOUNT")
    s.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.accounts import set_low_balance_threshold

    value = amount(args.amount)  # before the store opens: a bad amount touches nothing
    view = set_low_balance_threshold(ctx.store, args.account, value)
    print(f"{view.name}: low-balance alert below {view.low_balance} {view.currency}")
    if view.threshold_without_balance:
        print_notice(
            f"no balance known for {view.name}: set one with `finapp balance set` "
            "so the alert can work"
        )
    return 0
