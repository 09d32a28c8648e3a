"""Years of statements imported from the window: stopping the import part-way tells what went
in and offers its Undo; the summary of many files fits the screen and reads account by account."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTreeWidget

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.tasks import TaskRunner
from finapp.services import imports
from tests.gui.answering import opened, yes
from tests.gui.shell_support import make_shell, transaction_count
from tests.history_statement import history_ofx
from tests.importers.ofxgen import Line, statement_ofx

CHECKING = "000044182281"


@pytest.fixture
def american() -> Iterator[None]:
    """An American desktop: "8,479" with its thousands separator."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def large_text() -> Iterator[None]:
    """A desktop set to larger text (as many set it on a laptop's 800-pixel-high screen):
    every line of the summary is taller, as on the tester's screen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.font()
    larger = QFont(usual)
    larger.setPointSizeF(usual.pointSizeF() * 1.5)
    app.setFont(larger)
    yield
    app.setFont(usual)


def _month(first: date, n: int) -> list[Line]:
    """A month of a household's checking account as the bank's OFX download has it: pay twice,
    rent, power, groceries, a coffee shop and a card payment, with the bank's own ids."""
    days = [first + timedelta(days=d) for d in (0, 1, 3, 6, 9, 13, 14, 17, 20, 24)]
    rows = [
        ("2140.00", "ACME CORP PAYROLL PPD ID: 9876543210"),
        ("-1650.00", "CASCADE PROPERTY MGMT RENT"),
        (f"-{92 + n % 40}.{n % 100:02d}", "SAFEWAY #1445 BELLEVUE WA"),
        (f"-{4 + n % 3}.75", "STARBUCKS STORE 05512 SEATTLE WA"),
        (f"-{88 + n * 7 % 40}.13", "PUGET SOUND ENERGY BILLPAY PPD"),
        ("2140.00", "ACME CORP PAYROLL PPD ID: 9876543210"),
        (f"-{61 + n % 30}.40", "TRADER JOE'S #131 SEATTLE WA"),
        ("-400.00", "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224"),
        (f"-{23 + n % 9}.99", "SHELL OIL 57444201 REDMOND WA"),
        (f"-{12 + n % 5}.50", "SUBWAY 00231 SEATTLE WA"),
    ]
    return [
        Line(day, amount, payee, f"{day:%Y%m%d}{n:03d}{i:02d}")
        for i, (day, (amount, payee)) in enumerate(zip(days, rows, strict=True))
    ]


