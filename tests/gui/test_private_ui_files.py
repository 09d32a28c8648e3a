"""The window's settings file and the compiled translations are the user's alone (0600/0700),
as every file and folder finapp creates, also where an older finapp left them open."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from finapp.gui import i18n
from finapp.gui.resources import resource_dir
from finapp.gui.ui_state import UiState


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops start with (0022): files are 0644 unless finapp says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.mark.parametrize("older", [False, True], ids=["new", "left open by an older finapp"])
def test_the_window_settings_file_and_its_folder_are_private(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, older: bool
) -> None:
    monkeypatch.delenv("FINAPP_UI_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "config" / "finapp"
    if older:
        folder.mkdir(parents=True, mode=0o755)
        (folder / "ui.ini").write_text("[ui]\nlanguage=en\n")
        (folder / "ui.ini").chmod(0o644)
    state = UiState()
    state.language = "zh_CN"
    state.last_page = "budgets"
    state.sync()
    assert state.path == folder / "ui.ini"
    assert (_mode(folder), _mode(state.path)) == (0o700, 0o600)
    assert UiState().language == "zh_CN"


def test_a_compiled_translation_and_its_cache_folder_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "i18n"
    sources.mkdir()
    shutil.copy(resource_dir("i18n") / "finapp_zh_CN.ts", sources)  # no shipped .qm beside it
    monkeypatch.setattr(i18n, "resource_dir", lambda *_parts: sources)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "finapp"
    cache.mkdir(parents=True, mode=0o755)  # as an older finapp made it
    compiled = i18n.compiled_translation("zh_CN")
    assert compiled == cache / "finapp_zh_CN.qm" and compiled.stat().st_size > 0
    assert (_mode(cache), _mode(compiled)) == (0o700, 0o600)
