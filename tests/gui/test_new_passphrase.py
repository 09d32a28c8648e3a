"""Choosing a passphrase in the app follows the same rule as the CLI: 8 characters, not blanks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.services.opening import open_store


def _choose(tmp_path: Path, text: str, qtbot) -> PassphraseDialog:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(lambda t: open_store(tmp_path / "d", passphrase=t), create=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(text)
    dialog.repeat.setText(text)
    return dialog


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("  k9#Qz!x  ", "Use at least 8 characters."),  # zxcvbn rates it strong: padding counted
        ("          ", "Spaces alone do not make a passphrase."),
    ],
    ids=["padded-seven", "spaces"],
)
def test_a_padded_or_blank_passphrase_cannot_create_the_store(
    tmp_path: Path, qtbot, typed: str, said: str
) -> None:
    dialog = _choose(tmp_path, typed, qtbot)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.error.text() == said
    dialog.try_open()
    assert dialog.store is None and not (tmp_path / "d" / "finapp.db").exists()


def test_the_strength_hint_is_shown_for_a_passphrase_that_passes(tmp_path: Path, qtbot) -> None:
    dialog = _choose(tmp_path, "Vq8#zL!w2", qtbot)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.strength.text() in ("Good.", "Strong.")
