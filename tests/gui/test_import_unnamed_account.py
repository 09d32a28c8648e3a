"""A statement naming no account, dropped on or opened in the window: the window asks which
account its lines belong to, one question per such file, and writes nothing until answered."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from finapp.gui.dialogs.account_choice import AccountChoiceDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.gui.answering import choose, enter, escape, opened
from tests.gui.shell_support import make_shell, open_windows, transaction_count
from tests.gui.test_shell_import import _drop
from tests.importers.helpers import rows

#: a credit union's export: no bank, no account number, dollars by default
CREDIT_UNION = """\
Date,Description,Amount
02/15/2024,NETFLIX.COM,-15.49
02/16/2024,SAFEWAY #1234,-60.00
"""

#: another bank's export, just as nameless, with the same Netflix charge on the same day
OTHER_BANK = """\
Date,Description,Amount
02/15/2024,NETFLIX.COM,-15.49
02/20/2024,SHELL OIL 5744,-38.10
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _question(shell, qtbot) -> AccountChoiceDialog:  # type: ignore[no-untyped-def]
    """The question, once the drop (handled after the drop event returns) has read the file."""
    asking = shell.window.findChildren
    qtbot.waitUntil(lambda: any(d.isVisible() for d in asking(AccountChoiceDialog)))
    return opened(shell.window, AccountChoiceDialog, "import-unnamed-account")


def _no_import_dialog(shell) -> bool:  # type: ignore[no-untyped-def]
    """No question, summary or progress of an import left on screen (the recovery key a new
    store shows once is no business of the import)."""
    return not [name for name in open_windows(shell) if name.startswith("import")]


def _listed(dialog: AccountChoiceDialog) -> list[list[str]]:
    tree = dialog.accounts
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]


def _shell(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def test_a_dropped_file_naming_no_account_goes_where_the_user_says(
    store, statements, tmp_path, qtbot
):
    downloads = tmp_path / "downloads"
    import_files(store, [statements.card, _write(downloads, "export.csv", CREDIT_UNION)])
    shell = _shell(store, tmp_path, qtbot)
    other = _write(downloads, "export (1).csv", OTHER_BANK)

    assert _drop(shell.window, [other]) == (True, True)

    question = _question(shell, qtbot)
    assert question.windowTitle() == "Which account is export (1).csv from?"
    # the accounts like the file (dollars, checking) first; the one it would have joined chosen
    assert _listed(question) == [
        ["Checking", "USD", "Checking", ""],
        ["Chase …0912", "USD", "Credit card", "…0912"],
        ["New account…", "", "", ""],
    ]
    assert question.accounts.currentItem().text(0) == "Checking"
    assert transaction_count(store) == 5  # nothing written while the question is open
    qtbot.keyClick(question.accounts, Qt.Key.Key_Down)
    qtbot.keyClick(question.accounts, Qt.Key.Key_Down)
    assert question.new_name.isEnabled()
    qtbot.keyClicks(question.new_name, "Second Bank")
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
        enter(qtbot, question)

    assert blocker.args[0].new == 2
    assert [r[1] for r in rows(store, "Second Bank")] == [Decimal("-15.49"), Decimal("-38.10")]
    assert len(rows(store, "Checking")) == 2  # the first bank's Netflix charge stays alone
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))
    assert _no_import_dialog(shell)
    shell.close()


def test_cancel_writes_nothing(store, tmp_path, qtbot):
    shell = _shell(store, tmp_path, qtbot)
    csv = _write(tmp_path / "downloads", "export.csv", CREDIT_UNION)

    _drop(shell.window, [csv])
    question = _question(shell, qtbot)
    # no account yet: a new one, named as finapp would name it
    assert _listed(question) == [["New account…", "", "", ""]]
    assert (question.new_name.isEnabled(), question.new_name.text()) == (True, "Checking")
    escape(qtbot, question)

    assert transaction_count(store) == 0 and list_accounts(store) == []
    assert shell.window.statusBar().currentMessage() == "export.csv was not imported."
    assert _no_import_dialog(shell) and not shell.imports.busy
    shell.close()


def test_several_files_dropped_at_once_ask_once_each(store, statements, tmp_path, qtbot):
    downloads = tmp_path / "downloads"
    import_files(store, [_write(downloads, "export.csv", CREDIT_UNION)])
    shell = _shell(store, tmp_path, qtbot)
    first = _write(downloads, "february.csv", OTHER_BANK)
    second = _write(downloads, "credit union march.csv", CREDIT_UNION.replace("02/", "03/"))

    # the OFX names its account: imported at once, never asked about; the questions come
    # next, and one summary of the whole drop once their files are in too
    _drop(shell.window, [first, statements.checking, second])
    question = _question(shell, qtbot)
    assert not shell.window.findChildren(ImportSummaryDialog)
    assert question.windowTitle() == "Which account is february.csv from?"
    qtbot.mouseClick(
        question.accounts.viewport(),
        Qt.MouseButton.LeftButton,
        pos=question.accounts.visualItemRect(question.new_row).center(),
    )
    qtbot.keyClicks(question.new_name, "Second Bank")
    enter(qtbot, question)
    question = _question(shell, qtbot)  # the next file's question, once the first is answered
    assert question.windowTitle() == "Which account is credit union march.csv from?"
    enter(qtbot, question)  # where finapp would have put it: the credit union's Checking
    # one import per account chosen, and one summary of the three files
    summaries = shell.window.findChildren
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in summaries(ImportSummaryDialog)), timeout=10_000
    )
    assert len(rows(store, "Second Bank")) == 2
    assert len(rows(store, "Checking")) == 4
    (summary,) = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
    assert summary.tree.topLevelItemCount() == 3
    assert statements.checking.name in summary.tree.topLevelItem(0).text(0)
    escape(qtbot, summary)
    # the flow is free again: the next file opened is imported and asked about as before
    shell.imports.choose_files()
    chooser = opened(shell.window, QFileDialog, "import-file-chooser")
    choose(qtbot, chooser, _write(downloads, "april.csv", CREDIT_UNION.replace("02/", "04/")))
    escape(qtbot, _question(shell, qtbot))
    assert _no_import_dialog(shell) and not shell.imports.busy
    shell.close()


def test_a_file_whose_number_names_its_account_is_not_asked_about(
    store, statements, tmp_path, qtbot
):
    shell = _shell(store, tmp_path, qtbot)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        _drop(shell.window, [statements.checking])
    assert not shell.window.findChildren(AccountChoiceDialog)
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))
    shell.close()


def test_every_account_name_is_shown_whole(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """Long account names are read whole in the question, not cut to "Everyday Ch…"."""
    downloads = tmp_path / "downloads"
    first = _write(downloads, "export.csv", CREDIT_UNION)
    import_files(store, [first], account_name="Everyday Household Checking")
    shell = _shell(store, tmp_path, qtbot)
    _drop(shell.window, [_write(downloads, "export (1).csv", OTHER_BANK)])
    question = _question(shell, qtbot)
    qtbot.waitExposed(question)
    tree, metrics = question.accounts, question.accounts.fontMetrics()
    for row in range(tree.topLevelItemCount()):
        name = tree.topLevelItem(row).text(0)
        assert tree.columnWidth(0) > metrics.horizontalAdvance(name) + metrics.averageCharWidth()
    escape(qtbot, question)
    shell.close()
