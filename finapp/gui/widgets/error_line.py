"""The red line under a dialog's fields saying why what was typed was not taken."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

#: the red of an error, readable on light and dark windows alike
ERROR_RED = "#c62828"


def error_line(parent: QWidget) -> QLabel:
    """A hidden, wrapping red label named ``error``: a dialog shows it with its reason."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_RED};")
    label.hide()
    return label
