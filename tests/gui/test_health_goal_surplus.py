"""Health page → Savings goals: a goal on pace that needs more a month than the household has
left over reads "More than you save", with what it needs, the surplus and how far short."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

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


def test_the_goal_row_says_how_far_the_surplus_falls_short(
    qtbot,  # type: ignore[no-untyped-def]
    us_locale,
    tmp_path: Path,
) -> None:
    kitchen, needed = _needed_cells(qtbot, tmp_path, leased=False)
    assert kitchen.surplus_per_month is not None and kitchen.short_per_month is not None
    assert needed == [
        f"{format_money(kitchen.needed_per_month, 'USD')} a month; "
        f"{format_money(kitchen.surplus_per_month, 'USD')} a month left over in the last "
        f"6 months: {format_money(kitchen.short_per_month, 'USD')} short"
    ]


def test_a_household_spending_more_than_comes_in_reads_so_in_the_row(
    qtbot,  # type: ignore[no-untyped-def]
    us_locale,
    tmp_path: Path,
) -> None:
    """ "-$362.31 a month left over" broke across lines at its minus and read as a slip."""
    kitchen, needed = _needed_cells(qtbot, tmp_path, leased=True)
    assert kitchen.surplus_per_month is not None and kitchen.short_per_month is not None
    assert needed == [
        f"{format_money(kitchen.needed_per_month, 'USD')} a month; "
        f"{format_money(-kitchen.surplus_per_month, 'USD')} a month more spent than came in "
        f"over the last 6 months: {format_money(kitchen.short_per_month, 'USD')} short"
    ]
