"""The dashboard's month picker: ◀ month ▶, a button back to the latest month, and how far the
statements go.

The dashboard opens on the latest month with data, not the calendar's: statements that end on
31 October, looked at in November, are about October. The picker offers the months from the
first transaction to that latest month; its button ("November 2026 (latest month in your
statements)") goes back to following it (after an import of newer statements the dashboard
moves on by itself). Keys, while the dashboard has focus:
Alt+Left / Alt+Right step a month (as on the Budgets page), Alt+End goes to the latest month.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from finapp.gui.models.formatting import format_day, format_month
from finapp.gui.pages.tables import page_shortcut
from finapp.services.reports import DataSpan


def shift_month(month: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``month``'s."""
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_name(month: date) -> str:
    """The month's name on its own ("October", "10月"), for captions such as "Spent in …".

    Chinese takes the locale's short name: 十月支出 reads as literary Chinese, where a bank app
    or Alipay writes 10月支出."""
    locale = QLocale()
    form = QLocale.FormatType.LongFormat
    if locale.language() == QLocale.Language.Chinese:
        form = QLocale.FormatType.ShortFormat
    return locale.standaloneMonthName(month.month, form)


class PeriodPicker(QWidget):
    """Previous / next month, the month shown and the statements' last day, and a button back to
    the latest month in the statements, named by that month ("November 2026 (latest month in
    your statements)"): a bare "Latest" read as the month the calendar is in.

    ``picked`` carries the month asked for (its first day), or None for "the latest month".
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: date | None = None
        self.span: DataSpan | None = None
        self.previous = self._button("◀", self.tr("Previous month"), "Alt+←")
        self.following = self._button("▶", self.tr("Next month"), "Alt+→")
        self.latest = self._button(
            self.tr("Latest month in your statements"),
            self.tr("Latest month in your statements"),
            "Alt+End",
        )
        self.month_label = QLabel(self)
        self.month_label.setAccessibleName(self.tr("Month shown"))
        font = self.month_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.until_label = QLabel(self)
        self.until_label.setAccessibleName(self.tr("How far the statements go"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.following.clicked.connect(lambda: self._step(1))
        self.latest.clicked.connect(lambda: self.picked.emit(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.month_label, self.following):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.until_label)
        layout.addStretch(1)
        layout.addWidget(self.latest)
        self.show_month(None, None)

    def _button(self, text: str, name: str, keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({keys})")
        if len(text) == 1:
            button.setFixedWidth(36)
        return button

    def install_shortcuts(self, page: QWidget) -> None:
        """The keys work anywhere on ``page`` (and only there), each as its button would."""
        for keys, button in (
            ("Alt+Left", self.previous),
            ("Alt+Right", self.following),
            ("Alt+End", self.latest),
        ):
            page_shortcut(page, keys, partial(_press, button), button.accessibleName())

    def show_month(self, shown: date | None, span: DataSpan | None) -> None:
        """Show ``shown`` within the household's ``span`` of data (None: nothing imported)."""
        self.shown, self.span = shown, span
        if shown is None:
            self.month_label.setText("")
        else:
            self.month_label.setText(format_month(shown))
        if span is None:
            self.until_label.setText("")
        else:
            self.until_label.setText(
                self.tr("Statements up to %1").replace("%1", format_day(span.until))
            )
        if span is not None:  # the month it goes to, by name: not "this month" (the calendar's)
            latest = self.tr("%1 (latest month in your statements)").replace(
                "%1", format_month(span.latest_month)
            )
            self.latest.setText(latest)
            self.latest.setAccessibleName(latest)
            self.latest.setToolTip(f"{latest} (Alt+End)")
        if shown is None or span is None:
            for button in (self.previous, self.following, self.latest):
                button.setEnabled(False)
        else:
            self.previous.setEnabled(shown > span.first_month)
            self.following.setEnabled(shown < span.latest_month)
            self.latest.setEnabled(shown != span.latest_month)

    def _step(self, months: int) -> None:
        if self.shown is None or self.span is None:
            return
        wanted = shift_month(self.shown, months)
        wanted = max(self.span.first_month, min(wanted, self.span.latest_month))
        self.show_month(wanted, self.span)  # at once: a second click steps on from here
        self.picked.emit(wanted)


def _press(button: QPushButton) -> None:
    """What a month key does: its button's click, while the button is on."""
    if button.isEnabled():
        button.click()
