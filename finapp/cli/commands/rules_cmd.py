"""``finapp rules list|add|delete|enable|disable|run``: categorization rules."""

from __future__ import annotations

import argparse

from finapp.cli.args import JSON_HELP, amount, integer, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table
from finapp.core.choices import RULE_ORIGINS
from finapp.core.rules import MATCH_FIELDS, MATCH_TYPES, SIGNS

#: learned rules run at 9-10, the user's at 100 and shipped ones at 1000 unless told otherwise
PRIORITY = integer(-1_000_000, 1_000_000, "a priority")


def register(sub: Subcommands) -> None:
    p = sub.add_parser("rules", help="categorization rules (first match wins)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("list", help="rules in the order they are tried")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.add_argument("--origin", choices=RULE_ORIGINS, help="only the rules of this origin")
    s.set_defaults(run=run_list)
    s = actions.add_parser("add", help="add a rule; then `rules run` applies it to history")
    s.add_argument("pattern", metavar="PATTERN", help="text (or regular expression) to match")
    s.add_argument("--category", metavar="CATEGORY", help="e.g. Food:Coffee (created when new)")
    s.add_argument(
        "--match",
        choices=MATCH_TYPES,
        default="contains",
        help="how the pattern matches (default: contains)",
    )
    s.add_argument(
        "--field",
        choices=MATCH_FIELDS,
        default="payee",
        help="what the pattern is matched against (default: payee)",
    )
    s.add_argument("--min", metavar="AMOUNT", help="smallest size (absolute)")
    s.add_argument("--max", metavar="AMOUNT", help="largest size (absolute)")
    s.add_argument("--sign", choices=SIGNS, help="only money in, or only money out")
    s.add_argument("--account", metavar="ACCOUNT", help="only this account (name or number)")
    # no default here: the user's priority is the service's, which --help need not load
    s.add_argument("--priority", type=PRIORITY, help="lower runs first")
    s.add_argument("--rename", metavar="PAYEE", help="also show the payee under this name")
    s.set_defaults(run=run_add)
    for name in ("delete", "enable", "disable"):
        s = actions.add_parser(name, help=f"{name} a rule")
        s.add_argument(
            "rule_id", type=record_id, metavar="ID", help="the rule's id (see `finapp rules list`)"
        )
        s.set_defaults(run=run_change)
    s = actions.add_parser("run", help="re-run all rules and transfer matching on all history")
    s.set_defaults(run=run_all)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import rules as svc

    views = svc.list_rules(ctx.store, origin=args.origin)
    if args.json:
        print_json(views)
        return 0
    print_table(
        ["id", "priority", "origin", "match", "pattern", "category", "rename"],
        [
            [
                str(v.id),
                str(v.priority),
                v.origin + ("" if v.enabled else " (off)") + (" (invalid)" if v.problem else ""),
                f"{v.field} {v.match}",
                v.pattern,
                v.category or "",
                v.rename_to or "",
            ]
            for v in views
        ],
    )
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import rules as svc

    # before the store opens: a bad amount touches nothing
    low, high = (None if a is None else amount(a) for a in (args.min, args.max))
    view = svc.add_rule(
        ctx.store,
        category=args.category,
        pattern=args.pattern,
        match_type=args.match,
        match_field=args.field,
        priority=svc.USER_PRIORITY if args.priority is None else args.priority,
        amount_min=low,
        amount_max=high,
        sign=args.sign,
        account=args.account,
        rename_to=args.rename,
    )
    print(f"rule {view.id}: {view.field} {view.match} {view.pattern!r} -> {view.category or ''}")
    return 0


def run_change(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import rules as svc

    if args.action == "delete":
        svc.delete_rule(ctx.store, args.rule_id)
    else:
        svc.set_rule_enabled(ctx.store, args.rule_id, args.action == "enable")
    print(f"rule {args.rule_id}: {args.action}d")
    return 0


def run_all(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import rules as svc
    from finapp.services.transfers import link_all_transfers

    changed = svc.rerun_rules(ctx.store)
    pairs = link_all_transfers(ctx.store)
    print(f"{changed} transaction(s) re-categorized, {pairs} new transfer pair(s)")
    return 0
