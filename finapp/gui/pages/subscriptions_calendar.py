"""The subscriptions page's calendar buttons: export the renewals once, or keep a file in step.

Worded in the page's translation context ("SubscriptionsPage"): these sentences were the page's
before they moved here, and their translations stay found.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton, QWidget

from finapp.gui.context import AppContext
from finapp.gui.errors_shown import show_failure
from finapp.gui.widgets.asking import choose_save_file
from finapp.services.calendar_export import export_renewals
from finapp.services.kept_calendar import keep_calendar, stop_keeping_calendar
from finapp.tr_marks import fill


class RenewalsCalendar(QObject):
    """Drives the "Export calendar" and "Keep a calendar file up to date" buttons."""

    def __init__(
        self, page: QWidget, ctx: AppContext, today: Callable[[], date], keep: QPushButton
    ) -> None:
        super().__init__(page)
        self._page = page
        self._ctx = ctx
        self._today = today
        self._keep = keep
        self.kept: Path | None = None  # the .ics file kept in step, once loaded

    def ask_export(self) -> None:
        choose_save_file(
            self._page,
            QCoreApplication.translate("SubscriptionsPage", "Export renewals"),
            self.export,
            object_name="export-renewals",
            name="finapp-renewals.ics",
            filters=QCoreApplication.translate("SubscriptionsPage", "Calendar (*.ics)"),
        )

    def export(self, path: Path) -> None:
        store, today = self._ctx.store, self._today()
        self._ctx.tasks.run(
            lambda _p, _c: export_renewals(store, path, today),
            lambda events: self._ctx.bus.message.emit(
                "info",
                fill(
                    QCoreApplication.translate(
                        "SubscriptionsPage", "%n renewal(s) written to %1", "", events
                    ),
                    (str(path),),
                ),
            ),
        )

    def show_kept(self, kept: Path | None) -> None:
        """The button offers to keep a file, or names the kept one and offers to stop."""
        self.kept = kept
        if kept is None:
            text = QCoreApplication.translate(
                "SubscriptionsPage", "Keep a calendar file up to date…"
            )
            self._keep.setToolTip(
                QCoreApplication.translate(
                    "SubscriptionsPage",
                    "Choose an .ics file (e.g. in a synced folder your calendar app "
                    "subscribes to); finapp rewrites it after every change.",
                )
            )
        else:
            text = fill(
                QCoreApplication.translate("SubscriptionsPage", "Stop updating %1"), (kept.name,)
            )
            self._keep.setToolTip(
                fill(
                    QCoreApplication.translate("SubscriptionsPage", "Kept up to date: %1"),
                    (str(kept),),
                )
            )
        self._keep.setText(text)
        self._keep.setAccessibleName(text.rstrip("…"))

    def toggle_keeping(self) -> None:
        """Choose the file to keep (non-blocking chooser), or stop keeping the one kept."""
        if self.kept is None:
            choose_save_file(
                self._page,
                QCoreApplication.translate("SubscriptionsPage", "Keep a calendar file up to date"),
                self.keep,
                object_name="keep-calendar",
                name="finapp-renewals.ics",
                filters=QCoreApplication.translate("SubscriptionsPage", "Calendar (*.ics)"),
            )
            return
        store = self._ctx.store

        def stopped(kept: Path | None) -> None:
            self.show_kept(None)
            self._ctx.bus.message.emit(
                "info",
                fill(
                    QCoreApplication.translate(
                        "SubscriptionsPage", "%1 is no longer kept up to date; the file stays."
                    ),
                    (str(kept),),
                ),
            )

        self._ctx.tasks.run(lambda _p, _c: stop_keeping_calendar(store), stopped)

    def keep(self, path: Path) -> None:
        """Write ``path`` now and keep it in step from then on (the services rewrite it)."""
        store = self._ctx.store

        def kept(events: int) -> None:
            self.show_kept(path)
            self._ctx.bus.message.emit(
                "info",
                fill(
                    QCoreApplication.translate(
                        "SubscriptionsPage",
                        "%n event(s) written to %1; finapp rewrites it after every change.",
                        "",
                        events,
                    ),
                    (str(path),),
                ),
            )

        def failed(exc: Exception) -> None:  # the file is where the user chose: say why not
            show_failure(exc, self._ctx.tasks.warn, os_refusal=True)

        self._ctx.tasks.run(lambda _p, _c: keep_calendar(store, path), kept, failed)
