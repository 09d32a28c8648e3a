"""``finapp subscriptions [--json] [--as-of DATE] [--all] [--rebuild]`` and the user's decisions.

``--json`` gives each stream's ``group`` (subscriptions, bills, habits, income, transfers; see
:mod:`finapp.core.stream_groups`) and ``paid_from``: the paying account, a payment app's paying
source ("Alipay · 招商银行信用卡(1234)"), or for an own-account transfer "Checking → Visa card"
(both of a transfer's sides are listed, each addressable by its id). ``kind`` (table and JSON)
is what its group makes it (:data:`~finapp.core.stream_groups.GROUP_KINDS`): rent the window
lists under Bills is a bill here too, whatever the detector first thought, and a monthly taxi
ride at whatever it cost, filed under Transport, is a ``habit``. ``upcoming`` (the
table's ``next``) is past only for a renewal of the last few days after the statements end:
then ``flags`` holds ``after_statements`` and the table says "(after statements end DATE)".

``--rebuild`` detects every merchant afresh; without it only the merchants whose transactions
changed since the last detection are (the same list results, sooner).

Actions: ``confirm ID``, ``dismiss ID``, ``rename ID NAME``, ``cancel ID [--on DATE]``,
``add NAME AMOUNT --cadence C --next DATE [--account A] [--kind K]``,
``reminders ID DAYS[,DAYS...]|default``, ``review ID DATE|none``, ``merge KEEP OTHER``,
``split ID TXN_ID...``, ``totals [--json] [--as-of DATE]``, ``export-ics FILE [--as-of DATE]``,
``export-ics FILE --keep`` (rewritten after every change) and ``export-ics --stop-keeping``.

The audit (its reports in :mod:`finapp.cli.commands.subscriptions_audit`): ``audit [--json]
[--as-of DATE]`` (every active subscription with its yearly cost, what it cost so far, price
changes, last charge, overlaps, the paying account and its review; the monthly total against the
cap), an audit decision ``review ID keep [--next DATE]`` or
``review ID cancel``, and ``annual-review --year YYYY [--json]``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from finapp.cli.args import AS_OF_HELP, JSON_HELP, amount, integer, iso_date, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import plain_text_warning, print_json, print_table
from finapp.core.cadence import BY_NAME
from finapp.core.dates import MAX_DATE, MIN_DATE
from finapp.core.months_off import months_told
from finapp.core.price_alerts import rise_kind
from finapp.core.stream_groups import GROUP_KINDS, kind_word
from finapp.core.streams import KINDS
from finapp.core.subscription_states import UserState, Verdict
from finapp.errors import InvalidInputError

if TYPE_CHECKING:
    from finapp.services.subscription_groups import PlacedStream
    from finapp.services.subscriptions import SubscriptionView

_YEAR = integer(MIN_DATE.year, MAX_DATE.year, "a year (YYYY)")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("subscriptions", help="recurring charges and bills, and your decisions")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
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
        "name", metavar="NAME", help="the name to show (empty: the detected name again)"
    )
    _on_one(actions, "cancel", "I cancelled it (a later charge gets flagged)").add_argument(
        "--on", type=iso_date, metavar="DATE", help="the day you cancelled (default: today)"
    )
    s = actions.add_parser("add", help="a subscription paid in cash or elsewhere")
    s.add_argument("name", metavar="NAME", help="what to call it")
    s.add_argument("amount", metavar="AMOUNT", help="what one charge costs, e.g. 9.99")
    s.add_argument(
        "--cadence", required=True, choices=list(BY_NAME), help="how often it is charged"
    )
    s.add_argument(
        "--next",
        dest="next_date",
        required=True,
        type=iso_date,
        metavar="DATE",
        help="the next charge's day",
    )
    s.add_argument("--account", metavar="NAME", help="the account it is paid from")
    s.add_argument(
        "--kind", default="subscription", choices=list(KINDS), help="default: subscription"
    )
    s.add_argument(
        "--payee",
        metavar="TEXT",
        help="as its charges name it (default: NAME); past charges of it become its history",
    )
    s.set_defaults(run=_add)
    _on_one(actions, "reminders", "days before renewal to be reminded").add_argument(
        "offsets",
        type=_offsets,
        metavar="DAYS[,DAYS...]|default",
        help="e.g. 7,1: remind 7 days and 1 day before; default: the setting's days",
    )
    s = _on_one(actions, "review", "audit decision (keep or cancel), or a date to review it")
    s.add_argument(
        "review",
        type=_review,
        metavar="keep|cancel|DATE|none",
        help="your decision, the day to review it, or none to forget it",
    )
    s.add_argument(
        "--next",
        dest="next_review",
        type=iso_date,
        metavar="DATE",
        help="with keep: the next review (default: three months on)",
    )
    s = actions.add_parser("audit", help="every active subscription: cost, overlaps, review")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    s.set_defaults(run=_audit)
    s = actions.add_parser("annual-review", help="a year's cancellations, savings and increases")
    s.add_argument("--year", type=_YEAR, required=True, metavar="YYYY", help="the year to review")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=_annual_review)
    _on_one(actions, "merge", "two detected streams are one subscription").add_argument(
        "other_id", type=record_id, metavar="OTHER", help="the subscription merged into ID"
    )
    _on_one(actions, "split", "move some charges into a subscription of their own").add_argument(
        "transaction_ids", type=record_id, nargs="+", metavar="TXN_ID", help="the charges to move"
    )
    s = actions.add_parser("totals", help="what subscriptions and bills cost a month and a year")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    s.set_defaults(run=_totals)
    s = actions.add_parser("export-ics", help="upcoming renewals as an iCalendar file")
    s.add_argument("file", type=Path, metavar="FILE", nargs="?", help="the .ics file to write")
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
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
    parser.add_argument(
        "sub_id",
        type=record_id,
        metavar="ID",
        help="the subscription's id (see `finapp subscriptions`)",
    )
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
    from finapp.core.subscription_audit import DECISIONS  # with the alerts: not for a listing

    word = text.strip().lower()
    if word in DECISIONS:
        return word
    return None if word == "none" else iso_date(text)


def _row(placed: PlacedStream) -> dict[str, Any]:
    """The contract's JSON object of one subscription, with its group (subscriptions, bills,
    habits, income, transfers) and what pays it ("Checking → Visa card" for an own-account
    transfer)."""
    view = placed.view
    return {
        "id": view.id,
        "name": view.name,
        "merchant": view.merchant,
        "account": view.account,
        "kind": kind_word(placed.group),
        "cadence": view.cadence,
        "months_off": list(view.months_off),
        "amount": view.amount,
        "average_amount": view.average_amount,
        "currency": view.currency,
        "next_date": view.next_date,
        "upcoming": placed.upcoming,
        "status": view.status,
        "confidence": view.confidence,
        "user_state": view.user_state,
        "manual": view.manual,
        "annual_cost": view.annual_cost,
        "price_changes": [{"date": c.date, "old": c.old, "new": c.new} for c in view.price_changes],
        "flags": _flags(placed),
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
    from finapp.services import subscriptions as subs
    from finapp.services.subscription_groups import one_per_transfer, place

    views = subs.list_subscriptions(
        ctx.store, args.as_of, include_dismissed=args.all, full=args.rebuild
    )
    placed = place(ctx.store, views, args.as_of or date.today())
    if args.json:
        print_json([_row(p) for p in placed])  # both sides of a transfer, as the contract says
        return 0
    placed = one_per_transfer(placed)  # a card payment seen on both accounts: one row
    print_table(
        ["id", "name", "kind", "cadence", "amount", "next", "status", "per year", "flags",
         "group", "paid from"],
        [
            [
                str(v.id),
                v.name,
                kind_word(p.group),
                _cadence(v),
                str(v.amount),
                _next(p),
                _status(v),
                str(v.annual_cost),
                " ".join(_flags(p)),
                p.group,
                p.paid_from,
            ]
            for p in placed
            for v in (p.view,)
        ],
    )  # fmt: skip
    _print_judged_days(views, args.as_of or date.today())
    return 0


def _flags(placed: PlacedStream) -> list[str]:
    """The stream's flags, and ``after_statements`` when the renewal shown is past but after
    the day its statements end (they cannot show it yet: not overdue, not skipped). A larger
    amount is named by its group (:func:`~finapp.core.price_alerts.rise_kind`): a price
    increase of spending, an income change of income, nothing of an own-account transfer."""
    kind = GROUP_KINDS.get(placed.group)  # regular spending has none: its amount has no price
    rise = rise_kind(kind) if kind is not None else None
    said = {"price_increase": rise.value if rise is not None else ""}
    flags = [said.get(flag, flag) for flag in placed.view.flags]
    return [*filter(None, flags), *(["after_statements"] if placed.after_statements else [])]


def _next(placed: PlacedStream) -> str:
    """ "2026-12-01"; a past one after the statements end says so: "2026-12-01 (after
    statements end 2026-11-18)"."""
    if placed.upcoming is None:
        return ""
    until = placed.view.covered_until
    if placed.after_statements and until is not None:
        return f"{placed.upcoming.isoformat()} (after statements end {until.isoformat()})"
    return placed.upcoming.isoformat()


