"""What the CLI says while and right after it opens the store: that an older store is brought up
to date; then a warning of a key change cut short, a new recovery key once, and the day's
automatic backup (the GUI does the same from a worker thread)."""

from __future__ import annotations

import sys

from finapp.cli.output import print_notice
from finapp.services.backup import daily_backup_if_due
from finapp.services.keys_admin import take_recovery_key_notice, take_unshown_recovery_key
from finapp.services.rekey_record import unfinished_change_warning
from finapp.store.engine import Store


def say_updating() -> None:
    """The store was left by an older finapp and is brought up to date before the command runs:
    seconds on years of history, once, which would otherwise look like a command that hangs."""
    print_notice(
        "the first use after an update files your history again, the way this version does "
        "(once; a few seconds on years of statements)"
    )


def after_open(store: Store, *, auto_backup: bool = True) -> None:
    unfinished = unfinished_change_warning(store.data_dir)
    if unfinished:
        print(f"finapp: warning: {unfinished}", file=sys.stderr)
    _offer_recovery_key(store)
    if auto_backup:
        daily_backup_if_due(store)


def _offer_recovery_key(store: Store) -> None:
    """Show a store's new recovery key once, to a person at a terminal.

    The key is the store's raw key: written to a stderr that is a log file (a scheduled import,
    ``>>cron.log 2>&1``) it would lie in plain text beside the store it opens, "shown once" to
    nobody. Off a terminal it stays unshown, so the next terminal run or the window shows it,
    and one line, once, says where to find it meanwhile."""
    if not sys.stderr.isatty():
        if take_recovery_key_notice(store):
            print(
                "finapp: this store has a recovery key you have not seen yet; it is not written "
                "here, as this is no terminal: `finapp recovery-key` shows it",
                file=sys.stderr,
            )
        return
    key = take_unshown_recovery_key(store)
    if key:
        print(
            "finapp: your recovery key opens this store and its backups on another machine.\n"
            f"finapp: write it down and keep it away from this computer: {key}\n"
            "finapp: (shown once; `finapp recovery-key` shows it again)",
            file=sys.stderr,
        )
