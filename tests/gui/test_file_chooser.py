"""Choosing statements: Qt's own chooser in Chinese shows no English label, and it opens where
the last statements were chosen.

PySide6's Chinese Qt lacks the chooser's "&Look in:" and "Files of &type:"; a Chinese user
pressing Ctrl+O met them in English beside 文件名称(N).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.recovery_key import RecoveryKeyDialog
from tests.gui.answering import choose, enter, escape, opened
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.shell_support import make_shell

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_ctrl_o_opens_a_chooser_whose_labels_are_all_chinese(store, tmp_path, qtbot, chinese):  # type: ignore[no-untyped-def]  # noqa: F811
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # the window manager's part: the offscreen platform has none
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    chooser = opened(window, QFileDialog, "import-file-chooser")
    labels = [label.text() for label in chooser.findChildren(QLabel) if label.isVisible()]

    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [text for text in labels if _LATIN_WORD.search(text)], labels
    escape(qtbot, chooser)
    shell.close()


def test_the_next_import_opens_where_the_last_statements_were_chosen(  # type: ignore[no-untyped-def]
    store, statements, tmp_path, qtbot
):
    """Importing a month at a time, the user went back from their home folder to the bank's
    folder every time."""
    bank = tmp_path / "statements" / "chase"
    bank.mkdir(parents=True)
    october = bank / "october.ofx"
    october.write_bytes(statements.checking.read_bytes())
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    shell.open_window()
    enter(qtbot, opened(window, RecoveryKeyDialog, "recovery-key"))  # a new store's first start
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        choose(qtbot, opened(window, QFileDialog, "import-file-chooser"), october)
    escape(qtbot, opened(window, ImportSummaryDialog, "import-summary"))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    chooser = opened(window, QFileDialog, "import-file-chooser")
    assert Path(chooser.directory().absolutePath()) == bank
    escape(qtbot, chooser)
    shell.close()