#: the CLI speaks English whatever the machine's locale
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def _cadence(view: SubscriptionView) -> str:
    """ "monthly", "monthly, none in Feb Mar" for a bill with months off every year, or
    "quarterly, in Jan Apr Jun Sep" for one paid in a few set months."""
    if not view.months_off:
        return view.cadence
    only, months = months_told(view.months_off)
    named = " ".join(_MONTHS[month - 1] for month in months)
    return f"{view.cadence}, {'in' if only else 'none in'} {named}"


def _status(view: SubscriptionView) -> str:
    """ "active", "active (confirmed)"; "cancelled 2026-08-20" with no renewal ahead; an
    expected charge the statements do not show says so, not "active"; a wage paused over the
    summer as the year before, "paused until September"."""
    if view.user_state == UserState.CANCELLED and view.cancelled_on is not None:
        return f"cancelled {view.cancelled_on.isoformat()}"
    if "overdue" in view.flags and view.next_date is not None:
        return f"overdue: {view.next_date.isoformat()} charge not seen"
    if "paused" in view.flags and view.next_date is not None:
        return f"paused until {_MONTH_NAMES[view.next_date.month - 1]}"
    if view.user_state == UserState.SUGGESTED:
        return view.status
    return f"{view.status} ({view.user_state})"


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
    from finapp.services import subscriptions as subs

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
        print(
            f"cancelled {view.name} (subscription {view.id}) on {view.cancelled_on}:"
            " a charge on or after that day is flagged"
        )
        return 0
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
    from finapp.services import subscriptions as subs

    value = amount(args.amount)  # before the store opens: a bad amount touches nothing
    view = subs.add_manual(
        ctx.store,
        args.name,
        value,
        args.cadence,
        args.next_date,
        account=args.account,
        kind=args.kind,
        payee=args.payee,
    )
    linked = f", {len(view.transaction_ids)} past charges linked" if view.transaction_ids else ""
    print(f"subscription {view.id} ({view.name}) added; next {view.next_date}{linked}")
    return 0


