"""What every page's table shares (whole-row selection, sortable, compact rows), and page keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from finapp.gui.models.rows_model import RowsModel


def tab_leaves(table: QTableView) -> None:
    """Tab and Shift+Tab move to the next and previous control, not the next cell.

    A read-only table of a thousand rows would otherwise hold the keyboard: Qt's table walks
    Tab through every cell, so a keyboard user could never reach the buttons below it. The
    arrow keys move within the table, as in a file manager's list on KDE, GNOME and macOS.
    """
    table.setTabKeyNavigation(False)


def compact_rows(table: QTableView) -> None:
    """One text line per row, fixed height: no per-row size queries, however many rows."""
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)


#: How many rows beyond those on screen a column's width is fitted to. Qt's default, 1,000, asks
#: every one of them for its text, font, colours and size at each layout: the 1,340-row rule book
#: in Settings then took a second to show. The rows on screen are always measured.
FITTED_ROWS = 100


def make_table(
    parent: QWidget,
    model: QAbstractItemModel,
    name: str,
    *,
    stretch: tuple[int, ...] = (0,),
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
    multi: bool = False,
) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(*sort)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    tab_leaves(table)
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(FITTED_ROWS)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def page_shortcut(
    page: QWidget,
    keys: str | QKeySequence.StandardKey,
    slot: Callable[[], object],
    what: str = "",
) -> QShortcut:
    """A key that works anywhere on the page (and only there: pages share one window).

    ``what`` (translated) names what the key does: Help → Keyboard shortcuts reads it from the
    shortcut itself, so the list names every page key without a table kept by hand."""
    shortcut = QShortcut(QKeySequence(keys), page, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.setWhatsThis(what)
    return shortcut


def reload_rows(
    table: QTableView,
    model: RowsModel[Any],
    rows: Sequence[Any],
    key: Callable[[Any], object] = attrgetter("id"),
) -> None:
    """Show ``rows``, keeping the rows the user had selected selected (found again by ``key``).

    A page reloads under the user (after their own action, an import, the day's check); losing
    the selection then would switch the row buttons off between a click and the next.
    """
    chosen = {key(model.row(index.row())) for index in table.selectionModel().selectedRows()}
    model.set_rows(rows)
    if not chosen:
        return
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for number, row in enumerate(model.rows()):
        if key(row) in chosen:
            selection.select(model.index(number, 0), flags)
