"""``finapp report --year YYYY [--json] [--base [CUR]]``: the year in review as text or JSON.

The text report reads top down as the app's Year in review does: the totals per currency and
in the base currency ("≈" where converted, currencies without a rate named), savings rate, net
worth change, the months, the categories, the largest purchases and the subscriptions.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from finapp.cli.context import CliContext
from finapp.cli.output import print_json, print_table
from finapp.core.conversion import Total

if TYPE_CHECKING:
    from finapp.services.household_totals import HouseholdTotals
    from finapp.services.year_review import YearReview


def run(
    args: argparse.Namespace, ctx: CliContext, print_converted: Callable[[HouseholdTotals], None]
) -> int:
    """``print_converted`` prints the converted totals as ``report --base`` does for a month."""
    from finapp.services.year_review import year_review
    from finapp.services.year_review_fields import json_fields

    review = year_review(ctx.store, args.year, currency=args.base)
    if args.json:
        print_json(json_fields(review))
        return 0
    span = (
        f" (data {review.first_month} to {review.last_month})"
        if review.first_month
        else " (no transactions)"
    )
    print(f"Year {review.year}{span}")
    print_table(
        ["currency", "income", "expenses", "net"],
        [[t.currency, str(t.income), str(t.expenses), str(t.net)] for t in review.totals],
    )
    print_converted(review.converted)
    rate = review.savings_rate
    print(f"Savings rate: {'n/a (no income)' if rate is None else f'{rate}%'}")
    _print_net_worth(review)
    print()
    print_table(
        ["month", f"income ({review.currency})", f"expenses ({review.currency})"],
        [[m.month, _money(m.income), _money(m.spending)] for m in review.months],
    )
    print()
    print_table(
        ["category", "currency", "spent"],
        [[c.category, c.currency, str(c.amount)] for c in review.categories],
    )
    print()
    print("Largest purchases")
    print_table(
        ["date", "payee", "category", "account", "amount", "currency"],
        [
            [p.posted.isoformat(), p.payee, p.category, p.account, str(p.amount), p.currency]
            for p in review.largest
        ],
    )
    _print_subscriptions(review)
    return 0


def _money(total: Total) -> str:
    return f"{'≈ ' if total.converted else ''}{total.amount}"


def _print_net_worth(review: YearReview) -> None:
    worth = review.net_worth
    if worth is None:
        print("Net worth change: n/a (fewer than two month ends with known balances)")
        return
    start, end = worth.start, worth.end
    print(
        f"Net worth change: {_money(worth.change)} {review.currency} "
        f"({_money(start.total)} on {start.month_end.isoformat()} to "
        f"{_money(end.total)} on {end.month_end.isoformat()})"
    )
    if worth.change.missing:
        print(f"  not converted, no rate: {', '.join(sorted(worth.change.missing))}")


def _print_subscriptions(review: YearReview) -> None:
    print()
    paid = ", ".join(f"{c.amount} {c.currency}" for c in review.subscriptions_paid)
    print(f"Subscriptions and bills paid: {paid or 'none'}")
    for title, items in (("Started", review.started), ("Cancelled", review.cancelled)):
        print(f"{title}: {'none' if not items else ''}")
        if items:
            print_table(
                ["date", "name", "per year", "currency"],
                [[s.on.isoformat(), s.name, str(s.per_year), s.currency] for s in items],
            )
    for again in review.charged_again:
        charges = ", ".join(f"{amount} {again.currency} on {day}" for day, amount in again.charges)
        print(f"Cancelled {again.name} on {again.on}, but charged again: {charges} "
              "(saves nothing yet)")  # fmt: skip
    for stop in review.stopped:
        print(f"Stopped charging (not marked cancelled): {stop.name}, last {stop.last_amount} "
              f"{stop.currency} on {stop.last_charge} ({stop.per_year} {stop.currency} a year "
              "no longer paid)")  # fmt: skip
    print(f"Price increases: {'none' if not review.increases else ''}")
    if review.increases:
        print_table(
            ["date", "name", "old", "new", "per year more", "currency"],
            [
                [
                    i.on.isoformat(),
                    i.name,
                    str(i.old),
                    str(i.new),
                    str(i.extra_per_year),
                    i.currency,
                ]
                for i in review.increases
            ],
        )
