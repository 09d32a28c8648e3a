"""A Shanghai couple's first import, in Chinese: 19 files (two ICBC cards, 14 of 招商银行's
monthly card statements, Alipay, both WeChat Pay exports) into six accounts, with what the
history holds (a price rise, two large train fares) below them.

The summary is then three lists and a headline; on a 1280×800 laptop it opened 867 pixels tall,
Close and "Undo this import…" below the screen's edge. The history's text had been measured at
the width its box had before being laid out (a hundred pixels: its lines wrapped word by word),
so its list asked for most of the screen, and the room left was reckoned from sizes not laid out
again. Now the dialog keeps within the screen's free height, its buttons in view, and the
history's part is as tall as what it says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QGroupBox

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.window_geometry import FRAME_ALLOWANCE
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.probe_process import run_on_screen
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import write_all


def test_the_couples_first_import_summary_keeps_its_buttons_on_the_screen(  # type: ignore[no-untyped-def]
    store,
    tmp_path: Path,
    qtbot,
    chinese,  # noqa: F811
) -> None:
    exports = write_all(tmp_path / "exports")
    files = [path for owned in exports.values() for path in owned]
    shell = make_shell(store, tmp_path, opening_page="dashboard")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=120_000):
        shell.open_files(files)
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("导入完成")
    assert dialog.accounts is not None and dialog.accounts.topLevelItemCount() == 6
    assert dialog.findChild(QGroupBox, "import-history") is not None  # the history's part
    free = dialog.screen().availableGeometry()
    assert dialog.height() <= free.height(), (dialog.height(), free)
    for button in (dialog.close_button, dialog.undo_button):
        bottom = (
            button.mapToGlobal(QPoint(0, button.height())).y()
            - dialog.mapToGlobal(QPoint(0, 0)).y()
        )
        assert bottom <= dialog.height(), button.text()
    # the history's part is as tall as its lines (it had 275 pixels for 126 of text, a box of
    # blank lines while the files' list beside it scrolled), and each list keeps a few rows
    area = dialog.history_area
    assert area is not None
    found = area.widget()
    needs = found.heightForWidth(area.viewport().width()) + 2 * area.frameWidth()
    assert area.height() <= needs + 2 * found.fontMetrics().lineSpacing(), (area.height(), needs)
    assert dialog.tree.height() >= 96 and dialog.accounts.height() >= 96
    dialog.close()


def test_on_a_1024_by_700_screen_the_summary_keeps_its_buttons_in_both_languages(
    tmp_path: Path, translation_cache: Path
) -> None:
    """On a small laptop's 1024×700 screen (a screen of its own: the offscreen platform's
    configuration file, read when Qt starts, so in a process of its own), in English and in
    Chinese: the summary within the screen's free height less its title bar and frame, Close
    and "Undo this import…" inside it. (A window of 1024×700 on a taller test screen is not
    that screen: the summary was measured 736 pixels there, the 800-pixel screen's room.)"""
    shown = run_on_screen(
        "tests.gui.summary_screen_probe", tmp_path, translation_cache, (1024, 700)
    )
    assert [s["title"] for s in shown] == ["Import finished", "导入完成"]
    for summary in shown:
        assert summary["free"] == 700
        # its title bar and frame (FRAME_ALLOWANCE) fit above and around it
        assert summary["height"] + FRAME_ALLOWANCE.height() <= summary["free"], summary
        assert all(0 < bottom <= summary["height"] for bottom in summary["buttons"].values())
