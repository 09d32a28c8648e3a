"""Closing the window with a tray: asked once whether finapp stays there, then as answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from tests.gui.answering import escape, opened
from tests.gui.page_fixtures import inline_ctx
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray

QUESTION = "close-to-tray-question"


def _asking(window) -> bool:  # type: ignore[no-untyped-def]
    return any(b.isVisible() for b in window.findChildren(QMessageBox, QUESTION))


def _click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_first_close_asks_once_and_keep_in_tray_is_remembered(
    store, tmp_path: Path, qtbot, monkeypatch
):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.close()
    box = opened(window, QMessageBox, QUESTION)
    assert box.text() == "Keep finapp running in the tray to remind you of renewals?"
    assert window.isVisible()  # the question is asked over the window, which waits
    escape(qtbot, box)  # no answer: the window stays, and the question comes back
    assert window.isVisible() and not UiState(tmp_path / "ui.ini").close_to_tray_asked
    window.close()
    with qtbot.assertNotEmitted(window.closed):
        _click(qtbot, opened(window, QMessageBox, QUESTION), "&Keep in tray")
    assert not window.isVisible()
    assert [t for t, _text, _sev in shell.tray.shown] == ["finapp is still running"]
    saved = UiState(tmp_path / "ui.ini")
    assert saved.close_to_tray and saved.close_to_tray_asked

    shell.tray.open_requested.emit()  # back from the tray
    window.close()  # asked once: now it simply goes to the tray
    assert not window.isVisible() and not _asking(window)
    shell.close()


def test_answering_quit_quits_and_closes_without_asking_next_time(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path, tray=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.close()
    with qtbot.waitSignal(window.closed):  # the app quits
        _click(qtbot, opened(window, QMessageBox, QUESTION), "&Quit")
    assert not UiState(tmp_path / "ui.ini").close_to_tray
    shell.close()

    again = make_shell(store, tmp_path, tray=True)
    qtbot.addWidget(again.window)
    again.window.show()
    with qtbot.waitSignal(again.window.closed):  # no question: the answer was Quit
        again.window.close()
    again.close()


def test_choosing_in_settings_counts_as_the_answer(store, tmp_path: Path, qtbot):
    UiState(tmp_path / "ui.ini").close_to_tray = True  # Settings' checkbox, before any close
    shell = make_shell(store, tmp_path, tray=True)
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.close()
    assert not shell.window.isVisible() and not _asking(shell.window)
    shell.close()


def test_without_a_tray_closing_quits_and_asks_nothing(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path, tray=False)
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.window.closed):
        shell.window.close()
    assert not _asking(shell.window)
    shell.close()


def test_quit_ends_finapp_without_asking_even_when_it_keeps_to_the_tray(
    store, tmp_path: Path, qtbot
):
    shell = make_shell(store, tmp_path, tray=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.quit_action.trigger()  # Ctrl+Q, File → Quit, the tray's Quit
    # Qt quits by closing every window first (and gives up if one refuses); it does so only
    # from a running application loop, which a test must not end: close as Qt then does
    assert window.close()
    assert not window.isVisible() and not _asking(window)
    shell.close()


def test_settings_shows_the_choice_unmade_until_the_question_is_answered(
    store, tmp_path: Path, qtbot, data_dir: Path
):
    def settings_box() -> bool:
        page = SettingsPage(inline_ctx(store, data_dir), ui_state=UiState(tmp_path / "ui.ini"))
        qtbot.addWidget(page)
        return page.options.close_to_tray.isChecked()

    assert not settings_box()  # nobody has chosen yet: not ticked on the user's behalf
    shell = make_shell(store, tmp_path, tray=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.close()  # still asked: an unticked box is "not chosen", not "quit"
    _click(qtbot, opened(window, QMessageBox, QUESTION), "&Keep in tray")
    assert settings_box()  # the answer, as given
    shell.close()
