"""Health page → Savings goals: goals share the surplus, the one due soonest first; the row of a
goal it does not reach says what the goals due sooner take, which they are, and how far short
it is, in English and in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from finapp.gui.models.formatting import format_money
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.shell import Shell
from finapp.services.goals import GoalStatus
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.shell_support import make_shell
from tests.gui.test_page_health import shown
from tests.gui.tray_support import SteppedClock
from tests.health.test_goal_surplus import ASKED
from tests.health.test_goals_share_surplus import _three_goals


@pytest.fixture
def kitchen_and_rows(qtbot, tmp_path: Path) -> Iterator[tuple[GoalStatus, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    """The three goals' household on the Health page: the kitchen's status, then each row's
    state and needed saving as shown."""
    store = open_store(tmp_path / "data", passphrase=PASSPHRASE)
    kitchen = _three_goals(store, tmp_path)["Kitchen"]
    shell: Shell = make_shell(store, tmp_path, clock=SteppedClock(datetime.combine(ASKED, time(9))))
    qtbot.addWidget(shell.window)
    shell.window.show()
    try:
        # Ctrl+7, as the user opens the Health page in either language
        (go_health,) = [a for a in shell.window.page_actions
                        if a.shortcut() == QKeySequence("Ctrl+7")]  # fmt: skip
        go_health.trigger()
        qtbot.waitUntil(lambda: shell.window.current_page_name() == "health")
        section = shell.window.page("health").findChild(GoalsSection)
        qtbot.waitUntil(lambda: bool(shown(section, QLabel, "goal-state-beyond_surplus")))
        states = [label.objectName() for label in section.findChildren(QLabel)
                  if label.objectName().startswith("goal-state-")]  # fmt: skip
        needed = [label.text() for label in shown(section, QLabel, "goal-cell-2")]
        yield kitchen, states, needed
    finally:
        shell.close()
        store.close()


def _money(amount: Decimal | None) -> str:
    assert amount is not None
    return format_money(amount, "USD")


def test_the_row_of_the_goal_the_surplus_does_not_reach(
    us_locale,  # type: ignore[no-untyped-def]
    kitchen_and_rows: tuple[GoalStatus, list[str], list[str]],
) -> None:
    kitchen, states, needed = kitchen_and_rows
    assert sorted(states) == ["goal-state-beyond_surplus", *["goal-state-on_track"] * 2]
    assert (
        f"{_money(kitchen.needed_per_month)} a month; {_money(kitchen.surplus_per_month)} a "
        "month left over in the last 6 months, of which goals due sooner (Car repair and "
        f"Holiday) take {_money(Decimal('240.00'))}: {_money(kitchen.short_per_month)} short"
    ) in needed


@pytest.mark.usefixtures("chinese")
def test_the_row_in_chinese(kitchen_and_rows: tuple[GoalStatus, list[str], list[str]]) -> None:
    kitchen, _, needed = kitchen_and_rows
    assert (
        f"每月 {_money(kitchen.needed_per_month)}；近 6 个月每月结余 "
        f"{_money(kitchen.surplus_per_month)}，其中 {_money(Decimal('240.00'))} 先用于更早到期的"
        f"目标（Car repair和Holiday）：每月还差 {_money(kitchen.short_per_month)}"
    ) in needed
