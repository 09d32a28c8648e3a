"""``finapp check [--backups] [--json]``: integrity checks and row counts; exit 2 if unsound or
if the store lost most of its transactions since a recent backup.

While a key change is unfinished, each backup is said with the key that opens it, and
``FINAPP_NEW_PASSPHRASE`` (the passphrase change's new one) lets the backups it already
re-encrypted be checked too; without it they are listed as waiting for the change, not damaged.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from finapp.cli import secrets
from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json

if TYPE_CHECKING:
    from finapp.services.integrity import CheckReport


def register(sub: Subcommands) -> None:
    p = sub.add_parser("check", help="check the store's integrity and count what it holds")
    p.add_argument("--backups", action="store_true", help="check every backup too")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def _print_text(report: CheckReport, *, changing: bool) -> None:
    """The store and each backup in a line; with a key change unfinished (``changing``), the
    key each backup opens with."""
    from finapp.services.integrity import KEPT_DAMAGED, KEY_WORDS, WAITING

    print(f"{report.store.path}: {'ok' if report.store.ok else 'DAMAGED'}")
    for table, count in report.store.counts.items():
        print(f"  {table}: {count}")
    for b in report.backups:
        which = f" (opens with {KEY_WORDS[b.key]})" if changing and b.key else ""
        print(f"{b.path}: {'ok' if b.ok else 'DAMAGED'}{which}")
    for path in report.kept_damaged:
        print(f"{path}: {KEPT_DAMAGED}")
    for path in report.waiting:
        print(f"{path}: {WAITING}")


def _print_problems(report: CheckReport) -> None:
    for check in (report.store, *report.backups):
        for problem in check.problems:
            print(f"finapp: {check.path}: {problem}", file=sys.stderr)
    if report.shrunk is not None:
        print(f"finapp: {report.shrunk.message}", file=sys.stderr)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.integrity import KEPT_DAMAGED, WAITING, check_store
    from finapp.services.rekey_record import unfinished_change

    new_passphrase = secrets.env_secret("FINAPP_NEW_PASSPHRASE")
    report = check_store(ctx.store, backups=args.backups, new_passphrase=new_passphrase)
    if args.json:
        print_json({
            "ok": report.ok,
            "store": report.store,
            "backups": report.backups,
            "shrunk": report.shrunk,
            "kept_damaged": [{"path": p, "state": KEPT_DAMAGED} for p in report.kept_damaged],
            "waiting": [{"path": p, "state": WAITING} for p in report.waiting],
        })  # fmt: skip
    else:
        _print_text(report, changing=unfinished_change(ctx.data_dir) is not None)
    _print_problems(report)
    return 0 if report.ok else 2
