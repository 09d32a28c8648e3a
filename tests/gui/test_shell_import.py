"""Importing from the window: drops of one or many files, summary, cancel, undo."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from bench.realistic_statements import write_statements
from finapp.gui import bus
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.tasks import TaskRunner
from finapp.gui.widgets.empty_state import EmptyState
from finapp.services import imports
from finapp.services.imports import import_files, list_batches
from tests.gui.shell_support import (
    make_shell,
    open_windows,
    take_suggested_account,
    transaction_count,
)


def _drop(widget, files: list[Path]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag ``files`` over ``widget`` and drop them; returns (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_two_statements_imports_both_and_offers_undo(store, statements, tmp_path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    changes = []
    shell.ctx.bus.data_changed.connect(changes.append)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
        assert _drop(window, [statements.checking, statements.card]) == (True, True)
    result = blocker.args[0]
    assert [Path(f.path).name for f in result.files] == [
        statements.checking.name,  # the checking account's week (OFX 1.x)
        statements.card.name,  # the card's, another account (OFX 2.x)
    ]
    assert result.new == 6 and transaction_count(store) == 6
    assert any(c.touches({bus.TRANSACTIONS}) for c in changes)  # pages were told to refresh
    assert window.undo_import_action.isEnabled()
    assert window.statusBar().currentMessage() == "Imported 6 new transaction(s)."

    shell.imports.undo_last()
    assert transaction_count(store) == 0
    assert not window.undo_import_action.isEnabled()
    shell.close()


def test_the_same_statement_dropped_twice_is_one_import_to_undo(store, statements, tmp_path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    for _ in range(2):
        with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
            _drop(window, [statements.checking])
        (summary,) = [d for d in window.findChildren(ImportSummaryDialog) if d.isVisible()]
        summary.accept()  # closed, as the user closes it before the next drop
    (again,) = blocker.args[0].files
    assert (again.new, again.duplicates, again.batch_id) == (0, 3, None)
    assert len(list_batches(store)) == 1  # the repeat is no import of its own
    assert window.undo_import_action.isEnabled()  # the first import's lines still go

    window.undo_import_action.trigger()
    (box,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "confirm-undo-import"]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert transaction_count(store) == 0 and list_batches(store) == []
    shell.close()


def test_a_drag_without_files_is_refused(store, tmp_path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPointF(shell.window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(shell.window, enter)
    assert not enter.isAccepted()
    shell.close()


def test_summary_shows_new_duplicates_and_refused_files_with_reasons(
    store, statements, tmp_path, qtbot
):
    bogus = tmp_path / "notes.ofx"
    bogus.write_text("this is not a statement", encoding="utf-8")
    import_files(store, [statements.card])
    result = import_files(store, [statements.card, bogus])
    dialog = ImportSummaryDialog(result)
    qtbot.addWidget(dialog)
    assert "0 new transaction(s)" in dialog.headline.text()
    assert "3 duplicate(s) skipped" in dialog.headline.text()
    assert "1 file(s) refused" in dialog.headline.text()
    first, second = (dialog.tree.topLevelItem(i) for i in range(2))
    assert [first.text(c) for c in range(4)] == [statements.card.name, "0", "3", "0"]
    assert second.text(0) == "notes.ofx"
    assert second.child(0).text(0).startswith("Refused, nothing written: ")
    assert not dialog.undo_button.isEnabled()  # nothing new to undo


def test_cancel_stops_the_import_and_writes_nothing(
    store, statements, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
):
    started = threading.Event()

    def slow_import(store_, paths, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        kwargs["cancel"].wait(10)  # a long file: the user presses Cancel meanwhile
        return import_files(store_, paths, **kwargs)

    monkeypatch.setattr(imports, "import_files", slow_import)
    # a real worker thread
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    messages = []
    shell.ctx.bus.message.connect(lambda level, text: messages.append((level, text)))
    shell.imports.import_paths([statements.card])
    assert started.wait(5)
    progress = shell.imports.progress
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)  # a slow import shows its progress after a moment
    assert progress.windowTitle() == "Importing statements"
    assert progress.bar.maximum() == 0  # one file: a busy bar, not "0 %" for its whole length
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == [("info", "Import cancelled; nothing was written.")]
    assert transaction_count(store) == 0
    assert shell.imports.progress is None and not shell.imports.busy
    assert open_windows(shell) == ["main-window"]
    shell.close()


def test_cancelling_an_import_keeps_the_files_that_came_after_it(
    store, statements, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
):
    """A second launch hands the checking statement over while the card's import runs; the
    user cancels the card's: the checking statement was asked for on its own and is imported."""
    started = threading.Event()

    def slow_card(store_, paths, **kwargs):  # type: ignore[no-untyped-def]
        if statements.card in paths:  # a long file: the user presses Cancel meanwhile
            started.set()
            kwargs["cancel"].wait(10)
        return import_files(store_, paths, **kwargs)

    monkeypatch.setattr(imports, "import_files", slow_card)
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    messages = []
    shell.ctx.bus.message.connect(lambda level, text: messages.append((level, text)))
    shell.imports.import_paths([statements.card])
    assert started.wait(5)
    shell.open_files([statements.checking])  # handed over meanwhile
    assert messages == [("info", "1 file(s) will be imported next.")]
    progress = shell.imports.progress
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    with qtbot.waitSignal(shell.imports.finished, timeout=20_000):  # the checking statement's
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert ("info", "Import cancelled; nothing was written.") in messages
    summary = shell.window.findChild(ImportSummaryDialog)
    assert summary is not None and summary.isVisible()
    assert summary.headline.text().startswith("From 1 file(s): 3 new transaction(s)")
    assert transaction_count(store) == 3
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    shell.close()


