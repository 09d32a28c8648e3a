"""``finapp subscriptions [--json] [--as-of DATE] [--all] [--rebuild]`` and the user's decisions.

``--json`` gives each stream's ``group`` (subscriptions, bills, income, transfers; see
:mod:`finapp.core.stream_groups`) and ``paid_from``: the paying account, a payment app's paying
source ("Alipay · 招商银行信用卡(1234)"), or for an own-account transfer "Checking → Visa card"
(both of a transfer's sides are listed, each addressable by its id).

``--rebuild`` detects every merchant afresh; without it only the merchants whose transactions
changed since the last detection are (the same list results, sooner).

Actions: ``confirm ID``, ``dismiss ID``, ``rename ID NAME``, ``cancel ID [--on DATE]``,
``add NAME AMOUNT --cadence C --next DATE [--account A] [--kind K]``,
``reminders ID DAYS[,DAYS...]|default``, ``review ID DATE|none``, ``merge KEEP OTHER``,
``split ID TXN_ID...``, ``totals [--json] [--as-of DATE]``, ``export-ics FILE [--as-of DATE]``,
``export-ics FILE --keep`` (rewritten after every change) and ``export-ics --stop-keeping``.

The audit: ``audit [--json] [--as-of DATE]`` (every active subscription with its yearly cost,
what it cost so far, price changes, last charge, overlaps, the paying account and its review;
the monthly total against the cap), an audit decision ``review ID keep [--next DATE]`` or
``review ID cancel``, and ``annual-review --year YYYY [--json]``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from finapp.cli.args import amount, integer, iso_date, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core import subscription_audit as audit_core
from finapp.core.alert_facts import money_fact
from finapp.core.cadence import BY_NAME
from finapp.core.dates import MAX_DATE, MIN_DATE
from finapp.core.money import from_minor
from finapp.core.streams import KINDS
from finapp.errors import InvalidInputError
from finapp.services import subscription_audit as audit_service
from finapp.services import subscriptions as subs
from finapp.services.kept_calendar import keep_calendar, stop_keeping_calendar
from finapp.services.subscription_groups import PlacedStream, place
from finapp.services.subscriptions import SubscriptionView

_YEAR = integer(MIN_DATE.year, MAX_DATE.year, "a year (YYYY)")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("subscriptions", help="recurring charges and bills, and your decisions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help="default: today")
    p.add_argument("--all", action="store_true", help="include dismissed subscriptions")
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="detect every merchant afresh, not only those whose transactions changed",
    )
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    _on_one(actions, "confirm", "this is a subscription I have")
    _on_one(actions, "dismiss", "not a subscription; never suggest it again")
    _on_one(actions, "rename", "give a subscription your own name").add_argument(
        "name", metavar="NAME"
    )
    _on_one(actions, "cancel", "I cancelled it (a later charge gets flagged)").add_argument(
        "--on", type=iso_date, metavar="DATE", help="default: today"
    )
    s = actions.add_parser("add", help="a subscription paid in cash or elsewhere")
    s.add_argument("name", metavar="NAME")
    s.add_argument("amount", metavar="AMOUNT")
    s.add_argument("--cadence", required=True, choices=list(BY_NAME))
    s.add_argument("--next", dest="next_date", required=True, type=iso_date, metavar="DATE")
    s.add_argument("--account", metavar="NAME")
    s.add_argument("--kind", default="subscription", choices=list(KINDS))
    s.set_defaults(run=_add)
    _on_one(actions, "reminders", "days before renewal to be reminded").add_argument(
        "offsets", type=_offsets, metavar="DAYS[,DAYS...]|default"
    )
    s = _on_one(actions, "review", "audit decision (keep or cancel), or a date to review it")
    s.add_argument("review", type=_review, metavar="keep|cancel|DATE|none")
    s.add_argument(
        "--next",
        dest="next_review",
        type=iso_date,
        metavar="DATE",
        help="with keep: the next review (default: three months on)",
    )
    s = actions.add_parser("audit", help="every active subscription: cost, overlaps, review")
    s.add_argument("--json", action="store_true")
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help="default: today")
    s.set_defaults(run=_audit)
    s = actions.add_parser("annual-review", help="a year's cancellations, savings and increases")
    s.add_argument("--year", type=_YEAR, required=True, metavar="YYYY")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_annual_review)
    _on_one(actions, "merge", "two detected streams are one subscription").add_argument(
        "other_id", type=record_id, metavar="OTHER"
    )
    _on_one(actions, "split", "move some charges into a subscription of their own").add_argument(
        "transaction_ids", type=record_id, nargs="+", metavar="TXN_ID"
    )
    s = actions.add_parser("totals", help="what subscriptions and bills cost a month and a year")
    s.add_argument("--json", action="store_true")
    s.add_argument("--as-of", type=iso_date, metavar="DATE")
    s.set_defaults(run=_totals)
    s = actions.add_parser("export-ics", help="upcoming renewals as an iCalendar file")
    s.add_argument("file", type=Path, metavar="FILE", nargs="?")
    s.add_argument("--as-of", type=iso_date, metavar="DATE")
    keeping = s.add_mutually_exclusive_group()
    keeping.add_argument(
        "--keep", action="store_true", help="rewrite FILE after every change from now on"
    )
    keeping.add_argument(
        "--stop-keeping", action="store_true", help="stop rewriting the kept file (it stays)"
    )
    s.set_defaults(run=_export)


def _on_one(actions: Subcommands, name: str, help_text: str) -> argparse.ArgumentParser:
    """An action on one subscription: ``finapp subscriptions NAME ID ...``."""
    parser = actions.add_parser(name, help=help_text)
    parser.add_argument("sub_id", type=record_id, metavar="ID")
    parser.set_defaults(run=_decide)
    return parser


def _offsets(text: str) -> list[int] | None:
    if text.strip().lower() == "default":
        return None
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not reminder days: {text!r} (e.g. 30,7,1 or default)"
        ) from None


def _review(text: str) -> str | date | None:
    """An audit decision (keep, cancel), a review date, or none to clear it."""
    word = text.strip().lower()
    if word in audit_core.DECISIONS:
        return word
    return None if word == "none" else iso_date(text)


def _row(placed: PlacedStream) -> dict[str, Any]:
    """The contract's JSON object of one subscription, with its group (subscriptions, bills,
    income, transfers) and what pays it ("Checking → Visa card" for an own-account transfer)."""
    view = placed.view
    return {
        "id": view.id,
        "name": view.name,
        "merchant": view.merchant,
        "account": view.account,
        "kind": view.kind,
        "cadence": view.cadence,
        "amount": view.amount,
        "average_amount": view.average_amount,
        "currency": view.currency,
        "next_date": view.next_date,
        "status": view.status,
        "confidence": view.confidence,
        "user_state": view.user_state,
        "manual": view.manual,
        "annual_cost": view.annual_cost,
        "price_changes": [{"date": c.date, "old": c.old, "new": c.new} for c in view.price_changes],
        "flags": list(view.flags),
        "charged_after_cancel": list(view.charged_after_cancel),
        "cancelled_on": view.cancelled_on,
        "reminder_offsets": list(view.reminder_offsets),
        "review_date": view.review_date,
        "transaction_ids": list(view.transaction_ids),
        "covered_until": view.covered_until,
        "group": placed.group,
        "paid_from": placed.paid_from,
    }


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    views = subs.list_subscriptions(
        ctx.store, args.as_of, include_dismissed=args.all, full=args.rebuild
    )
    placed = place(ctx.store, views)
    if args.json:
        print_json([_row(p) for p in placed])
        return 0
    print_table(
        ["id", "name", "kind", "cadence", "amount", "next", "status", "per year", "flags",
         "group", "paid from"],
        [
            [
                str(v.id),
                v.name,
                v.kind,
                v.cadence,
                str(v.amount),
                v.next_date.isoformat() if v.next_date else "",
                v.status if v.user_state == "suggested" else f"{v.status} ({v.user_state})",
                str(v.annual_cost),
                " ".join(v.flags),
                p.group,
                p.paid_from,
            ]
            for p in placed
            for v in (p.view,)
        ],
    )  # fmt: skip
    _print_judged_days(views, args.as_of or date.today())
    return 0


def _print_judged_days(views: list[SubscriptionView], as_of: date) -> None:
    """Say which accounts were judged as of an earlier day, so a status reads right."""
    ends = sorted(
        {(v.account, v.covered_until) for v in views if v.account and v.covered_until},
        key=lambda pair: (pair[1], pair[0]),
    )
    for account, until in ends:
        if until < as_of:
            print(f"{account}: statements end {until.isoformat()}; judged as of that day")


def _decide(args: argparse.Namespace, ctx: CliContext) -> int:
    store, sub_id = ctx.store, args.sub_id
    action = args.action
    if action == "confirm":
        view = subs.confirm(store, sub_id)
    elif action == "dismiss":
        view = subs.dismiss(store, sub_id)
    elif action == "rename":
        view = subs.rename(store, sub_id, args.name)
    elif action == "cancel":
        view = subs.cancel(store, sub_id, args.on)
    elif action == "reminders":
        view = subs.set_reminders(store, sub_id, args.offsets)
    elif action == "review":
        return _review_decision(args, ctx)
    elif action == "merge":
        view = subs.merge(store, sub_id, args.other_id)
    else:
        view = subs.split(store, sub_id, args.transaction_ids)
    print(f"subscription {view.id} ({view.name}): {action} done")
    return 0


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    value = amount(args.amount)  # before the store opens: a bad amount touches nothing
    view = subs.add_manual(
        ctx.store,
        args.name,
        value,
        args.cadence,
        args.next_date,
        account=args.account,
        kind=args.kind,
    )
    print(f"subscription {view.id} ({view.name}) added; next {view.next_date}")
    return 0


def _totals(args: argparse.Namespace, ctx: CliContext) -> int:
    totals = subs.subscription_totals(ctx.store, args.as_of)
    if args.json:
        print_json(totals)
        return 0
    print_table(
        ["currency", "per month", "per year", "subscriptions and bills"],
        [[t.currency, str(t.per_month), str(t.per_year), str(t.count)] for t in totals],
    )
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.stop_keeping:
        kept = stop_keeping_calendar(ctx.store)
        print(f"{kept} is no longer kept up to date (the file stays)" if kept
              else "no calendar file was kept up to date")  # fmt: skip
        return 0
    if args.file is None:
        raise InvalidInputError("Name the .ics file to write (or --stop-keeping)")
    if args.keep:
        if args.as_of is not None:
            raise InvalidInputError("A kept calendar starts from today; leave out --as-of")
        events = keep_calendar(ctx.store, args.file)
        print(f"{events} events written to {args.file}; rewritten after every change from now on")
        return 0
    from finapp.services.calendar_export import export_renewals  # icalendar: only for a file

    events = export_renewals(ctx.store, args.file, args.as_of)
    print(f"{events} renewals written to {args.file}")
    return 0


def _review_decision(args: argparse.Namespace, ctx: CliContext) -> int:
    """``review ID keep|cancel`` decides as an audit does; a date (or none) only sets it."""
    decision = args.review
    if decision not in audit_core.DECISIONS:
        if args.next_review is not None:
            raise InvalidInputError("--next goes with keep")
        view = subs.set_review_date(ctx.store, args.sub_id, decision)
        print(f"subscription {view.id} ({view.name}): review done")
        return 0
    view = audit_service.decide(ctx.store, args.sub_id, decision, args.next_review)
    if decision == "keep":
        print(f"kept {view.name} (subscription {view.id}); next review {view.review_date}")
    else:
        print(f"cancelled {view.name} (subscription {view.id}) on {view.cancelled_on}")
    return 0


def _money(minor: int, currency: str) -> str:
    return money_fact(minor, currency)


def _audit(args: argparse.Namespace, ctx: CliContext) -> int:
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


def _annual_review(args: argparse.Namespace, ctx: CliContext) -> int:
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
    for kept in review.kept:
        after = f"; next review {kept.next_review}" if kept.next_review else ""
        print(
            f"kept {kept.name} on {kept.on} ({_money(kept.annual_minor, kept.currency)} a year"
            f"{after})"
        )
    for rise in review.increases:
        print(
            f"price increase: {rise.name} {_money(rise.old_minor, rise.currency)} -> "
            f"{_money(rise.new_minor, rise.currency)} on {rise.date} "
            f"(+{_money(rise.extra_annual_minor, rise.currency)} a year)"
        )
    for currency, minor in review.saved_per_year.items():
        print(f"saved per year: {_money(minor, currency)}")
    for currency, minor in review.increases_per_year.items():
        print(f"price increases add per year: {_money(minor, currency)}")
    if not (review.cancelled or review.kept or review.increases):
        print("no decisions and no price increases that year")
    return 0


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
        "saved_per_year": [
            {"currency": code, "amount": from_minor(minor, code)}
            for code, minor in review.saved_per_year.items()
        ],
        "increases_per_year": [
            {"currency": code, "amount": from_minor(minor, code)}
            for code, minor in review.increases_per_year.items()
        ],
    }
