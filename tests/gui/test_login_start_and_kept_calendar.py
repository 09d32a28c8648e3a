"""Start at login from the first-run screen and Settings; a calendar file kept in step from the
Subscriptions page (issue 15, items 1 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.ui_state import UiState
from finapp.services import autostart
from finapp.services import subscriptions as service
from finapp.services.kept_calendar import kept_calendar_path
from tests.gui.answering import choose, opened
from tests.gui.page_fixtures import TODAY


@pytest.fixture
def login_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the desktop reads the login entry, in the test's own config folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    return tmp_path / "home" / ".config" / "autostart" / "finapp.desktop"


def _exec_line(entry: Path) -> str:
    return next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))


def test_first_run_offers_start_at_login_once_and_a_tick_writes_the_entry(
    qtbot, login_entry: Path, tmp_path: Path
) -> None:
    ui_state = UiState(tmp_path / "ui.ini")
    dialog = FirstRunDialog(ui_state=ui_state, data_dir=tmp_path / "money")
    qtbot.addWidget(dialog)
    box = dialog.start_at_login
    assert box is not None and box.text() == "Start finapp when I log in, to remind me of renewals"
    assert not box.isChecked(), "off until the user says yes"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog.import_button.click()
    assert dialog.choice == FirstRunDialog.IMPORT
    assert autostart.is_enabled()
    assert "--background" in _exec_line(login_entry)
    assert str(tmp_path / "money") in _exec_line(login_entry), "the store this window opened"

    again = FirstRunDialog(ui_state=ui_state)  # back from the demo, or a later empty start
    qtbot.addWidget(again)
    assert again.start_at_login is None, "asked once"


def test_first_run_left_unticked_writes_nothing_and_is_not_asked_again(
    qtbot, login_entry: Path, tmp_path: Path
) -> None:
    ui_state = UiState(tmp_path / "ui.ini")
    dialog = FirstRunDialog(ui_state=ui_state)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closed: an empty window, import later
    assert not login_entry.exists()
    later = FirstRunDialog(ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(later)
    assert later.start_at_login is None


def test_settings_box_writes_and_removes_the_entry_and_shows_what_is_there(
    qtbot, household_ctx, login_entry: Path, tmp_path: Path
) -> None:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    box = page.options.start_at_login
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert login_entry.exists() and box.isChecked()
    assert page.options.note.text() == "finapp will start in the tray when you log in."
    autostart.disable()  # e.g. `finapp autostart off`, or the desktop's own settings
    page.refresh()
    assert not box.isChecked(), "the box says what will happen at the next login"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not login_entry.exists()
    assert page.options.note.text() == "finapp will not start when you log in."
    first_run = FirstRunDialog(ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(first_run)
    assert first_run.start_at_login is None, "chosen in Settings: not asked again"


def _events(path: Path) -> dict[str, str]:
    return {
        str(e["UID"]): str(e["SUMMARY"])
        for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    }


def test_subscriptions_page_keeps_a_calendar_file_up_to_date_and_stops(
    qtbot, household_ctx, tmp_path: Path
) -> None:
    service.detect_subscriptions(household_ctx.store, TODAY)
    page = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    keep = page.buttons["keep"]
    assert keep.text() == "Keep a calendar file up to date…"
    target = tmp_path / "synced" / "renewals.ics"
    target.parent.mkdir()
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    chooser = opened(page, QFileDialog, "keep-calendar")
    with qtbot.waitSignal(household_ctx.bus.message) as blocker:
        choose(qtbot, chooser, target)
    assert blocker.args[0] == "info" and "rewrites it after every change" in blocker.args[1]
    netflix = next(p.view for p in page.model.rows() if p.view.name == "Netflix")
    assert f"subscription-{netflix.id}@finapp" in _events(target)
    assert keep.text() == "Stop updating renewals.ics"

    page.table.select(lambda p: p.view.name == "Netflix")
    qtbot.mouseClick(page.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert f"subscription-{netflix.id}@finapp" not in _events(target), "rewritten at once"

    with qtbot.waitSignal(household_ctx.bus.message) as blocker:
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert "no longer kept up to date" in blocker.args[1]
    assert kept_calendar_path(household_ctx.store) is None and target.exists()
    assert keep.text() == "Keep a calendar file up to date…"
