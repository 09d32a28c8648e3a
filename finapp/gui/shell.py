"""The running desktop app: one open store, its main window and everything wired to it.

:class:`Shell` owns the pieces that live as long as a store is open (window, import flow, tray,
alert notifier) and connects their signals, so each piece stays ignorant of the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from finapp.core.severity import Severity
from finapp.gui.bus import AppBus
from finapp.gui.clock import Clock
from finapp.gui.context import AppContext
from finapp.gui.dialogs.finishing import FinishingWindow
from finapp.gui.import_flow import ImportFlow
from finapp.gui.main_window import MainWindow
from finapp.gui.notify import AlertNotifier
from finapp.gui.tasks import TaskRunner
from finapp.gui.tray import Tray
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store

if TYPE_CHECKING:  # the demo's module loads only when the demo is opened
    from finapp.services.demo import DemoVisit

log = logging.getLogger("finapp.gui")

ALERTS_PAGE = "alerts"
SUBSCRIPTIONS_PAGE = "subscriptions"


class _FirstPaint(QObject):
    """Calls ``then`` (from the event loop) right after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


class Shell(QObject):
    """Everything bound to one open store; ``close()`` releases it.

    ``clock`` is what the whole shell takes today and now from (scheduled checks, the tray's
    pause): one clock, so every part agrees on the day.

    ``damage_found`` is emitted, with the window on screen, when the page check after start
    found damage inside the store: the launcher offers the restore over the window.
    """

    damage_found = Signal()

    def __init__(
        self,
        store: Store,
        ui_state: UiState,
        *,
        is_demo: bool = False,
        demo: DemoVisit | None = None,
        tasks: type[TaskRunner] = TaskRunner,
        tray_available: bool | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui_state = ui_state
        self.clock = clock or Clock()
        #: the window has been shown once (a login start keeps it hidden until asked for)
        self._window_opened = False
        # the page check found damage while the window was hidden: offered when it opens
        self._damage_waiting = False
        app_bus = AppBus(self)
        self.ctx = AppContext(
            store=store,
            bus=app_bus,
            tasks=tasks(app_bus, self),
            data_dir=store.data_dir,
            is_demo=is_demo,
            ui_state=ui_state,
            demo_kept=demo.kept if demo else True,
            demo_started_over=demo.started_over if demo else False,
            clock=self.clock,
        )
        self.window = window = MainWindow(self.ctx, ui_state)
        self.imports = ImportFlow(self.ctx, window)
        self.tray = Tray(
            {
                "import": window.import_action,
                "check": window.check_alerts_action,
                "quit": window.quit_action,
            },
            self,
            available=tray_available,
            clock=self.clock,
        )
        self.notifier = AlertNotifier(
            self.ctx, self.tray, window.banner, self.open_alerts, self.clock, self
        )
        window.tray_available = self.tray.available
        window.import_action.triggered.connect(self.choose_files)
        window.import_into_action.triggered.connect(self.imports.choose_account)
        self.ctx.bus.import_requested.connect(self.imports.choose_files)
        self.ctx.bus.quit_requested.connect(self.quit)
        window.undo_import_action.triggered.connect(lambda: self.imports.confirm_undo())
        window.check_alerts_action.triggered.connect(self.notifier.check)
        self.ctx.bus.alerts_affected.connect(self.notifier.recheck)
        window.quit_action.triggered.connect(self.quit)
        window.closed.connect(self.quit)
        window.files_dropped.connect(self.open_files)
        self.imports.undo_available.connect(window.undo_import_action.setEnabled)
        self.imports.finished.connect(lambda _outcome: self.notifier.check())
        self.tray.open_requested.connect(self.open_window)
        self.tray.alerts_chosen.connect(lambda: self.open_alerts(None))
        self.tray.renewal_chosen.connect(self.open_subscription)
        self.tray.pause_requested.connect(self._pause)
        self.tray.resume_requested.connect(self.notifier.resume)
        window.keep_in_tray_chosen.connect(self._kept_in_tray)

    def show(
        self,
        on_painted: Callable[[], None] | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        """Show the window; the first page waits until it has been painted, the alert check, the
        page check and the day's backup until that page has settled (its data in and charts
        drawn): they would take the interpreter from it for seconds on a large store.

        ``on_painted`` runs once the window's first paint is done, ``on_ready`` once the first
        page is built and shown (both used by the start-up benchmark).
        """

        def after_paint() -> None:
            if on_painted is not None:
                on_painted()
            self.window.settled.connect(self._start_background_work)
            self.window.open_first_page()
            self._show_recovery_key()
            self._warn_of_unfinished_key_change()
            if on_ready is not None:
                QTimer.singleShot(0, on_ready)

        self._window_opened = True
        self._first_paint = _FirstPaint(self.window, after_paint)
        self.window.show()

    def start_in_background(self) -> None:
        """A login start: the checks and the day's backup run, the window waits in the tray
        (damage the page check finds is offered once it opens: see :meth:`_pages_checked`).

        Without a tray nothing would show that finapp runs at all, so the window then opens
        minimised to the task bar instead of staying invisible.
        """
        self._start_background_work()
        if not self.tray.available:
            log.info("startup: no system tray, the background start shows the window minimised")
            self.open_window()
            self.window.showMinimized()

    def open_window(self) -> None:
        """Show the window (tray click, second launch, a notification), built on first use."""
        if not self._window_opened:
            self._window_opened = True
            self.window.show()
            self.window.open_first_page()
            if not self._damage_waiting:  # a damaged store's backups come first: a write to
                self._show_recovery_key()  # it (the key's "shown" mark) can fail on its pages
            self._warn_of_unfinished_key_change()
        self.window.bring_forward()
        if self._damage_waiting:
            self._damage_waiting = False
            self.damage_found.emit()

    def _start_background_work(self) -> None:
        """The first alert check (then its schedule), the page check and the day's backup."""
        self.notifier.start()
        self._check_pages()
        self._back_up()

    def _check_pages(self) -> None:
        """Every page of the store read and its HMAC checked, off the UI thread on the task
        runner's own connection, queued before the day's backup: damage deep inside is found
        a moment after start, without the window waiting for it (about a second for 300,000
        transactions)."""
        if self.ctx.is_demo:
            return
        from finapp.services.integrity import damaged_pages

        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _progress, _cancel: damaged_pages(store),
            self._pages_checked,
            lambda exc: log.warning("page check failed: %s", type(exc).__name__),
        )

    def _pages_checked(self, problems: tuple[str, ...]) -> None:
        """Damage found: offered over the window if it is on screen; at a login start (the
        window in the tray) the tray says so, and the offer waits for the window to open."""
        if not problems:
            return
        log.warning("the store's page check failed (%d problems), a restore is offered",
                    len(problems))  # fmt: skip
        if self.window.isVisible():
            self.damage_found.emit()
            return
        self._damage_waiting = True
        #: the tray's notification at a login start: the page check found damage in the store
        self.tray.notify(
            self.tr("finapp found damage inside your data"),
            self.tr("Open finapp to restore a backup."),
            Severity.WARNING,
        )

    def _back_up(self) -> None:
        """The day's automatic backup, off the UI thread."""
        if self.ctx.is_demo:
            return
        from finapp.services.backup import daily_backup_if_due

        self.ctx.tasks.run(
            lambda _progress, _cancel: daily_backup_if_due(self.ctx.store),
            lambda _result: None,
            lambda exc: log.warning("automatic backup failed: %s", type(exc).__name__),
        )

    def _show_recovery_key(self) -> None:
        """Once, the recovery key: with the window, never as a dialog on its own at login."""
        if self.ctx.is_demo:
            return
        from finapp.services.keys_admin import take_unshown_recovery_key

        key = take_unshown_recovery_key(self.ctx.store)
        if key is not None:
            from finapp.gui.dialogs.recovery_key import RecoveryKeyDialog

            dialog = RecoveryKeyDialog(key, self.window)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    def _warn_of_unfinished_key_change(self) -> None:
        """A change of the store's key cut short (the CLI warns on every command too): the
        banner says so and how to finish it, until it is finished."""
        from finapp.services.rekey_record import unfinished_change

        change = unfinished_change(self.ctx.data_dir)
        if change is None:
            return
        if change.mode == "keyring":
            #: the banner at start while a move of the key to the keyring is unfinished
            text = self.tr(
                "A move of finapp's key to the system keyring was cut short after re-encrypting "
                "%n backup(s). Finish it with Settings → Keep key in system keyring.",
                "",
                len(change.rekeyed),
            )
        else:
            #: the banner at start while a change of the passphrase is unfinished
            text = self.tr(
                "A change of finapp's passphrase was cut short after re-encrypting %n backup(s). "
                "Finish it with Settings → Change passphrase, giving the same new passphrase.",
                "",
                len(change.rekeyed),
            )
        self.ctx.bus.message.emit("warning", text)

    def open_alerts(self, alert_id: int | None = None) -> None:
        """A notification or "Show alerts" was clicked: the window, on the alerts page, with
        the alert it was about selected."""
        self.open_window()
        self.ctx.bus.navigate.emit(ALERTS_PAGE, {} if alert_id is None else {"alert_id": alert_id})

    def choose_files(self) -> None:
        """Import statements… (window, tray or Ctrl+O): over the window, brought up for it, so
        the chooser and the summary that follows are not left without the app behind them."""
        self.open_window()
        self.imports.choose_files()

    def open_subscription(self, subscription_id: int) -> None:
        """A renewal in the tray menu: the window, on the Subscriptions page, on that one."""
        self.open_window()
        self.ctx.bus.navigate.emit(SUBSCRIPTIONS_PAGE, {"subscription_id": subscription_id})

    def _pause(self, length: object) -> None:
        if isinstance(length, timedelta):
            self.notifier.pause_for(length)
        else:
            self.notifier.pause_until_tomorrow()

    def _kept_in_tray(self) -> None:
        """Say once where the window went, from where it now lives."""
        self.tray.notify(
            self.tr("finapp is still running"),
            self.tr("finapp keeps checking for reminders here. Quit it from this icon's menu."),
        )

    def open_files(self, files: Sequence[Path]) -> None:
        """Files handed over by the command line, a drop or a second launch."""
        self.open_window()
        if files:
            self.imports.import_paths(list(files))

    def quit(self) -> None:
        """Quit finapp (not just close the window), whatever the close-to-tray setting."""
        self.window.save_state()
        self.window.quitting = True
        self.tray.hide()
        QApplication.quit()

    def close(self) -> None:
        """Stop timers, finish queued work, close the window and the store."""
        self.notifier.timer.stop()
        finishing = FinishingWindow()
        self.ctx.tasks.shutdown(waiting=finishing.appear)
        finishing.close()
        self.tray.hide()
        self.window.closed.disconnect(self.quit)
        self.window.tray_available = False
        for dialog in self.window.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)  # none outlives the store it shows
        self.window.close()
        self.window.deleteLater()
        self.ctx.store.close()
