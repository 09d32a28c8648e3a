"""Year in review tells every subscription that ended in the year, as the annual review does: a
New York couple with a Chinese wallet opens File → Year in review… on 6 December 2026. Disney+
cancelled in June saves its year; Peloton, cancelled on 27 October yet charged on 2 November and
2 December, saves nothing yet and says so with its charges; Audible, Hulu and 腾讯视频, which
stopped charging without being marked cancelled, are told apart as what the statements show.
The saved page and CSV carry them too."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review import YearReviewDialog
from tests.conftest import MadeStore
from tests.gui.answering import choose, opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.test_annual_review_stopped import TODAY, household

PELOTON = (
    "Cancelled Peloton on Oct 27, 2026, but charged again since: $12.99 on Nov 2, 2026, "
    "$12.99 on Dec 2, 2026 (saves nothing yet)"
)
STOPPED = [
    "Stopped charging: Audible, last $14.95 on Mar 11, 2026 (not marked cancelled; "
    "$179.40 a year no longer paid)",
    "Stopped charging: Hulu, last $7.99 on Oct 13, 2026 (not marked cancelled; "
    "$95.88 a year no longer paid)",
    "Stopped charging: 腾讯视频, last CN¥20.00 on Oct 14, 2026 (not marked cancelled; "
    "CN¥240.00 a year no longer paid)",
]
NOTE = (
    "“Stopped charging” is what your statements show, not a cancellation you marked: "
    "if you cancelled one, mark it cancelled on the Subscriptions page."
)


@pytest.fixture
def dialog(qtbot, us_locale, made_store: MadeStore, data_dir) -> YearReviewDialog:  # type: ignore[no-untyped-def]
    store = made_store("a couple whose subscriptions ended in 2026", household)
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), data_dir)
    shown = YearReviewDialog(ctx, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.review is not None)
    return shown


def subscription_tab(qtbot, dialog: YearReviewDialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The Subscriptions tab's lines, the tab chosen with Ctrl+Tab as a keyboard user does."""
    dialog.tabs.setFocus()
    while dialog.tabs.currentWidget() is not dialog.subscriptions:
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return dialog.subscriptions.toPlainText().splitlines()


def test_the_year_tells_what_ended_and_who_ended_it(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.year.currentText() == "2026"
    lines = subscription_tab(qtbot, dialog)
    assert "Cancelled Disney+ on Jun 20, 2026 (saves $131.88 a year)" in lines
    assert PELOTON in lines
    assert not any(line.startswith("Cancelled Peloton") and "saves $" in line for line in lines)
    assert [line for line in lines if line.startswith("Stopped charging")] == STOPPED
    assert lines[-1] == NOTE
    assert "Dropbox" not in "\n".join(lines)  # its card's statements end in August

    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Down)  # 2025
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.year == 2025)
    lines = dialog.subscriptions.toPlainText().splitlines()
    assert (
        "Stopped charging: Spotify, last $11.99 on Aug 14, 2025 (not marked cancelled; "
        "$143.88 a year no longer paid)"
    ) in lines
    assert "No subscription started or was cancelled, and no price rose." not in lines


def save(qtbot, dialog: YearReviewDialog, kind: str, target: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_buttons[kind], Qt.MouseButton.LeftButton)
    chooser = opened(dialog, QFileDialog, f"year-review-{kind}-file")
    with qtbot.waitSignal(dialog.ctx.bus.message) as told:
        choose(qtbot, chooser, target)
    assert told.args[0] == "info", told.args


def test_the_saved_page_and_table_carry_them(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "year 2026.html"
    save(qtbot, dialog, "html", page)
    text = page.read_text(encoding="utf-8")
    assert PELOTON in text and all(line in text for line in STOPPED)
    assert "what your statements show" in text

    table = tmp_path / "year 2026.csv"
    save(qtbot, dialog, "csv", table)
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    again = [r for r in rows if r["section"] == "charged_after_cancelling"]
    assert [(r["name"], r["date"], r["amount"], r["currency"]) for r in again] == [
        ("Peloton", "2026-11-02", "12.99", "USD"),
        ("Peloton", "2026-12-02", "12.99", "USD"),
    ]
    assert {r["note"] for r in again} == {"cancelled on 2026-10-27; saves nothing yet"}
    cancelled = [r["name"] for r in rows if r["section"] == "subscription_cancelled"]
    assert cancelled == ["Disney+"]
    stopped = [r for r in rows if r["section"] == "subscription_stopped"]
    assert [(r["name"], r["date"], r["amount"], r["currency"]) for r in stopped] == [
        ("Audible", "2026-03-11", "179.40", "USD"),
        ("Hulu", "2026-10-13", "95.88", "USD"),
        ("腾讯视频", "2026-10-14", "240.00", "CNY"),
    ]
