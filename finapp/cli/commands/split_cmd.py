"""``finapp split TXN_ID [CATEGORY=AMOUNT[=MEMO]...] [--clear] [--json]``: divide a bank line
among categories, make it one line again, or show its parts."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP, TXN_ID_HELP, amount, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.cli.split_words import DELETED
from finapp.errors import InvalidInputError

if TYPE_CHECKING:
    from finapp.services import splits as svc


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "split",
        help="divide a transaction among categories, or show its parts",
        description="Divide a transaction among categories: each part CATEGORY=AMOUNT (a path "
        "such as Food:Groceries, created when new), optionally =MEMO after it. The parts must "
        "add up to the transaction; a spending line's parts may be written without their "
        "minus. With no parts, shows the parts; --clear makes the line one line again, in its "
        "largest part's category.",
    )
    p.add_argument("txn_id", type=record_id, metavar="TXN_ID", help=TXN_ID_HELP)
    p.add_argument("parts", nargs="*", metavar="CATEGORY=AMOUNT", help="e.g. Food:Groceries=80")
    p.add_argument("--clear", action="store_true", help="remove the split")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import splits as svc

    if args.clear and args.parts:
        raise InvalidInputError("Give parts or --clear, not both")
    if args.clear:
        done = svc.clear_splits(ctx.store, args.txn_id)
        return _show(args, done.category, done.amount, done.currency, done.parts)
    if args.parts:
        written = [_part(text) for text in args.parts]
        line, _ = svc.line_amount(ctx.store, args.txn_id)
        amounts = svc.signed_as_line([a for _, a, _ in written], line)
        parts = [
            svc.SplitPart(category, signed, memo)
            for (category, _, memo), signed in zip(written, amounts, strict=True)
        ]
        done = svc.set_splits(ctx.store, args.txn_id, parts)
        return _show(args, done.category, done.amount, done.currency, done.parts)
    line, currency = svc.line_amount(ctx.store, args.txn_id)
    return _show(args, None, line, currency, svc.splits_of(ctx.store, args.txn_id))


def _part(text: str) -> tuple[str, Decimal, str]:
    """``CATEGORY=AMOUNT`` or ``CATEGORY=AMOUNT=MEMO`` as its three pieces."""
    pieces = text.split("=", 2)
    if len(pieces) < 2:
        raise InvalidInputError(
            f"Not a part: {text!r} (expected CATEGORY=AMOUNT, e.g. Food:Groceries=80.00)"
        )
    category, written = pieces[0], pieces[1]
    return category, amount(written), pieces[2] if len(pieces) == 3 else ""


def _show(
    args: argparse.Namespace,
    category: str | None,
    line: Decimal,
    currency: str,
    parts: tuple[svc.SplitPartView, ...],
) -> int:
    """The parts as a table (or a line saying there are none), or as JSON."""
    if args.json:
        print_json(
            {
                "id": args.txn_id,
                "amount": line,
                **({"category": category} if category is not None else {}),
                "splits": [
                    {"category": p.category or None, "amount": p.amount, "memo": p.memo}
                    for p in parts
                ],
            },
            floats=False,
        )
        return 0
    if not parts:
        after = f", in {category}" if category else ""
        print(f"transaction {args.txn_id}: not split{after}")
        return 0
    print(f"transaction {args.txn_id} ({line} {currency}) in {len(parts)} parts:")
    print_table(
        ["category", "amount", "memo"],
        [[p.category or DELETED, str(p.amount), p.memo] for p in parts],
    )
    return 0
