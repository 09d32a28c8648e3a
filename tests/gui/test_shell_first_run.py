"""First run: an empty store offers import or a demo household kept apart and marked as demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.services.demo import demo_dir_for, open_demo_store
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.status import store_is_empty
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import CHECKING, transaction_count


def test_first_run_dialog_offers_import_and_demo(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == "Import statements"
    assert dialog.demo_button.text() == "Explore with demo data"
    dialog.demo_button.click()
    assert dialog.choice == FirstRunDialog.DEMO and dialog.result() == 1


def test_only_an_empty_store_counts_as_a_first_run(store, corpus) -> None:
    assert store_is_empty(store)
    import_files(store, [corpus / CHECKING])
    assert not store_is_empty(store)


def test_demo_household_lives_in_its_own_encrypted_data_dir(data_dir: Path, store) -> None:
    demo_dir = demo_dir_for(data_dir)
    assert demo_dir.parent == data_dir.parent and demo_dir != data_dir
    demo = open_demo_store(demo_dir, store.key)
    try:
        assert transaction_count(demo) > 500  # months of a household's spending
        assert transaction_count(store) == 0  # the user's own store is untouched
        assert (demo_dir / "finapp.db").read_bytes()[:16] != b"SQLite format 3\x00"
    finally:
        demo.close()
    again = open_demo_store(demo_dir, store.key)  # a later visit reuses it
    assert transaction_count(again) > 500
    again.close()


def _launcher(qapp, data_dir: Path, tmp_path: Path) -> Launcher:  # type: ignore[no-untyped-def]
    return Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))


def test_choosing_demo_opens_a_marked_demo_window_and_leaving_returns_home(
    data_dir: Path, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()

    def choose_demo(self: FirstRunDialog) -> int:
        self.demo_button.click()
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", choose_demo)
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start(passphrase=PASSPHRASE)
    shell = launcher.shell
    assert shell is not None and shell.ctx.is_demo
    qtbot.addWidget(shell.window)
    assert shell.ctx.data_dir == demo_dir_for(data_dir)
    assert "demo" in shell.window.windowTitle().lower()
    assert shell.window.demo_strip.isVisible()

    shell.window.demo_strip.action_button.click()  # "Leave demo"
    home = launcher.shell
    assert home is not None and home is not shell and not home.ctx.is_demo
    qtbot.addWidget(home.window)
    assert home.ctx.data_dir == data_dir
    assert "demo" not in home.window.windowTitle().lower()
    launcher.close()


def test_a_store_with_data_skips_the_first_run_screen(
    data_dir: Path, corpus, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_store(data_dir, passphrase=PASSPHRASE)
    import_files(opened, [corpus / CHECKING])
    opened.close()
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("first run shown"))
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start(passphrase=PASSPHRASE)
    assert launcher.shell is not None and not launcher.shell.ctx.is_demo
    qtbot.addWidget(launcher.shell.window)
    launcher.close()


def test_choosing_import_opens_the_file_chooser(
    data_dir: Path, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: self.import_button.click())
    chooser = []
    monkeypatch.setattr(
        "finapp.gui.import_flow.ImportFlow.choose_files", lambda flow: chooser.append(flow)
    )
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start(passphrase=PASSPHRASE)
    assert launcher.shell is not None and not launcher.shell.ctx.is_demo
    assert chooser == [launcher.shell.imports]
    launcher.close()


def test_files_on_the_command_line_skip_the_first_run_screen_and_import(
    data_dir: Path, corpus, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("first run shown"))
    summaries = []
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: summaries.append(dialog))
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start(files=[corpus / CHECKING], passphrase=PASSPHRASE)
    assert launcher.shell is not None
    with qtbot.waitSignal(launcher.shell.imports.finished, timeout=20_000):
        pass  # the import runs on the worker thread
    assert transaction_count(launcher.shell.ctx.store) == 3
    assert [d.headline.text() for d in summaries] == [
        "From 1 file(s): 3 new transaction(s), 0 duplicate(s) skipped."
    ]
    launcher.close()
