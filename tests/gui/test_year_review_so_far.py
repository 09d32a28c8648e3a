"""Year in review of the year not over yet, on a laptop's screen: the household's statements
(dollars, euros and yuan) reach 27 November 2026 and the user opens the review the next day.
Nothing is dated after what finapp knows. And on a screen smaller than the dialog would like (the
test platform's is 800x600), the dialog fits it and the donut's legend names every category in
full."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.services.month_report import data_span
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner

TODAY = date(2026, 11, 28)


def open_review(qtbot, store: Store, tmp_path: Path) -> YearReviewDialog:  # type: ignore[no-untyped-def]
    bus = AppBus()
    dialog = YearReviewDialog(AppContext(store, bus, InlineTaskRunner(bus), tmp_path), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.review is not None)
    return dialog


def test_the_year_so_far_is_dated_where_the_statements_end(  # type: ignore[no-untyped-def]
    qtbot, us_locale, three_currency_store: Store, tmp_path: Path
) -> None:
    span = data_span(three_currency_store, TODAY)
    assert span is not None and span.until == date(2026, 11, 27)
    dialog = open_review(qtbot, three_currency_store, tmp_path)
    assert dialog.year.currentText() == "2026"
    worth = dialog.figures["net-worth"].text()
    assert worth.endswith("on Nov 27, 2026)"), worth  # not the month's end, days ahead
    notes = dialog.notes.text()
    assert "Dec 31, 2026" not in notes and "Nov 30, 2026" not in notes
    assert "Nov 27, 2026" in notes, notes  # the rates converted at: those known on that day


def test_the_legend_names_each_category_whole_and_the_dialog_fits_the_screen(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store: Store, tmp_path: Path
) -> None:
    """On the two-year household in dollars and yuan: a dozen categories in the legend."""
    dialog = open_review(qtbot, two_year_store, tmp_path)
    free = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert free.width() < 1000 or free.height() < 720, "a screen smaller than the dialog wants"
    frame = dialog.frameGeometry()
    assert frame.width() <= free.width() and frame.height() <= free.height()
    assert dialog.minimumWidth() <= free.width() and dialog.minimumHeight() <= free.height()

    chart = dialog.by_category
    for width in (dialog.width(), 1000):  # on this screen, and on a larger one
        dialog.resize(width, dialog.height())
        qtbot.waitUntil(lambda wanted=width: chart.canvas.width() > wanted // 3)
        chart.redraw()
        chart.canvas.draw()
        axes_legends = [axes.get_legend() for axes in chart.figure.axes if axes.get_legend()]
        (legend,) = [*chart.figure.legends, *axes_legends]
        names = [text.get_text() for text in legend.get_texts()]
        assert "Person to Person" in names and len(names) >= 12
        picture, box = chart.figure.bbox, legend.get_window_extent()
        assert picture.x0 <= box.x0 and box.x1 <= picture.x1, (width, box, picture)
