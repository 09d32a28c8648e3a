"""A dialog of one small form: what to fill in, a line saying what is wrong, OK and Cancel.

Setting a balance, a card's limit or a savings goal all check what was typed when OK is pressed
and, when it is wrong, say why under the form and stay open with the typing kept, instead of
closing and showing an error elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.widgets.dialog_width import fit_width


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
        (returned, for a form that changes which one Enter presses). The window title is set
        by then: the dialog is made wide enough to show it whole."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            elif isinstance(part, QAbstractButton):
                # a check box as wide as its text: in a dialog made wider for its title, a click
                # in the blank right of a stretched box would toggle nothing
                layout.addWidget(part, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(part)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_width(self)
        return buttons

    def show_problem(self, text: str) -> None:
        """Say what is wrong with the form; the dialog stays open."""
        self.problem.setText(text)
        self.problem.show()
