"""The Language setting shows the language on screen, also when ``--lang`` chose it."""

from __future__ import annotations

from pathlib import Path

from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from tests.gui.chinese import speaking


def _settings(ctx, tmp_path: Path, saved: str, qtbot) -> SettingsPage:  # type: ignore[no-untyped-def]
    ui = UiState(tmp_path / "ui.ini")
    ui.language = saved
    ui.sync()
    page = SettingsPage(ctx, ui_state=UiState(tmp_path / "ui.ini"))
    page.data.quit_app = lambda: None
    qtbot.addWidget(page)
    return page


def test_a_language_chosen_with_lang_is_shown_and_can_be_kept(
    qapp, qtbot, household_ctx, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with speaking(qapp, "zh_CN"):  # as `finapp-gui --lang zh_CN` does
        page = _settings(household_ctx, tmp_path, "en", qtbot)
        options = page.options
        assert options.language.currentText() == "简体中文"
        assert "--lang" in options.note.text() and "简体中文" in options.note.text()
        assert UiState(tmp_path / "ui.ini").language == "en"  # nothing saved by showing it
        options.language.activated.emit(options.language.currentIndex())  # picked again
        assert UiState(tmp_path / "ui.ini").language == "zh_CN"


def test_the_saved_choice_is_shown_when_it_is_in_use(
    qapp, qtbot, household_ctx, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with speaking(qapp, "en"):
        page = _settings(household_ctx, tmp_path, "en", qtbot)
        options = page.options
        assert options.language.currentText() == "English"
        assert options.note.text() == ""
        system = options.language.itemText(0)
        assert system.startswith("Same as the system (") and system.endswith(")")
