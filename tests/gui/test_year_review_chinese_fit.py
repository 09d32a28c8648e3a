"""Year in review read in Chinese in a 1000x720 dialog: the notes' sentences follow each other as
Chinese writes them (no space after "。"), and the page fits the dialog: the charts and the tabs
share what the figures leave, so no scroll bar cuts the bottom of the tabs off. The household is
the New York couple with a Chinese wallet of ``tests/health/test_annual_review_stopped.py``. On a
short screen the page scrolls rather than squeeze the donut's legend of a dozen categories."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.test_annual_review_stopped import TODAY, household


def opened(qtbot, store: Store, folder) -> YearReviewDialog:  # type: ignore[no-untyped-def]
    bus = AppBus()
    shown = YearReviewDialog(AppContext(store, bus, InlineTaskRunner(bus), folder), today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.review is not None)
    return shown


@pytest.fixture
def dialog(qtbot, made_store: MadeStore, data_dir) -> YearReviewDialog:  # type: ignore[no-untyped-def]
    return opened(
        qtbot, made_store("a couple whose subscriptions ended in 2026", household), data_dir
    )


def page_scrolls(qtbot, dialog: YearReviewDialog) -> bool:  # type: ignore[no-untyped-def]
    """Whether the dialog's page needs its scroll bar at 1000x720, the size it asks for."""
    dialog.resize(1000, 720)
    qtbot.waitUntil(lambda: dialog.width() == 1000)
    scroll = dialog.findChild(QScrollArea)
    qtbot.wait(50)  # the scroll area lays the page out once the resize is through
    return scroll.verticalScrollBar().maximum() > 0


def test_the_chinese_review_reads_as_chinese_and_fits_its_dialog(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    dialog,
) -> None:
    notes = dialog.notes.text()
    assert notes.startswith("数据范围：")
    assert "。" in notes and "。 " not in notes, notes
    assert not page_scrolls(qtbot, dialog)


def test_the_english_review_fits_its_dialog(qtbot, us_locale, dialog) -> None:  # type: ignore[no-untyped-def]
    assert ". " in dialog.notes.text()  # two sentences, a space between them
    assert not page_scrolls(qtbot, dialog)


def test_on_a_short_screen_the_page_scrolls_and_the_legend_stays_whole(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    two_year_store: Store,
    tmp_path,
) -> None:
    """A 1366x768 laptop at 125%: the dialog 1008x552. The two-year household in dollars and
    yuan spends in a dozen categories, each named in the donut's legend, none cut off."""
    dialog = opened(qtbot, two_year_store, tmp_path)
    dialog.resize(1008, 552)
    qtbot.waitUntil(lambda: dialog.height() == 552)
    chart = dialog.by_category
    qtbot.wait(200)  # the chart redraws once the resize is through
    chart.redraw()
    chart.canvas.draw()
    (legend,) = chart.figure.legends
    assert len(legend.get_texts()) >= 12
    picture, box = chart.figure.bbox, legend.get_window_extent()
    assert picture.y0 <= box.y0 and box.y1 <= picture.y1, (box, picture)
    assert dialog.findChild(QScrollArea).verticalScrollBar().maximum() > 0
