"""``finapp alerts [--json] [--as-of DATE] [--all] [--rebuild]``, ``alerts read ID``,
``alerts dismiss ID``, ``alerts restore ID [--as-of DATE]``

The list is the inbox: open alerts; ``--all`` adds the history (resolved and dismissed ones),
each with its ``state`` as of the day asked. ``--rebuild`` detects subscriptions and judges
charges afresh at every merchant, not only where transactions changed (the same alerts result).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from finapp.cli.args import AS_OF_HELP, JSON_HELP, iso_date, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table


def register(sub: Subcommands) -> None:
    p = sub.add_parser("alerts", help="evaluate and list alerts as of a date")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    p.add_argument("--all", action="store_true", help="include resolved and dismissed alerts")
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="judge every merchant afresh, not only those whose transactions changed",
    )
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("read", help="mark an alert as read")
    s.add_argument(
        "alert_id", type=record_id, metavar="ID", help="the alert's id (see `finapp alerts`)"
    )
    s.set_defaults(run=run_read)
    s = actions.add_parser("dismiss", help="dismiss an alert for good")
    s.add_argument(
        "alert_id", type=record_id, metavar="ID", help="the alert's id (see `finapp alerts`)"
    )
    s.set_defaults(run=run_dismiss)
    s = actions.add_parser("restore", help="bring a dismissed alert back to the list")
    s.add_argument(
        "alert_id", type=record_id, metavar="ID", help="the alert's id (see `finapp alerts --all`)"
    )
    s.add_argument("--as-of", type=iso_date, metavar="DATE", help=AS_OF_HELP)
    s.set_defaults(run=run_restore)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.alerts import list_alerts, refresh_alerts

    refresh_alerts(ctx.store, args.as_of, full=args.rebuild)
    views = list_alerts(ctx.store, as_of=args.as_of, include_closed=args.all)
    if args.json:
        # ``params`` serve the GUI's translations; the JSON contract stays as documented
        print_json([{k: v for k, v in asdict(view).items() if k != "params"} for view in views])
        return 0
    columns = ["id", "date", "severity", "kind", "message"]
    rows = [[str(v.id), v.date.isoformat(), v.severity, v.kind, v.message] for v in views]
    if args.all:
        columns.insert(1, "state")
        for row, view in zip(rows, views, strict=True):
            row.insert(1, view.state)
    print_table(columns, rows)
    return 0


def run_read(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.alerts import mark_read

    mark_read(ctx.store, args.alert_id)
    print(f"alert {args.alert_id}: read")
    return 0


def run_dismiss(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.alerts import dismiss

    dismiss(ctx.store, args.alert_id)
    print(f"alert {args.alert_id}: dismissed")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.alerts import restore

    (state,) = restore(ctx.store, [args.alert_id], args.as_of)
    told = "restored" if state == "open" else "restored; resolved, it no longer holds"
    print(f"alert {args.alert_id}: {told}")
    return 0
