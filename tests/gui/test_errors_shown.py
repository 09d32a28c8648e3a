"""A refusal reaches the user in their language; a bug opens the crash dialog and is logged
with its traceback, and neither ever puts the exception's own text on screen."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from finapp.errors import StorageError
from finapp.gui.pages import dashboard, settings
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.ui_state import UiState
from finapp.log import LOG_DIR, LOG_ENV, LOG_FILE, configure_logging
from finapp.services import calendar_export
from finapp.services import subscriptions as service
from tests.gui.answering import choose, opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.page_fixtures import TODAY

#: what a bug's message may quote: a payee, a card number, an amount
PAYEE = "NETFLIX.COM card 4111111111111111 -15.49"
FULL_DISK = OSError(errno.ENOSPC, "No space left on device", "/home/ann/finapp/finapp.db")


@pytest.fixture
def messages(household_ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What reached the window's banner."""
    said: list[tuple[str, str]] = []
    household_ctx.bus.message.connect(lambda level, text: said.append((level, text)))
    # a page's refusal: a warning over that page
    household_ctx.bus.refused.connect(lambda _page, text: said.append(("warning", text)))
    return said


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's own log file (``FINAPP_LOG=info``), with the handlers the app installs."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    monkeypatch.setenv(LOG_ENV, "info")
    configure_logging(tmp_path / "logs-home")
    yield tmp_path / "logs-home" / LOG_DIR / LOG_FILE
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _crash_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crash-dialog" and w.isVisible()
    ]


def _on_screen(widget: QWidget) -> str:
    """Every text a widget and its children show."""
    shown = [getattr(w, "text", lambda: "")() for w in [widget, *widget.findChildren(QWidget)]]
    return "\n".join(t for t in shown if isinstance(t, str))


def _bug(*_args: object) -> None:
    payee = PAYEE
    raise RuntimeError(payee)


def _full_disk(*_args: object) -> None:
    raise StorageError.from_os_error(FULL_DISK, "nothing was saved")


def _settings_page(qtbot, ctx, tmp_path: Path) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.show()
    return page


def _save_reminders(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    """Type new reminder days and press Return (settings apply as they are changed)."""
    spin = page.options.edits["reminder_offsets"].spins[0]  # the first reminder, 30 days
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "14")
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_a_refusal_from_a_service_is_worded_and_is_no_crash(
    qtbot, household_ctx, messages, log_file: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(settings, "set_setting", _full_disk)
    page = _settings_page(qtbot, household_ctx, tmp_path)
    _save_reminders(qtbot, page)
    said = "the disk is full (writing /home/ann/finapp/finapp.db); nothing was saved"
    assert page.options.note.text() == said
    assert messages == [("warning", said)]
    assert not _crash_dialogs()
    assert "unexpected error" not in (log_file.read_text() if log_file.exists() else "")


@pytest.mark.usefixtures("chinese")
def test_a_refusal_is_said_in_chinese(
    qtbot, household_ctx, messages, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(settings, "set_setting", _full_disk)
    page = _settings_page(qtbot, household_ctx, tmp_path)
    _save_reminders(qtbot, page)
    # the sentence from the table in Chinese; the part the table does not know stays English
    assert page.options.note.text() == (
        "磁盘已满（写入 /home/ann/finapp/finapp.db 时）；nothing was saved"
    )
    assert messages == [("warning", page.options.note.text())]
    assert not _crash_dialogs()


def test_a_bug_in_a_service_opens_the_crash_dialog_and_logs_its_traceback(
    qtbot, household_ctx, messages, log_file: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(settings, "set_setting", _bug)
    page = _settings_page(qtbot, household_ctx, tmp_path)
    _save_reminders(qtbot, page)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    (box,) = _crash_dialogs()
    logged = log_file.read_text()
    assert (
        "builtins.RuntimeError" in logged
        and "in _bug" in logged
        and "raise RuntimeError(payee)" in logged
    )
    for shown in (logged, _on_screen(page), _on_screen(box), box.detailedText(), str(messages)):
        assert "NETFLIX" not in shown and "4111" not in shown and "15.49" not in shown
    assert messages == [], "a bug is not dressed up as a message for the user"
    assert page.options.edits["reminder_offsets"].text() == "30,7,1", "the form shows what is kept"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _crash_dialogs())


def test_a_dashboard_that_fails_to_load_opens_the_crash_dialog_not_a_banner(
    qtbot, household_ctx, messages, monkeypatch
) -> None:
    monkeypatch.setattr(dashboard, "load_dashboard", _bug)
    page = DashboardPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1)
    (box,) = _crash_dialogs()
    assert "RuntimeError" in box.detailedText() and "NETFLIX" not in box.detailedText()
    assert messages == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _crash_dialogs())


def test_a_calendar_file_the_disk_refuses_is_named_not_quoted_from_the_system(
    qtbot, household_ctx, messages, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "renewals.ics"

    def full(path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(calendar_export, "write_calendar", full)
    service.detect_subscriptions(household_ctx.store, TODAY)
    page = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.buttons["keep"], Qt.MouseButton.LeftButton)
    choose(qtbot, opened(page, QFileDialog, "keep-calendar"), target)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [("warning", f"the disk is full (writing {target})")]
    assert not _crash_dialogs()
    assert page.buttons["keep"].text() == "Keep a calendar file up to date…"
