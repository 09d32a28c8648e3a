"""New alerts reach the user once each: as tray notifications, or in the window's banner.

A reminder is worth something only if it arrives on its day, window open or not, so the checks
follow the calendar rather than the window:

- at start, after each import and when the user asks (Check now, F5);
- when the date changes (renewal reminders fall due at midnight, not when the app restarts);
- on wake from sleep: a timer ticks every minute and a tick that finds more than
  :data:`WAKE_GAP` passed since the last one means the computer slept (timers do not run
  then), so the day's reminders are checked at once instead of at the next interval;
- every :data:`CHECK_EVERY` otherwise: alerts change with imports and with the date, both
  checked already, so an hourly check only catches what another process (the CLI) changed.

"Today" and "now" come from the shell's :class:`~finapp.gui.clock.Clock`. The worker detects
subscriptions as of that day, evaluates alerts, takes the not-yet-notified ones and reads what
the tray menu lists; the main thread announces what changed and shows them. Several renewals
found together are one notification ("3 renewals this week: …"); more news than
:data:`MAX_SEPARATE` at once is one summary. Paused notifications are held and shown when the
pause ends, never dropped. Without a tray the banner shows them, so nothing is lost there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from finapp.core.alert_kinds import Kind
from finapp.core.severity import Severity
from finapp.gui import bus
from finapp.gui.alert_texts import alert_text
from finapp.gui.banner import Banner
from finapp.gui.clock import Clock
from finapp.gui.context import AppContext
from finapp.gui.desktop_notifications import DesktopNotifications
from finapp.gui.name_words import shown_name
from finapp.gui.tray import RenewalLine, Tray, TraySummary
from finapp.progress import ProgressFn
from finapp.services.changes import Changes
from finapp.services.notification_policy import NORMAL, URGENT, urgency
from finapp.services.notifications import AlertNote, CheckResult, run_check
from finapp.services.subscriptions import SubscriptionView
from finapp.store.engine import Store
from finapp.tr_marks import fill

log = logging.getLogger("finapp.gui")

#: how often the schedule looks at the clock (cheap: no store access unless a check is due)
TICK_MS = 60 * 1000
#: a tick arriving this much later than the last one means the computer was asleep
WAKE_GAP = timedelta(minutes=5)
#: the longest between two checks while nothing else (date, wake, import) triggers one
CHECK_EVERY = timedelta(hours=1)
#: more notifications than this at once become one summary notification, not a flood
MAX_SEPARATE = 3
#: renewals the tray menu lists
TRAY_RENEWALS = 3
#: the hour a pause "until tomorrow" ends (the start of a working day)
MORNING_HOUR = 8


def tray_summary(store: Store, today: date) -> TraySummary:
    """What the tray menu lists: the next renewals, those expected but not in the statements
    yet (the dashboard's rule: :mod:`finapp.services.renewals_due`) and how many alerts are
    open (reads only)."""
    from finapp.services.alerts import list_alerts
    from finapp.services.renewals_due import coming_renewals

    due = coming_renewals(store, today)
    alerts = list_alerts(store, as_of=today)
    return TraySummary(
        _lines(due.coming), len(alerts), sum(not a.read for a in alerts), _lines(due.expected)
    )


def _lines(subs: tuple[SubscriptionView, ...]) -> tuple[RenewalLine, ...]:
    """The first :data:`TRAY_RENEWALS` of ``subs`` as the menu lists them."""
    return tuple(
        RenewalLine(shown_name(s.name), s.next_date, abs(s.amount), s.currency, s.id)
        for s in subs[:TRAY_RENEWALS]
        if s.next_date is not None
    )


@dataclass(frozen=True, slots=True)
class _Checked:
    result: CheckResult
    summary: TraySummary


@dataclass(frozen=True, slots=True)
class _Notification:
    """One notification to show and the alert a click on it opens (None: the Alerts page)."""

    title: str
    text: str
    severity: str
    alert_id: int | None


class AlertNotifier(QObject):
    """Runs the day's check off the UI thread on a schedule and shows the alerts it hands over."""

    #: the list of :class:`AlertNote` just shown
    shown = Signal(list)
    #: notifications were paused (until a datetime) or resumed (None)
    paused = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        tray: Tray,
        banner: Banner,
        on_open_alerts: Callable[[int | None], None],
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray = tray
        self.banner = banner
        self.clock = clock or Clock()
        self._open_alerts = on_open_alerts
        #: the day subscriptions were last detected for: on a new day their dates move on
        self._checked_on: date | None = None
        #: when the last check started, and the last tick of the schedule
        self._last_check: datetime | None = None
        self._last_tick: datetime | None = None
        self._running = False
        #: a decision came while a check ran: check again once it is done, and announce it
        self._again = False
        self._decided = False
        self._paused_until: datetime | None = None
        self._held: list[AlertNote] = []
        #: unread alerts at the last check, new ones included: a summary names the older too
        self._unread = 0
        #: what a click on the latest tray notification opens
        self._clicked_alert: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        # the tray menu follows what the user does in the window (a dismissed alert, a renewal
        # marked cancelled) rather than waiting for the next check
        ctx.bus.data_changed.connect(self._data_changed)
        tray.message_clicked.connect(lambda: self._open_alerts(self._clicked_alert))
        #: the desktop's own notifications (D-Bus on Linux, else the tray); quiet hours, snoozes
        self.desktop = DesktopNotifications(ctx, tray, on_open_alerts, self.check, self.clock, self)

    def start(self) -> None:
        """The first check now, then the schedule."""
        self._last_tick = self.clock.now()
        self.timer.start()
        self.check()

    def tick(self) -> None:
        """Once a minute: end a pause that is over, and check if the schedule says so."""
        now = self.clock.now()
        last, self._last_tick = self._last_tick, now
        if self._paused_until is not None and now >= self._paused_until:
            self.resume()
        if last is not None and now - last > WAKE_GAP:
            reason = "wake"
        elif self._last_check is None or now.date() != self._last_check.date():
            reason = "new day"
        elif now - self._last_check >= CHECK_EVERY:
            reason = "interval"
        else:
            return
        log.info(f"alerts: scheduled check ({reason})")  # a fixed word: never masked
        self.check()

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        self._last_check = self.clock.now()
        today = self._last_check.date()
        store = self.ctx.store

        def work(_progress: ProgressFn, _cancel: threading.Event) -> _Checked:
            return _Checked(run_check(store, today), tray_summary(store, today))

        self.ctx.tasks.run(work, lambda done: self._checked(done, today), self._failed)

    def recheck(self) -> None:
        """A decision in the window (a subscription cancelled, a budget edited) changed what
        alerts hold: check now, or right after the check running (it may have read the store
        before the decision), and have the pages showing alerts reload after it even when it
        only resolved some (a renewal reminder of a subscription now cancelled)."""
        self._decided = True
        if self._running:
            self._again = True
            return
        self.check()

    def _data_changed(self, changes: Changes) -> None:
        if self._running or not changes.touches({bus.ALERTS, bus.SUBSCRIPTIONS}):
            return  # a check's own news: its summary is already in the tray
        store, today = self.ctx.store, self.clock.today()
        self.ctx.tasks.run(
            lambda _progress, _cancel: tray_summary(store, today),
            self.tray.set_summary,
            lambda exc: log.warning("tray summary failed: %s", type(exc).__name__),
        )

    def _failed(self, exc: Exception) -> None:
        self._running = False
        log.warning("alert check failed: %s", type(exc).__name__)
        self._check_again()

    def _check_again(self) -> None:
        """The check a decision asked for while another ran."""
        if self._again:
            self._again = False
            self.check()

    def _checked(self, done: _Checked, today: date) -> None:
        self.tray.set_summary(done.summary)
        self._unread = done.summary.unread
        changes = done.result.changes
        if self._checked_on != today:  # a new day: renewal dates moved on
            changes |= Changes.of(bus.SUBSCRIPTIONS)
        self._checked_on = today
        if self._decided and not self._again:  # what the decision resolved shows at once
            changes |= Changes.of(bus.ALERTS)
            self._decided = False
        if changes:
            self.ctx.bus.data_changed.emit(changes)  # still running: the summary is fresh
        self._running = False
        if done.result.notes:
            self._show(done.result.notes)
        self._check_again()

    # -- pausing ------------------------------------------------------------------------------

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    def pause_for(self, length: timedelta) -> None:
        self.pause(self.clock.now() + length)

    def pause_until_tomorrow(self) -> None:
        """Until tomorrow morning: a pause asked for in the evening lasts the night."""
        tomorrow = self.clock.today() + timedelta(days=1)
        self.pause(datetime.combine(tomorrow, datetime.min.time()).replace(hour=MORNING_HOUR))

    def pause(self, until: datetime) -> None:
        """Hold notifications until ``until``; what arrives meanwhile is shown then."""
        self._paused_until = until
        self.tray.set_paused_until(until)
        self.paused.emit(until)

    def resume(self) -> None:
        """Show notifications again, starting with the ones held during the pause."""
        self._paused_until = None
        self.tray.set_paused_until(None)
        self.paused.emit(None)
        held, self._held = self._held, []
        if held:
            self._show(held)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, notes: list[AlertNote]) -> None:
        if self._paused_until is not None:
            log.info("alerts: %d new, held while paused", len(notes))
            self._held.extend(notes)
            return
        log.info("alerts: %d new", len(notes))
        notifications = self._notifications(notes)
        grouped = [a.id for a in notes if a.id not in {n.alert_id for n in notifications}]
        shown_in_tray = all(
            self._notify(n.title, n.text, n.severity,
                         grouped if n.alert_id is None else [n.alert_id])
            for n in notifications
        )  # fmt: skip
        if shown_in_tray:
            self._clicked_alert = notifications[-1].alert_id
        else:
            self._show_in_banner(notes)
        self.shown.emit(notes)

    def _notify(self, title: str, text: str, severity: str, alert_ids: list[int]) -> bool:
        """Show one notification; False when the platform cannot (the banner then does)."""
        return self.desktop.show(title, text, severity, alert_ids)

    def _notifications(self, notes: list[AlertNote]) -> list[_Notification]:
        """One per alert, several renewals as one, and one summary when that is still many."""
        renewals = [n for n in notes if n.kind == Kind.RENEWAL and n.params.get("name")]
        if len(renewals) < 2:
            renewals = []
        others = [n for n in notes if n not in renewals]
        if len(others) + (1 if renewals else 0) > MAX_SEPARATE:
            return [_Notification(self.tr("finapp"), self._summary(notes), _summary_icon(notes),
                                  None)]  # fmt: skip
        shown = [_Notification(self._title(n), alert_text(n), n.severity, n.id) for n in others]
        if renewals:
            shown.append(
                _Notification(self.tr("finapp"), self._renewals(renewals), _worst(renewals), None)
            )
        return shown

    def _title(self, note: AlertNote) -> str:
        return {
            URGENT: self.tr("finapp: urgent alert"),
            NORMAL: self.tr("finapp: alert"),
        }.get(urgency(note.severity), self.tr("finapp"))

    def _renewals(self, notes: list[AlertNote]) -> str:
        """ "3 renewals this week: Netflix, Spotify, iCloud" (soonest first); "payments due"
        when a bill is among them, as rent is due rather than renewing."""
        ordered = sorted(notes, key=lambda n: (int(n.params.get("days", "0")), n.params["name"]))
        names = self.tr(", ", "between the names of a list").join(
            shown_name(n.params["name"]) for n in ordered
        )
        this_week = all(int(n.params.get("days", "0")) <= 7 for n in notes)
        if any(n.params.get("bill") == "yes" for n in notes):
            if this_week:
                text = self.tr("%n payment(s) due this week: %1", "", len(notes))
            else:
                text = self.tr("%n payment(s) coming up: %1", "", len(notes))
        elif this_week:
            text = self.tr("%n renewal(s) this week: %1", "", len(notes))
        else:
            text = self.tr("%n renewal(s) coming up: %1", "", len(notes))
        return fill(text, (names,))

    def _summary(self, notes: list[AlertNote]) -> str:
        if len(notes) == 1:
            return alert_text(notes[0])
        lead = alert_text(_lead(notes))
        if self._unread > len(notes):  # older unread ones too: the Alerts page counts them all
            text = self.tr("%n new alerts, %1 unread in all. Most important: %2", "", len(notes))
            return fill(text, (str(self._unread), lead))
        return fill(self.tr("%n new alerts. Most important: %1", "", len(notes)), (lead,))

    def _show_in_banner(self, notes: list[AlertNote]) -> None:
        level = "error" if urgency(_worst(notes)) == URGENT else "warning"
        target = notes[0].id if len(notes) == 1 else None
        self.banner.show_message(
            level, self._summary(notes), self.tr("Show alerts"),
            lambda: self._open_alerts(target),
        )  # fmt: skip


def _lead(notes: list[AlertNote]) -> AlertNote:
    """The alert a summary names: the most severe, the newest of those (``notes`` come newest
    first). Named by date alone, a routine emergency-fund note led four alerts while a budget
    was over."""
    ranks = {severity: rank for rank, severity in enumerate(Severity)}
    return max(notes, key=lambda n: ranks.get(Severity(n.severity), 0))


def _summary_icon(notes: list[AlertNote]) -> Severity:
    """A summary looks as serious as the alert it names: twenty renewals and budget notices
    are no emergency (a red icon on them teaches the user to ignore the one that is), an
    overspend among them is a warning, a critical alert leads and shows as one."""
    return Severity(_lead(notes).severity)


def _worst(notes: list[AlertNote]) -> Severity:
    severities = {n.severity for n in notes}
    return next((s for s in reversed(Severity) if s in severities), Severity.INFO)
