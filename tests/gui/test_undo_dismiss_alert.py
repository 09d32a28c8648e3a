"""Dismissing an alert is an edit like the others: Edit ▸ Undo brings it back, Redo dismisses it
again.

Tester t-uk cancelled PureGym, then dismissed the "Trainline is due" alert, and the Edit menu
offered "Undo Cancelling Puregym": the dismissal could not be taken back, and Ctrl+Z would have
undone the edit behind it instead. Now the menu names the dismissal, Ctrl+Z puts the alert back
under Current as it was (read, since it was seen), Ctrl+Shift+Z dismisses it again, and the
edit before it (here a coffee budget) waits its turn underneath.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.clock import Clock
from finapp.gui.main_window import MainWindow
from finapp.gui.pages.alerts import AlertsPage
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import AlertView, evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from finapp.services.edit_history import forget_edits
from finapp.store.engine import Store
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell
from tests.gui.test_undo_redo import _menu_texts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class _Household(Clock):
    """The household's today, the day its alerts are judged as of."""

    def now(self) -> datetime:
        return datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30)


@pytest.fixture
def window(household_store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = household_store
    set_low_balance_threshold(store, "Checking", Decimal("99999"))
    evaluate_alerts(store, TODAY)
    forget_edits(store)
    set_budget(store, "Food:Coffee", Decimal("60"), today=TODAY)  # the edit before the dismissal
    shell = make_shell(store, tmp_path, clock=_Household(), opening_page="alerts")
    qtbot.addWidget(shell.window)
    shell.window.resize(1200, 760)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    yield shell.window
    shell.close()


def _alerts(qtbot, window: MainWindow) -> AlertsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    page = window.built_pages()["alerts"]
    assert isinstance(page, AlertsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _listed(page: AlertsPage) -> set[int]:
    return {a.id for a in page.model.rows()}


def _stored(window: MainWindow, alert_id: int) -> AlertView:
    alerts = list_alerts(window.ctx.store, as_of=TODAY, include_closed=True)
    return next(a for a in alerts if a.id == alert_id)


def test_undo_brings_a_dismissed_alert_back_and_redo_dismisses_it_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _alerts(qtbot, window)
    assert _menu_texts(window)[0] == "Undo Budget for Food:Coffee"
    (low,) = [a for a in page.model.rows() if a.kind == "low_balance"]
    page.table.setFocus()
    page.table.selectRow([a.id for a in page.model.rows()].index(low.id))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: low.id not in _listed(page))
    assert _stored(window, low.id).dismissed
    assert _menu_texts(window) == (
        "Undo Dismissing Alert “Checking was at $100.00 on Jun 20, 2025 (latest…”",
        "Redo",
    )

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: low.id in _listed(page))
    back = _stored(window, low.id)
    assert back.state == "open" and not back.dismissed and back.read
    assert _menu_texts(window)[1].startswith("Redo Dismissing Alert “Checking")
    assert _menu_texts(window)[0] == "Undo Budget for Food:Coffee"  # the edit before, untouched

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: low.id not in _listed(page))
    assert _stored(window, low.id).dismissed
    assert _menu_texts(window)[0].startswith("Undo Dismissing Alert “Checking")


def test_several_alerts_dismissed_at_once_come_back_with_one_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The low balance and the emergency fund, picked with Ctrl+click and dismissed together."""
    page = _alerts(qtbot, window)
    chosen = {a.id for a in page.model.rows() if a.kind in ("low_balance", "emergency_fund")}
    assert len(chosen) == 2
    page.table.setFocus()
    for row, alert in enumerate(page.model.rows()):
        if alert.id in chosen:
            cell = page.table.visualRect(page.model.index(row, 1)).center()
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, CTRL, cell)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not chosen & _listed(page))
    assert _menu_texts(window)[0] == "Undo Dismissing 2 Alert(s)"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: chosen <= _listed(page))
    assert _menu_texts(window)[0] == "Undo Budget for Food:Coffee"
