"""``finapp wipe --yes [--backup-to PATH | --without-key]`` |
``wipe --account NAME --yes [--also-backups]`` | ``wipe --import BATCH_ID --yes [--also-backups]``

Erasing proves the key first, as every other command does: the store must open with it (a wrong
or missing passphrase erases nothing). A store that no longer opens (key lost, file damaged) is
erased only when ``--without-key`` says so. No form runs while another finapp process has the
store open (the window would go on showing the data and write it back with its next backup).

``--backup-to`` first saves an encrypted backup outside the data folder (a USB stick, another
computer's share), as the window's erase dialog offers: every backup in the data folder goes
with the erase. A backup that cannot be written there erases nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.cli.args import JSON_HELP, record_id
from finapp.cli.context import CliContext, Subcommands
from finapp.cli.output import print_json
from finapp.errors import InvalidInputError

if TYPE_CHECKING:
    from finapp.services.account_lessons import Lessons
    from finapp.services.backup import BackupResult
    from finapp.services.wipe import DeleteResult, WipeResult
    from finapp.store.keys import StoreKey

#: What ``--without-key`` erases, said in its help and in the refusal that suggests it.
WITHOUT_KEY_ERASES = "the store, every backup, the logs, the saved settings and the keyring entry"


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
    what.add_argument(
        "--without-key",
        action="store_true",
        help="erase everything although the store does not open (key lost or file damaged): "
        f"{WITHOUT_KEY_ERASES}",
    )
    p.add_argument(
        "--also-backups",
        action="store_true",
        help="with --account or --import: rewrite finapp's backups in the data folder without "
        "the erased lines too (each stays encrypted under its key)",
    )
    p.add_argument(
        "--backup-to",
        metavar="PATH",
        help="erasing everything: first save an encrypted backup to this file (or folder, for "
        "a dated file) outside the data folder; if it cannot be written, nothing is deleted",
    )
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from finapp.services.wipe import refuse_while_open_elsewhere, wipe_all

    if not args.yes:
        raise InvalidInputError("Nothing deleted: add --yes to confirm (this cannot be undone)")
    if args.also_backups and args.account is None and args.batch is None:
        raise InvalidInputError(
            "Nothing deleted: --also-backups goes with --account or --import (erasing "
            "everything erases every backup already)"
        )
    if args.backup_to is not None and (
        args.without_key or args.account is not None or args.batch is not None
    ):
        raise InvalidInputError(
            "Nothing deleted: --backup-to goes with erasing everything, from a store that opens "
            "(make one with `finapp backup --to PATH` first)"
        )
    if args.account is not None or args.batch is not None:
        _print_deleted(_delete_part(args, ctx), args.json)
        return 0
    key: StoreKey | None = None
    if args.without_key:
        refuse_while_open_elsewhere(_store_file(ctx))
    else:
        key = _proved_key(ctx)
    saved = _save_backup(ctx, args.backup_to) if args.backup_to is not None else None
    ctx.close()
    result = wipe_all(ctx.data_dir, key)
    if args.json:
        print_json(result if saved is None else {**asdict(result), "saved_backup": saved})
    else:
        _print_wiped(result, ctx.data_dir, listed=args.without_key)
        if saved is not None:
            print(f"  kept the backup saved first: {saved.path} ({saved.transactions} "
                  "transactions, encrypted)")  # fmt: skip
    return 0


def _save_backup(ctx: CliContext, to: str) -> BackupResult:
    """The backup ``--backup-to`` asks for, made before anything is deleted (a failure, or a
    place inside the data folder, stops the erase)."""
    from finapp.cli.commands.backup_cmd import destination
    from finapp.services.backup_elsewhere import backup_elsewhere

    if not _store_file(ctx).is_file():
        raise InvalidInputError("Nothing deleted: there is no store left to back up")
    return backup_elsewhere(ctx.store, destination(to))


def _store_file(ctx: CliContext) -> Path:
    from finapp.paths import db_path

    return db_path(ctx.data_dir)


def _sole_user(ctx: CliContext) -> StoreKey:
    """Open the store (proving the key), then refuse if another finapp process has it open.

    The check needs the command's own connections closed; the store reopens on next use."""
    from finapp.services.keys_admin import ensure_sole_user

    store = ctx.store
    key, path = store.key, store.path
    ctx.close()
    ensure_sole_user(path, key)
    return key


def _delete_part(args: argparse.Namespace, ctx: CliContext) -> DeleteResult:
    from finapp.services.wipe import delete_account, delete_import

    _sole_user(ctx)
    if args.account is not None:
        return delete_account(ctx.store, args.account, also_backups=args.also_backups)
    return delete_import(ctx.store, args.batch, also_backups=args.also_backups)


