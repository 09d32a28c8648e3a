"""``finapp subscriptions audit`` and ``annual-review``: the audit's table and the year's review.

Apart from :mod:`finapp.cli.commands.subscriptions_cmd` (which parses the arguments, lists the
subscriptions and records decisions on one) because these two word the audit service's facts,
kept in minor units, as text or JSON: a job of its own, loaded only when one of them runs, so
``finapp subscriptions`` starts no slower.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from finapp.cli.context import CliContext
from finapp.cli.output import print_json, print_table
from finapp.core import subscription_audit as audit_core
from finapp.core.alert_facts import money_fact
from finapp.core.money import from_minor

if TYPE_CHECKING:
    from finapp.services import subscription_audit as audit_service


def _money(minor: int, currency: str) -> str:
    return money_fact(minor, currency)


def run_audit(args: argparse.Namespace, ctx: CliContext) -> int:
    """Detect afresh, then print each active subscription's costs, overlaps and review."""
    from finapp.services import subscription_audit as audit_service
    from finapp.services import subscriptions as subs

    subs.detect_subscriptions(ctx.store, args.as_of)
    audit = audit_service.audit(ctx.store, args.as_of)
    if args.json:
        print_json(_audit_json(audit))
        return 0
    print_table(
        [
            "id",
            "name",
            "cadence",
            "per month",
            "per year",
            "spent",
            "last charge",
            "paid by",
            "overlaps",
            "review",
        ],
        [
            [
                str(line.facts.id),
                line.facts.name,
                line.facts.cadence,
                _money(line.monthly_minor, line.facts.currency),
                _money(line.annual_minor, line.facts.currency),
                _money(line.spent_minor, line.facts.currency),
                line.last_charge[0].isoformat() if line.last_charge else "",
                line.facts.account or "",
                ", ".join(line.overlaps_with),
                _review_text(line),
            ]
            for line in audit.lines
        ],
    )
    for line in audit.lines:
        for change in line.facts.price_changes:
            print(
                f"{line.facts.name}: {_money(change.old_minor, line.facts.currency)} -> "
                f"{_money(change.new_minor, line.facts.currency)} on {change.date}"
            )
    for overlap in audit.overlaps:
        print(f"overlap ({overlap.family.replace('_', ' ')}): {', '.join(overlap.names)}")
    for cost in audit.costs:
        text = (
            f"{cost.currency}: {_money(cost.monthly_minor, cost.currency)} a month, "
            f"{_money(cost.annual_minor, cost.currency)} a year ({cost.count} subscriptions)"
        )
        if cost.currency == audit.currency and audit.cap_minor is not None:
            state = "over" if audit.over_cap else "within"
            text += f"; {state} your cap of {_money(audit.cap_minor, cost.currency)}"
        elif cost.currency != audit.currency and audit.cap_minor is not None:
            text += "; not counted against the cap"
        print(text)
    return 0


def _review_text(line: audit_core.AuditLine) -> str:
    facts = line.facts
    if line.review_state in ("due", "scheduled"):
        return f"{line.review_state} {facts.review_date}"
    if line.review_state == "unreviewed":
        return f"unreviewed since {line.review_since}"
    return f"reviewed {facts.reviewed_on}" if line.review_state == "reviewed" else "new"


def _audit_json(audit: audit_service.Audit) -> dict[str, Any]:
    def money(minor: int, currency: str) -> object:
        return from_minor(minor, currency)

    return {
        "as_of": audit.as_of,
        "currency": audit.currency,
        "cap": None if audit.cap_minor is None else money(audit.cap_minor, audit.currency),
        "over_cap": audit.over_cap,
        "totals": [
            {
                "currency": c.currency,
                "per_month": money(c.monthly_minor, c.currency),
                "per_year": money(c.annual_minor, c.currency),
                "count": c.count,
            }
            for c in audit.costs
        ],
        "overlaps": [
            {"family": o.family, "ids": list(o.ids), "names": list(o.names)} for o in audit.overlaps
        ],
        "subscriptions": [
            {
                "id": line.facts.id,
                "name": line.facts.name,
                "cadence": line.facts.cadence,
                "amount": money(abs(line.facts.amount_minor), line.facts.currency),
                "currency": line.facts.currency,
                "per_month": money(line.monthly_minor, line.facts.currency),
                "per_year": money(line.annual_minor, line.facts.currency),
                "spent": money(line.spent_minor, line.facts.currency),
                "last_charge": None
                if line.last_charge is None
                else {
                    "date": line.last_charge[0],
                    "amount": money(line.last_charge[1], line.facts.currency),
                },
                "price_changes": [
                    {
                        "date": c.date,
                        "old": money(c.old_minor, line.facts.currency),
                        "new": money(c.new_minor, line.facts.currency),
                    }
                    for c in line.facts.price_changes
                ],
                "account": line.facts.account,
                "family": line.family,
                "overlaps_with": list(line.overlaps_with),
                "user_state": line.facts.user_state,
                "review_state": line.review_state,
                "reviewed_on": line.facts.reviewed_on,
                "review_date": line.facts.review_date,
                "unreviewed_since": line.review_since,
            }
            for line in audit.lines
        ],
    }


