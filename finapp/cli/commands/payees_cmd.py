"""``finapp payees [--json]`` and ``finapp payees rename MERCHANT NAME``: the names shown for
payees, and the user's own name for one (everywhere: lines, subscriptions, alerts);
``finapp payees merge SOURCE TARGET``: two payees made one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table

if TYPE_CHECKING:
    from finapp.services.payee_list import PayeeSummary


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "payees",
        help="list payees by the names shown, or rename one",
        description="Every merchant with the name the app shows for it, the category most of its "
        "lines have, its number of lines, what went out to it and came in from it per currency, "
        "and a line of it as the statement printed it. "
        "'rename' sets your own name for a merchant; an empty name goes "
        "back to the name found from its lines.",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("rename", help="show MERCHANT as NAME everywhere")
    s.add_argument("merchant", metavar="MERCHANT", help="a merchant or the name it is shown by")
    s.add_argument("name", metavar="NAME", help="'' goes back to the name found from its lines")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_rename)
    m = actions.add_parser(
        "merge",
        help="make SOURCE's lines TARGET's (its learned categories follow; TARGET's name stays)",
    )
    m.add_argument("source", metavar="SOURCE", help="a merchant or the name it is shown by")
    m.add_argument("target", metavar="TARGET", help="the payee it becomes part of")
    m.add_argument("--json", action="store_true", help=JSON_HELP)
    m.set_defaults(run=run_merge)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.payee_list import list_payees

    views = list_payees(ctx.store)
    if args.json:
        print_json(views)
    else:
        print_table(
            ["merchant", "shown as", "yours", "category", "transactions", "out", "in",
             "on the statement"],
            [
                [v.merchant, v.name, "yes" if v.chosen else "", v.category, str(v.transactions),
                 _money(v, spent=True), _money(v, spent=False), v.statement_text]
                for v in views
            ],
        )  # fmt: skip
    return 0


def _money(view: PayeeSummary, *, spent: bool) -> str:
    """``-120.50 EUR, -8.00 USD``: a payee's money one way, each currency on its own."""
    amounts = [(t.spent if spent else t.received, t.currency) for t in view.totals]
    return ", ".join(f"{amount} {currency}" for amount, currency in amounts if amount)


def run_rename(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import payee_names as svc

    views = svc.rename_payee(ctx.store, args.merchant, args.name)
    if args.json:
        print_json(views)
    else:
        for view in views:
            print(f"{view.merchant}: shown as {view.name}")
    return 0


def run_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.payee_merge import merge_payees

    merged = merge_payees(ctx.store, args.source, args.target)
    if args.json:
        print_json(merged)
    else:
        print(
            f"{', '.join(merged.sources)} merged into {merged.target} (shown as {merged.name}): "
            f"{merged.transactions} transactions, {merged.learned_rules} learned rules moved"
        )
    return 0
