"""Health page → Savings goals: a goal on pace that needs more a month than the household has
left over reads "More than you save", with what it needs, the surplus and how far short."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from finapp.gui.models.formatting import format_money
from finapp.gui.pages.health_goals import GoalsSection
from finapp.services.goals import GoalStatus
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import make_shell
from tests.gui.test_page_health import open_health, shown
from tests.gui.tray_support import SteppedClock
from tests.health.test_goal_surplus import ASKED, _goal, _household, _lease


def _needed_cells(qtbot, tmp_path: Path, *, leased: bool) -> tuple[GoalStatus, list[str]]:  # type: ignore[no-untyped-def]
    """The Kitchen goal and what its row shows under "needed" on the Health page."""
    store = open_store(tmp_path / "data", passphrase=PASSPHRASE)
    _household(store, tmp_path)
    if leased:
        _lease(store, tmp_path)
    kitchen = _goal(store, "Kitchen", "20000.00")
    shell = make_shell(store, tmp_path, clock=SteppedClock(datetime.combine(ASKED, time(9))))
    qtbot.addWidget(shell.window)
    shell.window.show()
    try:
        section = open_health(qtbot, shell).findChild(GoalsSection)
        qtbot.waitUntil(lambda: bool(shown(section, QLabel, "goal-state-beyond_surplus")))
        (state,) = shown(section, QLabel, "goal-state-beyond_surplus")
        assert state.text() == "More than you save"
        return kitchen, [label.text() for label in shown(section, QLabel, "goal-cell-2")]
    finally:
        shell.close()
        store.close()


def _saved(kitchen, money) -> str:  # type: ignore[no-untyped-def]
    return f"{money(kitchen.surplus_per_month)} a month left over in the last 6 months"


def _overspent(kitchen, money) -> str:  # type: ignore[no-untyped-def]
    """ "-$362.31 a month left over" broke across lines at its minus and read as a slip."""
    spent = money(-kitchen.surplus_per_month)
    return f"{spent} a month more spent than came in over the last 6 months"


@pytest.mark.parametrize(
    ("leased", "said"),
    [(False, _saved), (True, _overspent)],
    ids=["a surplus short of the goal", "spending more than comes in"],
)
def test_the_goal_row_says_how_far_the_surplus_falls_short(
    qtbot,  # type: ignore[no-untyped-def]
    us_locale,
    tmp_path: Path,
    leased: bool,
    said,  # type: ignore[no-untyped-def]
) -> None:
    kitchen, needed = _needed_cells(qtbot, tmp_path, leased=leased)
    assert kitchen.surplus_per_month is not None and kitchen.short_per_month is not None

    def money(amount):  # type: ignore[no-untyped-def]
        return format_money(amount, "USD")

    assert needed == [
        f"{money(kitchen.needed_per_month)} a month; {said(kitchen, money)}: "
        f"{money(kitchen.short_per_month)} short"
    ]
