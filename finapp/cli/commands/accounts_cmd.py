"""``finapp accounts [--json]``: each account, the days its statements cover, its balance;
``finapp accounts limit ACCOUNT AMOUNT|off [--json]``: a card's credit limit as the user knows it
(``off`` clears it: the latest statement's limit counts again);
``finapp accounts close ACCOUNT [--on DATE] [--json]`` and ``finapp accounts reopen ACCOUNT``:
an account the household no longer has (see :mod:`finapp.services.account_closing`);
``finapp accounts type ACCOUNT TYPE [--json]``: what the account is (a card whose export names
no type, read as checking);
``finapp accounts currency ACCOUNT CODE [--json]``: what its amounts are in, where the import had
to guess (see :mod:`finapp.services.account_currency`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from finapp.cli.args import JSON_HELP, amount, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import jsonable, print_json, print_table
from finapp.core.account_types import AccountType

if TYPE_CHECKING:
    from finapp.services.accounts import AccountView


def register(sub: Subcommands) -> None:
    p = sub.add_parser("accounts", help="accounts, what their statements cover, their balance")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("limit", help="set or clear a credit card's limit")
    s.add_argument("account", metavar="ACCOUNT", help="card name or number")
    s.add_argument(
        "limit", metavar="AMOUNT|off", help="the card's credit limit, or off to clear it"
    )
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_limit)
    c = actions.add_parser("close", help="close an account: its balance counts as nothing")
    c.add_argument("account", metavar="ACCOUNT", help="account name or number")
    c.add_argument(
        "--on",
        type=iso_date,
        metavar="DATE",
        help="the day it closed (default: where its statements end)",
    )
    c.add_argument("--json", action="store_true", help=JSON_HELP)
    c.set_defaults(run=run_close)
    r = actions.add_parser("reopen", help="open a closed account again")
    r.add_argument("account", metavar="ACCOUNT", help="account name or number")
    r.add_argument("--json", action="store_true", help=JSON_HELP)
    r.set_defaults(run=run_reopen)
    t = actions.add_parser("type", help="say what an account is (checking, credit card, …)")
    t.add_argument("account", metavar="ACCOUNT", help="account name or number")
    t.add_argument("type", choices=list(AccountType), metavar="TYPE",
                   help=f"one of {', '.join(AccountType)}")  # fmt: skip
    t.add_argument("--json", action="store_true", help=JSON_HELP)
    t.set_defaults(run=run_type)
    m = actions.add_parser(
        "currency", help="say what an account's amounts are in (they stay as they are)"
    )
    m.add_argument("account", metavar="ACCOUNT", help="account name or number")
    m.add_argument("currency", metavar="CODE", help="ISO 4217 code, such as USD or CNY")
    m.add_argument("--json", action="store_true", help=JSON_HELP)
    m.set_defaults(run=run_currency)


def account_json(view: AccountView) -> dict[str, Any]:
    """One account as the CLI contract lists it."""
    return jsonable(
        {
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
            "closed_on": view.closed_on,
        }
    )


def _text(value: object) -> str:
    return "" if value is None else str(jsonable(value))


def _row(view: AccountView) -> list[str]:
    covered = (
        f"{view.covered_from} – {view.covered_until}"
        if view.covered_from is not None
        else "no statements"
    )
    gaps = ", ".join(f"{start} – {end}" for start, end in view.gaps)
    balance = f"{view.balance} on {view.balance_date}" if view.balance is not None else "unknown"
    if view.closed_on is not None:
        balance = f"closed on {view.closed_on}"
    return [
        str(view.id),
        view.name,
        view.currency,
        covered,
        gaps,
        _text(view.last_import).replace("T", " "),
        balance,
    ]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.accounts import list_accounts

    views = list_accounts(ctx.store)
    if args.json:
        print_json([account_json(v) for v in views])
        return 0
    print_table(
        ["id", "account", "currency", "statements", "missing", "last import", "balance"],
        [_row(v) for v in views],
    )
    return 0


def run_type(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.accounts import set_account_type

    view = set_account_type(ctx.store, args.account, args.type)
    if args.json:
        print_json(account_json(view))
    else:
        print(f"{view.name}: {view.type}")
    return 0


def run_currency(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.account_currency import set_account_currency
    from finapp.services.alerts import evaluate_alerts

    view = set_account_currency(ctx.store, args.account, args.currency)
    evaluate_alerts(ctx.store)  # the alerts about it tell the new currency
    if args.json:
        print_json(account_json(view))
    else:
        print(f"{view.name}: {view.currency}")
    return 0


def run_limit(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.cards import set_credit_limit

    # before the store opens: a bad amount touches nothing
    value = None if args.limit.strip().lower() == "off" else amount(args.limit)
    card = set_credit_limit(ctx.store, args.account, value)
    if args.json:
        print_json(card.as_json())
    elif value is None:
        stated = f"the statement's {card.as_json()['limit']} counts" if card.limit_minor else "none"
        print(f"{card.account}: limit cleared ({stated})")
    else:
        print(f"{card.account}: limit {card.as_json()['limit']} {card.currency}")
    return 0


def _closed_or_opened(args: argparse.Namespace, ctx: CliContext, view: AccountView) -> int:
    """Judge the subscriptions and alerts again (a closed account's stop), then say it."""
    from finapp.services.alerts import refresh_alerts

    refresh_alerts(ctx.store)
    if args.json:
        print_json(account_json(view))
    elif view.closed_on is None:
        print(f"{view.name}: open")
    else:
        print(f"{view.name}: closed on {view.closed_on}; its balance counts as nothing from then")
    return 0


def run_close(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.account_closing import close_account

    return _closed_or_opened(args, ctx, close_account(ctx.store, args.account, args.on))


def run_reopen(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.account_closing import reopen_account

    return _closed_or_opened(args, ctx, reopen_account(ctx.store, args.account))
