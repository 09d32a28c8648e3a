"""The system-tray icon: where finapp lives while its window is closed.

The menu tells what is coming without opening the window (the next renewals, how many alerts
are open) and offers Open, Import…, Check now, Pause notifications and Quit. It is rebuilt each
time it opens, so it always reflects the window's current actions and the last check's summary.
A store still locked (started at login, passphrase not typed yet) has its own
:class:`LockedTray`: a padlock on the icon, and Unlock as the only thing to do. On platforms
without a tray (offscreen, some Wayland desktops) :attr:`Tray.available` is False and nothing
here is created.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from finapp.core.severity import Severity
from finapp.gui.clock import Clock
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.resources import app_icon

# how long "Pause notifications → For 1 hour" pauses
PAUSE_HOUR = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class RenewalLine:
    """One upcoming renewal as the tray menu lists it."""

    name: str
    date: date
    amount: Decimal
    currency: str
    subscription_id: int


@dataclass(frozen=True, slots=True)
class TraySummary:
    """What the last alert check found for the menu: the next renewals, the open alerts, and
    how many of those the user has not read (the Alerts page's "21 unread")."""

    renewals: tuple[RenewalLine, ...] = ()
    open_alerts: int = 0
    unread: int = 0
    #: renewals already due after the statements end: expected, not in them yet (listed apart)
    expected: tuple[RenewalLine, ...] = ()


def _message_icon(severity: str) -> QSystemTrayIcon.MessageIcon:
    icons: dict[str, QSystemTrayIcon.MessageIcon] = {
        Severity.CRITICAL: QSystemTrayIcon.MessageIcon.Critical,
        Severity.WARNING: QSystemTrayIcon.MessageIcon.Warning,
    }
    return icons.get(severity, QSystemTrayIcon.MessageIcon.Information)


class Tray(QObject):
    """Wraps :class:`QSystemTrayIcon`; ``notify`` returns False when it cannot show a message."""

    open_requested = Signal()
    # a notification bubble was clicked
    message_clicked = Signal()
    # a renewal in the menu was chosen (its subscription id)
    renewal_chosen = Signal(int)
    # the open-alerts entry was chosen
    alerts_chosen = Signal()
    # Pause notifications → For 1 hour (a timedelta) / Until tomorrow (None)
    pause_requested = Signal(object)
    resume_requested = Signal()

    def __init__(
        self,
        actions: dict[str, QAction],
        parent: QObject | None = None,
        *,
        available: bool | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or Clock()
        # "import", "check", "quit": the window's actions, shared so shortcuts and state match
        self.actions = actions
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.summary = TraySummary()
        self.paused_until: datetime | None = None
        self.menu = QMenu()
        self.menu.setObjectName("tray-menu")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("finapp")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.message_clicked)
            self.icon.show()
        self.rebuild_menu()

    def set_summary(self, summary: TraySummary) -> None:
        self.summary = summary
        self.rebuild_menu()

    def set_paused_until(self, until: datetime | None) -> None:
        self.paused_until = until
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        self.menu.clear()
        if self.summary.renewals:
            self._add_heading(self.tr("Upcoming renewals"))
            self._add_renewals(self.summary.renewals)
        if self.summary.expected:
            if self.summary.renewals:
                self.menu.addSeparator()
            self._add_heading(self.tr("Expected, not in your statements yet"))
            self._add_renewals(self.summary.expected)
        if self.summary.renewals or self.summary.expected:
            self.menu.addSeparator()
        count = self.summary.open_alerts
        alerts = self.menu.addAction(
            self.tr("%n open alert(s)", "", count) if count else self.tr("No open alerts")
        )
        alerts.triggered.connect(self.alerts_chosen)
        self.menu.addSeparator()
        open_action = self.menu.addAction(self.tr("&Open finapp"))
        open_action.triggered.connect(self.open_requested)
        for key in ("import", "check"):
            self.menu.addAction(self.actions[key])
        self._add_pause_entries()
        self.menu.addSeparator()
        self.menu.addAction(self.actions["quit"])

    def _add_heading(self, text: str) -> None:
        """A greyed line saying what the lines under it are, as native menus head a group:
        "Netflix — 12/3/26 — $15.49" alone does not say it is a renewal. A disabled item, not
        :meth:`QMenu.addSection`, whose words many trays (those drawing the menu themselves
        from D-Bus) show as a bare line."""
        heading = self.menu.addAction(text)
        heading.setEnabled(False)

    def _add_renewals(self, lines: tuple[RenewalLine, ...]) -> None:
        for line in lines:
            amount = format_money(line.amount, line.currency)
            action = self.menu.addAction(f"{line.name} — {format_date(line.date)} — {amount}")
            action.triggered.connect(
                lambda _checked=False, sub=line.subscription_id: self.renewal_chosen.emit(sub)
            )

    def _add_pause_entries(self) -> None:
        if self.paused_until is not None:
            resume = self.menu.addAction(
                self.tr("&Resume notifications (paused until %1)").replace(
                    "%1", _when(self.paused_until, self.clock.today())
                )
            )
            resume.triggered.connect(self.resume_requested)
            return
        pause = self.menu.addMenu(self.tr("&Pause notifications"))
        pause.setObjectName("tray-pause-menu")
        hour = pause.addAction(self.tr("For 1 &hour"))
        hour.triggered.connect(lambda: self.pause_requested.emit(PAUSE_HOUR))
        tomorrow = pause.addAction(self.tr("Until &tomorrow"))
        tomorrow.triggered.connect(lambda: self.pause_requested.emit(None))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def notify(self, title: str, text: str, severity: str = Severity.INFO) -> bool:
        """Show a desktop notification; False when the platform cannot."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, _message_icon(severity), 10_000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()


def _when(moment: datetime, today: date) -> str:
    """A pause's end: the time when it is today, else the day and time."""
    from PySide6.QtCore import QLocale, QTime

    time_text = QLocale().toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )
    if moment.date() == today:
        return time_text
    return f"{format_date(moment.date())} {time_text}"


