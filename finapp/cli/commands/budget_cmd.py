"""``finapp budget set CATEGORY AMOUNT [--rollover]``, ``budget list``, ``budget remove``"""

from __future__ import annotations

import argparse
from datetime import date

from finapp.cli.args import JSON_HELP, amount, month
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table


def register(sub: Subcommands) -> None:
    p = sub.add_parser("budget", help="monthly budgets per category")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="budget AMOUNT a month for CATEGORY (and its parts)")
    s.add_argument("category", metavar="CATEGORY", help="a path such as Food:Groceries")
    s.add_argument("amount", metavar="AMOUNT")
    s.add_argument("--rollover", action="store_true", help="carry leftovers to the next month")
    s.set_defaults(run=run_set)
    s = actions.add_parser("list", help="spent vs budget in a month")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.add_argument("--month", type=month, metavar="YYYY-MM", help="default: this month")
    s.set_defaults(run=run_list)
    s = actions.add_parser("remove", help="stop budgeting CATEGORY")
    s.add_argument("category", metavar="CATEGORY")
    s.set_defaults(run=run_remove)


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.budgets import set_budget

    value = amount(args.amount)  # before the store opens: a bad amount touches nothing
    done = set_budget(ctx.store, args.category, value, rollover=args.rollover)
    view = done.view
    if done.created:
        print(f"created category {view.category}")
    extra = " with rollover" if view.rollover else ""
    print(f"{view.category}: {view.amount} {view.currency} a month{extra}")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.core.budgets import month_of
    from finapp.services.budgets import list_budgets
    from finapp.services.month_report import data_span

    views = list_budgets(ctx.store, month=args.month)
    if args.json:
        print_json(views)
        return 0
    today = date.today()
    month = month_of(args.month or today)
    span = data_span(ctx.store, today)
    if views and span is not None and span.stops_within(month, today):
        # as `report` says it: spent 0.00 is then the statements' end, not a quiet month
        print(f"Month {month:%Y-%m} (data up to {span.until.isoformat()})")
    print_table(
        ["category", "month", "budget", "available", "spent", "remaining", "%"],
        [
            [
                v.category,
                v.month,
                str(v.amount),
                str(v.available),
                str(v.spent),
                str(v.remaining),
                "" if v.percent is None else str(v.percent),
            ]
            for v in views
        ],
    )
    return 0


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.budgets import remove_budget

    remove_budget(ctx.store, args.category)
    print(f"{args.category}: budget removed")
    return 0
