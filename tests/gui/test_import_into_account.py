"""File → Import into account…: the card's CSV into the account its OFX made, and the summary
saying how each file's account was found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.gui.answering import choose, enter, opened, pick
from tests.gui.shell_support import make_shell
from tests.importers.cardgen import card_csv, card_month, card_ofx, csv_file_name
from tests.importers.test_rbc_download import ALL_ACCOUNTS

OCTOBER = card_month()


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _account_lines(summary: ImportSummaryDialog) -> list[str]:
    """The lines under the first file, as the user reads them in the summary."""
    item = summary.tree.topLevelItem(0)
    return [item.child(i).text(0) for i in range(item.childCount())]


def _open_summary(shell) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    return opened(shell.window, ImportSummaryDialog, "import-summary")


def test_the_cards_csv_goes_into_the_account_the_user_picks(store, statements, tmp_path, qtbot):
    downloads = tmp_path / "downloads"
    import_files(store, [statements.checking, _write(downloads, "card.ofx", card_ofx(OCTOBER))])
    # a CSV whose name carries no card number: the user says where it goes
    csv = _write(downloads, "activity.csv", card_csv(OCTOBER))
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    action = window.import_into_action
    assert action in window.file_menu.actions()
    assert action.text() == "Import into &account…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")

    action.trigger()
    question = opened(window, QInputDialog, "import-account-choice")
    assert question.comboBoxItems() == sorted(a.name for a in list_accounts(store))
    pick(qtbot, question, "Chase")
    chooser = opened(window, QFileDialog, "import-file-chooser")
    assert chooser.windowTitle() == "Import statements into Chase …9012"
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
        choose(qtbot, chooser, csv)

    assert (blocker.args[0].new, blocker.args[0].duplicates) == (0, 152)
    assert sorted(a.name for a in list_accounts(store)) == ["Chase …9012", "Checking …5563"]
    assert _account_lines(_open_summary(shell)) == [
        "Chase …9012: 0 new, 152 already there (from its OFX statements), the account you chose"
    ]
    shell.close()


def test_the_summary_says_a_csv_was_matched_by_its_last_four_digits(store, tmp_path, qtbot):
    downloads = tmp_path / "downloads"
    import_files(store, [_write(downloads, "card.ofx", card_ofx(OCTOBER))])
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([_write(downloads, csv_file_name(), card_csv(OCTOBER))])
    assert _account_lines(_open_summary(shell)) == [
        "Chase …9012: 0 new, 152 already there (from its OFX statements), matched by the last "
        "four digits of its number"
    ]
    shell.close()


def test_two_cards_ending_alike_are_not_guessed_between_and_the_summary_says_why(
    store, tmp_path, qtbot
):
    downloads = tmp_path / "downloads"
    import_files(
        store,
        [
            _write(downloads, "card.ofx", card_ofx(OCTOBER)),
            _write(downloads, "other.ofx", card_ofx(OCTOBER, "5500000000009012")),
        ],
    )
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([_write(downloads, csv_file_name(), card_csv(OCTOBER))])
    counts, note, hint = _account_lines(_open_summary(shell))
    assert counts == "Chase: 152 new, 0 already there, a new account"
    assert note.startswith("2 accounts end in 9012")
    assert hint == (
        "To put it into one of them, undo this import and use File → Import into account…"
    )
    shell.close()


def test_import_into_account_before_any_account_says_to_import_first(store, tmp_path, qtbot):
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    shell.window.import_into_action.trigger()
    told = opened(shell.window, QMessageBox, "import-no-accounts")
    assert "There are no accounts yet" in told.text()
    enter(qtbot, told)
    assert not shell.window.findChildren(QFileDialog)
    shell.close()


def test_the_summary_says_a_csv_went_where_its_lines_already_were(store, tmp_path, qtbot):
    downloads = tmp_path / "downloads"
    import_files(store, [_write(downloads, "card.ofx", card_ofx(OCTOBER))])
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([_write(downloads, "activity.csv", card_csv(OCTOBER))])
    assert _account_lines(_open_summary(shell)) == [
        "Chase …9012: 0 new, 152 already there (from its OFX statements), the account already "
        "holding its lines"
    ]
    assert [a.name for a in list_accounts(store)] == ["Chase …9012"]
    shell.close()


def test_a_rename_is_told_without_the_way_to_move_the_lines(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """RBC's download of all accounts renames the bank's first account as the card comes: the
    summary told that, then "To put it into one of them, undo this import…", though every line
    was where it belonged."""
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([_write(tmp_path / "downloads", "csv93215.csv", ALL_ACCOUNTS)])
    lines = _account_lines(_open_summary(shell))
    assert '"RBC" is now called "RBC …2345", told from the new "RBC Credit Card …9012"' in lines
    assert not any(line.startswith("To put it into one of them") for line in lines)
