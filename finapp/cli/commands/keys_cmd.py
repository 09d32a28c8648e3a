"""``finapp recovery-key`` and ``finapp passphrase change|use-keyring``.

Passphrases come from ``FINAPP_PASSPHRASE`` / ``FINAPP_NEW_PASSPHRASE`` or a prompt without
echo, never from an argument.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.cli.secrets import env_secret, passphrase_to_open, read_passphrase, recovery_key

if TYPE_CHECKING:
    from pathlib import Path

    from finapp.store.keys import StoreKey


def register(sub: Subcommands) -> None:
    p = sub.add_parser("recovery-key", help="show the key that opens the store and its backups")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run_recovery_key)

    p = sub.add_parser("passphrase", help="change the passphrase, or switch to/from the keyring")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser(
        "change", help="set a new passphrase (from a keyring key too); rekeys backups"
    )
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_passphrase)
    s = actions.add_parser("use-keyring", help="keep a random key in the OS keyring instead")
    s.add_argument("--json", action="store_true", help=JSON_HELP)
    s.set_defaults(run=run_passphrase)


def run_recovery_key(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services import keys_admin

    key = keys_admin.recovery_key(ctx.data_dir, env_secret("FINAPP_PASSPHRASE"))
    if args.json:
        print_json({"recovery_key": key})
    else:
        print(key)
        print("Keep it somewhere safe, away from this computer: it opens your backups.")
    return 0


def _current_key(ctx: CliContext) -> StoreKey:
    """Open the store once with its current key (proving it) and close it again."""
    from finapp.services.opening import open_store

    store = open_store(
        ctx.data_dir, passphrase=passphrase_to_open(ctx.data_dir), key=recovery_key()
    )
    store.close()
    return store.key


def _show_new_recovery_key(ctx: CliContext) -> None:
    """Open the store with its new keyring key: that shows the new recovery key, once."""
    from finapp.cli.opened import after_open
    from finapp.services.opening import open_store

    store = open_store(ctx.data_dir)
    try:
        after_open(store, auto_backup=False)
    finally:
        store.close()


def _interrupted_change(data_dir: Path, current: StoreKey) -> str:
    """What a key change stopped by Ctrl-C left: cut short (running it again finishes it, as
    the next command warns), not begun, or done."""
    from finapp.paths import db_path
    from finapp.services.encrypted_file import opens_with
    from finapp.services.rekey_record import unfinished_change_warning

    unfinished = unfinished_change_warning(data_dir)
    if unfinished:
        return f"interrupted; {unfinished}"
    if opens_with(db_path(data_dir), current):
        return "interrupted; the key was not changed: the store and its backups use the old one"
    return "interrupted once the change was done: the store and its backups use the new key"


def run_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.keys_admin import change_passphrase, strands_recovery_key, use_keyring

    current = _current_key(ctx)
    ctx.interrupted = lambda: _interrupted_change(ctx.data_dir, current)
    if args.action == "change":
        new = read_passphrase("FINAPP_NEW_PASSPHRASE", "New passphrase", confirm=True)
        result = change_passphrase(ctx.data_dir, current, new)
    else:
        result = use_keyring(ctx.data_dir, current)
    if args.json:
        print_json(result)
    else:
        if result.key_kept:
            print("the system keyring holds the store's key again; the recovery key is unchanged")
        else:
            print(f"the store and {result.backups_rekeyed} backups now use the {result.mode}")
        for name in result.not_rekeyed:
            print(f"  {name} opens with neither the old nor the new key; left as it is")
        if result.mode == "keyring" and not result.key_kept:
            print("a recovery key written down before no longer opens the store or its backups")
            _show_new_recovery_key(ctx)
        if result.mode == "passphrase" and strands_recovery_key(current):
            print(
                "the recovery key you wrote down no longer opens the store or its backups: "
                "your passphrase does now, and it is the only way in; keep it somewhere safe"
            )
        if result.mode == "passphrase":
            print(
                "copies made elsewhere with `backup --to` keep the old key: restore one with "
                "FINAPP_BACKUP_PASSPHRASE (or the recovery key) set to it"
            )
    return 0
