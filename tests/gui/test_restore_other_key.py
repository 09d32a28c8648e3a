"""Settings → Restore… of a backup the data's key of now does not open.

A backup kept elsewhere from before the passphrase was changed: the window asks for the
passphrase it was made under (or the recovery key of a keyring key of then), says so when it is
wrong and asks again, changes nothing until it opens or when cancelled, then restores it under
the key of now, as ``finapp restore`` with ``FINAPP_BACKUP_PASSPHRASE`` does. A refused restore
keeps the window and its data as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton

from finapp.gui.dialogs.backup_passphrase import BackupPassphraseDialog
from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.pages.settings_data import DataSecurityPanel
from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import opens_with
from finapp.services.imports import import_files
from finapp.services.keys_admin import change_passphrase, format_recovery_key
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE, MadeStore
from tests.gui.answering import choose, escape, nothing_open, opened, yes
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.page_fixtures import inline_ctx
from tests.gui.visible_text import english_in
from tests.safety.test_restore import _fingerprint
from tests.written_statements import card_statement, checking_statement

NOW = "the passphrase set after the backup"


class Window:
    """The Data and security panel over the store, and what the user sees come out of it."""

    def __init__(self, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.store = store
        self.quits: list[bool] = []
        self.banner: list[tuple[str, str]] = []
        ctx = inline_ctx(store, store.data_dir)
        ctx.bus.message.connect(lambda kind, text: self.banner.append((kind, text)))
        self.panel = DataSecurityPanel(ctx, quit_app=lambda: self.quits.append(True))
        qtbot.addWidget(self.panel)
        self.panel.show()
        self.qtbot = qtbot

    def restore(self, backup_file: Path) -> None:
        """Restore…, "Choose another file…" under the list of backups, and the backup chosen in
        the file chooser."""
        name = self.panel.tr("Restore…").rstrip("…")  # in the language shown
        (button,) = [b for b in self.panel.findChildren(QPushButton) if b.accessibleName() == name]
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        listed = opened(self.panel, ChooseBackupDialog, "choose-backup")
        self.qtbot.mouseClick(listed.other, Qt.MouseButton.LeftButton)
        choose(self.qtbot, opened(self.panel, QFileDialog, "restore-file"), backup_file)

    def type_key(self, text: str) -> BackupPassphraseDialog:
        """Type ``text`` into the backup's password field and press Enter."""
        ask = opened(self.panel, BackupPassphraseDialog, "backup-passphrase")
        assert ask.passphrase.echoMode() == QLineEdit.EchoMode.Password
        ask.passphrase.clear()
        self.qtbot.keyClicks(ask.passphrase, text)
        self.qtbot.keyClick(ask.passphrase, Qt.Key.Key_Return)
        return ask

    def confirm_and_read(self) -> str:
        yes(self.qtbot, opened(self.panel, QMessageBox, "confirm-restore"))
        done = opened(self.panel, QMessageBox, "closing-finapp")
        text = done.text()
        self.qtbot.keyClick(done, Qt.Key.Key_Return)
        return text


def _checking(made_store: MadeStore) -> Store:
    return made_store(
        "a week of checking",
        lambda store: import_files(store, [checking_statement(store.data_dir.parent)]),
    )


def _payees(store: Store) -> list[str]:
    return sorted(t.payee for t in list_transactions(store))


def _payees_under_now(data_dir: Path) -> list[str]:
    """The payees of the data restored, opened with the passphrase of now."""
    back = open_store(data_dir, passphrase=NOW)
    try:
        return _payees(back)
    finally:
        back.close()


@pytest.fixture
def changed(
    made_store: MadeStore, tmp_path: Path
) -> Iterator[tuple[Store, Path, list[str], bytes]]:
    """A backup kept outside the data folder, then a card's statement imported and the
    passphrase (or the keyring key) changed to :data:`NOW`: the store opened with it, the
    backup, the payees the backup holds and the store's raw key of then (or b"")."""
    store = _checking(made_store)
    expected = _payees(store)
    kept = Path(backup(store, tmp_path / "offsite.db").path)
    import_files(store, [card_statement(tmp_path)])
    store.close()
    change_passphrase(store.data_dir, store.key, NOW)
    now = open_store(store.data_dir, passphrase=NOW)
    yield now, kept, expected, store.key.raw or b""
    now.close()