def _totals(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import subscriptions as subs

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
    from finapp.services.kept_calendar import keep_calendar, stop_keeping_calendar

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
        print(plain_text_warning())
        return 0
    from finapp.services.calendar_export import export_renewals  # icalendar: only for a file

    events = export_renewals(ctx.store, args.file, args.as_of)
    print(f"{events} renewals written to {args.file}")
    print(plain_text_warning())
    return 0


def _review_decision(args: argparse.Namespace, ctx: CliContext) -> int:
    """``review ID keep|cancel`` decides as an audit does; a date (or none) only sets it."""
    from finapp.core.subscription_audit import DECISIONS
    from finapp.services import subscription_audit as audit_service
    from finapp.services import subscriptions as subs

    decision = args.review
    if decision not in DECISIONS:
        if args.next_review is not None:
            raise InvalidInputError("--next goes with keep")
        view = subs.set_review_date(ctx.store, args.sub_id, decision)
        print(f"subscription {view.id} ({view.name}): review done")
        return 0
    view = audit_service.decide(ctx.store, args.sub_id, decision, args.next_review)
    if decision == Verdict.KEEP:
        print(f"kept {view.name} (subscription {view.id}); next review {view.review_date}")
    else:
        print(f"cancelled {view.name} (subscription {view.id}) on {view.cancelled_on}")
    return 0


def _audit(args: argparse.Namespace, ctx: CliContext) -> int:
    """The audit as a table or JSON; its wording loads only when an audit is asked for."""
    from finapp.cli.commands import subscriptions_audit

    return subscriptions_audit.run_audit(args, ctx)


def _annual_review(args: argparse.Namespace, ctx: CliContext) -> int:
    """A year's decisions and price increases; loaded as the audit is."""
    from finapp.cli.commands import subscriptions_audit

    return subscriptions_audit.run_annual_review(args, ctx)
