"""A bar chart's month axis: month names, thinned to what the axis has room for.

Bars stand at positions 0…n-1, one per month. A narrow chart labels every second, third, …
month (on calendar boundaries: Jan, Apr, Jul, Oct), a wide one every month; the year is written
under the first label and under the first label of each new year, so "2025" and "2026" never
meet side by side unless each has a label's room.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.axis import Axis
from matplotlib.ticker import Formatter, Locator

#: how many months a label may stand for: divisors of a year, so labels fall on the same months
_STEPS = (1, 2, 3, 4, 6, 12)


def _year_month(month: str) -> tuple[int, int]:
    year, mon = month.split("-")
    return int(year), int(mon)


class _MonthLocator(Locator):
    """Every k-th month's position, k the smallest step whose labels fit the axis."""

    def __init__(self, months: Sequence[str]) -> None:
        self._months = [_year_month(m) for m in months]

    def __call__(self) -> list[int]:
        count = len(self._months)
        # get_tick_space allows each label three font sizes: room for "Sep" over "2025"
        room = self.axis.get_tick_space() if self.axis is not None else count
        ticks: list[int] = []
        for step in _STEPS:
            ticks = [i for i, (_y, m) in enumerate(self._months) if (m - 1) % step == 0]
            if not ticks:  # a short history without the step's months
                ticks = list(range(0, count, step))
            if len(ticks) <= room:
                break
        return ticks  # at worst a label a year

    def tick_values(self, vmin: float, vmax: float) -> list[int]:
        return self()


class _MonthFormatter(Formatter):
    """Month names, the year under the first and under each change of year among the labels."""

    def __init__(self, months: Sequence[str], name: Callable[[int], str]) -> None:
        self._months = [_year_month(m) for m in months]
        self._name = name

    def __call__(self, x: float, pos: int | None = None) -> str:
        return self.format_ticks([x])[0]

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        labels, last_year = [], None
        for value in values:
            index = round(value)
            if not 0 <= index < len(self._months):
                labels.append("")
                continue
            year, mon = self._months[index]
            name = self._name(mon)
            labels.append(f"{name}\n{year}" if year != last_year else name)
            last_year = year
        return labels


def month_axis(axis: Axis, months: Sequence[str], name: Callable[[int], str]) -> None:
    """Label ``axis`` (bar positions 0…n-1) with ``months`` ("YYYY-MM"), thinned to fit."""
    axis.set_major_locator(_MonthLocator(months))
    axis.set_major_formatter(_MonthFormatter(months, name))
