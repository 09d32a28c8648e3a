"""The import summary's "Undo this import…" asks over the summary: Cancel (Escape) leaves the
summary open, as it was (it closed first, and Cancel left neither); Remove closes it and takes
the import back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.shell_support import make_shell, transaction_count


def _summary_after_import(shell, statements, qtbot) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([statements.checking])
    summary = shell.window.findChild(ImportSummaryDialog)
    assert summary is not None
    qtbot.waitUntil(summary.isVisible)
    summary.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is summary)
    return summary


def _question(summary: ImportSummaryDialog, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    """Alt+U in the summary, and the question it brings up."""
    qtbot.keyClick(summary, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: (
            (b := summary.window().findChild(QMessageBox, "confirm-undo-import")) is not None
            and b.isVisible()
        )
    )
    return summary.findChild(QMessageBox, "confirm-undo-import")


def test_cancel_on_the_undo_question_keeps_the_summary(store, statements, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    summary = _summary_after_import(shell, statements, qtbot)
    box = _question(summary, qtbot)
    assert summary.isVisible()  # asked over it
    assert box.parent() is summary
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert summary.isVisible()
    assert transaction_count(store) == 3
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # closed as before
    qtbot.waitUntil(lambda: not summary.isVisible())
    shell.close()


def test_remove_on_the_undo_question_closes_the_summary_and_undoes(
    store, statements, tmp_path: Path, qtbot
):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    summary = _summary_after_import(shell, statements, qtbot)
    box = _question(summary, qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transaction_count(store) == 0)
    assert not summary.isVisible()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    shell.close()
