"""First run: an empty store offers import or a demo household kept apart and marked as demo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from finapp.gui.dialogs.first_run import DemoProgressDialog, FirstRunDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.wait import WaitWindow
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.services.annotations import set_note
from finapp.services.demo import demo_dir_for, open_demo_store
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.status import store_is_empty
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import transaction_count


def test_first_run_dialog_offers_import_and_demo(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == "Import statements"
    assert dialog.demo_button.text() == "Explore with demo data"
    # a household paying by Alipay or keeping an Excel download is told its files are read
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Excel" in said and "Alipay and WeChat Pay" in said
    dialog.demo_button.click()
    assert dialog.choice == FirstRunDialog.DEMO and dialog.result() == 1


def test_only_an_empty_store_counts_as_a_first_run(store, statements) -> None:
    assert store_is_empty(store)
    import_files(store, [statements.checking])
    assert not store_is_empty(store)


def test_demo_household_lives_in_its_own_encrypted_data_dir(
    keyring_data_dir: Path, memory_keyring
) -> None:
    data_dir = keyring_data_dir
    store = open_store(data_dir)
    demo_dir = demo_dir_for(data_dir)
    assert demo_dir.parent == data_dir.parent and demo_dir != data_dir
    demo = open_demo_store(demo_dir)
    try:
        assert transaction_count(demo) > 500  # months of a household's spending
        assert len(list_subscriptions(demo)) >= 5  # its recurring charges, there to explore
        assert transaction_count(store) == 0  # the user's own store is untouched
        assert (demo_dir / "finapp.db").read_bytes()[:16] != b"SQLite format 3\x00"
        assert demo.key.raw != store.key.raw  # a key of its own, never the user's
    finally:
        demo.close()
        store.close()
    assert len(memory_keyring.entries) == 2  # the user's key and the demo's, each its own entry
    again = open_demo_store(demo_dir)  # a later visit reuses it
    assert transaction_count(again) > 500
    again.close()


def _launcher(qapp, data_dir: Path, tmp_path: Path) -> Launcher:  # type: ignore[no-untyped-def]
    return Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))


def _on_next_modal(act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog a person answers once it is on screen (``exec``
    blocks the test); returns the list the dialog is appended to. A window saying finapp is
    busy ("Opening your data…", up when opening the store takes a busy machine over 0.4 s)
    asks nothing: the person waits it out, as the look does."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if (
            not isinstance(dialog, QDialog)
            or isinstance(dialog, WaitWindow)
            or not dialog.isVisible()
        ):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def _click(button) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _dashboard_shown(launcher: Launcher, *, demo: bool) -> bool:
    """The launcher's window is up on the Dashboard with its numbers filled in, and nothing
    more is loading (a window closed mid-load is the shell's concern, not these tests')."""
    shell = launcher.shell
    if shell is None or shell.ctx.is_demo != demo or not shell.window.isVisible():
        return False
    if shell.ctx.tasks.busy:
        return False
    page = shell.window.built_pages().get("dashboard")
    return (
        shell.window.current_page_name() == "dashboard"
        and page is not None
        and page.spent.value.text() != "—"
    )


def _progress_windows() -> list[DemoProgressDialog]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, DemoProgressDialog) and w.isVisible()
    ]  # fmt: skip


def _explore_demo(  # type: ignore[no-untyped-def]
    launcher: Launcher, qtbot, passphrase: str | None = PASSPHRASE
) -> tuple[set[str], int, int]:
    """Click "Explore with demo data" on the real first-run dialog (the user's store opened with
    ``passphrase``, None: from the keyring) and wait for the demo's dashboard; returns the
    progress windows' titles, how often a 10 ms timer ticked while one was on screen, and the
    furthest step its bar showed."""
    titles: set[str] = set()
    ticks = [0]
    steps = [0]

    def tick() -> None:
        for window in _progress_windows():
            titles.add(window.windowTitle())
            ticks[0] += 1
            steps[0] = max(steps[0], window.bar.value())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    seen = _on_next_modal(lambda dialog: _click(dialog.demo_button))
    assert launcher.start(passphrase=passphrase)
    assert [type(d) for d in seen] == [FirstRunDialog]
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=True), timeout=60_000)
    timer.stop()
    assert not _progress_windows()  # gone once the demo window is up
    return titles, ticks[0], steps[0]


def test_exploring_the_demo_shows_progress_while_the_ui_stays_responsive(
    data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    titles, ticks, steps = _explore_demo(launcher, qtbot)
    assert titles == {"Preparing the demo household…"}
    assert ticks >= 3  # the UI thread kept running timers while the demo was built
    assert steps >= 2  # the bar followed the statements being imported
    shell = launcher.shell
    assert shell is not None and shell.ctx.data_dir == demo_dir_for(data_dir)
    assert "demo" in shell.window.windowTitle().lower()
    assert shell.window.demo_strip.isVisible()
    launcher.close()


def test_a_demo_of_one_run_goes_when_finapp_quits(
    data_dir: Path, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a keyring the demo's key lasts this run, as its strip says: quitting takes its
    encrypted folder too, leaving nothing beside the user's store that nothing could open."""
    monkeypatch.delenv("FINAPP_PASSPHRASE")  # no keyring, no passphrase in the environment
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    _explore_demo(launcher, qtbot)
    assert demo_dir_for(data_dir).is_dir()

    launcher.close()

    assert not demo_dir_for(data_dir).exists() and data_dir.is_dir()


