"""New alerts reach the user once each: as tray notifications, or in the window's banner.

Checked at start, after each import and on a timer. The worker detects subscriptions as of
today, evaluates alerts and takes the not-yet-notified ones; the main thread announces what
changed and shows them. Without a tray the banner shows them, so nothing is lost on such platforms.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from finapp.gui import bus
from finapp.gui.alert_texts import alert_text
from finapp.gui.banner import Banner
from finapp.gui.context import AppContext
from finapp.gui.tray import Tray
from finapp.progress import ProgressFn
from finapp.services.changes import Changes
from finapp.services.notifications import AlertNote, CheckResult, run_check

log = logging.getLogger("finapp.gui")

#: how often alerts are evaluated while the app runs
CHECK_INTERVAL_MS = 15 * 60 * 1000
#: more new alerts than this at once become one summary notification, not a flood
MAX_SEPARATE = 3


class AlertNotifier(QObject):
    """Runs the day's check off the UI thread and shows the alerts it hands over."""

    #: the list of :class:`AlertNote` just shown
    shown = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        tray: Tray,
        banner: Banner,
        on_open_alerts: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray = tray
        self.banner = banner
        self._open_alerts = on_open_alerts
        #: the day subscriptions were last detected for: on a new day their dates move on
        self._checked_on: date | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        tray.message_clicked.connect(on_open_alerts)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self._running:
            return
        self._running = True

        today = date.today()

        def work(_progress: ProgressFn, _cancel: threading.Event) -> CheckResult:
            return run_check(self.ctx.store, today)

        self.ctx.tasks.run(work, lambda result: self._checked(result, today), self._failed)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        log.warning("alert check failed: %s", type(exc).__name__)

    def _checked(self, result: CheckResult, today: date) -> None:
        self._running = False
        changes = result.changes
        if self._checked_on != today:  # a new day: renewal dates moved on
            changes |= Changes.of(bus.SUBSCRIPTIONS)
        self._checked_on = today
        if changes:
            self.ctx.bus.data_changed.emit(changes)
        if result.notes:
            self._show(result.notes)

    def _show(self, notes: list[AlertNote]) -> None:
        log.info("alerts: %d new", len(notes))
        if len(notes) > MAX_SEPARATE:
            shown_in_tray = self.tray.notify(
                self.tr("finapp"), self._summary(notes), _worst(notes)
            )
        else:
            shown_in_tray = all(
                self.tray.notify(self._title(note), alert_text(note), note.severity)
                for note in notes
            )
        if not shown_in_tray:
            self._show_in_banner(notes)
        self.shown.emit(notes)

    def _title(self, note: AlertNote) -> str:
        return {
            "critical": self.tr("finapp: urgent alert"),
            "warning": self.tr("finapp: alert"),
        }.get(note.severity, self.tr("finapp"))

    def _summary(self, notes: list[AlertNote]) -> str:
        if len(notes) == 1:
            return alert_text(notes[0])
        return self.tr("%n new alerts. Latest: %1", "", len(notes)).replace(
            "%1", alert_text(notes[0])
        )

    def _show_in_banner(self, notes: list[AlertNote]) -> None:
        level = "error" if _worst(notes) == "critical" else "warning"
        self.banner.show_message(
            level, self._summary(notes), self.tr("Show alerts"), self._open_alerts
        )


def _worst(notes: list[AlertNote]) -> str:
    severities = {n.severity for n in notes}
    return next((s for s in ("critical", "warning") if s in severities), "info")
