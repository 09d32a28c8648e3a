"""``finapp wipe --yes`` | ``wipe --account NAME --yes`` | ``wipe --import BATCH_ID --yes``"""

from __future__ import annotations

import argparse

from finapp.cli.args import record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.errors import InvalidInputError


def register(sub: Subcommands) -> None:
    p = sub.add_parser("wipe", help="delete all data, one account, or one import")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--account", metavar="NAME", help="delete only this account")
    what.add_argument(
        "--import",
        dest="batch",
        type=record_id,
        metavar="BATCH_ID",
        help="delete only what this import added",
    )
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.wipe import delete_account, delete_import, wipe_all

    if not args.yes:
        raise InvalidInputError("Nothing deleted: add --yes to confirm (this cannot be undone)")
    if args.account is not None or args.batch is not None:
        deleted = (
            delete_account(ctx.store, args.account)
            if args.account is not None
            else delete_import(ctx.store, args.batch)
        )
        if args.json:
            print_json(deleted)
        else:
            print(f"deleted {deleted.transactions} transactions", end="")
            print(f" and {deleted.subscriptions} subscriptions derived from them")
        return 0
    ctx.close()
    result = wipe_all(ctx.data_dir)
    if args.json:
        print_json(result)
    else:
        print(f"deleted {len(result.removed)} items from {ctx.data_dir}")
        for name in result.kept:
            if name in result.exports:
                print(f"  kept {name}: an export of your data, NOT encrypted; delete it yourself "
                      "if you no longer need it")  # fmt: skip
            else:
                print(f"  kept {name}: not written by finapp")
        for folder in result.kept_folders:
            print(f"  kept folder {folder}: it holds files finapp did not write")
        if result.keyring_problem:
            print(f"  {result.keyring_problem}")
    return 0
