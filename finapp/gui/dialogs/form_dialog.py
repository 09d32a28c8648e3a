"""A dialog of one small form: what to fill in, a line saying what is wrong, OK and Cancel.

Setting a balance, a card's limit or a savings goal all check what was typed when OK is pressed
and, when it is wrong, say why under the form and stay open with the typing kept, instead of
closing and showing an error elsewhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget


class FormDialog(QDialog):
    """Subclasses build their fields, call :meth:`lay_out`, and call :meth:`show_problem` from
    ``accept`` when the form cannot be taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def lay_out(self, *parts: QWidget | QLayout) -> QDialogButtonBox:
        """Stack ``parts`` top to bottom, then the problem line and the OK / Cancel buttons
        (returned, for a form that changes which one Enter presses)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        return buttons

    def show_problem(self, text: str) -> None:
        """Say what is wrong with the form; the dialog stays open."""
        self.problem.setText(text)
        self.problem.show()
