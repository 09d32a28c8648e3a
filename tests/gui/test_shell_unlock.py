"""Unlocking: keyring without questions, passphrase creation with a strength hint, retries."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from finapp.errors import WrongKeyError
from finapp.gui.dialogs.unlock import PassphraseDialog, unlock_store
from finapp.services.opening import open_store
from tests.conftest import MemoryKeyring
from tests.safety.test_keys import FlakyKeyring, PlaintextKeyring

STRONG = "violet tractor umbrella 42"


def _ok(dialog: PassphraseDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_keyring_present_opens_without_any_dialog(tmp_path: Path, memory_keyring, qtbot) -> None:
    store = unlock_store(tmp_path / "data")
    assert store is not None
    try:
        assert store.key.source == "keyring"
        assert len(memory_keyring.entries) == 1  # the new key went to the keyring
    finally:
        store.close()
    again = unlock_store(tmp_path / "data")  # a later start: still nothing asked
    assert again is not None and again.key.source == "keyring"
    again.close()


def test_create_passphrase_hints_strength_and_refuses_weak_or_mismatched(
    tmp_path: Path, qtbot
) -> None:
    opened = []
    dialog = PassphraseDialog(
        lambda text: opened.append(text) or open_store(tmp_path / "d", passphrase=text),
        create=True,
    )
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("password1")
    assert "weak" in dialog.strength.text().lower()
    dialog.repeat.setText("password1")
    assert not _ok(dialog).isEnabled()
    assert dialog.error.text() == "This passphrase is too easy to guess."

    dialog.passphrase.setText(STRONG)
    dialog.repeat.setText(STRONG + "x")
    assert not _ok(dialog).isEnabled()
    assert "do not match" in dialog.error.text()
    assert dialog.strength.text() in ("Good.", "Strong.")

    dialog.repeat.setText(STRONG)
    assert _ok(dialog).isEnabled()
    _ok(dialog).click()
    assert opened == [STRONG]
    assert dialog.store is not None
    dialog.store.close()


def test_wrong_passphrase_says_so_and_lets_the_user_retry(tmp_path: Path, qtbot) -> None:
    open_store(tmp_path / "d", passphrase=STRONG).close()
    dialog = PassphraseDialog(
        lambda text: open_store(tmp_path / "d", passphrase=text), create=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("not the passphrase")
    _ok(dialog).click()
    assert dialog.isVisible() and dialog.store is None
    assert "does not open" in dialog.error.text()
    dialog.passphrase.setText(STRONG)
    _ok(dialog).click()
    assert dialog.store is not None and not dialog.isVisible()
    assert dialog.attempts == 2
    dialog.store.close()


def test_environment_passphrase_opens_and_a_wrong_one_falls_back_to_the_dialog(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    open_store(data, passphrase=STRONG).close()
    store = unlock_store(data, passphrase=STRONG)
    assert store is not None
    store.close()

    shown = []

    def fake_exec(self: PassphraseDialog) -> int:
        shown.append(self.choosing)
        with pytest.raises(WrongKeyError):
            self._opener("still wrong")
        self.passphrase.setText(STRONG)
        self.try_open()
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    store = unlock_store(data, passphrase="wrong one")
    assert shown == [False]  # the unlock form, not the create form
    assert store is not None
    store.close()


def test_cancelling_the_dialog_opens_nothing(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: 0)
    assert unlock_store(tmp_path / "fresh") is None
    assert not (tmp_path / "fresh" / "finapp.db").exists()


@pytest.mark.parametrize(
    "backend",
    [PlaintextKeyring(), FlakyKeyring(RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown"))],
    ids=["plain-text file", "broken"],
)
def test_a_keyring_that_is_not_secure_or_broken_gets_no_key_the_user_chooses_a_passphrase(
    backend: MemoryKeyring, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(backend)
    forms = []

    def choose(self: PassphraseDialog) -> int:
        forms.append(self.choosing)
        qtbot.keyClicks(self.passphrase, STRONG)
        qtbot.keyClicks(self.repeat, STRONG)
        qtbot.mouseClick(_ok(self), Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", choose)
    try:
        store = unlock_store(tmp_path / "new")
    finally:
        keyring.set_keyring(fail.Keyring())
    assert forms == [True], "the create-a-passphrase form, not a silent keyring key"
    assert store is not None and store.key.source == "passphrase"
    store.close()
    assert backend.entries == {}