def test_a_demo_the_keyring_keeps_stays_for_the_next_visit(
    keyring_data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(keyring_data_dir).close()
    launcher = _launcher(qapp, keyring_data_dir, tmp_path)
    _explore_demo(launcher, qtbot, passphrase=None)

    launcher.close()

    assert demo_dir_for(keyring_data_dir).is_dir()


def test_leaving_the_demo_with_an_empty_store_offers_the_first_run_choice_again(
    data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    _explore_demo(launcher, qtbot)
    demo = launcher.shell
    assert demo is not None

    seen = _on_next_modal(lambda dialog: dialog.reject())  # look, then close it: import later
    _click(demo.window.demo_strip.action_button)  # "Leave demo"
    assert [type(d) for d in seen] == [FirstRunDialog]
    home = launcher.shell
    assert home is not None and home is not demo and not home.ctx.is_demo
    qtbot.addWidget(home.window)
    assert home.ctx.data_dir == data_dir
    assert "demo" not in home.window.windowTitle().lower()
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=False), timeout=30_000)
    launcher.close()


def _note_in_demo(launcher: Launcher, text: str) -> int:
    """Write ``text`` as a note on the demo's first line, as the Transactions page does."""
    assert launcher.shell is not None and launcher.shell.ctx.is_demo
    store = launcher.shell.ctx.store
    line = list_transactions(store)[0]
    set_note(store, [line.id], text)
    return line.id


def _demo_notes(launcher: Launcher) -> list[str]:
    assert launcher.shell is not None and launcher.shell.ctx.is_demo
    return [t.note for t in list_transactions(launcher.shell.ctx.store) if t.note]


def test_the_first_run_demo_and_finapp_gui_demo_open_the_same_demo(  # type: ignore[no-untyped-def]
    keyring_data_dir: Path, memory_keyring, tmp_path: Path, qapp, qtbot
) -> None:
    data_dir = keyring_data_dir
    own = open_store(data_dir)  # the user's store, its key in the keyring
    own_key = own.key
    own.close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    _explore_demo(launcher, qtbot, passphrase=None)
    _note_in_demo(launcher, "my own note")
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.raw != own_key.raw  # the demo's own key
    strip = launcher.shell.window.demo_strip.label.text()
    assert "kept for your next visit" in strip
    launcher.close()

    again = _launcher(qapp, data_dir, tmp_path)  # the next start: finapp-gui --demo
    assert again.start(demo=True)
    qtbot.waitUntil(lambda: _dashboard_shown(again, demo=True), timeout=60_000)
    assert again.shell is not None
    strip = again.shell.window.demo_strip.label.text()
    assert "could not be opened" not in strip and "kept for your next visit" in strip
    assert "my own note" in _demo_notes(again)
    again.close()

    third = _launcher(qapp, data_dir, tmp_path)  # and from the first-run screen once more
    _explore_demo(third, qtbot, passphrase=None)
    assert "my own note" in _demo_notes(third)
    third.close()


def test_without_a_keyring_the_demo_keeps_to_this_run_and_never_takes_the_passphrase(  # type: ignore[no-untyped-def]
    data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    _explore_demo(launcher, qtbot)
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.source == "raw"  # a random key, not the passphrase
    assert "lasts until you quit finapp" in launcher.shell.window.demo_strip.label.text()
    _note_in_demo(launcher, "my own note")
    demo = launcher.shell

    seen = _on_next_modal(lambda dialog: _click(dialog.demo_button))  # back in, same run
    _click(demo.window.demo_strip.action_button)  # "Leave demo"
    assert [type(d) for d in seen] == [FirstRunDialog]
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=True), timeout=60_000)
    assert launcher.shell is not demo
    assert "could not be opened" not in launcher.shell.window.demo_strip.label.text()
    assert "my own note" in _demo_notes(launcher)
    launcher.close()


