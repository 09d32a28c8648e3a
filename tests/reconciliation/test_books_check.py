"""The check itself: consecutive stated balances against the transactions of the days between,
on generated histories where the truth is known."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.core.reconciliation import Books, StatedBalance, checkable, differences, merged_spans

START = date(2025, 1, 1)


def _history(seed: int, days: int = 120) -> list[tuple[date, int]]:
    """Lines of a household account: several a day some days, none on others, equal amounts."""
    rng = random.Random(seed)
    lines = []
    for offset in range(days):
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            lines.append((START + timedelta(days=offset), rng.choice((-675, -675, -9235, 320000))))
    return lines


def _stated(lines: list[tuple[date, int]], days: list[date], opening: int) -> list[StatedBalance]:
    return [StatedBalance(d, opening + sum(a for p, a in lines if p <= d)) for d in days]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.lists(st.integers(0, 119), min_size=2, max_size=12, unique=True))
def test_balances_made_from_the_lines_always_agree(seed: int, offsets: list[int]) -> None:
    lines = _history(seed)
    stated = _stated(lines, [START + timedelta(days=o) for o in offsets], opening=150_000)
    spans = merged_spans([(START, START + timedelta(days=119))])
    assert differences(checkable(stated, spans), Books(lines), spans) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.data())
def test_a_lost_line_is_found_in_the_one_period_that_holds_it(
    seed: int, data: st.DataObject
) -> None:
    lines = _history(seed)
    lost = data.draw(st.sampled_from(lines))
    kept = list(lines)
    kept.remove(lost)  # one of two equal coffees on a day: the other stays
    month_ends = [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]
    spans = [(START, date(2025, 4, 30))]
    found = differences(
        checkable(_stated(lines, [START, *month_ends], 0), spans), Books(kept), spans
    )
    if lost[0] == START:  # before the first stated balance: no check can see it
        assert found == []
        return
    [gap] = found
    assert gap.start <= lost[0] <= gap.end
    assert gap.difference == lost[1]
    assert gap.end - gap.start < timedelta(days=31)


def test_a_missing_month_is_one_period_naming_the_days_no_statement_covers() -> None:
    lines = _history(7)
    march = [(d, a) for d, a in lines if d.month == 3]
    imported = [(d, a) for d, a in lines if d.month != 3]
    statements = [(date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 2, 1), date(2025, 2, 28)),
                  (date(2025, 4, 1), date(2025, 4, 30))]  # fmt: skip
    spans = merged_spans(statements)
    stated = _stated(lines, [date(2025, 1, 31), date(2025, 2, 28), date(2025, 4, 30)], 5_000)
    [gap] = differences(checkable(stated, spans), Books(imported), spans)
    assert (gap.start, gap.end) == (date(2025, 3, 1), date(2025, 4, 30))
    assert gap.difference == sum(a for _, a in march)
    assert gap.uncovered == ((date(2025, 3, 1), date(2025, 3, 31)),)


def test_a_balance_stated_for_a_day_no_statement_covers_waits() -> None:
    """A bank states the download day's balance, after its last line: not a difference."""
    lines = _history(11)
    spans = merged_spans([(START, date(2025, 1, 31))])
    late = StatedBalance(date(2025, 2, 3), sum(a for d, a in lines if d <= date(2025, 2, 3)))
    stated = [*_stated(lines, [date(2025, 1, 15), date(2025, 1, 31)], 0), late]
    books = Books([(d, a) for d, a in lines if d <= date(2025, 1, 31)])
    assert checkable(stated, spans) == stated[:2]
    assert differences(checkable(stated, spans), books, spans) == []
