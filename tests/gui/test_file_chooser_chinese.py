"""Choosing a statement in Chinese: Qt's own chooser shows no English label.

PySide6's Chinese Qt lacks the chooser's "&Look in:" and "Files of &type:"; a Chinese user
pressing Ctrl+O met them in English beside 文件名称(N).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from tests.gui.answering import escape, opened
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
