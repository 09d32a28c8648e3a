"""Moving a store whose key is the keyring's (the recovery key written down opens it) to a
passphrase makes that recovery key useless: the window says so before the change, when the user
can still say no, and after it, as ``finapp passphrase change`` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services.encrypted_file import opens_with
from finapp.store.keys import StoreKey
from tests.gui.answering import enter, opened, yes

NEW_PASSPHRASE = "a brand new passphrase"


def test_a_switch_from_the_keyring_says_the_recovery_key_no_longer_opens_the_data(
    qtbot,  # type: ignore[no-untyped-def]
    household_ctx,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    assert household_ctx.store.key.raw is not None  # a key the recovery key stands for
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    quits: list[bool] = []
    page.data.quit_app = lambda: quits.append(True)
    qtbot.addWidget(page)
    page.show()
    (button,) = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Change passphrase"
    ]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ask = opened(page.data, PassphraseDialog, "new-passphrase")
    qtbot.keyClicks(ask.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(ask.repeat, NEW_PASSPHRASE)
    qtbot.keyClick(ask.repeat, Qt.Key.Key_Return)
    confirm = opened(page.data, QMessageBox, "confirm-passphrase")
    assert "recovery key you wrote down will no longer open" in confirm.text()
    yes(qtbot, confirm)
    told = opened(page.data, QMessageBox, "closing-finapp")
    assert told.text().startswith("Passphrase changed")
    assert "recovery key you wrote down no longer opens" in told.text()
    assert opens_with(household_ctx.store.path, StoreKey.from_passphrase(NEW_PASSPHRASE))
    enter(qtbot, told)
    assert quits == [True]
