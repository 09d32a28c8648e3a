"""What the dashboard shows at a glance: the window named once, the charts' choices beside the
charts, renewals with their amounts in a column (a long name wrapped beside its amount), and
the balance chart leaving out (and naming) a card or an account whose balance nobody stated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.set_balance import SetBalanceDialog
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from finapp.gui.widgets.dialog_width import full_title
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.answering import enter, opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.shell_support import make_shell
from tests.gui.test_dashboard_months import TODAY
from tests.gui.test_net_worth_left_out import CARD, CHASE_CARD
from tests.networth.test_net_worth import _household


def _ctx(store: Store, tmp_path: Path) -> AppContext:
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data",
                      ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip


def _drawn(page: DashboardPage) -> set[str]:
    """The accounts the balance chart draws a line for, as its hover labels name them."""
    return {hit.label.splitlines()[0] for hit in page.balance.hits}


def test_a_card_without_a_balance_is_not_drawn_and_is_named_under_the_chart(
    qtbot, us_locale, store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _household(store, tmp_path)
    csv = tmp_path / "Chase1234_Activity_20260425.CSV"
    csv.write_text(CHASE_CARD)
    assert not import_files(store, [csv]).failed
    page = shown_dashboard(qtbot, _ctx(store, tmp_path), date(2026, 5, 3), (1280, 900))

    assert CARD not in _drawn(page) and "Checking …3456" in _drawn(page)
    left_out = page.balance_left_out
    assert left_out.isVisible()
    lines = [label.text() for label in left_out.findChildren(QLabel)]
    assert lines == [
        f"{CARD} — balance not known, not drawn in this chart",
        "Checking …8888 — balance not known, not drawn in this chart",  # its OFX states none
    ]
    # said under the chart it is about, not under the net worth chart
    chart = page.balance.geometry()
    assert left_out.y() >= chart.bottom() and left_out.geometry().bottom() < page.net_worth.y()
    assert left_out.x() >= chart.x() - 1

    qtbot.mouseClick(left_out.buttons[CARD], Qt.MouseButton.LeftButton)
    dialog = opened(page, SetBalanceDialog, "set-balance")
    qtbot.keyClicks(dialog.amount, "-612.34")
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: CARD in _drawn(page))
    assert list(page.balance_left_out.buttons) == ["Checking …8888"]


def test_the_charts_choices_sit_over_the_charts_and_say_so(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store: Store, tmp_path: Path
) -> None:
    page = shown_dashboard(qtbot, _ctx(two_year_store, tmp_path), TODAY, (1720, 960))
    options, history = page.options, page.options.history
    assert page.options_caption.text() == "Charts:"
    left = options.mapTo(page, QPoint(0, 0)).x()
    charts_left = page.budget_chart.mapTo(page, QPoint(0, 0)).x()
    assert abs(left - charts_left) < 80, "at the charts' left edge"
    right = history.mapTo(page, QPoint(history.width(), 0)).x()
    assert right < page.donut.mapTo(page, QPoint(0, 0)).x(), "nowhere near the renewals"
    assert page.options_caption.buddy() is options.currency


def _ink_right(image: QImage, top: int, bottom: int, background: QColor) -> int:
    """The rightmost column of a row's band where something is drawn."""
    for x in range(image.width() - 1, -1, -1):
        for y in range(top + 2, bottom - 1):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 80:
                return x
    return -1


def test_renewals_keep_their_amounts_in_a_right_hand_column(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store: Store, tmp_path: Path
) -> None:
    page = shown_dashboard(qtbot, _ctx(two_year_store, tmp_path), TODAY, (820, 520))
    renewals: QListWidget = page.renewals
    assert renewals.count() == 6
    QApplication.processEvents()
    line = renewals.fontMetrics().height()
    items = [renewals.item(row) for row in range(renewals.count())]
    rects = [renewals.visualItemRect(item) for item in items]
    longest = max(items, key=lambda item: len(item.text()))
    # the list is narrower than its longest entry: its name wraps onto a second line beside
    # the amount, whole (cut short, "Harmony M…" named no renewal), and the others keep one
    assert renewals.fontMetrics().horizontalAdvance(longest.text()) > rects[0].width()
    assert renewals.visualItemRect(longest).height() >= 2 * line
    assert sum(rect.height() < 2 * line for rect in rects) >= 4
    assert longest.toolTip() == longest.text()

    image = renewals.viewport().grab().toImage()
    background = renewals.palette().base().color()
    # the heading over renewals expected but not in the statements yet has no amount, nor
    # has the line telling how many more renewals the list has no room for
    amounts = [r for r, item in zip(rects, items, strict=True) if "$" in item.text()]
    edges = [_ink_right(image, rect.top(), rect.bottom(), background) for rect in amounts]
    assert max(edges) - min(edges) <= 2, f"the amounts end at one edge: {edges}"
    assert rects[0].right() - max(edges) < 3 * renewals.fontMetrics().averageCharWidth()


def test_the_window_title_names_the_demo_once_and_the_app_once(store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, is_demo=True)
    qtbot.addWidget(shell.window)
    shell.window.show()
    # Qt adds the application's display name ("finapp"): the title bar reads
    # "demo household — finapp", and "finapp" alone for the user's own books
    assert shell.window.windowTitle() == "demo household"
    assert full_title(shell.window.windowTitle()).count(" — ") == 1
    shell.close()
    own = make_shell(store, tmp_path)
    qtbot.addWidget(own.window)
    own.window.show()
    assert own.window.windowTitle() == ""
    own.close()
