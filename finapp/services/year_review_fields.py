"""The year in review as plain JSON values (``finapp report --year --json``): money as decimal
strings, dates as ISO strings, converted figures in the review's base currency."""

from __future__ import annotations

from finapp.core.conversion import Total as Converted
from finapp.services.household_totals import totals_fields
from finapp.services.month_report import Total
from finapp.services.year_review import ChargedAgain, SubscriptionYear, YearReview


def json_fields(review: YearReview) -> dict[str, object]:
    """``report --year --json``: money as decimal strings, dates as ISO strings."""

    def money(total: Converted) -> str:
        return str(total.amount)

    worth = review.net_worth
    return {
        "year": review.year,
        "currency": review.currency,
        "first_month": review.first_month,
        "last_month": review.last_month,
        "totals": [_total_fields(t) for t in review.totals],
        "converted": totals_fields(review.converted),
        "savings_rate": None if review.savings_rate is None else str(review.savings_rate),
        # why there is no savings rate when a currency had no rate: its own figures
        "left_out": [_total_fields(t) for t in review.left_out],
        "months": [
            {
                "month": m.month,
                "totals": [_total_fields(t) for t in m.totals],
                "income": money(m.income),
                "expenses": money(m.spending),
            }
            for m in review.months
        ],
        "categories": [
            {"category": c.category, "currency": c.currency, "amount": str(c.amount)}
            for c in review.categories
        ],
        "categories_converted": [
            {"category": c.category, "amount": money(c.spent)} for c in review.by_category
        ],
        "largest": [
            {
                "id": p.id,
                "date": p.posted.isoformat(),
                "payee": p.payee,
                "category": p.category,
                "account": p.account,
                "currency": p.currency,
                "amount": str(p.amount),
                "converted": None if p.converted.missing else money(p.converted),
            }
            for p in review.largest
        ],
        "subscriptions": {
            "paid": [
                {"currency": c.currency, "amount": str(c.amount)} for c in review.subscriptions_paid
            ],
            "started": [_subscription_fields(s) for s in review.started],
            "cancelled": [_subscription_fields(s) for s in review.cancelled],
            "cancelled_yet_charged": [
                {
                    **_subscription_fields(c),
                    "charged_after": [
                        {"date": day.isoformat(), "amount": str(amount)}
                        for day, amount in c.charges
                    ],
                }
                for c in review.charged_again
            ],
            "stopped": [
                {
                    "id": s.id,
                    "name": s.name,
                    "currency": s.currency,
                    "last_charge": {
                        "date": s.last_charge.isoformat(),
                        "amount": str(s.last_amount),
                    },
                    "per_year": str(s.per_year),
                }
                for s in review.stopped
            ],
            "price_increases": [
                {
                    "id": i.id,
                    "name": i.name,
                    "currency": i.currency,
                    "date": i.on.isoformat(),
                    "old": str(i.old),
                    "new": str(i.new),
                    "extra_per_year": str(i.extra_per_year),
                }
                for i in review.increases
            ],
        },
        "net_worth": None
        if worth is None
        else {
            "start": worth.start.month_end.isoformat(),
            "end": worth.end.month_end.isoformat(),
            "start_total": money(worth.start.total),
            "end_total": money(worth.end.total),
            "change": money(worth.change),
            "whole_year": worth.whole_year,
            "missing": sorted(worth.change.missing),
            "no_balance": list(worth.no_balance),
        },
        "missing": review.missing,
    }


def _total_fields(total: Total) -> dict[str, str]:
    return {
        "currency": total.currency,
        "income": str(total.income),
        "expenses": str(total.expenses),
        "net": str(total.net),
    }


def _subscription_fields(item: SubscriptionYear | ChargedAgain) -> dict[str, object]:
    return {
        "id": item.id,
        "name": item.name,
        "currency": item.currency,
        "date": item.on.isoformat(),
        "per_year": str(item.per_year),
    }
