"""``finapp goals add NAME --target AMOUNT --by DATE --account ACCOUNT …``, ``goals list``,
``goals remove NAME|ID``: savings goals measured on the balances of linked accounts."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING

from finapp.cli.args import AS_OF_HELP, JSON_HELP, amount, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table

if TYPE_CHECKING:
    from finapp.services.goals import GoalStatus


def register(sub: Subcommands) -> None:
    p = sub.add_parser("goals", help="savings goals: a target by a date on linked accounts")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("add", help="save AMOUNT by DATE in the linked ACCOUNTs")
    s.add_argument("name", metavar="NAME", help="what the goal is called")
    s.add_argument("--target", metavar="AMOUNT", required=True, help="the amount to save")
    s.add_argument("--currency", metavar="CUR", help="default: the accounts' currency")
    s.add_argument(
        "--by", type=iso_date, metavar="DATE", required=True, help="the day to have it by"
    )
    s.add_argument(
        "--account",
        metavar="ACCOUNT",
        action="append",
        required=True,
        help="account name or number whose balance counts (repeat for several)",
    )
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_add)
    s = actions.add_parser("list", help="each goal: saved, needed per month, on track or not")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    s.set_defaults(run=run_list)
    s = actions.add_parser("remove", help="forget a goal (its accounts stay)")
    s.add_argument(
        "goal", metavar="NAME|ID", help="the goal, by name or id (see `finapp goals list`)"
    )
    s.set_defaults(run=run_remove)


def _money(value: object, currency: str) -> str:
    return "unknown" if value is None else f"{value} {currency}"


def _row(goal: GoalStatus) -> list[str]:
    percent = "" if goal.percent is None else f"{goal.percent}%"
    return [
        str(goal.id),
        goal.name,
        _money(goal.saved, goal.currency),
        _money(goal.target, goal.currency),
        percent,
        goal.target_date.isoformat(),
        _money(goal.needed_per_month, goal.currency),
        goal.state.replace("_", " "),
        ", ".join(goal.accounts),
    ]


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.goals import add_goal

    target = amount(args.target)  # before the store opens: a bad amount touches nothing
    goal = add_goal(ctx.store, args.name, target, args.by, args.account, currency=args.currency)
    if args.json:
        print_json(goal.as_json())
    else:
        print(
            f"{goal.name}: {goal.target} {goal.currency} by {goal.target_date.isoformat()}, "
            f"{_money(goal.needed_per_month, goal.currency)} a month from now"
        )
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.goals import list_goals

    goals = list_goals(ctx.store, args.as_of)
    if args.json:
        print_json([goal.as_json() for goal in goals])
        return 0
    print_table(
        ["id", "goal", "saved", "target", "%", "by", "needed a month", "state", "accounts"],
        [_row(goal) for goal in goals],
    )
    for goal in goals:
        if goal.short_per_month is not None:
            print(_short_text(goal))
    return 0


def _short_text(goal: GoalStatus) -> str:
    cur = goal.currency
    taken = goal.taken_by_sooner
    shared = (
        ""
        if taken is None
        else f", and goals due sooner ({', '.join(goal.sooner_goals)}) take {taken} {cur} of it"
    )
    surplus = goal.surplus_per_month or Decimal(0)
    had = (
        f"spent {-surplus} {cur} a month more than came in"
        if surplus < 0
        else f"had {surplus} {cur} a month left after spending"
    )
    return (
        f"{goal.name} needs {goal.needed_per_month} {cur} a month; the household {had} over "
        f"the last {goal.surplus_months} months{shared}: {goal.short_per_month} {cur} a month "
        "short."
    )


def run_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.goals import remove_goal

    name = remove_goal(ctx.store, args.goal)
    print(f"{name}: goal removed")
    return 0
