"""``finapp categorize TXN_ID CATEGORY``"""

from __future__ import annotations

import argparse

from finapp.cli.args import TXN_ID_HELP, record_id
from finapp.cli.context import CliContext, Subcommands


def register(sub: Subcommands) -> None:
    p = sub.add_parser("categorize", help="set a transaction's category (creates it when new)")
    p.add_argument("txn_id", type=record_id, metavar="TXN_ID", help=TXN_ID_HELP)
    p.add_argument("category", metavar="CATEGORY", help="a path such as Food:Groceries")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.categorize import set_category

    result = set_category(ctx.store, args.txn_id, args.category)
    if result.created:
        print(f"created category {result.path}")
    print(f"transaction {args.txn_id}: {result.path}")
    if result.also_applied:
        print(f"also applied to {result.also_applied} other transaction(s) of this merchant")
    return 0
