"""``finapp autostart on|off|status [--json]``: start the desktop app at login, in the tray.

The same entry the app's first-run screen and Settings write (:mod:`finapp.services.autostart`),
so a script or a headless setup can switch it without the window. ``on`` records this finapp's
command, with ``--data-dir`` when the store is not in the default place. No store is opened.
"""

from __future__ import annotations

import argparse

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json


def register(sub: Subcommands) -> None:
    p = sub.add_parser("autostart", help="start finapp in the tray when you log in")
    p.add_argument(
        "state",
        choices=["on", "off", "status"],
        metavar="on|off|status",
        help="turn it on or off, or say whether it is on",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import autostart

    removed = False
    if args.state == "on":
        autostart.enable(autostart.launch_command(ctx.data_dir))
    elif args.state == "off":
        removed = autostart.disable()
    now = autostart.status()
    if args.json:
        print_json(
            {
                "enabled": now.enabled,
                "where": now.where,
                "command": list(now.command) if now.command is not None else None,
            }
        )
        return 0
    if args.state == "on":
        print(f"finapp starts in the tray when you log in ({now.where})")
    elif args.state == "off":
        print(f"finapp no longer starts when you log in ({'removed ' if removed else 'no '}"
              f"{now.where})")  # fmt: skip
    else:
        print(f"starts at login: {'yes' if now.enabled else 'no'} ({now.where})")
    return 0
