"""What a command needs: the data dir and, opened on first use, the store.

Every command module imports this to register its arguments, so the store's machinery
(SQLAlchemy, SQLCipher, the keyring) is imported only when a command first asks for the store.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from finapp.paths import resolve_data_dir

if TYPE_CHECKING:
    from finapp.store.engine import Store

#: Where each command module's ``register`` adds its command word (argparse's subparsers).
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
#: What a command word runs (``set_defaults(run=...)``): its exit status.
Command: TypeAlias = "Callable[[argparse.Namespace, CliContext], int]"


class CliContext:
    """Opens the store lazily so commands that need none (``--help``) stay instant."""

    def __init__(self, data_dir: str | None) -> None:
        self.data_dir: Path = resolve_data_dir(data_dir)
        self._store: Store | None = None
        self.auto_backup = True  # the day's automatic backup, made on first open
        #: What to say when Ctrl-C stops the command (a ``finapp: interrupted; …`` line): set
        #: by a command whose writes a Ctrl-C can find done or undone, to tell which.
        self.interrupted: Callable[[], str] | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from finapp.cli.opened import after_open, say_updating
            from finapp.cli.secrets import passphrase_to_open, recovery_key
            from finapp.services.opening import open_store

            self._store = open_store(
                self.data_dir,
                passphrase=passphrase_to_open(self.data_dir),
                key=recovery_key(),
                on_update=say_updating,
            )
            after_open(self._store, auto_backup=self.auto_backup)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
