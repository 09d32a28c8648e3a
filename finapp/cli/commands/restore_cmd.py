"""``finapp restore FILE [--recovery-key-file FILE] [--json]``

The backup opens with its recovery key, else ``FINAPP_BACKUP_PASSPHRASE`` (a backup made before
the passphrase was changed), else the store's own key; the restored data gets the store's key.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from finapp.cli import secrets
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.errors import PassphraseRequiredError

#: The passphrase a backup was made under, when it is not the store's passphrase now.
BACKUP_PASSPHRASE_ENV = "FINAPP_BACKUP_PASSPHRASE"


def register(sub: Subcommands) -> None:
    p = sub.add_parser("restore", help="replace the store with a backup (the current one is kept)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="open the backup with the recovery key in FILE (or set FINAPP_RECOVERY_KEY)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.backup import is_damaged_copy
    from finapp.services.restore import key_for_restored_store, restore, this_machine_key
    from finapp.store.keys import StoreKey

    passphrase = os.environ.get("FINAPP_PASSPHRASE")
    backup_passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
    source_key = (
        secrets.recovery_key(args.recovery_key_file)
        or (StoreKey.from_passphrase(backup_passphrase) if backup_passphrase else None)
        or this_machine_key(ctx.data_dir, passphrase)
    )
    if source_key is None:
        raise PassphraseRequiredError("Set FINAPP_PASSPHRASE or give the backup's recovery key")
    target = key_for_restored_store(ctx.data_dir, passphrase, source_key)
    result = restore(ctx.data_dir, args.file, source_key, target)
    if args.json:
        print_json(result)
    else:
        print(f"restored {result.counts.get('transactions', 0)} transactions from {args.file}")
        if result.pre_restore_backup:
            kept = Path(result.pre_restore_backup)
            damaged = ", which was damaged," if is_damaged_copy(kept) else ""
            print(f"the previous store{damaged} is kept as {kept}")
    return 0
