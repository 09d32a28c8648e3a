"""Year in review → "Save as web page…", "Save as PDF…" and "Save as CSV…".

The page carries the dialog's two charts drawn again by the same chart functions on a white
background (the page is white whatever the desktop's theme) as inline SVG, and the figures in
the window's words, money and dates. The PDF is the same page laid out by Qt
(:mod:`finapp.gui.dialogs.year_review_pdf`), its charts as images. The CSV is plain data for a
spreadsheet. Each is written off the UI thread, privately and whole
(:mod:`finapp.services.year_review_export`), where the user chose: the documents folder is only
suggested, and the window says the file is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QPushButton, QWidget

from finapp.errors import FinappError
from finapp.gui.charts.canvas import theme_from_palette, use_chinese_fallback
from finapp.gui.charts.plots import Hit
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review_pdf import pdf_bytes
from finapp.gui.error_texts import error_text
from finapp.gui.models.formatting import format_date, format_money, format_month
from finapp.gui.widgets.asking import choose_save_file
from finapp.services.health_charts import svg_element
from finapp.services.private_file import replace_privately
from finapp.services.year_review import YearReview
from finapp.services.year_review_export import Wording, write_csv, write_html
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

CONTEXT = "YearReview"
WORDS = {
    "title": QT_TRANSLATE_NOOP("YearReview", "Year in review %1"),
    "income": QT_TRANSLATE_NOOP("YearReview", "Income"),
    "spending": QT_TRANSLATE_NOOP("YearReview", "Spending"),
    "net": QT_TRANSLATE_NOOP("YearReview", "Net"),
    "savings_rate": QT_TRANSLATE_NOOP("YearReview", "Savings rate"),
    "net_worth": QT_TRANSLATE_NOOP("YearReview", "Net worth change"),
    "net_worth_span": QT_TRANSLATE_NOOP("YearReview", "%1 on %2 → %3 on %4"),
    "no_income": QT_TRANSLATE_NOOP("YearReview", "n/a (no income)"),
    "no_rate": QT_TRANSLATE_NOOP(
        "YearReview", "n/a: no rate from %1 to %2 (%3 spent and %4 earned left out)"
    ),
    "no_net_worth": QT_TRANSLATE_NOOP(
        "YearReview", "n/a (fewer than two month ends with known balances)"
    ),
    "months": QT_TRANSLATE_NOOP("YearReview", "By month"),
    "month": QT_TRANSLATE_NOOP("YearReview", "Month"),
    "categories": QT_TRANSLATE_NOOP("YearReview", "By category"),
    "category": QT_TRANSLATE_NOOP("YearReview", "Category"),
    "spent": QT_TRANSLATE_NOOP("YearReview", "Spent"),
    "largest": QT_TRANSLATE_NOOP("YearReview", "Largest purchases"),
    "date": QT_TRANSLATE_NOOP("YearReview", "Date"),
    "payee": QT_TRANSLATE_NOOP("YearReview", "Payee"),
    "account": QT_TRANSLATE_NOOP("YearReview", "Account"),
    "amount": QT_TRANSLATE_NOOP("YearReview", "Amount"),
    "subscriptions": QT_TRANSLATE_NOOP("YearReview", "Subscriptions"),
    "none": QT_TRANSLATE_NOOP("YearReview", "None"),
    "footer": QT_TRANSLATE_NOOP(
        "YearReview", "Written by finapp. Not encrypted. Print it from a browser to keep a PDF."
    ),
}


def wording(notes: str, lines: list[str], category: Callable[[str], str]) -> Wording:
    """The page's words in the window's language, money, dates and category names."""
    return Wording(
        notes, lines,
        {key: QCoreApplication.translate(CONTEXT, text) for key, text in WORDS.items()},
        money=format_money, day=format_date,
        month=lambda month: format_month(date.fromisoformat(f"{month}-01")), category=category,
    )  # fmt: skip


#: draws one chart: the dialog's canvases' functions, ``(figure, data, theme) -> hits``
Draw = Callable[[Figure, Any, Any], list[Hit]]


def chart_figures(charts: list[tuple[Draw, Any]], widget: QWidget) -> list[Figure]:
    """Each chart drawn again on white, in the widget's money and month forms."""
    theme = replace(
        theme_from_palette(widget.palette()),
        background="#ffffff", foreground="#202020", grid="#c8c8c8", dark=False,
    )  # fmt: skip
    use_chinese_fallback()
    figures = []
    for draw, data in charts:
        figure = Figure(figsize=(6.4, 3.6), layout="constrained")
        figure.set_facecolor(theme.background)
        draw(figure, data, theme)
        figures.append(figure)
    return figures


