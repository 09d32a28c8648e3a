"""``finapp restore FILE [--recovery-key-file FILE] [--json]``

The backup opens with its recovery key, else ``FINAPP_BACKUP_PASSPHRASE`` (a backup made before
the passphrase was changed), else the store's own key or an unfinished key change's new one; the
restored data gets the store's key.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.cli import secrets
from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.errors import PassphraseRequiredError

if TYPE_CHECKING:
    from finapp.store.keys import StoreKey

#: The passphrase a backup was made under, when it is not the store's passphrase now.
BACKUP_PASSPHRASE_ENV = "FINAPP_BACKUP_PASSPHRASE"


def register(sub: Subcommands) -> None:
    p = sub.add_parser("restore", help="replace the store with a backup (the current one is kept)")
    p.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="open the backup with the recovery key in FILE (or set FINAPP_RECOVERY_KEY)",
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def _known_key_opening(
    data_dir: Path, backup: Path, machine_key: StoreKey | None
) -> StoreKey | None:
    """The key of this machine, or an unfinished key change's new key, that opens ``backup``;
    the machine's key when none does (the restore then says the backup does not open)."""
    from finapp.services.backup_keys import known_keys, opening_key

    if machine_key is None:
        return None
    keys = [known.key for known in known_keys(data_dir, machine_key)]
    return opening_key(backup.expanduser(), keys) or machine_key


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.backup import is_damaged_copy
    from finapp.services.restore import key_for_restored_store, restore, this_machine_key
    from finapp.store.keys import StoreKey

    passphrase = os.environ.get("FINAPP_PASSPHRASE")
    backup_passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV)
    machine_key = this_machine_key(ctx.data_dir, passphrase)
    source_key = (
        secrets.recovery_key(args.recovery_key_file)
        or (StoreKey.from_passphrase(backup_passphrase) if backup_passphrase else None)
        or _known_key_opening(ctx.data_dir, args.file, machine_key)
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
        for name in result.removed:
            print(f"  removed {name}, an older copy kept by a restore")
    return 0
