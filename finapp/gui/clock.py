"""The one place the running app reads the date and time from.

Reminders are about *today*: the shell owns one :class:`Clock` and hands it to whatever decides
what today is (the scheduled alert checks, the locked tray's daily reminder), so the whole app
agrees on the day even across midnight, and a test can start the real app with a clock it moves
forward (past a renewal's reminder day) instead of waiting for the calendar.
"""

from __future__ import annotations

from datetime import date, datetime


class Clock:
    """Local wall-clock time, as the user's calendar shows it."""

    def now(self) -> datetime:
        return datetime.now()

    def today(self) -> date:
        return self.now().date()
