"""A store whose key was in the system keyring, moved to another folder without its store.id.

The keyring entry is found through store.id, so the moved ``finapp.db`` asks for a key at start
like a passphrase store; its owner never chose a passphrase, only wrote down the recovery key
finapp showed. The window's question names that key, and the key typed in its field opens the
store (the CLI takes it from ``FINAPP_RECOVERY_KEY``): before, it asked for a passphrase only and
said of the recovery key that it "does not open this store", leaving no way in from the window.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.paths import db_path
from finapp.services.imports import import_files
from finapp.services.keys_admin import recovery_key
from finapp.services.opening import open_store
from finapp.store.schema import Transaction
from tests.gui.answering import type_over
from tests.gui.test_restore_at_start import Person
from tests.written_statements import Statements


def _moved_without_store_id(data_dir: Path, statements: Statements, to: Path) -> tuple[str, int]:
    """A keyring store with a statement in it, its finapp.db alone copied to ``to``: the
    recovery key finapp showed its owner, and how many lines it holds."""
    store = open_store(data_dir)
    import_files(store, [statements.checking])
    with store.read() as session:
        lines = int(session.scalar(select(func.count()).select_from(Transaction)) or 0)
    store.close()
    key = recovery_key(data_dir)
    to.mkdir()
    shutil.copy2(db_path(data_dir), db_path(to))
    return key, lines


def test_a_keyring_store_moved_without_its_store_id_opens_with_its_recovery_key(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    moved = tmp_path / "moved"
    key, lines = _moved_without_store_id(keyring_data_dir, statements, moved)
    asked: list[str] = []

    def answer(dialog: PassphraseDialog) -> None:
        asked.append(dialog.intro.text())

        def still_asking() -> None:  # a key refused: what it said, then give up
            if dialog.isVisible():
                asked.append(dialog.error.text())
                dialog.reject()

        QTimer.singleShot(0, lambda: type_over(qtbot, dialog, key))
        QTimer.singleShot(3000, still_asking)

    person = Person().on(PassphraseDialog, "unlock", answer).begin()  # kept: its timers run
    launcher = Launcher(qapp, moved, UiState(tmp_path / "ui.ini"))
    try:
        opened = launcher.start()
        assert person.seen == ["unlock"]
        assert len(asked) == 1, asked  # the key typed was not refused
        assert "recovery key" in asked[0] and "passphrase" in asked[0]
        assert opened and launcher.shell is not None
        qtbot.addWidget(launcher.shell.window)
        store = launcher.shell.ctx.store
        assert store.key.source == "recovery"
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Transaction)) == lines
    finally:
        launcher.close()
