"""``finapp transactions [--json] [--since DATE] [--until DATE] [--account NAME] [--tag TAG]
[--category PATH]``"""

from __future__ import annotations

import argparse

from finapp.cli.args import iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_table, print_utf8
from finapp.cli.split_words import split_words
from finapp.core.tags import shown


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "transactions",
        help="list transactions",
        description="List transactions. The time of day is shown where the statement gives "
        "one (payment apps, most card OFX files); many bank statements give none.",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--since", type=iso_date, metavar="DATE")
    p.add_argument("--until", type=iso_date, metavar="DATE")
    p.add_argument("--account", metavar="NAME")
    p.add_argument("--tag", metavar="TAG", help="only lines carrying TAG (#tax or tax)")
    p.add_argument(
        "--category",
        metavar="PATH",
        help="only lines filed in PATH or under it (e.g. Food); a split line when any part is",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.json:
        from finapp.services.transactions_json import transactions_json

        print_utf8(
            transactions_json(
                ctx.store,
                since=args.since,
                until=args.until,
                account=args.account,
                tag=args.tag,
                category=args.category,
            )
        )
        return 0
    from finapp.services.splits import read_splits
    from finapp.services.transactions import list_transactions

    rows = list_transactions(
        ctx.store,
        since=args.since,
        until=args.until,
        account=args.account,
        tag=args.tag,
        category=args.category,
    )
    parts = read_splits(ctx.store)
    print_table(
        ["id", "date", "time", "account", "amount", "payee", "category", "tags", "note"],
        [
            [
                str(t.id),
                t.date.isoformat(),
                t.time.strftime("%H:%M") if t.time else "",
                t.account,
                str(t.amount),
                t.payee,
                split_words(parts[t.id]) if t.id in parts else t.category or "",
                " ".join(map(shown, t.tags)),
                t.note,
            ]
            for t in rows
        ],
    )
    return 0
