"""``finapp reconcile``: each account's transactions against its statements' stated balances;
``reconcile mark ACCOUNT --through DATE [--accept]`` and ``reconcile clear ACCOUNT``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from finapp.cli.args import JSON_HELP, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table

if TYPE_CHECKING:
    from finapp.services import reconciliation as svc


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "reconcile",
        help="check the transactions against the balances statements state",
        description="For each account, the transactions between two balances its statements "
        "state must add up to the balances' difference. A period where they do not is listed "
        "with both moves and the days no imported statement covers. 'mark' accepts an "
        "account's books up to a day; 'clear' forgets it.",
    )
    p.add_argument("--account", metavar="NAME", help="only this account (name or number)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_show)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    m = actions.add_parser("mark", help="accept ACCOUNT's books up to the end of DATE")
    m.add_argument("account", metavar="ACCOUNT", help="account name or number")
    m.add_argument(
        "--through",
        type=iso_date,
        metavar="DATE",
        required=True,
        help="the last day of the accepted books",
    )
    m.add_argument("--accept", action="store_true",
                   help="accept periods that differ up to DATE as they stand")  # fmt: skip
    m.add_argument("--json", action="store_true", help=JSON_HELP)
    m.set_defaults(run=run_mark)
    c = actions.add_parser("clear", help="forget the day ACCOUNT's books were accepted up to")
    c.add_argument("account", metavar="ACCOUNT", help="account name or number")
    c.add_argument("--json", action="store_true", help=JSON_HELP)
    c.set_defaults(run=run_clear)


def as_json(books: svc.AccountBooks) -> dict[str, Any]:
    """The ``--json`` form of one account's reconciliation (the CLI contract)."""
    return {
        "account": books.account,
        "currency": books.currency,
        "state": books.state.value,
        "checked": books.checked,
        "checked_from": books.checked_from,
        "checked_through": books.checked_through,
        "reconciled_through": books.reconciled_through,
        "changed_by": books.changed_by,
        "changed_lines": books.changed_lines,
        "differences": [
            {
                "start": gap.start,
                "end": gap.end,
                "statements": gap.stated_change,
                "transactions": gap.books_change,
                "difference": gap.difference,
                "uncovered": [{"start": a, "end": b} for a, b in gap.uncovered],
            }
            for gap in books.gaps
        ],
    }


def _words(books: svc.AccountBooks) -> str:
    """What the table's last column says of an account."""
    from finapp.services import reconciliation as svc

    if books.state is svc.BooksState.UNCHECKED:
        return "fewer than two stated balances: nothing to check yet"
    parts = []
    if books.checked:
        parts.append(f"{books.checked} stated balances, {books.checked_from} to "
                     f"{books.checked_through}")  # fmt: skip
    if books.reconciled_through:
        parts.append(f"accepted up to {books.reconciled_through}")
    if books.changed_by is not None:
        parts.append(f"changed since by {books.changed_by} ({books.changed_lines:+d} lines)")
    for gap in books.gaps:
        missing = "; ".join(f"no statement covers {a} to {b}" for a, b in gap.uncovered)
        parts.append(f"{gap.start} to {gap.end}: statements {gap.stated_change}, transactions "
                     f"{gap.books_change}, difference {gap.difference}"
                     + (f" ({missing})" if missing else ""))  # fmt: skip
    return "; ".join(parts)


def _show(views: list[svc.AccountBooks], json_mode: bool) -> None:
    if json_mode:
        print_json([as_json(v) for v in views])
    else:
        print_table(["account", "currency", "books", "details"],
                    [[v.account, v.currency, v.state.value, _words(v)] for v in views])  # fmt: skip


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import reconciliation as svc

    if args.account:
        views = [svc.books_of(ctx.store, args.account)]
    else:
        views = list(svc.account_books(ctx.store).values())
    _show(views, args.json)
    return 0


def run_mark(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import reconciliation as svc

    _show([svc.mark_reconciled(ctx.store, args.account, args.through, accept=args.accept)],
          args.json)  # fmt: skip
    return 0


def run_clear(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import reconciliation as svc

    _show([svc.clear_reconciled(ctx.store, args.account)], args.json)
    return 0
