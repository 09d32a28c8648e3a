"""The subscription audit: every active subscription with what it costs and has cost, its price
history, the account that pays, the services it overlaps, and a keep or cancel decision each.

Meant to be gone through once a quarter: keeping a subscription sets its next review (three
months on unless another day is chosen), cancelling it marks it cancelled as the Subscriptions
page does. A second tab is the annual review: what a year's decisions saved and which prices
rose. Overlaps are said in words ("Overlaps Hulu"), never by colour alone.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from finapp.core.dates import MAX_DATE, MIN_DATE
from finapp.core.subscription_audit import (
    AnnualReview,
    AuditLine,
    CancelledYetCharged,
    Kept,
    Stopped,
    next_review,
)
from finapp.core.subscription_states import UserState, Verdict
from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.list_words import clauses, joined
from finapp.gui.models.formatting import format_date, format_day
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.models.subscriptions_model import cadence_name
from finapp.gui.name_words import shown_name
from finapp.gui.pages.fitted_columns import WordsColumns
from finapp.gui.pages.health_rows import money
from finapp.gui.pages.tables import make_table, reload_rows
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.window_geometry import FRAME_ALLOWANCE
from finapp.services import subscription_audit as service
from finapp.services.changes import Changes
from finapp.services.subscriptions import SubscriptionView
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

CONTEXT = "SubscriptionAudit"
#: the most of the screen's width the dialog opens at: the window it came from stays in sight
SCREEN_SHARE = 0.8
#: the height the dialog opens at, in lines of text (about 480 pixels at a 14-pixel line), the
#: screen's at most
TALL_LINES = 34
FAMILY_NAMES = {
    "music": QT_TRANSLATE_NOOP("SubscriptionAudit", "Music"),
    "video": QT_TRANSLATE_NOOP("SubscriptionAudit", "Video streaming"),
    "cloud_storage": QT_TRANSLATE_NOOP("SubscriptionAudit", "Cloud storage"),
    "news": QT_TRANSLATE_NOOP("SubscriptionAudit", "News"),
    "fitness": QT_TRANSLATE_NOOP("SubscriptionAudit", "Fitness"),
}


def family_name(family: str) -> str:
    return QCoreApplication.translate(CONTEXT, FAMILY_NAMES.get(family, family))


def totals_lines(audit: service.Audit) -> list[str]:
    """The monthly total against the cap, then each other currency apart (never converted)."""
    lines = []
    for cost in audit.costs:
        total = money(cost.monthly_minor, cost.currency)
        if cost.currency != audit.currency:
            lines.append(
                fill(QCoreApplication.translate("SubscriptionAudit",
                    "Also %1 a month in %2 (%n subscription(s)), not counted against the cap",
                    "", cost.count), (total, currency_word(cost.currency)))
            )  # fmt: skip
            continue
        text = fill(
            QCoreApplication.translate(
                "SubscriptionAudit", "%1 a month for %n subscription(s)", "", cost.count
            ),
            (total,),
        )
        if audit.cap_minor is None:
            text += QCoreApplication.translate("SubscriptionAudit", "; no monthly cap set")
        elif audit.over_cap:
            text += fill(
                QCoreApplication.translate("SubscriptionAudit", "; over your cap of %1 by %2"),
                (
                    money(audit.cap_minor, cost.currency),
                    money(cost.monthly_minor - audit.cap_minor, cost.currency),
                ),
            )
        else:
            text += fill(
                QCoreApplication.translate("SubscriptionAudit", "; within your cap of %1"),
                (money(audit.cap_minor, cost.currency),),
            )
        lines.insert(0, text)
    return lines or [QCoreApplication.translate("SubscriptionAudit", "No active subscriptions")]


def overlap_lines(audit: service.Audit) -> list[str]:
    """``Overlap (Music): Apple Music, Spotify``: one line per family with two or more."""
    return [
        fill(
            QCoreApplication.translate("SubscriptionAudit", "Overlap (%1): %2"),
            (family_name(o.family), joined(map(shown_name, o.names))),
        )
        for o in audit.overlaps
    ]


def review_text(line: AuditLine) -> str:
    facts = line.facts
    if line.review_state == "due":
        return fill(
            QCoreApplication.translate("SubscriptionAudit", "Review due since %1"),
            (format_date(facts.review_date),),
        )
    if line.review_state == "scheduled":
        return fill(
            QCoreApplication.translate("SubscriptionAudit", "Next review %1"),
            (format_date(facts.review_date),),
        )
    if line.review_state == "unreviewed":
        return fill(
            QCoreApplication.translate("SubscriptionAudit", "Not reviewed since %1"),
            (format_date(line.review_since),),
        )
    if line.review_state == "reviewed":
        return fill(
            QCoreApplication.translate("SubscriptionAudit", "Reviewed %1"),
            (format_date(facts.reviewed_on),),
        )
    return fill(
        QCoreApplication.translate("SubscriptionAudit", "New since %1"),
        (format_date(line.review_since),),
    )


def _price_history(line: AuditLine) -> str:
    currency = line.facts.currency
    changes = [
        fill(
            QCoreApplication.translate("SubscriptionAudit", "%1 → %2 on %3"),
            (money(c.old_minor, currency), money(c.new_minor, currency), format_date(c.date)),
        )
        for c in line.facts.price_changes
    ]
    return clauses(changes) or QCoreApplication.translate("SubscriptionAudit", "Unchanged")


def _last_charge(line: AuditLine) -> str:
    if line.last_charge is None:
        return ""
    day, amount = line.last_charge
    return fill(
        QCoreApplication.translate("SubscriptionAudit", "%1 on %2"),
        (money(amount, line.facts.currency), format_date(day)),
    )


def _overlaps(line: AuditLine) -> str:
    if not line.overlaps_with:
        return ""
    return fill(
        QCoreApplication.translate("SubscriptionAudit", "⚠ Overlaps %1"),
        (joined(map(shown_name, line.overlaps_with)),),
    )


class AuditModel(RowsModel[AuditLine]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Name"),
               lambda r: shown_name(r.facts.name),
               lambda r: shown_name(r.facts.name).casefold()),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Paid by"),
               lambda r: shown_account_name(r.facts.account or ""),
               lambda r: shown_account_name(r.facts.account or "")),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Cadence"),
               lambda r: cadence_name(r.facts.cadence), lambda r: r.facts.cadence),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Per month"),
               lambda r: money(r.monthly_minor, r.facts.currency),
               lambda r: (r.facts.currency, r.monthly_minor), right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Per year"),
               lambda r: money(r.annual_minor, r.facts.currency),
               lambda r: (r.facts.currency, r.annual_minor), right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Spent so far"),
               lambda r: money(r.spent_minor, r.facts.currency),
               lambda r: (r.facts.currency, r.spent_minor), right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Last charge"), _last_charge,
               lambda r: r.last_charge[0] if r.last_charge else None),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Price history"), _price_history,
               lambda r: len(r.facts.price_changes), tooltip=_price_history),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Overlaps"), _overlaps,
               lambda r: r.overlaps_with, colour=lambda r: "#b35c00" if r.overlaps_with else None,
               tooltip=_overlaps),
        Column(QT_TRANSLATE_NOOP("SubscriptionAudit", "Review"), review_text,
               lambda r: (r.review_state, r.facts.review_date or r.review_since)),
    )  # fmt: skip

    def emphasised(self, row: AuditLine) -> bool:
        """A review due or overdue stands out."""
        return row.review_state in ("due", "unreviewed")

    def headerData(  # type: ignore[override]  # the size hint is a QSize, not a str
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | QSize | None:
        """The columns of words no narrower than their header and :data:`WORDS_LEAST`
        characters: on a small screen their words wrap onto two or three lines, not one word a
        line, and the header is read whole."""
        if (
            role == Qt.ItemDataRole.SizeHintRole
            and orientation == Qt.Orientation.Horizontal
            and section in WORDS
        ):
            metrics = QFontMetrics(QGuiApplication.font())
            title = str(super().headerData(section, orientation) or "")
            # the header's own margins and its sort arrow: about two line heights
            header = metrics.horizontalAdvance(title) + 2 * metrics.height()
            least = metrics.averageCharWidth() * WORDS_LEAST[section]
            return QSize(max(least, header), metrics.height())
        return super().headerData(section, orientation, role)


COL_NAME, COL_PAID_BY, COL_LAST_CHARGE, COL_PRICE_HISTORY, COL_OVERLAPS, COL_REVIEW = (
    0, 1, 6, 7, 8, 9
)  # fmt: skip
#: the columns of words (a merchant's name is one), wrapped onto more lines when the window is
#: narrow, and the fewest average characters each is given: a name breaks between its words,
#: not after every one. The first takes what a wide window has to spare.
WORDS_LEAST = {
    COL_NAME: 10,
    COL_PAID_BY: 9,
    COL_LAST_CHARGE: 9,
    COL_REVIEW: 9,
    COL_OVERLAPS: 12,
    COL_PRICE_HISTORY: 12,
}
WORDS = tuple(WORDS_LEAST)


def _kept_text(kept: Kept) -> str:
    """A keep of the year, with the next review where the decision recorded one (as the CLI)."""
    text = (
        QCoreApplication.translate("SubscriptionAudit", "Kept %1 on %2 (%3 a year)")
        if kept.next_review is None
        else QCoreApplication.translate(
            "SubscriptionAudit", "Kept %1 on %2 (%3 a year); next review %4"
        )
    )
    values = (shown_name(kept.name), format_day(kept.on), money(kept.annual_minor, kept.currency))
    if kept.next_review is None:
        return fill(text, values)
    return fill(text, (*values, format_day(kept.next_review)))


def _charged_again_text(item: CancelledYetCharged) -> str:
    """A cancellation the merchant did not heed: no saving claimed, the charges since told."""
    day, minor = item.charges[-1]
    return fill(
        QCoreApplication.translate(
            "SubscriptionAudit",
            "Cancelled %1 on %2, but charged again %n time(s) since, last %3 on %4: "
            "saves nothing yet",
            "",
            len(item.charges),
        ),
        (shown_name(item.name), format_day(item.on), money(minor, item.currency), format_day(day)),
    )


def _stopped_text(item: Stopped) -> str:
    return stopped_sentence(
        item.name,
        money(item.last_minor, item.currency),
        item.last_charge,
        money(item.annual_minor, item.currency),
    )


def stopped_sentence(name: str, last: str, last_day: date, per_year: str) -> str:
    """A subscription whose charges stopped though the user never marked it cancelled, as the
    audit and the year in review tell it: its last charge (``last``, shown money) on
    ``last_day``, and ``per_year`` no longer paid."""
    return fill(
        QCoreApplication.translate(
            "SubscriptionAudit",
            "Stopped charging: %1, last %2 on %3 (not marked cancelled; %4 a year no longer paid)",
        ),
        (shown_name(name), last, format_day(last_day), per_year),
    )


def annual_review_text(review: AnnualReview) -> str:
    """The year's decisions, the subscriptions that stopped charging of themselves and the price
    increases, one line each, then what they add up to. "Stopped charging" is what finapp reads
    in the statements, told apart from what the user cancelled."""
    lines = [
        fill(
            QCoreApplication.translate("SubscriptionAudit", "Cancelled %1 on %2: saves %3 a year"),
            (shown_name(c.name), format_day(c.on), money(c.annual_minor, c.currency)),
        )
        for c in review.cancelled
    ]
    lines += [_charged_again_text(c) for c in review.cancelled_yet_charged]
    lines += [_kept_text(k) for k in review.kept]
    lines += [_stopped_text(s) for s in review.stopped]
    lines += [
        fill(
            QCoreApplication.translate(
                "SubscriptionAudit", "Price increase: %1 from %2 to %3 on %4 (%5 more a year)"
            ),
            (
                shown_name(i.name),
                money(i.old_minor, i.currency),
                money(i.new_minor, i.currency),
                format_day(i.date),
                money(i.extra_annual_minor, i.currency),
            ),
        )
        for i in review.increases
    ]
    if not lines:
        return fill(
            QCoreApplication.translate(
                "SubscriptionAudit",
                "No subscription was cancelled or kept in %1, and no price rose.",
            ),
            (str(review.year),),
        )
    lines.append("")
    lines += [
        fill(
            QCoreApplication.translate("SubscriptionAudit", "Cancelling saves %1 a year"),
            (money(minor, code),),
        )
        for code, minor in review.saved_per_year.items()
    ]
    lines += [
        fill(
            QCoreApplication.translate(
                "SubscriptionAudit", "Stopped charging: %1 a year no longer paid"
            ),
            (money(minor, code),),
        )
        for code, minor in review.stopped_per_year.items()
    ]
    lines += [
        fill(
            QCoreApplication.translate("SubscriptionAudit", "Price increases cost %1 more a year"),
            (money(minor, code),),
        )
        for code, minor in review.increases_per_year.items()
    ]
    if review.stopped:
        lines += [
            "",
            QCoreApplication.translate(
                "SubscriptionAudit",
                "“Stopped charging” is what your statements show, not a cancellation you marked: "
                "if you cancelled one, mark it cancelled on the Subscriptions page.",
            ),
        ]
    return "\n".join(lines)


class SubscriptionAuditDialog(QDialog):
    """The audit of every active subscription, with a keep or cancel decision per row."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("subscription-audit")
        self.setWindowTitle(self.tr("Subscription audit"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._audit_tab(), self.tr("Audit"))
        self.tabs.addTab(self._annual_tab(), self.tr("Annual review"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()
        self.load_year(self.year.value())
        self._open_wide()

    def _open_wide(self) -> None:
        """As wide as every column whole wants, within :data:`SCREEN_SHARE` of the screen: a
        dialog over the whole screen hides the window it came from (1675 pixels at 1920). A
        small screen's share may be too narrow for even the columns of words wrapped (819
        pixels at 1024): the dialog then takes what they need, up to the whole screen, rather
        than scroll sideways. As tall as :data:`TALL_LINES` lines, within the screen."""
        table, header = self.table, self.table.horizontalHeader()
        layout = self.layout()
        if layout is not None:  # the margins and frames around the table, before it is shown
            layout.activate()

        def columns(words: bool) -> int:
            """The columns' widths, those of words whole (``words``) or at their least."""
            return sum(
                header.sectionSizeHint(c)
                if c in WORDS and not words
                else max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                for c in range(header.count())
            )

        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        around = max(0, self.width() - table.viewport().width()) + scroll_bar
        # the window manager's frame goes around the dialog, on the same screen
        screen = self.screen().availableGeometry().size() - FRAME_ALLOWANCE
        least = min(columns(False) + around, screen.width())
        most = max(round(screen.width() * SCREEN_SHARE), least)
        tall = min(self.fontMetrics().lineSpacing() * TALL_LINES, screen.height())
        self.setMinimumSize(least, min(self.minimumSizeHint().height(), screen.height()))
        self.resize(min(columns(True) + around, most), tall)

    def _audit_tab(self) -> QWidget:
        tab = QWidget(self)
        self.totals = QLabel(tab)
        self.totals.setObjectName("audit-totals")
        self.totals.setAccessibleName(self.tr("Monthly total against the cap"))
        self.totals.setWordWrap(True)
        self.overlaps = QLabel(tab)
        self.overlaps.setObjectName("audit-overlaps")
        self.overlaps.setAccessibleName(self.tr("Overlapping services"))
        self.overlaps.setWordWrap(True)
        self.model = AuditModel(self)
        # each column of figures as wide as what it shows, the columns of words sharing the
        # room left, wrapped onto more lines when that is too little
        self.table = make_table(tab, self.model, self.tr("Active subscriptions"), stretch=(),
                                sort=(4, Qt.SortOrder.DescendingOrder))  # fmt: skip
        self.words_columns = WordsColumns(self.table, WORDS)
        # a name, a price history or an overlap longer than its column wraps: each row as tall
        # as its words need at the widths the columns were given
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.next_review = written_as_tables(QDateEdit(tab))
        self.next_review.setObjectName("next-review")
        self.next_review.setAccessibleName(self.tr("Next review"))
        self.next_review.setCalendarPopup(True)
        self.next_review.setDateRange(to_qdate(self.today + timedelta(days=1)), to_qdate(MAX_DATE))
        self.next_review.setDate(to_qdate(next_review(self.today)))
        self.buttons: dict[str, QPushButton] = {}
        decide = QHBoxLayout()
        label = QLabel(self.tr("Next review:"), tab)
        label.setBuddy(self.next_review)
        decide.addWidget(label)
        decide.addWidget(self.next_review)
        for name, text, slot in (
            (Verdict.KEEP, self.tr("&Keep"), self.keep_selected),
            (Verdict.CANCEL, self.tr("Cancel &subscription"), self.cancel_selected),
        ):
            button = QPushButton(text, tab)
            button.setAccessibleName(text.replace("&", ""))
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            decide.addWidget(button)
            self.buttons[name] = button
        decide.addStretch(1)
        self.row_actions = SelectionActions(
            self,
            self.table,
            [self.buttons[Verdict.KEEP], self.buttons[Verdict.CANCEL], self.next_review],
        )
        layout = QVBoxLayout(tab)
        layout.addWidget(self.totals)
        layout.addWidget(self.overlaps)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide)
        return tab

    def _annual_tab(self) -> QWidget:
        tab = QWidget(self)
        self.year = QSpinBox(tab)
        self.year.setObjectName("review-year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(MIN_DATE.year, MAX_DATE.year)
        self.year.setValue(self.today.year)
        self.year.valueChanged.connect(self.load_year)
        self.annual = QPlainTextEdit(tab)
        self.annual.setObjectName("annual-review")
        self.annual.setAccessibleName(self.tr("Annual review"))
        self.annual.setReadOnly(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("Year:"), tab)
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.annual, 1)
        return tab

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        store, today = self.ctx.store, self.today
        self.ctx.tasks.run(lambda _p, _c: service.audit(store, today), self._loaded)

    def _loaded(self, audit: service.Audit) -> None:
        reload_rows(self.table, self.model, audit.lines, key=lambda line: line.facts.id)
        self.totals.setText("\n".join(totals_lines(audit)))
        overlaps = overlap_lines(audit)
        self.overlaps.setText("\n".join(overlaps))
        self.overlaps.setVisible(bool(overlaps))

    def load_year(self, year: int) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: service.annual_review(store, year),
            lambda review: self.annual.setPlainText(annual_review_text(review)),
        )

    # -- decisions -----------------------------------------------------------------------------

    def selected(self) -> AuditLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def keep_selected(self) -> None:
        self._decide(Verdict.KEEP, from_qdate(self.next_review.date()))

    def cancel_selected(self) -> None:
        self._decide(Verdict.CANCEL, None)

    def _decide(self, decision: Verdict, upcoming: date | None) -> None:
        line = self.selected()
        if line is None:
            return
        store, today, sub_id = self.ctx.store, self.today, line.facts.id
        self.row_actions.run(
            self.ctx.tasks,
            lambda _p, _c: service.decide(store, sub_id, decision, upcoming, today),
            self._decided,
        )

    def _decided(self, view: SubscriptionView) -> None:
        # a keep always sets the next review, a cancel clears it
        if view.user_state == UserState.CANCELLED or view.review_date is None:
            text = fill(self.tr("%1 is marked cancelled."), (shown_name(view.name),))
        else:
            text = fill(
                self.tr("%1 kept; next review %2."),
                (shown_name(view.name), format_day(view.review_date)),
            )
        self.ctx.bus.message.emit("info", text)
        self.ctx.bus.data_changed.emit(Changes.of(bus.SUBSCRIPTIONS, bus.ALERTS))
        self.ctx.bus.alerts_affected.emit()
        self.reload()
        self.load_year(self.year.value())
