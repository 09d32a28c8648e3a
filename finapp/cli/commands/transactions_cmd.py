"""``finapp transactions [--json [--names]] [--raw] [--since DATE] [--until DATE] [--account NAME]
[--tag TAG] [--category PATH]``

Each line shows the payee by the name the app's window shows ("Whole Foods Market"), not the
bank's text ("POS PURCHASE 4829 WHOLEFDS MKT #10234 AUSTIN TX"), which ``--raw`` adds as a
column. The JSON carries ``statement_text`` beside the stored ``payee`` (which a rule may have
renamed), and with ``--names`` the ``name`` shown: naming every distinct payee text is about as
much work again as the listing, which a script reading it every day need not pay (issue 18).
"""

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
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON document for programs (payee as stored, statement_text as printed)",
    )
    p.add_argument(
        "--names",
        action="store_true",
        help="with --json: add each line's name as the window shows it (slower on long histories)",
    )
    p.add_argument(
        "--raw", action="store_true", help="add a column with the payee as the statement printed it"
    )
    p.add_argument("--since", type=iso_date, metavar="DATE", help="only lines on or after DATE")
    p.add_argument("--until", type=iso_date, metavar="DATE", help="only lines on or before DATE")
    p.add_argument("--account", metavar="NAME", help="only the lines of account NAME")
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
                names=args.names,
            )
        )
        return 0
    from finapp.services.payee_names import TableNames
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
    with ctx.store.read() as session:
        names = TableNames(session)
        shown_names = [names.name(t.merchant, t.account, t.payee, t.memo) for t in rows]
    raw = ["statement text"] if args.raw else []
    print_table(
        ["id", "date", "time", "account", "amount", "payee", *raw, "category", "tags", "note"],
        [
            [
                str(t.id),
                t.date.isoformat(),
                t.time.strftime("%H:%M") if t.time else "",
                t.account,
                str(t.amount),
                name,
                *([t.statement_text] if args.raw else []),
                split_words(parts[t.id]) if t.id in parts else t.category or "",
                " ".join(map(shown, t.tags)),
                t.note,
            ]
            for t, name in zip(rows, shown_names, strict=True)
        ],
    )
    return 0
