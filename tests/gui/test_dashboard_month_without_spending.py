"""A statement whose period runs on after its last line (a bank's download "to May 23" whose last
purchase was on April 3) opens the dashboard on the month it ends in, with no spending: the
category donut says there was none that month, not "No data yet", which read as if the import
had come to nothing beside the statement's lines in the charts under it. The month before, its
spending is there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx, shown_dashboard
from tests.importers.ofxgen import Line, statement_ofx

#: a checking account's early April, downloaded on May 23 ("DTEND" the download's day)
LINES = (
    Line(date(2009, 4, 1), "-6.60", "MCDONALD'S #112", "0000123456782009040100001"),
    Line(date(2009, 4, 2), "-320.00", "LAKEVIEW PROPERTY MGMT RENT", "0000123456782009040200001"),
    Line(date(2009, 4, 3), "-22.10", "SHELL OIL 57444 TORONTO", "0000123456782009040300001"),
)


def _dashboard(qtbot, store: Store, data_dir: Path) -> DashboardPage:  # type: ignore[no-untyped-def]
    text = statement_ofx(LINES, account="000012345678", ledger=("382.34", date(2009, 5, 23)))
    statement = data_dir.parent / "Checking5678_20090523.ofx"
    statement.write_text(text.replace("<DTEND>20090403", "<DTEND>20090523"), encoding="ascii")
    assert import_files(store, [statement]).new == 3
    ctx: AppContext = inline_ctx(store, data_dir)
    return shown_dashboard(qtbot, ctx, today=date(2009, 5, 25))


def _donut_words(page: DashboardPage) -> list[str]:
    page.donut.canvas.draw()
    return [t.get_text() for ax in page.donut.figure.axes for t in ax.texts if t.get_text()]


def test_a_month_without_spending_says_so(qtbot, us_locale, store: Store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page = _dashboard(qtbot, store, data_dir)
    assert page.period.month_label.text() == "May 2009"
    assert _donut_words(page) == ["No spending in May 2009"]

    qtbot.mouseClick(page.period.previous, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.period.month_label.text() == "April 2009")
    assert _donut_words(page) == ["$349"]  # the month's 348.70 spent, in the donut's hole


def test_a_month_of_cents_reads_its_cents_in_the_donut(qtbot, us_locale, store, data_dir) -> None:  # type: ignore[no-untyped-def]
    """June's only charge is a card's foreign transaction fee of 42 cents: the headline says
    $0.42 and the donut's hole said "$0" beside a whole ring of it."""
    fee = Line(date(2009, 6, 2), "-0.42", "FOREIGN TRANSACTION FEE", "0000123456782009060200001")
    text = statement_ofx((*LINES, fee), account="000012345678", ledger=("381.92", date(2009, 6, 2)))
    statement = data_dir.parent / "Checking5678_20090602.ofx"
    statement.write_text(text, encoding="ascii")
    assert import_files(store, [statement]).new == 4
    page = shown_dashboard(qtbot, inline_ctx(store, data_dir), today=date(2009, 6, 5))
    assert page.period.month_label.text() == "June 2009"
    assert _donut_words(page) == ["$0.42"]
