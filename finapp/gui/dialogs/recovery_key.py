"""Shows the recovery key once, when finapp created a keyring key for a new store.

The keyring alone is a single point of failure (a reinstalled OS, another machine); the
recovery key written down is what opens the store and its backups then.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-key")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "finapp keeps the key to your data in this computer's keyring. Write down this "
                "recovery key and keep it somewhere safe: it opens your data and its backups if "
                "the keyring is lost or on another computer. It is shown only this once "
                "(later: finapp recovery-key)."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key = QLineEdit(key, self)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(font)
        layout.addWidget(self.key)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        copy = QPushButton(self.tr("&Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.text()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
