"""Dismissing an alert says how to get it back: the row only vanished from Current, and a
household that pressed Delete on the wrong alert had no hint that Edit ▸ Undo or History would
bring it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_undo_dismiss_alert import _alerts, _listed, window  # noqa: F401


def test_a_dismissal_tells_how_to_take_it_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = _alerts(qtbot, window)
    (low,) = [a for a in page.model.rows() if a.kind == "low_balance"]
    page.table.setFocus()
    page.table.selectRow([a.id for a in page.model.rows()].index(low.id))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: low.id not in _listed(page))
    said = window.statusBar().currentMessage()
    assert said.startswith("Dismissed 1 alert")
    assert said.endswith(". Edit ▸ Undo (Ctrl+Z) undoes this; History keeps dismissed alerts.")

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: low.id in _listed(page))  # as it says
