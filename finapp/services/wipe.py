"""Delete: everything at once, one account, or one import — and nothing derived left behind.

Wiping removes only what finapp itself writes (listed in :data:`FINAPP_ENTRIES`), so a data
directory pointed somewhere unexpected never costs the user unrelated files; anything else
found there is reported, not deleted. The keyring entry is deleted first, while ``store.id``
still names it.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.orm import Session

from finapp.errors import NotFoundError
from finapp.paths import APP_NAME
from finapp.services.accounts import require_account
from finapp.store.engine import Store
from finapp.store.keys import delete_keyring_key
from finapp.store.schema import (
    Alert,
    ImportBatch,
    Subscription,
    SubscriptionMember,
    Transaction,
)

#: What finapp writes in a data directory: the store and its sidecars, the keyring entry's id,
#: backups, logs, and the temporary files of a backup or restore interrupted half-way.
FINAPP_ENTRIES = (
    "finapp.db",
    "finapp.db-*",
    "finapp.db.*",
    "store.id",
    "backups",
    "logs",
)


@dataclass(frozen=True, slots=True)
class WipeResult:
    removed: tuple[str, ...]
    kept: tuple[str, ...]  # files in the data dir that finapp did not write


@dataclass(frozen=True, slots=True)
class DeleteResult:
    transactions: int
    subscriptions: int


def ui_settings_path() -> Path:
    """The window-state file the GUI keeps (same rule as ``finapp.gui.ui_state``)."""
    env = os.environ.get("FINAPP_UI_SETTINGS")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "ui.ini"


def _is_finapp_entry(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in FINAPP_ENTRIES)


def wipe_all(data_dir: Path) -> WipeResult:
    """Remove the store, its WAL/SHM, backups, logs, saved settings and the keyring entry.

    Close the store first. The data directory itself goes too when nothing else is in it.
    """
    removed: list[str] = []
    delete_keyring_key(data_dir)
    if data_dir.is_dir():
        for entry in sorted(data_dir.iterdir()):
            if not _is_finapp_entry(entry.name):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry.name)
    settings = ui_settings_path()
    if settings.exists():
        settings.unlink()
        removed.append(str(settings))
    kept = tuple(sorted(p.name for p in data_dir.iterdir())) if data_dir.is_dir() else ()
    if data_dir.is_dir() and not kept:
        data_dir.rmdir()
    return WipeResult(tuple(removed), kept)


def _forget_derived(session: Session) -> int:
    """After transactions went: drop detected subscriptions left with no charges, alerts about
    them, and transfer pairings whose other half is gone. Returns subscriptions removed."""
    has_member = exists().where(SubscriptionMember.subscription_id == Subscription.id)
    orphans = list(
        session.scalars(select(Subscription.id).where(~has_member, Subscription.manual.is_(False)))
    )
    if orphans:
        session.execute(delete(Alert).where(Alert.subscription_id.in_(orphans)))
        session.execute(delete(Subscription).where(Subscription.id.in_(orphans)))
    live_ids = select(Transaction.id).scalar_subquery()
    session.execute(
        update(Transaction)
        .where(Transaction.transfer_peer_id.is_not(None))
        .where(Transaction.transfer_peer_id.not_in(live_ids))
        .values(is_transfer=False, transfer_peer_id=None)
    )
    return len(orphans)


def _count(session: Session, condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(Transaction.id)).where(condition)) or 0)


def delete_account(store: Store, account: str) -> DeleteResult:
    """Delete one account with its transactions, balances, rules, subscriptions and alerts."""
    with store.write() as session:
        row = require_account(session, account)
        count = _count(session, Transaction.account_id == row.id)
        session.delete(row)
        session.flush()
        return DeleteResult(count, _forget_derived(session))


def delete_import(store: Store, batch_id: int) -> DeleteResult:
    """Undo one import: exactly its transactions and balances, and what was derived from them."""
    with store.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"No import {batch_id}")
        count = _count(session, Transaction.batch_id == batch_id)
        session.delete(batch)
        session.flush()
        return DeleteResult(count, _forget_derived(session))
