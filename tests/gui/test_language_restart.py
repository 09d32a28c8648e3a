"""A language chosen in Settings applies at start: Settings offers to restart finapp now, and
the app then starts itself again on the same store once it has quit."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui import restart
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from tests.gui.answering import opened

QUESTION = "restart-question"


@pytest.fixture
def started(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, list[str]]]]:  # type: ignore[no-untyped-def]
    """The processes the app would start, recorded instead of started; no request left over
    for a later test's run of the app."""
    calls: list[tuple[str, list[str]]] = []

    def start(program: str, args: list[str]) -> tuple[bool, int]:
        calls.append((program, list(args)))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start)
    yield calls
    qapp.setProperty(restart._ASKED, False)


def _page(qtbot, household_ctx, tmp_path: Path, quits: list[bool]) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    page.options.quit_app = lambda: quits.append(True)
    qtbot.addWidget(page)
    page.show()
    return page


def _choose(qtbot, page: SettingsPage, code: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    combo = page.options.language
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())  # as a click on the item sends both
    return opened(page, QMessageBox, QUESTION)


def _click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_restart_now_quits_and_starts_finapp_again_on_the_same_store(  # type: ignore[no-untyped-def]
    qtbot, qapp, household_ctx, tmp_path: Path, started
) -> None:
    quits: list[bool] = []
    page = _page(qtbot, household_ctx, tmp_path, quits)
    box = _choose(qtbot, page, "zh_CN")
    assert box.text() == "Restart finapp now to show it in 简体中文?"
    assert len(page.findChildren(QMessageBox, QUESTION)) == 1  # asked once
    _click(qtbot, box, "&Restart now")
    assert quits == [True] and UiState(tmp_path / "ui.ini").language == "zh_CN"

    data_dir = household_ctx.data_dir
    assert restart.restart_if_asked(qapp, data_dir, demo=False)  # what app.main does last
    assert started == [(sys.executable, ["-m", "finapp", "--data-dir", str(data_dir)])]
    assert not restart.restart_if_asked(qapp, data_dir, demo=False)  # once


def test_later_keeps_the_choice_for_the_next_start_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, qapp, household_ctx, tmp_path: Path, started
) -> None:
    quits: list[bool] = []
    page = _page(qtbot, household_ctx, tmp_path, quits)
    _click(qtbot, _choose(qtbot, page, "zh_CN"), "&Later")
    assert quits == [] and UiState(tmp_path / "ui.ini").language == "zh_CN"
    assert page.options.note.text() == "The new language is used from the next start."
    assert not restart.restart_if_asked(qapp, household_ctx.data_dir, demo=False)
    assert started == []


def test_the_bundle_restarts_itself_and_the_demo_stays_the_demo() -> None:
    assert restart.restart_command(
        Path("/home/ann/.local/share/finapp"), True, frozen=True, executable="/opt/finapp/finapp"
    ) == ("/opt/finapp/finapp", ["--data-dir", "/home/ann/.local/share/finapp", "--demo"])