def _proved_key(ctx: CliContext) -> StoreKey | None:
    """The store's key, proved by opening the store with it; a key that does not open it (or a
    store that does not open) erases nothing and names ``--without-key``. With no store left,
    the key must open one of the backups, if there are any."""
    from finapp.errors import PassphraseRequiredError, StoreDamagedError, WrongKeyError

    if not _store_file(ctx).is_file():
        return _key_opening_backups(ctx)
    ctx.auto_backup = False  # no backup of what is about to be erased
    try:
        return _sole_user(ctx)
    except (WrongKeyError, PassphraseRequiredError, StoreDamagedError) as exc:
        raise _refused(exc.message) from exc


def _key_opening_backups(ctx: CliContext) -> StoreKey | None:
    from finapp.cli.secrets import passphrase_to_open, recovery_key
    from finapp.services.backup import backup_files
    from finapp.services.encrypted_file import opens_with
    from finapp.services.restore import this_machine_key

    backups = backup_files(ctx.data_dir)
    if not backups:
        return None
    key = recovery_key() or this_machine_key(ctx.data_dir, passphrase_to_open(ctx.data_dir))
    if key is None or not any(opens_with(path, key) for path in backups):
        raise _refused(f"no backup in {ctx.data_dir} opens with the key given")
    return key


def _refused(reason: str) -> InvalidInputError:
    return InvalidInputError(
        f"Nothing deleted: {reason.rstrip('.')}. If the key is lost or the store is damaged, "
        f"`finapp wipe --yes --without-key` erases {WITHOUT_KEY_ERASES} all the same"
    )


def _print_lessons(lessons: Lessons) -> None:
    """What an account's erase did to what was learned from its lines (nothing said when it
    touched none)."""
    if lessons.learned_rules or lessons.payee_names or lessons.payee_merges:
        print(
            f"  removed what was learned from its lines alone: {lessons.learned_rules} learned "
            f"rules, {lessons.payee_names} payee names and {lessons.payee_merges} payee merges, "
            "of payees no other account paid"
        )
    if lessons.own_rules_kept:
        print(
            f"  kept {lessons.own_rules_kept} rules you wrote yourself that applied to its lines "
            "(`rules list --origin user` lists them, `rules delete ID` removes one)"
        )


def _print_deleted(deleted: DeleteResult, as_json: bool) -> None:
    if as_json:
        print_json(deleted)
        return
    print(f"deleted {deleted.transactions} transactions", end="")
    print(f" and {deleted.subscriptions} subscriptions derived from them")
    if deleted.hand_added_kept:
        print(f"  kept {deleted.hand_added_kept} subscriptions you added by hand, with your "
              "decisions on them; no longer tied to the account erased")  # fmt: skip
    _print_lessons(deleted.lessons)
    if deleted.backups is not None:
        for name, lines in deleted.backups.rewritten:
            print(f"  rewrote the backup {name} without them ({lines} transactions removed)")
        for problem in deleted.backups.kept:
            print(f"  {problem}")
        return
    if deleted.backups_holding:
        print(
            f"  the backups made since these lines came in ({deleted.backups_holding}, "
            "encrypted) still hold them until they rotate out; add --also-backups to erase "
            "them there too, or `finapp wipe --yes` erases everything with every backup"
        )


def _print_wiped(result: WipeResult, data_dir: Path, *, listed: bool) -> None:
    """What went (each item with ``listed``: erased without the key) and what stayed."""
    print(f"deleted {len(result.removed)} items from {data_dir}")
    for name in result.removed if listed else ():
        print(f"  deleted {name}")
    for name in result.backups_found:
        print(f"  deleted {name}: a finapp backup of this store")
    for name in result.kept:
        if name in result.exports:
            print(f"  kept {name}: an export of your data, NOT encrypted; delete it yourself "
                  "if you no longer need it")  # fmt: skip
        else:
            print(f"  kept {name}: not written by finapp")
    for folder in result.kept_folders:
        print(f"  kept folder {folder}: it holds files finapp did not write")
    for folder in result.copies_kept_in:
        print(f"  kept folder {folder}: it holds only the unencrypted copies of your data "
              "named here")  # fmt: skip
    if result.not_the_demo:
        print(f"  kept {result.not_the_demo}: named like this store's demo, but not finapp's "
              "demo (another store, perhaps); left whole")  # fmt: skip
    if result.calendar:
        print(f"  kept {result.calendar}: the renewals calendar kept up to date, NOT encrypted; "
              "delete it yourself if you no longer need it")  # fmt: skip
    if result.keyring_problem:
        print(f"  {result.keyring_problem}")
