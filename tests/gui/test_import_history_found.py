"""The import summary says what finapp found in the history a first import brought in (the
alerts stay quiet about events that old), in the user's language, and only once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGroupBox, QLabel

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.budgets import set_budget
from finapp.services.imports import import_files
from tests.alerts.test_budget_gone_over_found import NOVEMBER, OCTOBER
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.history_statement import history_ofx

TODAY = date.today()


@pytest.fixture
def american() -> Iterator[None]:
    """An American desktop's money and dates: "$1,850.00", "Apr 23, 2026"."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.system())


def _day(months: int, day: int) -> str:
    """Day ``day`` of the month ``months`` before this one, as an American reads it."""
    index = TODAY.year * 12 + TODAY.month - 1 - months
    shown = date(index // 12, index % 12 + 1, day)
    return f"{shown:%b} {shown.day}, {shown.year}"


def _summary(shell, statement: Path, qtbot) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(shell.imports.finished, timeout=30_000):
        shell.open_files([statement])
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    return dialog


def _found(dialog: ImportSummaryDialog) -> tuple[str, list[str]] | None:
    """The history part's title and lines as the user reads them; None when there is none."""
    box = dialog.findChild(QGroupBox, "import-history")
    if box is None:
        return None
    assert box.isVisible()
    label = box.findChild(QLabel, "import-history-found")
    return box.title(), label.text().splitlines()


def _shell(store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


@pytest.mark.usefixtures("american")
def test_the_summary_tells_what_the_history_holds_once(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    shell = _shell(store, tmp_path, qtbot)
    statement = history_ofx(tmp_path, TODAY)
    dialog = _summary(shell, statement, qtbot)
    title, lines = _found(dialog) or ("", [])
    assert title == "What we found in your history"
    assert lines[0] == "Older than what alerts announce, so you have not been told of these yet."
    assert lines[1:] == [
        "Price rises",
        f"• Netflix went up from $15.49 to $17.99 on {_day(12, 7)} ($30.00 more a year).",
        "Large and unusual charges",
        f"• Ashley Furniture: $1,850.00 on {_day(8, 23)}.",
        "Subscriptions that stopped",
        f"• Planet Fitness stopped after its charge of $24.99 on {_day(7, 17)}.",
    ]
    dialog.close_button.click()
    again = _summary(shell, statement, qtbot)  # the same download imported again
    assert ": 0 new" in again.headline.text()
    assert _found(again) is None


@pytest.mark.usefixtures("chinese")
def test_the_history_part_in_chinese(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    dialog = _summary(_shell(store, tmp_path, qtbot), history_ofx(tmp_path, TODAY), qtbot)
    title, lines = _found(dialog) or ("", [])
    assert title == "我们在您的历史记录中发现"
    assert lines[1] == "涨价"
    assert lines[2].startswith("• Netflix 于 ") and "（每年多付 US$30.00）。" in lines[2]
    assert lines[3] == "大额和异常支出"
    assert lines[4].startswith("• Ashley Furniture：US$1,850.00（") and lines[4].endswith("）。")
    assert lines[5] == "已停止的订阅"
    assert lines[6].startswith("• Planet Fitness 在 ") and "扣款 US$24.99 后已停止。" in lines[6]


@pytest.mark.usefixtures("chinese")
def test_a_budget_gone_over_in_a_month_downloaded_late(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """November's card download, a month on, takes the groceries over their budget: no alert
    judges November any more, so the summary says it, in the user's language."""
    set_budget(store, "Food:Groceries", Decimal("400"), today=date(2026, 10, 2))
    october = tmp_path / "Chase1234_Activity_a.CSV"
    october.write_text(OCTOBER, encoding="utf-8")
    import_files(store, [october])
    november = tmp_path / "Chase1234_Activity_b.CSV"
    november.write_text(NOVEMBER, encoding="utf-8")

    dialog = _summary(_shell(store, tmp_path, qtbot), november, qtbot)
    title, lines = _found(dialog) or ("", [])
    assert title == "我们在您的历史记录中发现"
    assert lines[1:] == [
        "超出的预算",
        "• 2026年11月，饮食：超市买菜花费 US$422.88，超出预算 US$400.00（105%）。",
    ]
