"""``finapp forecast [--days N] [--account NAME] [--as-of DATE] [--json]``: each account's
balance over the coming days from today, by its recurring streams; when its statements end
before today, the days between are estimated, and it says so."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from finapp.cli.args import AS_OF_HELP, JSON_HELP, integer, iso_date
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.forecast import DEFAULT_DAYS, MAX_DAYS

if TYPE_CHECKING:
    from finapp.services.forecast import AccountForecast


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "forecast", help="each account's projected balance from its income, bills and transfers"
    )
    p.add_argument(
        "--days",
        type=integer(1, MAX_DAYS, "a number of days"),
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"days ahead (default {DEFAULT_DAYS})",
    )
    p.add_argument("--account", metavar="NAME", help="one account, by name or number")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.forecast import forecast

    found = forecast(ctx.store, args.as_of, args.days, args.account)
    if args.json:
        print_json([f.as_json() for f in found])
        return 0
    for n, one in enumerate(found):
        if n:
            print()
        _print(one)
    return 0


def _print(one: AccountForecast) -> None:
    if one.reason is not None:
        print(f"{one.account} ({one.currency}): cannot be forecast, {one.reason}")
        return
    if one.estimated:
        print(
            f"{one.account} ({one.currency}) from today, estimated from statements ending "
            f"{one.start}: {one.starting_balance} on {one.start}, about {one.balance_today} today"
        )
    else:
        print(
            f"{one.account} ({one.currency}) from {one.start} (where its statements end): "
            f"{one.starting_balance}"
        )
    after = f" after {one.lowest_after}" if one.lowest_after else ""
    print(f"lowest {one.lowest} on {one.lowest_on}{after}")
    if one.events:
        end_of_day = {d.date: d.balance for d in one.daily}
        print_table(
            ["date", "event", "amount", "balance that day"],
            [
                [_day(e.date, one), e.name, str(e.amount), str(end_of_day[e.date])]
                for e in one.events
            ],
        )
    else:
        print("no income, bills or transfers expected")


def _day(day: date, one: AccountForecast) -> str:
    """An event's day, marked when it falls before today: estimated, not yet imported."""
    past = one.today is not None and day < one.today
    return f"{day.isoformat()} (estimated)" if past else day.isoformat()
