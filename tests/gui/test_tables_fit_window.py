"""Tables at the sizes people use (1024×640 and 1920×1080): one way of writing a day, the
columns that matter on screen without sideways scrolling, the user's column widths kept, an
alert's whole message readable, and a subscriptions summary that wraps between its parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QTableView

from finapp.gui.models.transactions_model import (
    COL_ACCOUNT,
    COL_AMOUNT,
    COL_CATEGORY,
    COL_DATE,
    COL_PAYEE,
)
from finapp.gui.pages.alerts import COL_MESSAGE, AlertsPage
from finapp.gui.pages.subscriptions import COL_NAME, SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.services.alerts import evaluate_alerts
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell


def _shell(store: Store, tmp_path: Path, qtbot, page: str, size: tuple[int, int]) -> Shell:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page=page)
    qtbot.addWidget(shell.window)
    shell.window.resize(*size)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    return shell


@pytest.fixture
def watched_store(household_store: Store) -> Store:
    """The household with its subscriptions found and its alerts raised, as the day's check
    leaves them."""
    detect_subscriptions(household_store, TODAY)
    evaluate_alerts(household_store, TODAY)
    return household_store


def _transactions(shell: Shell, qtbot) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = shell.window.page("transactions")
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 50)
    return page


def _dates(table: QTableView, rows: int = 60) -> list[str]:
    model = table.model()
    return [model.index(row, COL_DATE).data() for row in range(min(rows, model.rowCount()))]


def test_at_1024_the_days_are_even_and_the_columns_that_matter_fit(
    household_store: Store, tmp_path: Path, qtbot, us_locale
) -> None:
    shell = _shell(household_store, tmp_path, qtbot, "transactions", (1024, 640))
    page = _transactions(shell, qtbot)
    table = page.table
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}", day) for day in _dates(table))
    right = table.columnViewportPosition(COL_AMOUNT) + table.columnWidth(COL_AMOUNT)
    assert right <= table.viewport().width()
    metrics = table.fontMetrics()
    for column in (COL_DATE, COL_ACCOUNT, COL_PAYEE, COL_CATEGORY, COL_AMOUNT):
        texts = {table.model().index(r, column).data() for r in range(table.model().rowCount())}
        widest = max(metrics.horizontalAdvance(str(t)) for t in texts)
        assert widest < table.columnWidth(column), (column, texts)
    shell.close()


def test_a_column_width_the_user_drags_is_there_at_the_next_start(
    household_store: Store, tmp_path: Path, qtbot, us_locale
) -> None:
    shell = _shell(household_store, tmp_path, qtbot, "transactions", (1280, 800))
    header = _transactions(shell, qtbot).table.horizontalHeader()
    header.resizeSection(COL_PAYEE, 333)  # the user's drag of the handle …
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # … ends
    shell.close()
    again = _shell(household_store, tmp_path, qtbot, "transactions", (1280, 800))
    assert _transactions(again, qtbot).table.columnWidth(COL_PAYEE) == 333
    again.close()


def test_an_alert_reads_whole_under_the_table_and_only_an_unread_date_is_bold(
    watched_store: Store, tmp_path: Path, qtbot, us_locale
) -> None:
    shell = _shell(watched_store, tmp_path, qtbot, "alerts", (1024, 640))
    page = shell.window.page("alerts")
    assert isinstance(page, AlertsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    model, table = page.model, page.table
    row = max(range(model.rowCount()), key=lambda r: len(model.index(r, COL_MESSAGE).data()))
    message = model.index(row, COL_MESSAGE).data()
    assert table.fontMetrics().horizontalAdvance(message) > table.columnWidth(COL_MESSAGE)
    assert model.index(row, COL_MESSAGE).data(Qt.ItemDataRole.ToolTipRole) == message
    table.selectRow(row)
    assert page.detail.isVisible() and page.detail.text() == message
    assert page.detail.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    unread = next(r for r in range(model.rowCount()) if not model.row(r).read)
    font = Qt.ItemDataRole.FontRole
    assert model.index(unread, 0).data(font).bold()
    assert all(model.index(unread, c).data(font) is None for c in range(1, model.columnCount()))
    shell.close()


def _lines(label_html: str, font, width: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines a rich-text label of ``width`` shows."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(label_html)
    document.setTextWidth(width)
    layout, text = document.firstBlock().layout(), document.firstBlock().text()
    return [
        text[line.textStart() : line.textStart() + line.textLength()].strip()
        for line in (layout.lineAt(n) for n in range(layout.lineCount()))
    ]


@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_subscriptions_names_end_where_their_figures_begin_and_the_summary_wraps_between_parts(
    watched_store: Store, tmp_path: Path, qtbot, us_locale, size: tuple[int, int]
) -> None:
    shell = _shell(watched_store, tmp_path, qtbot, "subscriptions", size)
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    tree = page.table
    em = tree.fontMetrics().horizontalAdvance("M")
    names = [page.model.index(r, COL_NAME, g).data()
             for g in (page.model.index(n, 0) for n in range(page.model.rowCount()))
             for r in range(page.model.rowCount(g))]  # fmt: skip
    bold = QFont(tree.font())
    bold.setBold(True)  # a row with something to look at is drawn bold
    # a row sits a level under its group's header, itself a level in (the root's arrows)
    depth = 2 * tree.indentation()
    widest = max(QFontMetrics(bold).horizontalAdvance(n) for n in names) + depth
    assert tree.columnWidth(COL_NAME) <= widest + 2 * em
    right = sum(tree.columnWidth(c) for c in range(tree.header().count()))
    assert right <= tree.viewport().width() + 1  # nothing off to the side
    totals = page.totals
    parts = [p for p in re.split(r"\s{2,}", QTextDocument(totals.text()).toPlainText()) if p]
    for line in _lines(totals.text(), totals.font(), totals.contentsRect().width()):
        assert line in parts or line == "  ".join(parts), line
    shell.close()


@pytest.fixture
def zh_shell(  # type: ignore[no-untyped-def]
    watched_store: Store,
    tmp_path: Path,
    qtbot,
    chinese,  # noqa: F811
) -> Iterator[Shell]:
    shell = _shell(watched_store, tmp_path, qtbot, "transactions", (1920, 1080))
    yield shell
    shell.close()


def test_chinese_tables_write_iso_days_and_alerts_the_long_form(zh_shell: Shell, qtbot) -> None:
    page = _transactions(zh_shell, qtbot)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", day) for day in _dates(page.table))
    zh_shell.window.show_page("alerts")
    alerts = zh_shell.window.page("alerts")
    assert isinstance(alerts, AlertsPage)
    qtbot.waitUntil(lambda: alerts.model.rowCount() > 0)
    days = [alerts.model.index(r, 0).data() for r in range(alerts.model.rowCount())]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", day) for day in days)
    said = " ".join(alerts.model.index(r, COL_MESSAGE).data() for r in range(len(days)))
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", said)
    assert not re.search(r"\d{4}/\d{1,2}/\d{1,2}", said)
