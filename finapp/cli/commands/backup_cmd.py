"""``finapp backup [--to PATH] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--json]``"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.paths import ensure_private_dir


def register(sub: Subcommands) -> None:
    p = sub.add_parser("backup", help="make an encrypted backup of the store now")
    # a string, not a Path: the slash that ends "a folder" would be dropped
    p.add_argument("--to", metavar="PATH", help="a file, or a folder for a dated file")
    for period in ("daily", "weekly", "monthly"):
        p.add_argument(
            f"--keep-{period}",
            type=int,
            metavar="N",
            help=f"from now on keep this many {period} automatic backups",
        )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def destination(to: str) -> Path:
    """``--to`` as a path; ending with a slash it names a folder, made (owner-only) if new in
    an existing one, so the backup goes inside it rather than into a file of that name."""
    path = Path(to)
    if to.endswith(("/", os.sep)) and not path.exists() and path.parent.is_dir():
        ensure_private_dir(path)
    return path


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.backup import backup, load_retention, set_retention

    ctx.auto_backup = False  # this command makes the backup itself
    wanted = {
        period: getattr(args, f"keep_{period}")
        for period in ("daily", "weekly", "monthly")
        if getattr(args, f"keep_{period}") is not None
    }
    if wanted:
        set_retention(ctx.store, replace(load_retention(ctx.store), **wanted))
    result = backup(ctx.store, None if args.to is None else destination(args.to))
    if args.json:
        print_json(result)
    else:
        print(f"{result.path}: {result.transactions} transactions, {result.size_bytes} bytes")
        for name in result.removed:
            print(f"  removed old backup {name}")
    return 0
