"""The transactions table fits its account, payee and category columns to their names at every
start, not only the first: the page's own fitting is not the user's choice, so it is not kept
as one. Before, the widths finapp had fitted were saved on the first start (with the column it
hides at first) and put back on the next as if the user had dragged them, the fitting skipped:
the account 'Chase Total Checking' read 'Chase Total Ch…' from the second start on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from finapp.gui.context import AppContext
from finapp.gui.models.transactions_model import COL_ACCOUNT, COL_PAYEE, COL_STATEMENT
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.ui_state import UiState
from finapp.importers.base import ParsedAccount
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx
from tests.gui.test_payee_names_pages import _click, _menu
from tests.gui.test_subscriptions_column_widths import _drag_edge
from tests.subscriptions.test_payee_list_grouped import _line, _load

#: an account named as the bank's download names it, longer than the column's starting width
ACCOUNT = "Chase Total Checking"
CHECKING = ParsedAccount("000123456789", "Chase", "checking", "USD", ACCOUNT)

PAYEE = "City of Springfield Water Utilities"


@pytest.fixture
def ctx(qtbot, us_locale, store: Store, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    _load(
        store,
        CHECKING,
        _line(2, "-109.23", PAYEE, "WEB PMT CITY OF SPRINGFIELD"),
        _line(5, "-4.50", "Blue Bottle Coffee"),
        _line(15, "3620.46", "GLOBEX INC DIR DEP"),
    )
    yield inline_ctx(store, data_dir)


def _start(qtbot, ctx: AppContext, settings: Path) -> TransactionsPage:  # type: ignore[no-untyped-def]
    """The page as a start of finapp builds it: the window state read from the file."""
    ctx.ui_state = UiState(settings)
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(980, 700)  # a 1180-wide window beside the page list
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def _whole(page: TransactionsPage, column: int, text: str) -> bool:
    width = page.table.horizontalHeader().sectionSize(column)
    return width > page.table.fontMetrics().horizontalAdvance(text)


def test_the_account_name_reads_whole_at_the_second_start(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "ui.ini"
    first = _start(qtbot, ctx, settings)
    assert _whole(first, COL_ACCOUNT, ACCOUNT)
    assert _whole(first, COL_PAYEE, PAYEE)
    first.close()

    second = _start(qtbot, ctx, settings)
    assert _whole(second, COL_ACCOUNT, ACCOUNT)


def test_a_column_the_user_dragged_stays_as_they_left_it(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "ui.ini"
    first = _start(qtbot, ctx, settings)
    header = first.table.horizontalHeader()
    _drag_edge(header, COL_PAYEE, 60)
    dragged = header.sectionSize(COL_PAYEE)
    first.close()

    second = _start(qtbot, ctx, settings)
    assert second.table.horizontalHeader().sectionSize(COL_PAYEE) == dragged
    assert _whole(second, COL_ACCOUNT, ACCOUNT)


def test_a_column_the_user_showed_is_shown_at_the_next_start(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "ui.ini"
    first = _start(qtbot, ctx, settings)
    assert first.table.isColumnHidden(COL_STATEMENT)
    first.table.horizontalHeader().customContextMenuRequested.emit(QPoint(10, 5))
    _click(qtbot, _menu(first, "transaction-columns-menu"), "Description (as on statement)")
    first.close()

    second = _start(qtbot, ctx, settings)
    assert not second.table.isColumnHidden(COL_STATEMENT)
    assert _whole(second, COL_ACCOUNT, ACCOUNT)
