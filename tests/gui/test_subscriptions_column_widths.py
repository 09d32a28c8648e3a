"""The Subscriptions page's columns as the user left them, after a restart as before it: a
column dragged wider stays that wide when the page is built again from the kept window state,
and the columns the user did not touch still fit the window, a narrow one the names first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHeaderView

from finapp.gui.context import AppContext
from finapp.gui.pages.subscriptions import COL_PAID_FROM as COL_NAME
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.grouped_tree import READABLE, first_characters
from tests.gui.page_fixtures import TODAY, inline_ctx, open_copy
from tests.gui.scaled_screen_probe import shown_text
from tests.gui.test_pages_subscriptions_groups import card_household  # noqa: F401  (fixture)


@pytest.fixture
def ctx(qtbot, us_locale, card_household, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]  # noqa: F811
    store = open_copy(card_household, data_dir)
    yield inline_ctx(store, data_dir)
    store.close()


def _page(qtbot, ctx: AppContext, settings: Path) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    ctx.ui_state = UiState(settings)  # read from the file, as a new start reads it
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _drag_edge(header: QHeaderView, column: int, by: int) -> None:
    """The mouse drags ``column``'s right edge ``by`` pixels, the button held throughout."""
    y = header.height() // 2
    start = QPointF(header.sectionViewportPosition(column) + header.sectionSize(column) - 1, y)
    end = start + QPointF(by, 0)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, held in (
        (QEvent.Type.MouseButtonPress, start, left),
        (QEvent.Type.MouseMove, start + QPointF(by / 2, 0), left),
        (QEvent.Type.MouseMove, end, left),
        (QEvent.Type.MouseButtonRelease, end, none),
    ):
        button = none if kind == QEvent.Type.MouseMove else left
        event = QMouseEvent(
            kind, at, header.viewport().mapToGlobal(at.toPoint()).toPointF(), button, held,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(header.viewport(), event)


def test_a_dragged_column_keeps_its_width_after_a_restart(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "ui.ini"
    page = _page(qtbot, ctx, settings)
    header = page.table.header()
    fitted = header.sectionSize(COL_NAME)
    _drag_edge(header, COL_NAME, 90)
    dragged = header.sectionSize(COL_NAME)
    assert dragged > fitted + 60
    page.close()
    ctx.ui_state.sync()

    again = _page(qtbot, ctx, settings)
    header = again.table.header()
    assert header.sectionSize(COL_NAME) == dragged
    again.resize(1000, 700)  # a narrower window fits the others, never the user's column
    qtbot.waitUntil(lambda: again.table.viewport().width() < 1000)
    assert header.sectionSize(COL_NAME) == dragged


def test_without_a_drag_a_new_start_fits_the_columns_to_the_window(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "ui.ini"
    page = _page(qtbot, ctx, settings)
    first = page.table.header().sectionSize(COL_NAME)
    page.close()
    again = _page(qtbot, ctx, settings)
    header = again.table.header()
    assert header.sectionSize(COL_NAME) == first
    again.resize(700, 700)  # untouched, the column still gives way to a narrower window
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) < first)


def test_a_narrow_window_keeps_the_names_and_figures_readable(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A window as narrow as a 1366x768 laptop's at 150%: the words beside the names give way
    and the rest scrolls sideways, but each name reads (whole or its first 16 characters) and
    no amount is cut."""
    page = _page(qtbot, ctx, tmp_path / "ui.ini")
    tree, model = page.table, page.model
    page.resize(560, 700)
    qtbot.waitUntil(lambda: tree.viewport().width() < 560)
    rows = [model.index(r, 0, g)
            for g in (model.index(n, 0) for n in range(model.rowCount())) if tree.isExpanded(g)
            for r in range(model.rowCount(g))]  # fmt: skip
    assert len(rows) >= 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    figures = [headers.index("Amount"), headers.index("Per year")]
    for index in rows:
        name = index.data()
        assert name == shown_text(tree, index) or shown_text(tree, index).startswith(
            first_characters(name, READABLE)
        ), name
        for column in figures:
            figure = index.siblingAtColumn(column)
            assert shown_text(tree, figure) == figure.data()
    assert tree.horizontalScrollBar().maximum() > 0  # what does not fit scrolls sideways
