"""The pages that scroll (Dashboard, Budgets, Health, Settings) from the keyboard: Tab goes from
widget to widget, never to the scroll area itself (a stop that showed nothing), the page scrolls
to show the widget Tab reached, and PageDown on a button scrolls the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from finapp.gui.context import AppContext
from finapp.gui.pages.base import Page
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.pages.health import HealthPage
from finapp.gui.pages.health_forecast import ForecastSection
from finapp.gui.pages.settings import SettingsPage

#: Tab presses: more than any of these pages has stops, so each goes round once at least
PRESSES = 40


def shown_small(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    """On screen, active, too low for its body: the page scrolls."""
    qtbot.addWidget(page)
    page.resize(900, 320)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()


def settled(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Nothing of the page's left to run (a chart redraws 150 ms after a resize, and one closed
    before then raises in PySide as its timer fires): the page may close."""
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in page.findChildren(QTimer)))


def tab_stops(qtbot, page: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Where the keyboard goes, Tab after Tab, from the page's first stop."""
    page.focusNextPrevChild(True)
    stops = []
    for _ in range(PRESSES):
        widget = QApplication.focusWidget()
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return stops


@pytest.mark.parametrize("kind", [DashboardPage, BudgetsPage, HealthPage, SettingsPage])
def test_tab_never_stops_on_a_scroll_area(
    qtbot, household_ctx: AppContext, kind: type[Page]
) -> None:  # type: ignore[no-untyped-def]
    page = kind(household_ctx)
    shown_small(qtbot, page)
    stops = tab_stops(qtbot, page)
    assert len({id(w) for w in stops}) > 1  # the keyboard moves through the page
    assert [w for w in stops if isinstance(w, QScrollArea)] == []
    settled(qtbot, page)


def test_the_health_page_scrolls_to_the_widget_tab_reaches_and_on_page_down(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = HealthPage(household_ctx)
    shown_small(qtbot, page)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    forecast = page.findChild(ForecastSection)
    for widget in tab_stops(qtbot, page):
        if forecast.isAncestorOf(widget):  # the forecast, at the bottom, out of view at first
            break
    assert bar.value() > 0  # scrolled down to it
    button = next(b for b in scroll.widget().findChildren(QPushButton) if b.isVisible())
    button.setFocus(Qt.FocusReason.TabFocusReason)
    bar.setValue(0)
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    assert QApplication.focusWidget() is button  # the keyboard stays where it was
    settled(qtbot, page)