def run_annual_review(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the year's cancellations, keeps and price increases, and what they add up to."""
    from finapp.services import subscription_audit as audit_service

    review = audit_service.annual_review(ctx.store, args.year)
    if args.json:
        print_json(_annual_json(review))
        return 0
    print(f"Subscriptions in {review.year}")
    for item in review.cancelled:
        print(
            f"cancelled {item.name} on {item.on}: saves {_money(item.annual_minor, item.currency)}"
            " a year"
        )
    for charged in review.cancelled_yet_charged:
        print(_charged_again_text(charged))
    for kept in review.kept:
        after = f"; next review {kept.next_review}" if kept.next_review else ""
        print(
            f"kept {kept.name} on {kept.on} ({_money(kept.annual_minor, kept.currency)} a year"
            f"{after})"
        )
    for stop in review.stopped:
        print(
            f"stopped charging (not marked cancelled): {stop.name}, last "
            f"{_money(stop.last_minor, stop.currency)} on {stop.last_charge} "
            f"({_money(stop.annual_minor, stop.currency)} a year no longer paid)"
        )
    for rise in review.increases:
        print(
            f"price increase: {rise.name} {_money(rise.old_minor, rise.currency)} -> "
            f"{_money(rise.new_minor, rise.currency)} on {rise.date} "
            f"(+{_money(rise.extra_annual_minor, rise.currency)} a year)"
        )
    for currency, minor in review.saved_per_year.items():
        print(f"saved per year: {_money(minor, currency)}")
    for currency, minor in review.stopped_per_year.items():
        print(f"stopped charging, no longer paid per year: {_money(minor, currency)}")
    for currency, minor in review.increases_per_year.items():
        print(f"price increases add per year: {_money(minor, currency)}")
    if review.stopped:
        print(
            "stopped charging is what the statements show; if you cancelled one, "
            "`finapp subscriptions cancel ID --on DATE` says so"
        )
    if not (
        review.cancelled
        or review.cancelled_yet_charged
        or review.kept
        or review.stopped
        or review.increases
    ):
        print("no decisions and no price increases that year")
    return 0


def _charged_again_text(item: audit_core.CancelledYetCharged) -> str:
    """A cancellation the merchant did not heed: each charge since, and no saving claimed."""
    charges = ", ".join(f"{_money(minor, item.currency)} on {day}" for day, minor in item.charges)
    return f"cancelled {item.name} on {item.on}, but charged again: {charges} (saves nothing yet)"


def _annual_json(review: audit_core.AnnualReview) -> dict[str, Any]:
    return {
        "year": review.year,
        "cancelled": [
            {
                "id": c.id,
                "name": c.name,
                "on": c.on,
                "currency": c.currency,
                "per_year": from_minor(c.annual_minor, c.currency),
            }
            for c in review.cancelled
        ],
        "cancelled_yet_charged": [
            {
                "id": c.id,
                "name": c.name,
                "on": c.on,
                "currency": c.currency,
                "per_year": from_minor(c.annual_minor, c.currency),
                "charged_after": [
                    {"date": day, "amount": from_minor(minor, c.currency)}
                    for day, minor in c.charges
                ],
            }
            for c in review.cancelled_yet_charged
        ],
        "kept": [
            {
                "id": k.id,
                "name": k.name,
                "on": k.on,
                "next_review": k.next_review,
                "currency": k.currency,
                "per_year": from_minor(k.annual_minor, k.currency),
            }
            for k in review.kept
        ],
        "increases": [
            {
                "id": i.id,
                "name": i.name,
                "date": i.date,
                "currency": i.currency,
                "old": from_minor(i.old_minor, i.currency),
                "new": from_minor(i.new_minor, i.currency),
                "extra_per_year": from_minor(i.extra_annual_minor, i.currency),
            }
            for i in review.increases
        ],
        "stopped": [
            {
                "id": s.id,
                "name": s.name,
                "account": s.account,
                "currency": s.currency,
                "last_charge": {
                    "date": s.last_charge,
                    "amount": from_minor(s.last_minor, s.currency),
                },
                "per_year": from_minor(s.annual_minor, s.currency),
            }
            for s in review.stopped
        ],
        "saved_per_year": [
            {"currency": code, "amount": from_minor(minor, code)}
            for code, minor in review.saved_per_year.items()
        ],
        "increases_per_year": [
            {"currency": code, "amount": from_minor(minor, code)}
            for code, minor in review.increases_per_year.items()
        ],
        "stopped_per_year": [
            {"currency": code, "amount": from_minor(minor, code)}
            for code, minor in review.stopped_per_year.items()
        ],
    }
