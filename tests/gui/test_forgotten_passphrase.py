"""A forgotten passphrase: the unlock dialog's "Forgot it?" says no one can open the data
without it and offers to delete everything and start afresh, asked for as Settings asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.dialogs.unlock import PassphraseDialog, unlock_store
from finapp.paths import db_path
from finapp.services.opening import open_store

PASSPHRASE = "violet tractor umbrella 42"


def _shown(name: str) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
        None,
    )


def _then(name: str, act: Callable[[QWidget], None]) -> None:
    """Once the window called ``name`` is on screen, ``act`` on it (the start's question runs
    its own event loop, so the person's answers are scheduled)."""

    def look() -> None:
        shown = _shown(name)
        if shown is None:
            QTimer.singleShot(20, look)
        else:
            act(shown)

    QTimer.singleShot(20, look)


def _store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    open_store(data, passphrase=PASSPHRASE).close()
    return data


def _click_button(box: QMessageBox, text: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_forgot_it_deletes_everything_once_confirmed_and_starts_afresh(
    tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    data = _store(tmp_path)
    seen: list[str] = []

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.forgot_button is not None
        _then("forgot-passphrase", answer)
        qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        _then("confirm-wipe", confirm)
        _click_button(box, "Delete all data…", qtbot)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmWipeDialog)
        assert not dialog.save_button.isVisible(), "no backup can be made without the key"
        assert db_path(data).exists(), "nothing is deleted before the word is typed"
        _then("create-passphrase", afresh)
        qtbot.keyClicks(dialog.typed, "DELETE")
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    def afresh(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        assert isinstance(dialog, PassphraseDialog)
        dialog.reject()

    _then("unlock", unlock)
    assert unlock_store(data) is None  # the new passphrase was not chosen: no store yet
    assert seen[0].startswith("Your finapp data opens only with its passphrase")
    assert seen[1] == "Protect your finapp data", "finapp starts as on its first day"
    assert not db_path(data).exists()
    assert not data.exists() or not any(data.iterdir())


def test_cancelling_the_erase_deletes_nothing_and_asks_again(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = _store(tmp_path)
    before = sorted(p.name for p in data.rglob("*"))

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog) and dialog.forgot_button is not None
        _then("forgot-passphrase", answer)
        qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        _then("confirm-wipe", cancel)
        _click_button(box, "Delete all data…", qtbot)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmWipeDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        _then("unlock", type_it)

    def type_it(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    _then("unlock", unlock)
    store = unlock_store(data)
    assert store is not None, "the passphrase remembered after all still opens the data"
    store.close()
    assert sorted(p.name for p in data.rglob("*")) == before
