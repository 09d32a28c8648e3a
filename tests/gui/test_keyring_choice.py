"""Keeping the key in the system keyring is offered only where a secure keyring works.

Where it breaks between the offer and the click, the user reads why in their language, the
store stays on its passphrase and the window stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from finapp.gui.pages.settings_data import DataSecurityPanel
from finapp.gui.shell import Shell
from finapp.services.encrypted_file import opens_with
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.gui.answering import nothing_open, opened, yes
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import english  # noqa: F401
from tests.safety.test_keys import FlakyKeyring, PlaintextKeyring

#: these tests move a passphrase store to the keyring: their store starts with a passphrase
pytestmark = pytest.mark.passphrase

NO_KEYRING = (
    "No secure system keyring is available on this computer; finapp uses your passphrase instead."
)


Show = Callable[[Store], Shell]


@pytest.fixture
def show(tmp_path: Path, qtbot) -> Iterator[Show]:  # type: ignore[no-untyped-def]
    """Opens a store's window, with a tray to hide into, shown and taking keys."""
    shells: list[Shell] = []

    def open_window(store: Store) -> Shell:
        made = make_shell(store, tmp_path, tray=True)
        shells.append(made)
        with qtbot.waitActive(made.window):
            made.window.show()
            made.window.activateWindow()
        return made

    yield open_window
    for made in shells:
        made.close()


def _data_panel(shell: Shell, qtbot) -> DataSecurityPanel:  # type: ignore[no-untyped-def]
    """Settings (Ctrl+,) → the "Data and security" tab, as the user gets there."""
    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    tabs = shell.window.page("settings").findChild(QTabWidget)
    bar = tabs.tabBar()
    titles = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    index = titles.index("Data and security")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    panel = shell.window.page("settings").findChild(DataSecurityPanel)
    assert panel is not None and panel.isVisible()
    return panel


def _say_yes(panel: DataSecurityPanel, qtbot) -> str:  # type: ignore[no-untyped-def]
    """Yes to the question the keyring button asked; returns what it said."""
    box = opened(panel, QMessageBox, "confirm-keyring")
    yes(qtbot, box)
    return box.text()


def _use(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)


@pytest.fixture(autouse=True)
def _fail_keyring_afterwards() -> Iterator[None]:
    yield
    keyring.set_keyring(fail.Keyring())


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), PlaintextKeyring(), FlakyKeyring(RuntimeError("no D-Bus session"))],
    ids=["no keyring", "plain-text file", "broken"],
)
def test_without_a_secure_keyring_the_button_is_greyed_and_says_why(
    backend: KeyringBackend, store: Store, show: Show, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _use(backend)
    panel = _data_panel(show(store), qtbot)
    button = panel.keyring_button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == NO_KEYRING
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None, "nothing is asked"
    assert not any(key for key in getattr(backend, "entries", {}))


def test_with_a_working_keyring_the_key_moves_there_and_the_button_goes(
    store: Store, show: Show, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    exits: list[int] = []  # the real one would end the test session's event loop for good
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    _use(MemoryKeyring())
    shell = show(store)
    shell.window.ui_state.close_to_tray = True  # the user chose to keep finapp in the tray
    assert shell.window.hides_on_close(), "closing the window would only hide it to the tray"
    panel = _data_panel(shell, qtbot)
    assert panel.keyring_button.isEnabled() and panel.keyring_button.toolTip() == ""

    qtbot.mouseClick(panel.keyring_button, Qt.MouseButton.LeftButton)
    _say_yes(panel, qtbot)
    done = opened(panel, QMessageBox, "closing-finapp")
    assert done.text() == "The key is now in the system keyring."
    assert exits == [], "finapp waits until the user has read it"
    qtbot.keyClick(done, Qt.Key.Key_Return)
    assert exits == [0], "finapp ends, as the question said"
    assert shell.window.isVisible(), "not hidden into the tray on the way out"

    moved = open_store(store.data_dir)  # the next start: nothing asked
    try:
        assert moved.key.source == "keyring"
        there = show(moved)
        assert not _data_panel(there, qtbot).keyring_button.isVisible()
    finally:
        moved.close()


class _MarkingTranslator(QTranslator):
    """Stands in for the Chinese catalogue: every panel string comes back marked."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"«{source}»" if context == "DataSecurityPanel" else None


def test_a_keyring_that_breaks_when_the_key_is_written_changes_nothing_and_keeps_the_window(
    store: Store, show: Show, qtbot
) -> None:  # type: ignore[no-untyped-def]
    backend = FlakyKeyring()
    _use(backend)
    shell = show(store)
    translator = _MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        panel = _data_panel(shell, qtbot)
        quits: list[bool] = []
        panel.quit_app = lambda: quits.append(True)
        assert panel.keyring_button.isEnabled()
        backend.error = keyring.errors.KeyringLocked("Secret Service: collection is locked")
        qtbot.mouseClick(panel.keyring_button, Qt.MouseButton.LeftButton)
        asked = _say_yes(panel, qtbot)
    finally:
        QCoreApplication.removeTranslator(translator)

    assert "system keyring" in asked
    assert nothing_open(panel), "no error box"
    banner = shell.window.banner
    assert banner.isVisible() and banner.level == "error"
    assert banner.label.text() == (
        "«The system keyring could not keep finapp's key, so nothing was changed: your "
        "passphrase still protects your data.»"
    ), "the user's language, not the keyring's English error"
    assert "locked" not in banner.label.text()
    assert shell.window.isVisible() and not quits, "finapp stays open, not hidden in the tray"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)

    assert backend.entries == {}
    assert list_transactions(store) == [], "the open store still reads"
    assert opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))
    reopened = open_store(store.data_dir, passphrase=PASSPHRASE)
    assert reopened.key.source == "passphrase"
    reopened.close()


@pytest.mark.usefixtures("english")  # plural forms: "2 backups"
def test_a_passphrase_change_cut_short_is_told_in_the_window(
    qtbot, store: Store, tmp_path: Path
) -> None:
    """A change killed half-way (two backups already re-encrypted): the window says so on its
    first paint, and how to finish it, as every CLI command does."""
    from finapp.services.rekey_record import KeyChange, record_change

    backups = ("finapp-20261130-090000.db", "finapp-20261201-090000.db")
    record_change(store.data_dir, KeyChange("passphrase", backups))
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    try:
        shell.show()
        banner = shell.window.banner
        qtbot.waitUntil(lambda: banner.isVisible() and "cut short" in banner.label.text())
        assert banner.label.text() == (
            "A change of finapp's passphrase was cut short after re-encrypting 2 backups. "
            "Finish it with Settings → Change passphrase, giving the same new passphrase."
        )
    finally:
        shell.close()
