"""finapp runs; the user opens statements with it again ("Open with finapp", a double click): a
second launch hands them over the real local socket and the running app imports every one.

The second launch is a real ``python -m finapp FILE...`` process; it must exit 0 only once the
running app has taken the files. Handed over with the Welcome screen open, the files are the
Welcome question's answer; handed over while an import's summary or its which-account question
is open, they wait and are imported after it, that dialog staying over the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finapp.gui.main_window import MainWindow
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from tests.journeys.actions import CTRL, press
from tests.journeys.driver import Journey, do, only_main_window, run_app, wait_for, window
from tests.written_statements import card_statement, checking_statement

PASSPHRASE = "harbor lantern copper meadow"

#: a Chase card's activity download: the card's own layout, charges negative
CHASE_CSV = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
03/06/2025,03/07/2025,TRADER JOE S #682,Groceries,Sale,-83.56,
03/05/2025,03/05/2025,NETFLIX.COM,Entertainment,Sale,-17.99,
03/03/2025,03/03/2025,AUTOMATIC PAYMENT - THANK,,Payment,697.10,
"""

#: a credit union's savings export: no bank name, no account number, so finapp asks which
#: account it is
SAVINGS_CSV = """\
Date,Description,Amount,Balance
03/31/2025,DIVIDEND EARNED,1.87,5117.38
03/25/2025,WITHDRAWAL ATM 0412,-60.00,5115.51
03/18/2025,DEPOSIT FROM SHARE DRAFT,2000.00,5175.51
"""

#: a Venmo statement: preamble lines, a beginning-balance row, signed "+ $" amounts
VENMO_CSV = """\
Account Statement - (@Dana-Whitfield-7) ,,,,,,,,,,,,,,,,,,,,,
Account Activity,,,,,,,,,,,,,,,,,,,,,
,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer
,,,,,,,,,,,,,,,,$1691.07,,,,,
,3900000020250306000,2025-03-06T16:23:59,Standard Transfer,Issued,,,,+ $150.00,,0,,0,,Summit CU Checking *1207,Venmo balance,,,,Venmo,,
,3900000020250311001,2025-03-11T18:39:56,Payment,Complete,concert tix,Dana Whitfield,Jordan Lee,- $48.97,,0,,0,,Venmo balance,,,,,Venmo,,
"""  # noqa: E501 (a Venmo header is one long line)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _downloads(folder: Path) -> dict[str, Path]:
    """Four downloads as in the bug report: a checking QFX, a Chase CSV, a savings export naming
    no bank (the bug report's was Capital One 360's, which finapp now knows), Venmo."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "checking": checking_statement(folder),
        "chase": _write(folder, "Chase4417_Activity_20250307.CSV", CHASE_CSV),
        "savings": _write(folder, "export_20250331.csv", SAVINGS_CSV),
        "venmo": _write(folder, "VenmoStatement_March_2025.csv", VENMO_CSV),
    }


@pytest.fixture
def running(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store opens with ``FINAPP_PASSPHRASE``, as the tester's session had it."""
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    return app_home


class SecondLaunch:
    """``finapp-gui FILE...`` run again while finapp runs, as a file manager runs it."""

    def __init__(self, data_dir: Path, files: list[Path]) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "finapp", "--data-dir", str(data_dir)]
        self.process = subprocess.Popen([*command, *map(str, files)], env=env)


def _ended(launches: list[SecondLaunch], number: int) -> int | None:
    """The exit code of the ``number``-th launch (from 0) once it ended (the action that starts
    it runs from a timer, after the journey's next step is asked for)."""
    return launches[number].process.poll() if len(launches) > number else None


def _per_account(main: MainWindow) -> dict[str, int]:
    names = {a.id: a.name for a in list_accounts(main.ctx.store)}
    counts: dict[str, int] = {}
    for t in list_transactions(main.ctx.store):
        counts[names[t.account_id]] = counts.get(names[t.account_id], 0) + 1
    return counts


