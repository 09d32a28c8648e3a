"""What the Health page's sections share to lay out their rows: emptying a grid before showing
freshly loaded rows, and money from minor units in the user's locale."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout

from finapp.core.money import from_minor
from finapp.gui.models.formatting import format_money


def clear_rows(layout: QLayout) -> None:
    """Remove (and delete) every widget of ``layout``: the rows are rebuilt on each load."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()  # off screen now, not when the event loop gets to deleting it
            widget.deleteLater()


def money(minor: int, currency: str) -> str:
    return format_money(from_minor(minor, currency), currency)
