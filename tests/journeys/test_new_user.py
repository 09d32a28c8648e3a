"""A person with no keyring opens finapp for the first time and imports three ways.

First run → create a passphrase → Import statements → a 3-line statement → summary, Enter
closes it → File → Import (Ctrl+O) of five years (20,000 lines) with its progress → Escape →
a credit union CSV dropped on the window → summary → the mapping wizard → which account it
goes into (it names none): a new one, typed → import → every page → Ctrl+Q ends the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.main_window import MainWindow
from finapp.services.transactions import list_transactions
from tests.journeys.actions import CTRL, choose_file, click, drop_files, press, type_text
from tests.journeys.driver import (
    Journey,
    do,
    only_main_window,
    open_windows,
    run_app,
    wait_for,
    window,
)
from tests.journeys.statements import long_history, three_line_statement, unknown_layout_csv

PASSPHRASE = "tulip battery staple orbit"


def _count(main: MainWindow) -> int:
    return len(list_transactions(main.ctx.store))


def test_first_run_with_a_passphrase_then_three_imports_every_page_and_quit(
    app_home: Path, tmp_path: Path
) -> None:
    small = three_line_statement(tmp_path)
    years = long_history(tmp_path)
    csv = unknown_layout_csv(tmp_path)

    def journey() -> Journey:
        create = yield window("create-passphrase")
        yield do(
            "type a passphrase twice",
            lambda: (
                type_text(create.passphrase, PASSPHRASE),
                type_text(create.repeat, PASSPHRASE),
            ),
        )
        yield do("press Enter", lambda: press(create.repeat, Qt.Key.Key_Return))
        first = yield window("first-run")
        yield do("choose Import statements", lambda: click(first.import_button))
        chooser = yield window("import-file-chooser")
        yield do("choose the 3-line statement", lambda: choose_file(chooser, small))
        summary = yield window("import-summary")
        assert "3 new transactions" in summary.headline.text()
        yield do("press Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        main = yield only_main_window()
        assert _count(main) == 3, "Enter closed the summary without undoing the import"

        yield do("File → Import (Ctrl+O)", lambda: press(main, Qt.Key.Key_O, CTRL))
        chooser = yield window("import-file-chooser")
        yield do("choose five years of statements", lambda: choose_file(chooser, years))
        yield window("import-progress")
        summary = yield wait_for(
            "the summary of 20,000 lines",
            lambda: [w for w in open_windows() if w.objectName() == "import-summary"],
            timeout_s=180,
        )
        assert "20000 new transactions" in summary[0].headline.text().replace(",", "")
        yield do("press Escape on the summary", lambda: press(summary[0], Qt.Key.Key_Escape))
        yield only_main_window()

        yield do("drop a credit union CSV on the window", lambda: drop_files(main, [csv]))
        summary = yield window("import-summary")
        assert "1 file refused" in summary.headline.text()
        yield do("close the summary", lambda: click(summary.close_button))
        wizard = yield window("import-wizard")
        yield do(
            "say positive amounts are money out",
            lambda: wizard.sign.setCurrentIndex(wizard.sign.findData("negate")),
        )
        yield do("save the layout and import", lambda: click(wizard.save_button))
        question = yield window("import-unnamed-account")  # the CSV names no bank or account
        yield do("choose New account…", lambda: press(question.accounts, Qt.Key.Key_End))
        # Tab to the name, as a person goes there: the suggested name is selected, so typing
        # replaces it (typed after it, the account was "CheckingCredit Union")
        yield do("Tab to the name", lambda: press(question.accounts, Qt.Key.Key_Tab))
        yield do("name it Credit Union", lambda: type_text(question.new_name, "Credit Union"))
        yield do("press Enter", lambda: press(question.new_name, Qt.Key.Key_Return))
        summary = yield window("import-summary")
        assert "5 new transactions" in summary.headline.text()
        assert summary.tree.topLevelItem(0).child(0).text(0).startswith("Credit Union: 5 new")
        yield do("press Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        yield only_main_window()
        assert _count(main) == 3 + 20_000 + 5

        pages = [main.sidebar.item(row) for row in range(main.sidebar.count())]
        assert len(pages) == 9, "the sidebar lists every page"
        for row, item in enumerate(pages):
            name = item.data(Qt.ItemDataRole.UserRole)
            key = getattr(Qt.Key, f"Key_{row + 1}")
            yield do(f"Ctrl+{row + 1}: {item.text()}", lambda key=key: press(main, key, CTRL))
            yield wait_for(
                f"the {name} page on screen, loaded",
                lambda name=name: (
                    main.current_page_name() == name
                    and main.stack.currentWidget() is main.built_pages().get(name)
                    and not main.ctx.tasks.busy
                ),
            )
            yield only_main_window()
        yield do("Ctrl+Q", lambda: press(main, Qt.Key.Key_Q, CTRL))

    assert run_app(["--data-dir", str(app_home)], journey(), "new-user") == 0
    assert open_windows() == []
