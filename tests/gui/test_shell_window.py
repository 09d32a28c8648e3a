"""The main window: page sidebar and shortcuts, remembered state, banners, demo marker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence

from finapp.gui.pages.all import PAGES
from finapp.gui.ui_state import UiState
from tests.gui.chinese import speaking
from tests.gui.shell_support import make_shell


def test_sidebar_lists_every_page_and_ctrl_digits_switch_pages(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    assert window.sidebar.count() == len(PAGES)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [cls.display_title() for cls in PAGES]
    shortcuts = [a.shortcut().toString() for a in window.page_actions]
    assert len(set(shortcuts)) == len(shortcuts)  # one distinct shortcut per page
    for index, action in enumerate(window.page_actions):  # and Ctrl+<position> for every page
        assert QKeySequence(f"Ctrl+{index + 1}") in action.shortcuts()
    window.show()
    window.open_first_page()
    for index, cls in enumerate(PAGES):
        window.page_actions[index].trigger()
        assert window.current_page_name() == cls.NAME
        assert window.stack.currentWidget() is window.built_pages()[cls.NAME]
    shell.close()


def test_pages_are_built_only_when_first_shown(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    assert shell.window.built_pages() == {}  # painting the window loads no page data
    if PAGES:
        shell.window.open_first_page()
        assert list(shell.window.built_pages()) == [PAGES[0].NAME]
    shell.close()


def test_file_menu_has_import_undo_and_quit_with_shortcuts(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Import statements…",
        "Import into &account…",
        "&Undo last import",
        "&Back up now",
        "&Restore from a backup…",
        "&Export…",
        "&Check alerts now",
        "&Quit",
    ]
    assert window.import_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.import_into_action.shortcut() == QKeySequence("Ctrl+Shift+O")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert not window.undo_import_action.isEnabled()  # nothing imported yet
    shell.close()


def test_window_size_and_last_page_are_remembered(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.resize(780, 560)  # not the default size (offscreen screens are 800x600)
    chosen = (shell.window.width(), shell.window.height())
    assert chosen != (1180, 760)
    if PAGES:
        shell.window.show_page(PAGES[-1].NAME)
    shell.window.close()
    state = UiState(tmp_path / "ui.ini")
    assert state.geometry is not None
    if PAGES:
        assert state.last_page == PAGES[-1].NAME
    shell.close()

    again = make_shell(store, tmp_path)
    qtbot.addWidget(again.window)
    assert (again.window.width(), again.window.height()) == chosen
    if PAGES:
        again.window.open_first_page()
        assert again.window.current_page_name() == PAGES[-1].NAME
    again.close()


def test_warnings_go_to_the_banner_and_info_to_the_status_bar(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    shell.ctx.bus.message.emit("info", "Imported 3 new transactions.")
    assert window.statusBar().currentMessage() == "Imported 3 new transactions."
    assert not window.banner.isVisible()
    shell.ctx.bus.message.emit("error", "The store is busy.")
    assert window.banner.isVisible() and window.banner.label.text() == "The store is busy."
    window.banner.close_button.click()
    assert not window.banner.isVisible()
    shell.close()


def test_demo_store_is_marked_in_title_and_strip(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path, is_demo=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    assert "demo" in window.windowTitle().lower()
    assert window.demo_strip.isVisible()
    assert "demo household" in window.demo_strip.label.text()
    with qtbot.waitSignal(window.leave_demo_requested):
        qtbot.mouseClick(window.demo_strip.action_button, Qt.MouseButton.LeftButton)
    shell.close()

    real = make_shell(store, tmp_path)
    qtbot.addWidget(real.window)
    real.window.show()
    assert "demo" not in real.window.windowTitle().lower()
    assert not real.window.demo_strip.isVisible()
    real.close()


def test_closing_hides_to_tray_only_when_a_tray_exists(store, tmp_path: Path, qtbot):
    no_tray = make_shell(store, tmp_path, tray=False)
    no_tray.window.show()
    with qtbot.waitSignal(no_tray.window.closed):  # without a tray, closing quits
        no_tray.window.close()
    no_tray.close()
    with_tray = make_shell(store, tmp_path, tray=True)
    with_tray.ui_state.close_to_tray = True  # answered (the question: test_tray_close.py)
    with_tray.window.show()
    with qtbot.assertNotEmitted(with_tray.window.closed):
        with_tray.window.close()
    assert not with_tray.window.isVisible()
    with_tray.tray.open_requested.emit()  # tray click
    assert with_tray.window.isVisible()
    with_tray.ui_state.close_to_tray = False  # Settings: "keep in tray" turned off
    with qtbot.waitSignal(with_tray.window.closed):
        with_tray.window.close()
    with_tray.close()


def test_a_built_page_out_of_sight_follows_the_data(store, statements, tmp_path: Path, qtbot):
    from finapp.services.transactions import list_transactions

    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.open_first_page()
    window.show_page("transactions")
    page = window.built_pages()["transactions"]
    assert page.model.total_count() == 0
    window.show_page("dashboard")  # the transactions page is built, and now hidden
    shell.open_files([statements.checking])
    assert not page.isVisible()
    qtbot.waitUntil(lambda: page.model.total_count() == len(list_transactions(store)) > 0)
    shell.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_first_start_on_a_small_screen_fits_the_window_and_leave_demo_on_it(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot, qapp, language: str
) -> None:
    """A laptop's 1024×640 screen (offscreen's is narrower still): the window's first size fits
    its free area, so the demo strip's *Leave demo* and the window's right edge are on screen."""
    with speaking(qapp, language):
        shell = make_shell(store, tmp_path, is_demo=True)
        window = shell.window
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        free = window.screen().availableGeometry()
        assert free.width() < 1180 or free.height() < 760  # smaller than the window's default
        assert free.contains(window.frameGeometry())
        button = window.demo_strip.action_button
        assert button.isVisible() and button.text() in ("Leave demo", "退出演示")
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert free.contains(on_screen)
        shell.close()
