"""After an import that brought nothing in, the status bar says why instead of "Imported 0 new
transactions.", and a summary of files all refused is titled "Nothing imported", not "Import
finished": the same download opened twice says its lines were already there, and a
download cut short says the file was refused (the summary names the file and the line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell
from tests.gui.test_import_summary_counts import english  # noqa: F401 - the fixture
from tests.written_statements import Statements


def _imported(shell, qtbot, path: Path) -> str:  # type: ignore[no-untyped-def]
    """The summary's title and the status bar's line once ``path`` is imported, the summary
    closed by Escape."""
    with qtbot.waitSignal(shell.imports.finished, timeout=30_000):
        shell.open_files([path])
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    told = f"{dialog.windowTitle()} | {shell.window.statusBar().currentMessage()}"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return told


@pytest.mark.usefixtures("english")
def test_nothing_new_is_told_with_its_reason(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot, statements: Statements
) -> None:
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert _imported(shell, qtbot, statements.checking) == (
        "Import finished | Imported 3 new transactions."
    )
    assert _imported(shell, qtbot, statements.checking) == (
        "Import finished | Nothing new: every transaction was already there."
    )
    cut = tmp_path / "Checking5563_20250314.qfx"
    whole = statements.checking.read_bytes()
    cut.write_bytes(whole[: whole.index(b"<STMTTRN>") + 60])  # the download broke off
    assert _imported(shell, qtbot, cut) == (
        "Nothing imported | Nothing imported: Checking5563_20250314.qfx refused."
    )
