"""``finapp accounts [--json]``: each account, the days its statements cover, its balance."""

from __future__ import annotations

import argparse
from typing import Any

from finapp.cli.context import CliContext
from finapp.cli.output import jsonable, print_json, print_table
from finapp.services.accounts import AccountView, list_accounts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("accounts", help="accounts, what their statements cover, their balance")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def account_json(view: AccountView) -> dict[str, Any]:
    """One account as the CLI contract lists it."""
    return jsonable({
        "id": view.id,
        "name": view.name,
        "institution": view.institution,
        "type": view.type,
        "currency": view.currency,
        "covered_from": view.covered_from,
        "covered_until": view.covered_until,
        "gaps": [list(gap) for gap in view.gaps],
        "last_import": view.last_import,
        "balance": view.balance,
        "balance_date": view.balance_date,
    })


def _text(value: object) -> str:
    return "" if value is None else str(jsonable(value))


def _row(view: AccountView) -> list[str]:
    covered = (f"{view.covered_from} – {view.covered_until}"
               if view.covered_from is not None else "no statements")
    gaps = ", ".join(f"{start} – {end}" for start, end in view.gaps)
    balance = f"{view.balance} on {view.balance_date}" if view.balance is not None else "unknown"
    return [str(view.id), view.name, view.currency, covered, gaps,
            _text(view.last_import).replace("T", " "), balance]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    views = list_accounts(ctx.store)
    if args.json:
        print_json([account_json(v) for v in views])
        return 0
    print_table(
        ["id", "account", "currency", "statements", "missing", "last import", "balance"],
        [_row(v) for v in views],
    )
    return 0