def test_leaving_the_demo_with_data_opens_the_dashboard_of_the_own_store(
    data_dir: Path, statements, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_store(data_dir, passphrase=PASSPHRASE)
    import_files(opened, [statements.checking])
    opened.close()
    ui_state = UiState(tmp_path / "ui.ini")
    ui_state.last_page = "settings"
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("first run shown"))
    launcher = Launcher(qapp, data_dir, ui_state)
    assert launcher.start(demo=True, passphrase=PASSPHRASE)  # finapp-gui --demo
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=True), timeout=60_000)
    demo = launcher.shell
    assert demo is not None
    demo.window.show_page("accounts")  # Ctrl+digit or the sidebar: wandering in the demo
    assert demo.window.current_page_name() == "accounts"
    assert ui_state.last_page == "settings"  # the demo's page is not the user's

    _click(demo.window.demo_strip.action_button)  # "Leave demo"
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=False), timeout=30_000)
    home = launcher.shell
    assert home is not None and home.ctx.data_dir == data_dir
    qtbot.addWidget(home.window)
    launcher.close()


def test_a_store_with_data_skips_the_first_run_screen(
    data_dir: Path, statements, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_store(data_dir, passphrase=PASSPHRASE)
    import_files(opened, [statements.checking])
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
    data_dir: Path, statements, tmp_path: Path, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("first run shown"))
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start(files=[statements.checking], passphrase=PASSPHRASE)
    assert launcher.shell is not None
    with qtbot.waitSignal(launcher.shell.imports.finished, timeout=20_000):
        pass  # the import runs on the worker thread
    assert transaction_count(launcher.shell.ctx.store) == 3
    summary = launcher.shell.window.findChild(ImportSummaryDialog)
    assert summary.isVisible()
    assert summary.headline.text() == (
        "From 1 file(s): 3 new transaction(s), 0 duplicate(s) skipped."
    )
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Close is the default button
    qtbot.waitUntil(lambda: not summary.isVisible())
    assert transaction_count(launcher.shell.ctx.store) == 3
    launcher.close()


def test_a_statement_handed_over_while_the_first_run_question_is_open_is_imported(
    data_dir: Path, statements, tmp_path: Path, qapp, qtbot
) -> None:
    """The welcome screen is up; the user opens a statement with finapp from the file manager
    (a second launch hands it over). That is the question's answer: the welcome screen closes,
    the window opens and the statement is imported, never dropped."""
    launcher = _launcher(qapp, data_dir, tmp_path)

    def hand_over(dialog: QDialog) -> None:
        launcher.open_files([statements.checking])
        QTimer.singleShot(10_000, dialog.reject)  # had the files been dropped: the user leaves

    seen = _on_next_modal(hand_over)
    assert launcher.start(passphrase=PASSPHRASE)
    assert [type(d) for d in seen] == [FirstRunDialog]
    assert launcher.shell is not None and not launcher.shell.ctx.is_demo
    window = launcher.shell.window

    def summary_shown() -> bool:
        summary = window.findChild(ImportSummaryDialog)
        return summary is not None and summary.isVisible()

    qtbot.waitUntil(summary_shown, timeout=20_000)
    assert transaction_count(launcher.shell.ctx.store) == 3
    qtbot.keyClick(window.findChild(ImportSummaryDialog), Qt.Key.Key_Return)
    launcher.close()


def test_escape_on_the_welcome_screen_leaves_the_demo_in_the_help_menu(
    data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    """Escape closes the welcome screen as its ✕ does (an empty window, asked again at the
    next start); the demo it offered stays one menu item away, not a restart away."""
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path)
    seen = _on_next_modal(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    assert launcher.start(passphrase=PASSPHRASE)
    assert [type(d) for d in seen] == [FirstRunDialog]
    home = launcher.shell
    assert home is not None and not home.ctx.is_demo
    demo_item = home.window.findChild(QAction, "help-explore-demo")
    assert demo_item is not None and demo_item.text() == "Explore the &demo household…"
    assert demo_item in home.window.help_menu.menu.actions()
    demo_item.trigger()
    qtbot.waitUntil(lambda: _dashboard_shown(launcher, demo=True), timeout=60_000)
    demo = launcher.shell
    assert demo is not None and demo is not home
    assert demo.window.findChild(QAction, "help-explore-demo") is None  # in it already
    launcher.close()
