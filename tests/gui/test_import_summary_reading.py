"""Every reason in the import summary can be read whole: a long one wraps onto as many lines as
it needs, at the dialog's width, rather than ending in "…" at its edge with the way out unread."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell

#: a credit union's card export: charges positive, no column saying which way money went
CARD_CSV = (
    "Transaction ID,Posted Date,Description,Amount,Category\n"
    "101,2/8/25,Harbor Credit Union Visa,54.20,Expenses\n"
    "102,2/9/25,Greenleaf Grocers,83.15,Expenses\n"
)
#: a bank's "export" that is a web page of notes, not a statement
NOT_A_STATEMENT = "<html><body><p>Your statement will be ready tomorrow.</p></body></html>"


def _reasons(dialog: ImportSummaryDialog) -> list[QTreeWidgetItem]:
    tree = dialog.tree
    files = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [f.child(i) for f in files for i in range(f.childCount())]


def _lines_given(dialog: ImportSummaryDialog, reason: QTreeWidgetItem) -> float:
    return dialog.tree.visualItemRect(reason).height() / dialog.tree.fontMetrics().lineSpacing()


def _lines_needed(dialog: ImportSummaryDialog, reason: QTreeWidgetItem) -> int:
    """At least: the text's width on one line over the width the tree has to show it in."""
    width = dialog.tree.fontMetrics().horizontalAdvance(reason.text(0))
    return math.ceil(width / dialog.tree.viewport().width())


def _summary_of_two_files(store, tmp_path: Path, qtbot) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    card = tmp_path / "card-activity.csv"
    card.write_text(CARD_CSV, encoding="utf-8")
    page = tmp_path / "statement.ofx"
    page.write_text(NOT_A_STATEMENT, encoding="utf-8")
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.open_files([card, page])
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    return dialog


def _every_reason_whole(dialog: ImportSummaryDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    reasons = _reasons(dialog)
    long = [r for r in reasons if _lines_needed(dialog, r) > 1]
    assert long, [r.text(0) for r in reasons]  # the files above do give long reasons
    for reason in reasons:
        qtbot.waitUntil(lambda r=reason: _lines_given(dialog, r) >= _lines_needed(dialog, r))


def test_a_long_reason_wraps_whole_and_rewraps_when_the_dialog_narrows(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    dialog = _summary_of_two_files(store, tmp_path, qtbot)
    refusal = _reasons(dialog)[0]
    assert refusal.text(0).startswith("Refused, nothing written: this CSV cannot be read")
    _every_reason_whole(dialog, qtbot)
    wide = dialog.tree.visualItemRect(refusal).height()
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: dialog.tree.visualItemRect(refusal).height() > wide)
    _every_reason_whole(dialog, qtbot)


@pytest.mark.usefixtures("chinese")
def test_a_chinese_reason_wraps_whole(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """At the dialog's narrowest, so the reasons are long for the tree whatever font writes
    them: a machine without a Chinese font draws each character as a narrow box."""
    dialog = _summary_of_two_files(store, tmp_path, qtbot)
    assert _reasons(dialog)[0].text(0).startswith("未导入")
    dialog.resize(dialog.minimumWidth(), dialog.height())
    _every_reason_whole(dialog, qtbot)
