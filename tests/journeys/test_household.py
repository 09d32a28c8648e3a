"""A person whose computer has a keyring hands statements over, edits and decides, then quits.

First run (closed: import later) → the recovery key, once → a statement handed over by a
second launch of finapp → Escape on its summary → years of history dropped on the window →
File → Undo last import asks, naming the count → recategorise a payment (the notice names
the other rows refiled, Undo puts them back, Ctrl+Shift+Z files them again) → set a budget →
confirm one subscription and dismiss another (their rows change) → Ctrl+Q ends the app.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from finapp.gui.main_window import MainWindow
from finapp.services.budgets import list_budgets
from finapp.services.transactions import list_transactions
from tests.journeys.actions import (
    CTRL,
    click,
    click_row,
    column_of,
    drop_files,
    press,
    row_texts,
    type_text,
)
from tests.journeys.driver import (
    Journey,
    dialog_of,
    do,
    only_main_window,
    open_windows,
    run_app,
    wait_for,
    window,
)
from tests.journeys.statements import long_history, three_line_statement

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _count(main: MainWindow) -> int:
    return len(list_transactions(main.ctx.store))


def _page(main: MainWindow, name: str):  # type: ignore[no-untyped-def]
    """Wait until page ``name`` is on screen with its data loaded."""
    return wait_for(
        f"the {name} page, loaded",
        lambda: (
            main.current_page_name() == name
            and not main.ctx.tasks.busy
            and main.built_pages().get(name)
        ),
    )


def test_keyring_user_hands_over_decides_and_quits(
    app_home: Path, tmp_path: Path, memory_keyring
) -> None:
    small = three_line_statement(tmp_path)
    years = long_history(tmp_path, lines=3_000)
    second_launch: list[subprocess.Popen] = []

    def hand_over(path: Path) -> None:
        second_launch.append(
            subprocess.Popen(
                [sys.executable, "-m", "finapp.gui.app", "--data-dir", str(app_home), str(path)]
            )
        )

    def journey() -> Journey:
        first = yield window("first-run")
        yield do("Escape: look around first", lambda: press(first, Qt.Key.Key_Escape))
        key = yield window("recovery-key")
        assert len(key.key.text()) > 40
        yield do("Enter: I wrote it down", lambda: press(key, Qt.Key.Key_Return))
        main = yield only_main_window()

        yield do("open a statement with finapp again", lambda: hand_over(small))
        summary = yield window("import-summary")
        assert "3 new transactions" in summary.headline.text()
        yield wait_for("the second launch to end", lambda: second_launch[0].poll() is not None)
        assert second_launch[0].returncode == 0
        yield do("Escape on the summary", lambda: press(summary, Qt.Key.Key_Escape))
        yield only_main_window()

        yield do("drop years of statements", lambda: drop_files(main, [years]))
        summary = yield window("import-summary")
        yield do("Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        yield only_main_window()
        assert _count(main) == 3_003

        # the menu's entry (Ctrl+Shift+Z is Redo of an edit)
        yield do("File → Undo last import", main.undo_import_action.trigger)
        confirm = yield window("confirm-undo-import")
        assert "3000 transactions" in confirm.text().replace(",", "")
        yield do("Enter: the default is Cancel", lambda: press(confirm, Qt.Key.Key_Return))
        yield only_main_window()
        assert _count(main) == 3_003, "Enter on the question must not undo"

        yield do("Transactions (Ctrl+2)", lambda: press(main, Qt.Key.Key_2, CTRL))
        transactions = yield _page(main, "transactions")
        yield do("search NETFLIX", lambda: type_text(transactions.search, "NETFLIX"))
        yield wait_for(
            "only Netflix rows",
            lambda: (
                transactions.model.rowCount() > 10
                and all("netflix" in text.casefold() for text in row_texts(transactions.table, 2))
            ),
        )  # the payee as people know it: "Netflix"
        yield do("click a Netflix row", lambda: click_row(transactions.table, "Netflix", 2))
        yield do("Set category of selected…", lambda: click(transactions.bulk_button))
        ask = yield dialog_of(QInputDialog)
        yield do(
            "type Entertainment:Streaming",
            lambda: (
                ask.findChild(QLineEdit).clear(),
                type_text(ask.findChild(QLineEdit), "Entertainment:Streaming"),
            ),
        )
        yield do("OK", lambda: press(ask, Qt.Key.Key_Return))
        notice = yield wait_for(
            "the notice", lambda: transactions.notice.isVisible() and transactions.notice
        )
        text = notice.label.text()
        assert "Entertainment:Streaming" in text and "other transactions" in text, text
        yield do("Undo in the notice", lambda: click(notice.undo_button))
        yield wait_for(
            "the notice saying they went back",
            lambda: "back in their previous category" in notice.label.text(),
        )
        category = column_of(transactions.table, "Category")
        yield do(
            "Ctrl+Shift+Z: file them again",
            lambda: press(transactions.table, Qt.Key.Key_Z, CTRL | SHIFT),
        )
        yield wait_for(
            "every Netflix row in Entertainment:Streaming",
            lambda: set(row_texts(transactions.table, category)) == {"Entertainment:Streaming"},
        )
        yield wait_for(
            "Edit → Undo naming it again",
            lambda: main.edit_menu.undo_action.text() == "&Undo Category of Netflix",
        )
        yield wait_for("the notice gone: they are not back any more", notice.isHidden)

        yield do("Budgets (Ctrl+4)", lambda: press(main, Qt.Key.Key_4, CTRL))
        budgets = yield _page(main, "budgets")
        yield do(
            "type a category",
            lambda: (
                budgets.new_category.setFocus(),
                type_text(budgets.new_category, "Food:Groceries"),
            ),
        )
        yield do(
            "type 600 and Enter",
            lambda: (
                type_text(budgets.new_amount, "600"),
                press(budgets.new_amount, Qt.Key.Key_Return),
            ),
        )
        yield wait_for(
            "the budget stored",
            lambda: [b for b in list_budgets(main.ctx.store) if b.category == "Food:Groceries"],
        )

        yield do("Subscriptions (Ctrl+3)", lambda: press(main, Qt.Key.Key_3, CTRL))
        subs = yield _page(main, "subscriptions")
        status = column_of(subs.table, "Status")
        yield do("click Netflix", lambda: click_row(subs.table, "Netflix"))
        yield wait_for("Confirm enabled", subs.buttons["confirm"].isEnabled)
        yield do("Confirm", lambda: click(subs.buttons["confirm"]))
        yield wait_for(
            "Netflix reads Confirmed",
            lambda: any("Confirmed" in row for row in _rows_with(subs.table, "Netflix", status)),
        )
        listed = len(row_texts(subs.table, 0))
        yield do("click Apple", lambda: click_row(subs.table, "Apple"))
        yield wait_for("Dismiss enabled", subs.buttons["dismiss"].isEnabled)
        yield do("Dismiss", lambda: click(subs.buttons["dismiss"]))
        yield wait_for(
            "Apple's row gone from the list",
            lambda: len(row_texts(subs.table, 0)) == listed - 1 and row_texts(subs.table, 0),
        )
        yield only_main_window()
        yield do("Ctrl+Q", lambda: press(main, Qt.Key.Key_Q, CTRL))

    assert run_app(["--data-dir", str(app_home)], journey(), "household") == 0
    assert open_windows() == []


def _rows_with(view, name: str, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    names = row_texts(view, 0)
    return [
        text
        for text, row_name in zip(row_texts(view, column), names, strict=True)
        if name in row_name
    ]
