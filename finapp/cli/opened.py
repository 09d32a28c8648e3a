"""What the CLI does right after opening the store: warn of a key change cut short, show a new
recovery key once, and make the day's automatic backup (the GUI does the same from a worker
thread)."""

from __future__ import annotations

import sys

from finapp.services.backup import daily_backup_if_due
from finapp.services.keys_admin import take_unshown_recovery_key
from finapp.services.rekey_record import unfinished_change_warning
from finapp.store.engine import Store


def after_open(store: Store, *, auto_backup: bool = True) -> None:
    unfinished = unfinished_change_warning(store.data_dir)
    if unfinished:
        print(f"finapp: warning: {unfinished}", file=sys.stderr)
    key = take_unshown_recovery_key(store)
    if key:
        print(
            "finapp: your recovery key opens this store and its backups on another machine.\n"
            f"finapp: write it down and keep it away from this computer: {key}\n"
            "finapp: (shown once; `finapp recovery-key` shows it again)",
            file=sys.stderr,
        )
    if auto_backup:
        daily_backup_if_due(store)
