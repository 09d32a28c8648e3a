"""``finapp note TXN_ID TEXT``, ``finapp tag add|remove TAG TXN_ID...`` and
``finapp tags [--json] [--since DATE] [--until DATE]``: the user's notes and tags on
transactions, and the report by tag."""

from __future__ import annotations

import argparse

from finapp.cli.args import JSON_HELP, TXN_ID_HELP, iso_date, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.tags import normalize_tag, shown


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "note",
        help="write a note on a transaction ('' clears it)",
        description="Write your own note on a transaction; an empty note clears it. Notes are "
        "kept through re-imports and included in exports.",
    )
    p.add_argument("txn_id", type=record_id, metavar="TXN_ID", help=TXN_ID_HELP)
    p.add_argument("text", metavar="TEXT", help="the note; '' clears it")
    p.set_defaults(run=run_note)

    p = sub.add_parser(
        "tag",
        help="put a tag on transactions or take it off",
        description="A tag is written #holiday-2026 or holiday-2026 (one tag whatever its "
        "case): letters of any script, digits, - and _, at most 40 characters.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, words in (("add", "put TAG on each transaction"),
                          ("remove", "take TAG off each transaction")):  # fmt: skip
        s = actions.add_parser(action, help=words)
        s.add_argument("tag", metavar="TAG")
        s.add_argument("txn_ids", type=record_id, metavar="TXN_ID", nargs="+", help=TXN_ID_HELP)
        s.set_defaults(run=run_tag)

    p = sub.add_parser(
        "tags",
        help="the report by tag: lines, money out and in per currency",
        description="Every tag in use with how many transactions carry it and the money out "
        "and in per currency (never added across currencies), over the dates given.",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--since", type=iso_date, metavar="DATE", help="only lines on or after DATE")
    p.add_argument("--until", type=iso_date, metavar="DATE", help="only lines on or before DATE")
    p.set_defaults(run=run_tags)


def run_note(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import annotations as svc

    svc.set_note(ctx.store, [args.txn_id], args.text)
    text = args.text.strip()
    print(f"transaction {args.txn_id}: " + (f"note “{text}”" if text else "note cleared"))
    return 0


def run_tag(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import annotations as svc

    if args.action == "add":
        done = svc.add_tags(ctx.store, [args.tag], args.txn_ids)
        verb = "put on"
    else:
        done = svc.remove_tags(ctx.store, [args.tag], args.txn_ids)
        verb = "taken off"
    print(f"{shown(normalize_tag(args.tag))} {verb} {done.changed} transaction(s)")
    return 0


def run_tags(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import annotations as svc

    report = svc.tag_report(ctx.store, since=args.since, until=args.until)
    if args.json:
        print_json(
            [
                {
                    "tag": t.tag,
                    "transactions": t.count,
                    "by_currency": {
                        currency: {"out": money.spent, "in": money.received}
                        for currency, money in t.by_currency.items()
                    },
                }
                for t in report
            ]
        )
        return 0
    print_table(
        ["tag", "transactions", "currency", "out", "in"],
        [
            [shown(t.tag), str(t.count), currency, str(money.spent), str(money.received)]
            for t in report
            for currency, money in t.by_currency.items()
        ],
    )
    return 0