def test_a_quick_import_never_leaves_its_progress_window_behind(store, statements, tmp_path, qtbot):
    """Work that ends before the progress window's delay must not bring it up afterwards."""
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.imports.import_paths([statements.checking])
    summary = shell.window.findChild(ImportSummaryDialog)
    qtbot.wait(800)  # past the delay after which a slow import shows progress
    assert open_windows(shell) == ["import-summary", "main-window"]
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not summary.isVisible())
    assert open_windows(shell) == ["main-window"]
    shell.close()


def test_files_given_on_the_command_line_are_imported(store, statements, tmp_path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.open_files([statements.checking])
    assert transaction_count(store) == 3
    assert shell.window.isVisible()  # brought forward
    shell.close()


def test_a_bad_row_refuses_the_file_until_the_user_asks_for_the_other_rows(store, tmp_path, qtbot):
    """A file with a row that cannot be read is refused whole, named with its line, and
    nothing of it is written, as the command line refuses it; the summary's *Import without
    the bad rows* imports the others and lists the one left out."""
    export = tmp_path / "checking.csv"
    export.write_text(
        "Date,Description,Amount\n"
        "2025-03-01,GROCER,-20.00\n"
        "2025-03-02,BROKEN ROW,\n"
        "2025-03-03,PAYROLL,1500.00\n",
        encoding="utf-8",
    )
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as refused:
        shell.open_files([export])
    (file,) = refused.args[0].files
    assert file.new == 0 and file.skippable and "line 3" in (file.error or "")
    assert transaction_count(store) == 0
    (summary,) = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
    item = summary.tree.topLevelItem(0)
    assert item.child(0).text(0).startswith("Refused, nothing written: ")
    assert "line 3" in item.child(0).text(0)
    assert summary.skip_button is not None and summary.close_button.isDefault()

    qtbot.mouseClick(summary.skip_button, Qt.MouseButton.LeftButton)
    # it names no account: asked, and answered as finapp suggests
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as imported:
        take_suggested_account(qtbot, shell)
    (file,) = imported.args[0].files
    assert (file.new, file.rejected, file.error) == (2, 1, None)
    assert transaction_count(store) == 2
    (summary,) = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
    item = summary.tree.topLevelItem(0)
    # file, new, duplicates, left out (neutral), rejected
    assert [item.text(c) for c in range(5)] == ["checking.csv", "2", "0", "0", "1"]
    lines = [item.child(i).text(0) for i in range(item.childCount())]
    assert lines[0] == "Checking: 2 new, 0 already there, a new account"
    assert lines[1].startswith("Line 3: ")
    assert summary.skip_button is None
    shell.close()


def test_a_drop_on_a_page_reaches_the_window(store, statements, tmp_path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.show_page("transactions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.findChild(EmptyState).isVisible())  # "No transactions yet"
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        assert _drop(page.findChild(EmptyState), [statements.checking]) == (True, True)
    assert transaction_count(store) == 3
    table = page.table
    qtbot.waitUntil(table.isVisible)  # the rows replace the empty message
    qtbot.keyClick(window.findChild(ImportSummaryDialog), Qt.Key.Key_Escape)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        assert _drop(table.viewport(), [statements.card]) == (True, True)
    assert transaction_count(store) == 6
    shell.close()


def test_a_long_import_names_each_step_and_counts_the_lines(store, tmp_path, qtbot):
    """Years of lines take seconds at each step: the progress window says which step the import
    is at and how many lines it has filed and stored, not a busy bar under the file's name."""
    statement = write_statements(tmp_path / "history.ofx", 25_000)
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.imports.import_paths([statement])
    progress = shell.imports.progress
    assert progress is not None
    seen: list[tuple[str, int, int]] = []  # the label, the bar's value and maximum after each
    reported = progress.report

    def watched(done: int, total: int, text: str = "") -> None:
        reported(done, total, text)
        seen.append((progress.label.text(), progress.bar.value(), progress.bar.maximum()))

    progress.report = watched  # type: ignore[method-assign]
    with qtbot.waitSignal(shell.imports.finished, timeout=120_000):
        pass
    assert seen[0] == ("Importing history.ofx…", -1, 0)  # reading: busy
    ten_thousand = QLocale().toString(10_000)  # as the user's locale writes it
    filing = [
        s for s in seen if s[0].startswith(f"Filing the lines of history.ofx: {ten_thousand} of ")
    ]
    assert filing and all(value == 10_000 and top > value for _, value, top in filing)
    stored = [s for s in seen if s[0].startswith("Storing the lines of history.ofx: ")]
    assert stored and all(0 < value <= top for _, value, top in stored)
    assert stored[-1][1] == stored[-1][2]  # every line of the last statement stored
    steps = [label for label, _, _ in seen]
    assert steps[-3:] == [
        "Pairing transfers between your accounts…",
        "Finding recurring charges…",
        "Looking through the history just imported…",
    ]
    assert [top for _, _, top in seen[-3:]] == [0, 0, 0]  # busy: how long is unknown
    summary = shell.window.findChild(ImportSummaryDialog)
    assert summary is not None and summary.headline.text().startswith(
        f"From 1 file(s): {QLocale().toString(25_000)} new"
    )
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    shell.close()
