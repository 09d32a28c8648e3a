"""Helpers for the tray tests: a clock the test moves, and trays that record what they show.

The clock is the app's real collaborator (:class:`finapp.gui.clock.Clock`) set to a moment the
test chooses: the real app runs with it, and moving it forward is how days pass in a test.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from finapp.gui.clock import Clock
from finapp.gui.tray import LockedTray, Tray


class SteppedClock(Clock):
    """A clock that stands still until the test moves it."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class RecordingTray(Tray):
    """A tray standing in for the platform's, recording the notifications it was asked for."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.shown: list[tuple[str, str, str]] = []

    def notify(self, title: str, text: str, severity: str = "info") -> bool:
        self.shown.append((title, text, severity))
        return True


class RecordingLockedTray(LockedTray):
    """The locked tray, recording its messages."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> bool:
        self.shown.append((title, text))
        return True


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The English translation installed, as the app does: plural forms ("2 open alerts")."""
    from finapp.gui import i18n

    translators = i18n.install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
