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
    else:
        print_review(review, print_converted)
    return 0


def print_review(review: YearReview, print_converted: Callable[[HouseholdTotals], None]) -> None:
    """The review as text, top down as the window shows it."""
    from finapp.services.year_review_export import NO_INCOME, NO_RATE, savings_rate_text

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
    rate = savings_rate_text(review, {"no_income": NO_INCOME, "no_rate": NO_RATE})
    print(f"Savings rate: {rate}")
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
    _print_largest(review)
    _print_subscriptions(review)


def _print_largest(review: YearReview) -> None:
    """The largest purchases ranked in the base currency, then, each under its own heading, those
    of a currency without a rate, ranked apart by their own amount."""
    ranked = [p for p in review.largest if not p.converted.missing]
    apart = sorted({p.currency for p in review.largest if p.converted.missing})
    groups = [("Largest purchases", ranked)] if ranked or not apart else []
    groups += [
        (
            f"Largest purchases in {code} (no rate to {review.currency}: ranked apart)",
            [p for p in review.largest if p.currency == code and p.converted.missing],
        )
        for code in apart
    ]
    for index, (title, purchases) in enumerate(groups):
        if index:
            print()
        print(title)
        print_table(
            ["date", "payee", "category", "account", "amount", "currency"],
            [
                [p.posted.isoformat(), p.payee, p.category, p.account, str(p.amount), p.currency]
                for p in purchases
            ],
        )


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
    if worth.no_balance:
        print(f"  left out, no balance known: {', '.join(worth.no_balance)}")


def _print_subscriptions(review: YearReview) -> None:
    print()
    paid = ", ".join(f"{c.amount} {c.currency}" for c in review.subscriptions_paid)
    print(f"Subscriptions and bills paid: {paid or 'none'}")
    print(f"Started: {'none' if not review.started else ''}")
    if review.started:
        print_table(
            ["date", "name", "per year", "currency"],
            [[s.on.isoformat(), s.name, str(s.per_year), s.currency] for s in review.started],
        )
    _print_cancellations(review)
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


def _print_cancellations(review: YearReview) -> None:
    """Every cancellation of the year in one table: what each saves a year, or, charged again
    since, that it saves nothing yet and the charges that say so."""
    from finapp.services.year_review import ChargedAgain

    items = review.cancellations
    print(f"Cancelled: {'none' if not items else ''}")
    if not items:
        return
    rows = []
    for item in items:
        saves, note = str(item.per_year), ""
        if isinstance(item, ChargedAgain):
            saves = "nothing yet"
            note = "charged again: " + ", ".join(
                f"{amount} {item.currency} on {day}" for day, amount in item.charges
            )
        rows.append([item.on.isoformat(), item.name, saves, item.currency, note])
    print_table(["date", "name", "saves a year", "currency", "note"], rows)
