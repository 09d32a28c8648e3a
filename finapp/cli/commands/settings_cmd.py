"""``finapp settings [--json]`` and ``finapp settings set KEY VALUE``: the domain settings.

The same options the window's Settings page shows (alert limits, reminder days, quiet hours,
reporting thresholds, the emergency-fund target, the subscription cap…), declared once in
:mod:`finapp.services.settings` and checked by the same parsers, so a value the window refuses
is refused here too, and nothing is changed.
"""

from __future__ import annotations

import argparse

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json, print_table


def register(sub: Subcommands) -> None:
    p = sub.add_parser("settings", help="alert limits, reminders, caps and targets")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("set", help="set KEY to VALUE (see `finapp settings` for the keys)")
    s.add_argument("key", metavar="KEY")
    s.add_argument("value", metavar="VALUE")
    s.set_defaults(run=run_set)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.settings import OPTIONS, setting_texts

    texts = setting_texts(ctx.store)
    if args.json:
        print_json([{"key": o.key, "value": texts[o.key], "default": o.default,
                     "title": o.title} for o in OPTIONS])  # fmt: skip
    else:
        print_table(["KEY", "VALUE", "MEANING"], [[o.key, texts[o.key], o.title] for o in OPTIONS])
    return 0


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.settings import set_setting

    set_setting(ctx.store, args.key, args.value)
    print(f"{args.key} = {args.value}")
    return 0