@pytest.mark.passphrase
def test_a_backup_from_before_a_passphrase_change_asks_for_its_passphrase_and_ends_under_now(
    changed: tuple[Store, Path, list[str], bytes], qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, kept, expected, _ = changed
    window = Window(store, qtbot)
    before = _fingerprint(store.data_dir)

    window.restore(kept)
    ask = window.type_key("not the passphrase of then")
    assert ask.isVisible(), "a wrong passphrase asks again"
    assert ask.error.text() == "That passphrase does not open this backup. Try again."
    assert kept.name in ask.intro.text()
    escape(qtbot, ask)
    assert nothing_open(window.panel) and window.quits == []
    assert _fingerprint(store.data_dir) == before, "cancelled: nothing changed"
    assert len(list_transactions(store)) == 6, "the window's data is still there"

    window.restore(kept)
    window.type_key(PASSPHRASE)
    said = window.confirm_and_read()
    assert said.startswith("Restored. The restored data is protected by your current key")
    assert window.quits == [True]
    assert _payees_under_now(store.data_dir) == expected
    assert not opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))


def test_a_backup_from_when_the_key_was_in_the_keyring_opens_with_its_recovery_key(
    changed: tuple[Store, Path, list[str], bytes], qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, kept, expected, raw = changed
    window = Window(store, qtbot)
    window.restore(kept)
    window.type_key(NOW)  # the passphrase of now is not the key of then
    window.type_key(format_recovery_key(raw).lower())
    window.confirm_and_read()
    assert window.quits == [True]
    assert _payees_under_now(store.data_dir) == expected


@pytest.mark.passphrase
def test_a_backup_cut_short_is_refused_as_damaged_without_asking_and_the_window_stays(
    made_store: MadeStore, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store = _checking(made_store)
    cut = Path(backup(store, tmp_path / "cut.db").path)
    cut.write_bytes(cut.read_bytes()[:8192])
    window = Window(store, qtbot)
    window.restore(cut)
    assert nothing_open(window.panel), "no passphrase would open it: none is asked"
    assert window.banner == [
        (
            "error",
            f"{cut} is damaged or incomplete (cut short?) and cannot be used; the key is right",
        )
    ]
    assert window.quits == [] and len(list_transactions(store)) == 3


@pytest.mark.passphrase
def test_a_restore_refused_because_the_data_is_in_use_keeps_the_window_and_the_data(
    made_store: MadeStore, qtbot
) -> None:  # type: ignore[no-untyped-def]
    store = _checking(made_store)
    saved = Path(backup(store).path)
    window = Window(store, qtbot)
    other = open_store(store.data_dir, passphrase=PASSPHRASE)  # another finapp window
    try:
        list_transactions(other)
        before = backup_files(store.data_dir)
        window.restore(saved)
        yes(qtbot, opened(window.panel, QMessageBox, "confirm-restore"))
    finally:
        other.close()
    assert window.banner[-1] == (
        "error",
        "Nothing was restored: your data is still in use (by another finapp window or work "
        "still running). Try again in a moment.",
    )
    assert window.quits == [] and nothing_open(window.panel)
    assert backup_files(store.data_dir) == before, "no copy of the data was set aside"
    assert len(list_transactions(store)) == 3, "the window carries on over its data"


@pytest.mark.passphrase
@pytest.mark.usefixtures("chinese")
def test_a_chinese_user_is_asked_for_the_backups_passphrase_in_chinese(
    changed: tuple[Store, Path, list[str], bytes], qtbot
) -> None:  # type: ignore[no-untyped-def]
    store, kept, _, _ = changed
    window = Window(store, qtbot)
    window.restore(kept)
    ask = window.type_key("not the passphrase of then")
    assert ask.error.text() == "该密码短语无法打开这份备份，请重试。"
    assert english_in(ask, frozenset(), "backup's passphrase") == []
    assert ask.windowTitle() == "打开备份"
