"""Budgets: the highest threshold the as-of month's spending has reached, told once a level,
with the use of the day it is dated; and when such an alert stops holding (a refund)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import BudgetMonth, Candidate, size_fact
from finapp.core.budgets import crossed
from finapp.core.severity import Severity, budget_severity

#: severities from the least serious up, to tell whether a day is still as serious as an alert
_RANKS = {severity: rank for rank, severity in enumerate(Severity)}


@dataclass(frozen=True, slots=True)
class _Day:
    """The month's use at the end of one day with spending."""

    day: date
    spent: int  # net spending of the month up to and including ``day``
    level: int | None  # the highest threshold reached
    severity: Severity


def _days(budget: BudgetMonth, thresholds: Sequence[int]) -> list[_Day]:
    total, out = 0, []
    for day, spent in sorted(budget.daily):
        total += spent
        level = crossed(total, budget.available_minor, thresholds)
        severity = budget_severity(total, budget.available_minor, budget.currency)
        out.append(_Day(day, total, level, severity))
    return out


def budget_alert(budget: BudgetMonth, thresholds: Sequence[int]) -> Candidate | None:
    """The highest threshold the month has reached, dated the day the month came to where it
    stands now (that level and severity), and telling the use of that day.

    Use can go down as well as up (a refund): dated by the latest stretch at today's level, an
    alert after a refund is not back-dated to the first crossing, and it never quotes a figure
    the category had not reached on its date.
    """
    days = _days(budget, thresholds)
    now = days[-1] if days else None
    if now is None or now.level is None:
        return None
    told = now
    for day in reversed(days):
        if (day.level, day.severity) != (now.level, now.severity):
            break
        told = day
    level, total = now.level, told.spent
    month = told.day.strftime("%Y-%m")
    # an overspend that grows from a notice to a warning or critical is news again (the level
    # stays last in the key: undoing an import reads it there)
    grown = "" if now.severity == Severity.INFO else f":{now.severity}"
    return Candidate(
        Kind.BUDGET,
        f"budget:{budget.category_id}:{month}{grown}:{level}",
        told.day,
        now.severity,
        category_id=budget.category_id,
        amount_minor=-total,
        currency=budget.currency,
        params={
            "category": budget.category,
            "state": "under" if level < 100 else "over" if total > budget.available_minor else "at",
            "percent": str(total * 100 // budget.available_minor),
            "month": month,
            "spent": size_fact(total, budget.currency),
            "budget": size_fact(budget.available_minor, budget.currency),
        },
    )


def budget_alert_end(
    key: str, since: date, budgets: Sequence[BudgetMonth], as_of: date
) -> date | None:
    """The first day after ``since`` that the budget alert ``key`` of the as-of month no longer
    holds: the month's use fell below its threshold, or below its severity (a refund); None
    while it holds, ``as_of`` when its budget is gone.

    Judged on the threshold in the key rather than today's settings, so changing the thresholds
    does not close alerts whose use has not moved.
    """
    _, category, _, *grown, level_text = key.split(":")
    level = int(level_text)
    severity = Severity(grown[0]) if grown else Severity.INFO
    budget = next((b for b in budgets if str(b.category_id) == category), None)
    if budget is None:
        return as_of
    available = budget.available_minor
    for day in _days(budget, ()):
        holds = (
            available > 0
            and day.spent * 100 >= level * available
            and _RANKS[day.severity] >= _RANKS[severity]
        )
        if day.day > since and not holds:
            return day.day
    return None