def _summary_files(summary) -> list[str]:  # type: ignore[no-untyped-def]
    tree = summary.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_files_handed_over_while_the_welcome_screen_is_open_are_all_imported(
    running: Path, tmp_path: Path
) -> None:
    files = _downloads(tmp_path / "Downloads")
    launches: list[SecondLaunch] = []

    def journey() -> Journey:
        yield window("first-run")
        yield do(
            "open the four statements with finapp",
            lambda: launches.append(SecondLaunch(running, list(files.values()))),
        )
        yield wait_for(
            "the second launch to end", lambda: _ended(launches, 0) is not None, timeout_s=60
        )
        assert launches[0].process.returncode == 0
        # one hand-over, one summary: the file naming no account is asked about first
        question = yield window("import-unnamed-account")
        assert files["savings"].name in question.windowTitle()
        yield do("take the suggested account", lambda: press(question, Qt.Key.Key_Return))
        summary = yield window("import-summary")
        assert sorted(_summary_files(summary)) == sorted(f.name for f in files.values())
        yield do("press Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        main = yield only_main_window()
        counts = _per_account(main)
        assert sum(counts.values()) == 3 + 3 + 3 + 2, counts
        yield do("Ctrl+Q", lambda: press(main, Qt.Key.Key_Q, CTRL))

    assert run_app(["--data-dir", str(running)], journey(), "handoff-welcome") == 0


def test_files_handed_over_while_a_summary_or_question_is_open_wait_and_are_imported(
    running: Path, tmp_path: Path
) -> None:
    files = _downloads(tmp_path / "Downloads")
    card = card_statement(tmp_path / "Downloads")
    store = open_store(running, passphrase=PASSPHRASE)
    import_files(store, [card])  # a household already in finapp: no Welcome screen
    store.close()
    launches: list[SecondLaunch] = []

    def hand_over(*keys: str) -> None:
        launches.append(SecondLaunch(running, [files[k] for k in keys]))

    def on_top(dialog) -> bool:  # type: ignore[no-untyped-def]
        """The dialog holding the input is the active window: not buried under the window
        the hand-off brought forward."""
        return QApplication.activeWindow() is dialog

    def journey() -> Journey:
        main = yield only_main_window()
        yield do("open checking and the savings export with finapp", lambda: hand_over(
            "checking", "savings"))  # fmt: skip
        question = yield window("import-unnamed-account")
        assert files["savings"].name in question.windowTitle()
        assert launches[0].process.wait(30) == 0

        yield do("open Chase with finapp, the question open", lambda: hand_over("chase"))
        yield wait_for("the second launch to end", lambda: _ended(launches, 1) is not None, 60)
        assert launches[1].process.returncode == 0
        yield wait_for("the question over the window", lambda: on_top(question))
        yield do("take the suggested account", lambda: press(question, Qt.Key.Key_Return))

        # the first hand-off's two files in one summary, then the others in the order they came
        summary = yield window("import-summary")
        assert sorted(_summary_files(summary)) == sorted(
            files[k].name for k in ("checking", "savings")
        )
        yield do("open Venmo with finapp, the summary open", lambda: hand_over("venmo"))
        yield wait_for("the third launch to end", lambda: _ended(launches, 2) is not None, 60)
        assert launches[2].process.returncode == 0
        yield wait_for("the summary over the window", lambda: on_top(summary))
        assert main.statusBar().currentMessage() == "2 files will be imported next."
        yield do("press Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        first = summary
        summary = yield wait_for(
            "the summary of the files that waited",
            lambda: next(
                (w for w in main.findChildren(type(first)) if w.isVisible() and w is not first),
                None,
            ),
        )
        assert _summary_files(summary) == [files["chase"].name, files["venmo"].name]
        yield do("press Enter on the summary", lambda: press(summary, Qt.Key.Key_Return))
        yield only_main_window()
        counts = _per_account(main)
        assert sum(counts.values()) == 3 + 3 + 3 + 3 + 2, counts
        yield do("Ctrl+Q", lambda: press(main, Qt.Key.Key_Q, CTRL))

    assert run_app(["--data-dir", str(running)], journey(), "handoff-busy") == 0
