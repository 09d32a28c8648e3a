"""Health page → Savings goals in the real window: a goal added through its dialog with keys and
clicks, listed with its progress, then removed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from finapp.core.alert_facts import month_of
from finapp.gui.models.formatting import format_day, format_month
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.shell import Shell
from finapp.importers.base import ParsedAccount
from finapp.services.goals import add_goal, list_goals
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.gui.answering import enter, escape, opened, yes
from tests.gui.shell_support import make_shell
from tests.gui.test_page_health import open_health, shown
from tests.health.goal_statements import Line, download

TODAY = date.today()
ALLY = ParsedAccount(number="2291047713", institution="Ally Bank", type="savings",
                     currency="USD", name="Ally Online Savings")  # fmt: skip
MARCUS = ParsedAccount(number="7730418825", institution="Marcus by Goldman Sachs",
                       type="savings", currency="USD", name="Marcus Online Savings")  # fmt: skip
WISE = ParsedAccount(number="BE71096123456769", institution="Wise", type="checking",
                     currency="EUR", name="Wise EUR")  # fmt: skip
#: the statements downloaded two days ago
UNTIL = TODAY - timedelta(days=2)


@pytest.fixture
def shell(qtbot, us_locale, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """Two dollar savings accounts and a euro account, three months of statements each."""
    store = open_store(tmp_path / "data", passphrase=PASSPHRASE)
    start = UNTIL - timedelta(days=90)
    days = [start + timedelta(days=n) for n in (3, 33, 63)]
    download(store, ALLY, Decimal("3743.62"),
             [Line(day, "575.00", "ONLINE TRANSFER FROM ALLY CHECKING XXXXXX4821") for day in days],
             start, UNTIL)  # fmt: skip
    download(store, MARCUS, Decimal("2730.55"),
             [Line(days[1], "200.00", "ACH DEPOSIT CHASE BANK XFER"),
              Line(days[2], "4.37", "INTEREST PAID")],
             start, UNTIL)  # fmt: skip
    download(
        store, WISE, Decimal("698.70"), [Line(days[2], "-86.40", "BVG Berlin Ticket")], start, UNTIL
    )
    built = make_shell(store, tmp_path)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.close()
    store.close()


def goals_of(qtbot, shell: Shell) -> GoalsSection:  # type: ignore[no-untyped-def]
    section = open_health(qtbot, shell).findChild(GoalsSection)
    qtbot.waitUntil(lambda: bool(shown(section, QLabel, "goals-empty")))
    return section


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, dialog: QDialog, account: str) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QCheckBox, f"goal-account-{account}")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_add_a_goal_in_its_dialog_see_its_progress_and_remove_it(qtbot, shell: Shell) -> None:
    section = goals_of(qtbot, shell)
    click(qtbot, section.add_button)
    dialog = opened(shell.window, QDialog, "add-goal")
    qtbot.keyClicks(dialog.name, "Kitchen renovation")
    qtbot.keyClicks(dialog.amount, "fourteen grand")
    tick(qtbot, dialog, "Ally Online Savings")
    enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()  # told, still open
    assert dialog.problem.text() == "Not an amount in USD: type it like 12000 or 2500.50"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "14,500.00")
    tick(qtbot, dialog, "Wise EUR")
    enter(qtbot, dialog)
    assert dialog.problem.text() == "The accounts of one goal must share a currency."
    tick(qtbot, dialog, "Wise EUR")  # untick
    tick(qtbot, dialog, "Marcus Online Savings")
    saved_on = date.today()  # the day the goal is added on (a run may pass midnight)
    enter(qtbot, dialog)
    assert not dialog.isVisible()

    saved = Decimal("3743.62") + 3 * Decimal("575.00") + Decimal("2730.55") + Decimal("204.37")
    qtbot.waitUntil(lambda: len(shown(section, QProgressBar, "goal-progress")) == 1)
    (bar,) = shown(section, QProgressBar, "goal-progress")
    assert bar.format() == f"${saved:,} of $14,500.00 ({int(saved * 100 // 14500)}%)"
    assert bar.value() == int(saved * 100 // 14500)
    needed = ((Decimal("14500.00") - saved) / 12).quantize(Decimal("0.01"), ROUND_CEILING)
    assert [c.text() for c in shown(section, QLabel, "goal-cell-2")] == [f"${needed:,} a month"]
    assert [s.text() for s in shown(section, QLabel, "goal-state-on_track")] == ["On track"]
    assert [m.text() for m in shown(section, QLabel, "goal-months")] == [
        f"Measured on {format_day(UNTIL)}, where the statements of Ally Online Savings, "
        "Marcus Online Savings end."
    ]
    (goal,) = list_goals(shell.window.ctx.store, TODAY)
    assert (goal.name, goal.accounts) == (
        "Kitchen renovation", ("Ally Online Savings", "Marcus Online Savings"),
    )  # fmt: skip
    assert saved_on <= goal.created_on <= date.today()  # the day it was added

    # the same name again is told in the dialog, whatever its case
    click(qtbot, section.add_button)
    again = opened(shell.window, QDialog, "add-goal")
    qtbot.keyClicks(again.name, "kitchen Renovation")
    qtbot.keyClicks(again.amount, "800")
    tick(qtbot, again, "Ally Online Savings")
    enter(qtbot, again)
    assert again.problem.text() == "There is already a goal named kitchen Renovation."
    escape(qtbot, again)

    click(qtbot, section.remove_buttons["Kitchen renovation"])
    yes(qtbot, opened(shell.window, QMessageBox, "remove-goal"))
    qtbot.waitUntil(lambda: bool(shown(section, QLabel, "goals-empty")))
    assert shown(section, QProgressBar, "goal-progress") == []
    assert list_goals(shell.window.ctx.store, TODAY) == []


def test_a_goal_falling_behind_says_so_with_its_month_ends(qtbot, shell: Shell) -> None:
    store = shell.window.ctx.store
    add_goal(store, "Car in cash", Decimal("30000"), TODAY + timedelta(days=200),
             ["Ally Online Savings"], today=UNTIL - timedelta(days=80))  # fmt: skip
    section = open_health(qtbot, shell).findChild(GoalsSection)
    qtbot.waitUntil(lambda: len(shown(section, QProgressBar, "goal-progress")) == 1)
    assert [s.text() for s in shown(section, QLabel, "goal-state-behind")] == ["Behind"]
    (goal,) = list_goals(store, TODAY)
    assert goal.saved == Decimal("3743.62") + 3 * Decimal("575.00")
    assert len(goal.months) in (2, 3)  # the month ends of the last 80 days
    # months by name ("October 2026"), not "2026-10"
    ends = " · ".join(f"{format_month(month_of(m.month))}: ${m.saved:,}" for m in goal.months)
    (months,) = shown(section, QLabel, "goal-months")
    assert months.text() == (
        f"Month ends: {ends}. Measured on {format_day(UNTIL)}, where the statements of "
        "Ally Online Savings end."
    )


def test_tab_reaches_a_goals_buttons_before_the_forecast_below_it(qtbot, shell: Shell) -> None:
    add_goal(shell.window.ctx.store, "Car in cash", Decimal("30000"),
             TODAY + timedelta(days=200), ["Ally Online Savings"], today=UNTIL)  # fmt: skip
    page = open_health(qtbot, shell)
    section = page.findChild(GoalsSection)
    qtbot.waitUntil(lambda: len(shown(section, QProgressBar, "goal-progress")) == 1)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    page.export_button.setFocus()

    stops = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(
            QApplication.focusWidget().accessibleName() or QApplication.focusWidget().text()
        )
    assert stops == ["Add goal…", "Remove the goal Car in cash", "Audit subscriptions",
                     "Forecast horizon"]  # fmt: skip