def locked_icon() -> QIcon:
    """The app icon with a padlock in its lower right corner: finapp runs, its store is locked."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    app_icon().paint(painter, 0, 0, size, size)
    body = QRectF(size * 0.50, size * 0.60, size * 0.44, size * 0.36)
    shackle = QPainterPath()
    shackle.addRoundedRect(
        QRectF(body.left() + size * 0.08, size * 0.42, body.width() - size * 0.16, size * 0.30),
        size * 0.12, size * 0.12,
    )  # fmt: skip
    painter.setPen(QPen(QColor("#202020"), size * 0.06))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setPen(QPen(QColor("#202020"), size * 0.03))
    painter.setBrush(QColor("#f2c94c"))
    painter.drawRoundedRect(body, size * 0.05, size * 0.05)
    painter.end()
    return QIcon(pixmap)


class LockedTray(QObject):
    """The tray of a finapp started at login whose store needs a passphrase.

    Nothing is asked out of nowhere: the passphrase dialog opens only when the user clicks the
    icon (or its Unlock entry, or the reminder message). The store cannot be read while locked,
    so whether a reminder is due is unknown; :meth:`remind` says that reminders may be waiting.
    """

    unlock_requested = Signal()
    quit_requested = Signal()
    # the "unlock to see them" message was clicked
    message_clicked = Signal()

    def __init__(self, parent: QObject | None = None, *, available: bool | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.menu = QMenu()
        self.menu.setObjectName("tray-menu")
        unlock = self.menu.addAction(self.tr("&Unlock finapp…"))
        unlock.triggered.connect(self.unlock_requested)
        self.menu.addSeparator()
        quit_action = self.menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.quit_requested)
        self.tooltip = self.tr("finapp — locked")
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(locked_icon(), self)
            self.icon.setToolTip(self.tooltip)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.message_clicked)
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.unlock_requested.emit()

    def remind(self) -> bool:
        """Say that reminders may be waiting behind the lock; False when no message can show."""
        return self.notify(
            self.tr("finapp"), self.tr("finapp has reminders for you — unlock to see them.")
        )

    def notify(self, title: str, text: str) -> bool:
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, _message_icon(Severity.INFO), 10_000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
