"""The overview's "Budget left": what the budgets not yet spent still have, and apart how far
the overspent ones are over (t38: ¥122.44 "left" in a November with 3 of 5 budgets over)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.budgets import set_budget
from tests.gui.chinese import chinese, speaking  # noqa: F401
from tests.gui.page_fixtures import TODAY, shown_dashboard


@pytest.fixture
def english(qapp, translation_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English translation as the app installs it: its plural forms ("1 budget")."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    with speaking(qapp, "en"):
        yield


def test_budget_left_keeps_overspending_apart(qtbot, household_ctx, english) -> None:
    store = household_ctx.store
    # June 1–20: groceries and coffee 198.20, Netflix and Spotify 26.48, rent 1,250.00
    set_budget(store, "Food", Decimal("150"), today=TODAY)  # 48.20 over
    set_budget(store, "Housing", Decimal("1200"), today=TODAY)  # 50.00 over
    set_budget(store, "Entertainment", Decimal("40"), today=TODAY)  # 13.52 left
    page = shown_dashboard(qtbot, household_ctx)
    headline = page.budget_left
    # added together these read "-$84.68 left": an overspend hidden in another's leftover
    assert headline.value.text() == "$13.52"
    assert headline.note.isVisible()
    assert headline.note.text() == "left in 1 budget · 2 over by $98.20"


def test_with_nothing_over_only_what_is_left_is_said(qtbot, household_ctx, english) -> None:
    set_budget(household_ctx.store, "Food", Decimal("400"), today=TODAY)
    set_budget(household_ctx.store, "Entertainment", Decimal("40"), today=TODAY)
    headline = shown_dashboard(qtbot, household_ctx).budget_left
    assert (headline.value.text(), headline.note.text()) == ("$215.32", "left in 2 budgets")


def test_budget_left_reads_in_chinese(qtbot, household_ctx, chinese) -> None:  # noqa: F811
    set_budget(household_ctx.store, "Food", Decimal("150"), today=TODAY)
    set_budget(household_ctx.store, "Entertainment", Decimal("40"), today=TODAY)
    note = shown_dashboard(qtbot, household_ctx).budget_left.note.text()
    assert note.startswith("1 项预算尚有剩余 · 1 项超支，共超出 ")
    assert note.endswith("48.20")


def _budget_chart_text(page) -> list[str]:  # type: ignore[no-untyped-def]
    """What the budget chart writes on it (its hover note, hidden, holds nothing yet)."""
    page.budget_chart.canvas.draw()
    (axes,) = page.budget_chart.figure.axes
    return [t.get_text() for t in axes.texts if t.get_text()]


def test_without_budgets_the_card_and_the_chart_say_none_is_set(
    qtbot, household_ctx, english
) -> None:
    page = shown_dashboard(qtbot, household_ctx)
    assert page.budget_left.value.text() == "No budgets set"
    # the month has spending: what the chart lacks is a budget, not data
    assert _budget_chart_text(page) == ["No budgets set"]


def test_without_budgets_the_chart_says_so_in_chinese(qtbot, household_ctx, chinese) -> None:  # noqa: F811
    assert _budget_chart_text(shown_dashboard(qtbot, household_ctx)) == ["未设置预算"]
