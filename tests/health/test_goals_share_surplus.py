"""Savings goals share what the household has left over a month: the goal due soonest is served
first, and a goal the rest does not reach is "More than you save", by what is missing for it.

The couple of :mod:`tests.health.test_goal_surplus` has a little under 280.00 a month to spare
and three goals on their savings account: the car's repair by March (120.00 a month), a holiday
by June (120.00 a month) and the kitchen by December 2027 (100.00 a month). Each alone fits in
the surplus; together they need 340.00. The car and the holiday take 240.00 of it, which leaves
the kitchen under 40.00: the household saves 60-odd dollars a month too little for all three.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.goals import GoalState
from finapp.services.alerts import evaluate_alerts
from finapp.services.goals import GoalStatus, add_goal, list_goals
from finapp.services.health_export import write_report
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.health.test_goal_surplus import (
    ASKED,
    SET_ON,
    _expected_surplus,
    _household,
    _savings_lines,
    _sum,
)

#: what the savings account holds at the end of October, as the statements add up
SAVED = Decimal("4000.00") + _sum(_savings_lines())
#: name, date, what it still needs beyond what is saved, and so a month from 30 November
GOALS = (
    ("Kitchen", date(2027, 12, 31), Decimal("1300.00"), Decimal("100.00")),  # 13 months
    ("Car repair", date(2027, 3, 31), Decimal("480.00"), Decimal("120.00")),  # 4 months
    ("Holiday", date(2027, 6, 30), Decimal("840.00"), Decimal("120.00")),  # 7 months
)


def _three_goals(store: Store, tmp_path: Path) -> dict[str, GoalStatus]:
    _household(store, tmp_path)
    for name, by, more, _ in GOALS:
        add_goal(store, name, SAVED + more, by, ["000000004471"], today=SET_ON)
    return {goal.name: goal for goal in list_goals(store, ASKED)}


def test_the_goal_the_surplus_does_not_reach_is_beyond_it_by_what_is_missing(
    store: Store, tmp_path: Path
) -> None:
    goals = _three_goals(store, tmp_path)
    surplus = _expected_surplus()
    assert Decimal("240.00") < surplus < Decimal("340.00")
    assert {name: goals[name].needed_per_month for name, *_ in GOALS} == {
        name: monthly for name, _, _, monthly in GOALS
    }

    car, holiday, kitchen = goals["Car repair"], goals["Holiday"], goals["Kitchen"]
    assert [car.state, holiday.state, kitchen.state] == [
        GoalState.ON_TRACK,
        GoalState.ON_TRACK,
        GoalState.BEYOND_SURPLUS,
    ]
    assert (car.state, car.surplus_left_per_month, car.short_per_month) == (
        GoalState.ON_TRACK,
        surplus,
        None,
    )
    assert (holiday.state, holiday.sooner_goals, holiday.short_per_month) == (
        GoalState.ON_TRACK,
        ("Car repair",),
        None,
    )
    left = surplus - Decimal("240.00")
    assert (kitchen.sooner_goals, kitchen.surplus_left_per_month, kitchen.taken_by_sooner) == (
        ("Car repair", "Holiday"),
        left,
        Decimal("240.00"),
    )
    assert kitchen.short_per_month == Decimal("100.00") - left
    # what is missing for all three together is what the household would have to save more
    assert kitchen.short_per_month == Decimal("340.00") - surplus


def test_the_monthly_alert_names_the_goals_served_first(store: Store, tmp_path: Path) -> None:
    _three_goals(store, tmp_path)
    surplus = _expected_surplus()
    raised = [a for a in evaluate_alerts(store, ASKED) if a.kind.startswith("goal_")]
    assert [(a.kind, a.message) for a in raised] == [
        (
            "goal_beyond_surplus",
            f"Savings goal Kitchen needs 100.00 USD a month to reach {SAVED + 1300} USD by "
            f"2027-12-31, but over the last 6 months the household had {surplus} USD a month "
            "left after spending, and goals due sooner (Car repair, Holiday) take 240.00 USD "
            f"of it: {Decimal('340.00') - surplus} USD a month short. Save more each month, or "
            "move a date or a target.",
        )
    ]


def test_the_list_says_what_the_goals_due_sooner_take(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _three_goals(store, tmp_path)
    surplus = _expected_surplus()
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "goals", "list", "--as-of", ASKED.isoformat()], capsys)
    assert code == 0, err
    assert out.splitlines()[-1] == (
        f"Kitchen needs 100.00 USD a month; the household had {surplus} USD a month left after "
        "spending over the last 6 months, and goals due sooner (Car repair, Holiday) take "
        f"240.00 USD of it: {Decimal('340.00') - surplus} USD a month short."
    )


def test_the_chinese_self_check_report_says_what_the_goals_due_sooner_take(
    store: Store, tmp_path: Path
) -> None:
    kitchen = _three_goals(store, tmp_path)["Kitchen"]
    page = write_report(store, tmp_path / "health.html", ASKED, language="zh_CN").read_text()
    assert (
        f"Kitchen 每月需存 100.00 USD；近 6 个月家庭每月收支结余 {kitchen.surplus_per_month} "
        "USD，其中 240.00 USD 先用于更早到期的目标（Car repair、Holiday）：每月还差 "
        f"{kitchen.short_per_month} USD。"
    ) in page