def monthly_statements(folder: Path, months: int, start: date = date(2017, 1, 1)) -> list[Path]:
    """One checking statement a month, named as the bank names its downloads."""
    paths = []
    for n in range(months):
        index = start.year * 12 + start.month - 1 + n
        first = date(index // 12, index % 12 + 1, 1)
        path = folder / f"Chase2281_Activity_{first:%Y%m}.qfx"
        lines = _month(first, n)
        path.write_text(
            statement_ofx(lines, account=CHECKING, ledger=("5210.09", lines[-1].posted)),
            encoding="ascii",
        )
        paths.append(path)
    return paths


def _shell(store, tmp_path: Path, qtbot, tasks: Any = None):  # type: ignore[no-untyped-def]
    shell = (
        make_shell(store, tmp_path, tasks=tasks, opening_page="transactions")
        if tasks
        else make_shell(store, tmp_path, opening_page="transactions")
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def stopped_while_reading(  # type: ignore[no-untyped-def]
    shell, qtbot, monkeypatch: pytest.MonkeyPatch, paths: list[Path], long_file: Path
) -> None:
    """Import ``paths`` on the shell's worker and press Cancel while ``long_file`` is being
    read (the import made to wait for the Cancel there, as a long file keeps it busy), then
    wait until the import has ended."""
    reading = threading.Event()
    real = imports.import_parsed

    def slow(store_, parsed, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(parsed.path) == long_file:
            reading.set()
            kwargs["cancel"].wait(10)
        return real(store_, parsed, *args, **kwargs)

    monkeypatch.setattr(imports, "import_parsed", slow)
    shell.imports.import_paths(paths)
    assert reading.wait(10)
    progress = shell.imports.progress
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("american")
def test_stopping_an_import_tells_which_files_went_in_and_offers_their_undo(
    store, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
):  # type: ignore[no-untyped-def]
    statements = monthly_statements(tmp_path, 4)
    shell = _shell(store, tmp_path, qtbot, tasks=TaskRunner)  # a real worker thread
    messages: list[str] = []
    shell.ctx.bus.message.connect(lambda _level, text: messages.append(text))
    stopped_while_reading(shell, qtbot, monkeypatch, statements, statements[2])

    # the two files before Cancel are stored whole; the third was rolled back, the fourth unread
    assert transaction_count(store) == 20
    assert messages == [
        "Import stopped: 2 of 4 files imported, 20 new transactions; the rest not read."
    ]
    assert shell.window.statusBar().currentMessage() == messages[0]
    summary = opened(shell.window, ImportSummaryDialog, "import-summary")
    assert summary.windowTitle() == "Import stopped"
    assert summary.headline.text() == (
        "From 2 file(s): 20 new transaction(s), 0 duplicate(s) skipped. You stopped the import: "
        "2 file(s) not read. The files above are stored whole."
    )
    files = [summary.tree.topLevelItem(i).text(0) for i in range(summary.tree.topLevelItemCount())]
    assert files == [statements[0].name, statements[1].name]
    assert shell.window.undo_import_action.isEnabled()

    qtbot.mouseClick(summary.undo_button, Qt.MouseButton.LeftButton)  # the same Undo as ever
    box = opened(shell.window, QMessageBox, "confirm-undo-import")
    assert box.text() == "Remove the 20 transaction(s) the last import added?"
    yes(qtbot, box)
    qtbot.waitUntil(lambda: transaction_count(store) == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "Undo: removed 20 transaction(s)." in messages, timeout=10_000)
    shell.close()


def _rising_subscriptions(today: date) -> list[Line]:
    """Five more subscriptions charged on their day each month for a year and a half, each
    dearer from ten months ago on: a history's price rises, older than the alerts' window."""
    plans = [
        ("HULU 877-8244858 CA", "7.99", "9.99", 3),
        ("SPOTIFY USA 877-778-1161 NY", "9.99", "11.99", 5),
        ("DISNEY PLUS 888-905-7888 CA", "7.99", "10.99", 9),
        ("NYTIMES DIGITAL 800-698-4637", "4.00", "17.00", 11),
        ("ADOBE *CREATIVE CLD 408-536-6000", "52.99", "59.99", 15),
        ("AUDIBLE US*2K4LP0 AMZN.COM/BILL", "14.95", "16.95", 19),
    ]
    lines = []
    for payee, old, new, day in plans:
        for back in range(18, 0, -1):
            index = today.year * 12 + today.month - 1 - back
            posted = date(index // 12, index % 12 + 1, day)
            price = old if back > 10 else new
            lines.append(Line(posted, f"-{price}", payee, f"SUB{day:02d}{back:02d}"))
    return lines


def _inside_screen(widget: Any) -> bool:
    """The widget is whole within the free part of the screen its window is on."""
    top_left = widget.mapToGlobal(QPoint(0, 0))
    bottom_right = widget.mapToGlobal(QPoint(widget.width() - 1, widget.height() - 1))
    free = widget.screen().availableGeometry()
    return free.contains(top_left) and free.contains(bottom_right)


@pytest.mark.usefixtures("american", "large_text")
def test_the_summary_of_years_of_statements_fits_the_screen_account_by_account(
    store, tmp_path, qtbot
):  # type: ignore[no-untyped-def]
    """Three years of a monthly checking account and eighteen months of another account with
    large charges: on an 800-pixel screen the summary keeps its buttons in view, sums each
    account on one line above the files and lists the files folded."""
    today = date.today()
    big = [
        Line(
            today - timedelta(days=40 + 31 * (7 - k)), f"-{1200 + 97 * k}.00", payee, f"BIG{k:04d}"
        )
        for k, payee in enumerate(
            [
                "ASHLEY FURNITURE #0147 SEATTLE WA",
                "BEST BUY 00012 BELLEVUE WA",
                "DELTA AIR 0062341234567",
                "COSTCO WHSE #0001 SEATTLE WA",
                "SWEDISH MEDICAL CENTER",
                "LES SCHWAB TIRES #210",
                "IKEA RENTON WA",
                "APPLE STORE R092 BELLEVUE",
            ]
        )
    ]
    statements = [
        *monthly_statements(tmp_path, 36),
        history_ofx(tmp_path, today, extra=big + _rising_subscriptions(today)),
    ]
    shell = _shell(store, tmp_path, qtbot)
    with qtbot.waitSignal(shell.imports.finished, timeout=60_000):
        shell.open_files(statements)
    summary = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(summary)

    free = summary.screen().availableGeometry()
    assert summary.frameGeometry().height() <= free.height()
    for button in (summary.close_button, summary.undo_button):
        assert button.isVisible() and _inside_screen(button)
    assert summary.headline.isVisible() and _inside_screen(summary.headline)

    accounts = summary.findChild(QTreeWidget, "import-accounts")
    assert accounts is not None and accounts.isVisible()
    lines = [
        [accounts.topLevelItem(i).text(c) for c in range(5)]
        for i in range(accounts.topLevelItemCount())
    ]
    assert len(lines) == 2
    checking = next(line for line in lines if line[1] == "36")
    assert checking[2:] == ["360", "0", "0"]  # files, new, duplicates, left out
    tree = summary.tree
    assert tree.topLevelItemCount() == 37
    assert not any(tree.topLevelItem(i).isExpanded() for i in range(37))  # folded when many

    # what was found, the weightiest first (the largest charges here, the newest of them), as
    # the CLI lists it; a part with more than it lists counts them in its title
    label = summary.history.findChild(QLabel, "import-history-found")
    text = label.text().splitlines()
    start = text.index("Large and unusual charges (9 in all)") + 1
    shown = text[start : start + 5]
    assert all(line.startswith("• ") for line in shown)
    assert not any(line.startswith("…and") for line in text)
    amounts = [Decimal(re.search(r"\$([\d,]+\.\d\d)", line)[1].replace(",", "")) for line in shown]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] == Decimal("1879.00")
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    shell.close()


def test_the_window_stays_usable_while_a_long_import_runs(
    store, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
):  # type: ignore[no-untyped-def]
    statements = monthly_statements(tmp_path, 3)
    reading_second, go_on = threading.Event(), threading.Event()
    real = imports.import_parsed

    def slow_second(store_, parsed, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(parsed.path) == statements[1]:  # a long file
            reading_second.set()
            go_on.wait(20)
        return real(store_, parsed, *args, **kwargs)

    monkeypatch.setattr(imports, "import_parsed", slow_second)
    shell = _shell(store, tmp_path, qtbot, tasks=TaskRunner)
    window = shell.window
    shell.imports.import_paths(statements)
    assert reading_second.wait(10)
    progress = shell.imports.progress
    assert progress is not None
    qtbot.waitUntil(progress.isVisible)
    assert QApplication.activeModalWidget() is None  # nothing blocks the window's input
    assert not window.undo_import_action.isEnabled()  # no undo racing the import

    rows = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    # named for a screen reader whether the sidebar shows names or, in a narrow window, icons
    alerts = next(
        item for item in rows if item.data(Qt.ItemDataRole.AccessibleTextRole) == "Alerts"
    )
    where = window.sidebar.visualItemRect(alerts).center()
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.stack.currentWidget().objectName() == "page-alerts")
    assert progress.isVisible()  # the import goes on, its progress in view

    with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
        go_on.set()
    assert transaction_count(store) == 30
    assert window.undo_import_action.isEnabled()
    qtbot.keyClick(opened(window, ImportSummaryDialog, "import-summary"), Qt.Key.Key_Escape)
    shell.close()
