"""Budgets: the highest threshold the as-of month's spending has reached, told once a level."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import BudgetMonth, Candidate, size_fact
from finapp.core.budgets import crossed
from finapp.core.severity import Severity, budget_severity


def budget_alert(budget: BudgetMonth, thresholds: Sequence[int]) -> Candidate | None:
    """The highest threshold the month has reached, dated the day it was reached."""
    total = 0
    levels: list[tuple[date, int | None]] = []
    for day, spent in sorted(budget.daily):
        total += spent
        levels.append((day, crossed(total, budget.available_minor, thresholds)))
    level = crossed(total, budget.available_minor, thresholds)
    if level is None:
        return None
    day = next(d for d, reached in levels if reached is not None and reached >= level)
    month = day.strftime("%Y-%m")
    percent = total * 100 // budget.available_minor
    severity = budget_severity(total, budget.available_minor, budget.currency)
    # an overspend that grows from a notice to a warning or critical is news again (the level
    # stays last in the key: undoing an import reads it there)
    grown = "" if severity == Severity.INFO else f":{severity}"
    return Candidate(
        Kind.BUDGET,
        f"budget:{budget.category_id}:{month}{grown}:{level}",
        day,
        severity,
        category_id=budget.category_id,
        amount_minor=-total,
        currency=budget.currency,
        params={
            "category": budget.category,
            "state": "under" if level < 100 else "over" if total > budget.available_minor else "at",
            "percent": str(percent),
            "month": month,
            "spent": size_fact(total, budget.currency),
            "budget": size_fact(budget.available_minor, budget.currency),
        },
    )