class ExportButton(QPushButton):
    """Asks where to save the shown year as ``kind`` ("html", "pdf" or "csv"), then writes it."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        shown: Callable[[], tuple[YearReview, list[tuple[Draw, Any]], Wording] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        #: the review shown, its charts (draw function and data) and the window's words
        self.shown = shown
        self.setObjectName(f"year-review-save-{kind}")
        self.setAutoDefault(False)
        if kind == "html":
            self.setText(self.tr("Save as &web page…"))
            self.setToolTip(self.tr("The year with its charts as one web page (not encrypted); "
                                    "print it from a browser to keep a PDF."))  # fmt: skip
        elif kind == "pdf":
            self.setText(self.tr("Save as &PDF…"))
            self.setToolTip(self.tr("The year with its charts as a PDF on A4 pages (not "
                                    "encrypted)."))  # fmt: skip
        else:
            self.setText(self.tr("Save as &CSV…"))
            self.setToolTip(self.tr("The year's figures as a table for a spreadsheet (not "
                                    "encrypted)."))  # fmt: skip
        self.setAccessibleName(self.text().replace("&", "").rstrip("…"))
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        shown = self.shown()
        if shown is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = str(Path(folder) / f"finapp-year-{shown[0].year}.{self.kind}")
        filters = {
            "html": self.tr("Web page (*.html)"), "pdf": self.tr("PDF (*.pdf)"),
            "csv": self.tr("CSV (*.csv)"),
        }[self.kind]  # fmt: skip
        choose_save_file(
            self, self.tr("Save the year in review"), lambda path: self.save(path, *shown),
            object_name=f"year-review-{self.kind}-file", name=name, filters=filters,
        )  # fmt: skip

    def save(
        self, path: Path, review: YearReview, charts: list[tuple[Draw, Any]], wording: Wording
    ) -> None:
        """Write off the UI thread; the charts (matplotlib is not thread-safe) and a PDF's
        pages (Qt lays them out) are drawn here first."""
        if self.kind == "csv":
            work = partial(write_csv, review, path)
        elif self.kind == "html":
            svgs = [svg_element(figure) for figure in chart_figures(charts, self)]
            work = partial(write_html, review, path, svgs, wording)
        elif path.suffix.lower() != ".pdf":
            self.ctx.bus.message.emit("warning", self.tr(
                "The year in review is a PDF file: name it with .pdf, not %1").replace(
                    "%1", path.name))  # fmt: skip
            return
        else:
            footer = self.tr("Written by finapp. Not encrypted.")
            words = {**wording.words, "footer": footer}
            data = pdf_bytes(review, chart_figures(charts, self), replace(wording, words=words))
            work = partial(_written_privately, path, data)

        self.ctx.tasks.run(lambda _p, _c: work(), self._written, self._failed)

    def _written(self, path: Path) -> None:
        self.ctx.bus.message.emit(
            "info",
            fill(self.tr("Year in review written to %1 (not encrypted)."), (str(path),)),
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, FinappError):
            self.ctx.bus.message.emit("warning", error_text(exc))
        elif isinstance(exc, OSError):
            self.ctx.bus.message.emit("warning", self.tr(
                "The year in review could not be written to that folder; nothing was left there."
            ))  # fmt: skip
        else:
            self.ctx.tasks.report(exc)


def _written_privately(path: Path, data: bytes) -> Path:
    replace_privately(path, data)
    return path
