"""``finapp transactions [--json] [--since DATE] [--until DATE] [--account NAME]``"""

from __future__ import annotations

import argparse

from finapp.cli.args import iso_date
from finapp.cli.context import CliContext
from finapp.cli.output import print_json, print_table
from finapp.services.transactions import list_transactions


def register(sub: argparse._SubParsersAction) -> None:
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
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = list_transactions(ctx.store, since=args.since, until=args.until, account=args.account)
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "account": t.account,
                    "date": t.date,
                    "time": t.time.strftime("%H:%M") if t.time else None,
                    "amount": t.amount,
                    "currency": t.currency,
                    "payee": t.payee,
                    "memo": t.memo,
                    "fitid": t.fitid,
                    "category": t.category,
                    "transfer": t.is_transfer,
                }
                for t in rows
            ],
            floats=False,  # ids, texts, dates, Decimals and flags only
        )
        return 0
    print_table(
        ["id", "date", "time", "account", "amount", "payee", "category"],
        [
            [
                str(t.id),
                t.date.isoformat(),
                t.time.strftime("%H:%M") if t.time else "",
                t.account,
                str(t.amount),
                t.payee,
                t.category or "",
            ]
            for t in rows
        ],
    )
    return 0
