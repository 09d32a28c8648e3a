"""A login start whose store waits for its passphrase: the padlock tray and its schedule.

Being locked, finapp cannot know whether a reminder is due; once a day, at the first check
from :data:`LOCKED_REMINDER_HOUR` on, the tray says reminders may be waiting ("unlock to see
them"). A passphrase dialog nobody asked for must never greet a login: the store stays locked
until the user clicks the icon.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from finapp.gui.clock import Clock
from finapp.gui.tray import LockedTray

log = logging.getLogger("finapp.gui")

#: while locked, the tray's "unlock to see them" comes at the first check from this hour on
LOCKED_REMINDER_HOUR = 9
#: how often the locked tray looks at the clock
LOCKED_TICK_MS = 60 * 1000


class LockedStart(QObject):
    """The padlock tray of a locked login start, and its once-a-day reminder.

    ``unlock(to_alerts)`` is emitted when the user asks to unlock: from the icon or its menu
    (``False``), or from the "unlock to see them" message (``True``: show the alerts then).
    """

    unlock = Signal(bool)

    def __init__(self, clock: Clock, tray_available: bool | None, parent: QObject) -> None:
        super().__init__(parent)
        self.clock = clock
        self.tray = LockedTray(self, available=tray_available)
        self.tray.unlock_requested.connect(lambda: self.unlock.emit(False))
        self.tray.message_clicked.connect(lambda: self.unlock.emit(True))
        self.tray.quit_requested.connect(QApplication.quit)
        self._reminded_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOCKED_TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """Once a day, from the reminder hour on: reminders may be waiting behind the lock."""
        now = self.clock.now()
        if now.hour < LOCKED_REMINDER_HOUR or self._reminded_on == now.date():
            return
        self._reminded_on = now.date()
        log.info("locked: told that reminders may be waiting")
        self.tray.remind()

    def close(self) -> None:
        self.timer.stop()
        self.tray.hide()
        self.deleteLater()
