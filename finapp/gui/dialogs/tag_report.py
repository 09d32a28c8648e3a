"""Go → Tags…: the report by tag, each tag's transactions and its money out and in.

One row per tag and currency (money is never added across currencies: a holiday paid in euros
and dollars shows both), over all time or one of the years tagged lines fall in. The report is
read off the UI thread and read again when transactions change (a tag added on the
transactions page shows here at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from finapp.core.tags import shown
from finapp.gui.context import AppContext
from finapp.gui.models.formatting import format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.pages.tables import make_table
from finapp.services.annotations import TagTotals, tag_report, tagged_years
from finapp.services.changes import Changes, Kind
from finapp.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "TagReport"


@dataclass(frozen=True, slots=True)
class TagLine:
    """One tag's lines in one currency."""

    tag: str
    count: int
    currency: str
    spent: Decimal
    received: Decimal


class TagLinesModel(RowsModel[TagLine]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TagReport", "Tag"), lambda r: shown(r.tag), lambda r: r.tag),
        Column(QT_TRANSLATE_NOOP("TagReport", "Transactions"),
               lambda r: QLocale().toString(r.count),
               lambda r: r.count, right_aligned=True),
        Column(QT_TRANSLATE_NOOP("TagReport", "Money out"),
               lambda r: format_money(r.spent, r.currency), lambda r: (r.currency, r.spent),
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("TagReport", "Money in"),
               lambda r: format_money(r.received, r.currency), lambda r: (r.currency, r.received),
               right_aligned=True),
    )  # fmt: skip


def _periods(years: list[int]) -> list[tuple[str, date | None, date | None]]:
    """The periods offered, (label, since, until): all time, then each year tagged lines
    fall in, the latest first."""
    every = QCoreApplication.translate("TagReport", "All time")
    return [(every, None, None)] + [(str(y), date(y, 1, 1), date(y, 12, 31)) for y in years]


class TagReportDialog(QDialog):
    """The report by tag, over the period chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tag-report")
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumSize(560, 360)
        self.period = QComboBox(self)
        self.period.setObjectName("tag-report-period")
        self.period.setAccessibleName(self.tr("Period"))
        for label, since, until in _periods(tagged_years(ctx.store)):
            self.period.addItem(label, (since, until))
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.lines = TagLinesModel(self)
        self.table = make_table(self, self.lines, self.tr("Tags"), stretch=(0,),
                                sort=(1, Qt.SortOrder.DescendingOrder))  # fmt: skip
        self.empty = QLabel(
            self.tr("No transaction in this period has a tag. Right-click transactions on the "
                    "Transactions page and choose Tags… to add some."), self)  # fmt: skip
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        # Close, as every other dialog has, for those who do not know Escape closes it
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ctx.bus.data_changed.connect(self._changed)
        self.load()

    def _changed(self, changes: Changes) -> None:
        if changes.touches([Kind.TRANSACTIONS]):
            self.load()

    def load(self) -> None:
        store = self.ctx.store
        since, until = self.period.currentData()
        self.ctx.tasks.run(lambda _p, _c: tag_report(store, since=since, until=until), self._show)

    def _show(self, report: list[TagTotals]) -> None:
        self.lines.set_rows([
            TagLine(t.tag, t.count, currency, money.spent, money.received)
            for t in report
            for currency, money in t.by_currency.items()
        ])  # fmt: skip
        self.empty.setVisible(not report)
