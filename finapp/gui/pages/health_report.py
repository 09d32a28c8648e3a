"""Health page → "Export report…": the self-check as an HTML file the user keeps.

The file is :func:`finapp.services.health_export.write_report`'s, written off the UI thread in
the interface's language, with the reasons and alerts worded as the page words them and every
amount in the locale's money form (``$4,980.12``, as everywhere in the window). The user
chooses where it goes (the documents folder is only suggested): it is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QPushButton, QWidget

from finapp.errors import FinappError
from finapp.gui.context import AppContext
from finapp.gui.error_texts import error_text
from finapp.gui.models.formatting import format_money
from finapp.gui.pages.health_accounts import reason_text
from finapp.gui.widgets.asking import choose_save_file
from finapp.services.health_export import write_report


def report_language() -> str:
    """The report's language: the interface's (Chinese or English)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class ExportReportButton(QPushButton):
    """Asks for a file name, writes the report as of the page's today, says where it went."""

    def __init__(
        self, ctx: AppContext, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("export-health-report")
        self.setText(self.tr("Export report…"))
        self.setAccessibleName(self.tr("Export report"))
        self.setToolTip(
            self.tr("Save this self-check as a web page with its charts (not encrypted); print "
                    "it from a browser to keep a PDF.")
        )  # fmt: skip
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"finapp-health-{self.today().isoformat()}.html"
        choose_save_file(
            self, self.tr("Export health report"), self.export_to,
            object_name="export-health-report-file", name=str(Path(folder) / name),
            filters=self.tr("Web page (*.html)"),
        )  # fmt: skip

    def export_to(self, path: Path) -> None:
        store, as_of, language = self.ctx.store, self.today(), report_language()
        self.ctx.tasks.run(
            lambda _p, _c: write_report(
                store, path, as_of, language=language, sentence=reason_text,
                money=format_money,
            ),
            lambda written: self.ctx.bus.message.emit(
                "info", self.tr("Health report written to %1 (not encrypted).").replace(
                    "%1", str(written))
            ),
            self._failed,
        )  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, FinappError):
            self.ctx.bus.message.emit("warning", error_text(exc))
        elif isinstance(exc, OSError):
            self.ctx.bus.message.emit(
                "warning",
                self.tr("The report could not be written to that folder; nothing was left "
                        "there.")
            )  # fmt: skip
        else:
            self.ctx.tasks.report(exc)
