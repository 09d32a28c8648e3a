"""The forms behind the subscriptions page's Merge with…, Split… and Review date… actions.

Both go through the same services as ``finapp subscriptions split`` and ``… review``: the form
only gathers the answer, and says under itself what is wrong with it instead of closing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from finapp.gui.account_names import shown_route
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.subscriptions_model import schedule_name
from finapp.gui.name_words import shown_name
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.services.subscription_charges import MemberCharge
from finapp.services.subscription_groups import PlacedStream
from finapp.services.subscriptions import SubscriptionView
from finapp.tr_marks import fill


class SplitDialog(FormDialog):
    """Tick the charges that are a subscription of their own (two plans seen as one)."""

    def __init__(
        self, sub: SubscriptionView, charges: Sequence[MemberCharge], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("split-subscription")
        self.setWindowTitle(fill(self.tr("Split %1"), (shown_name(sub.name),)))
        intro = QLabel(
            fill(self.tr("Tick the charges that belong to a subscription of their own. They move "
                         "to a new subscription; the others stay in %1."), (sub.name,)),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.charges = QTreeWidget(self)
        self.charges.setAccessibleName(self.tr("Charges"))
        self.charges.setRootIsDecorated(False)
        self.charges.setAlternatingRowColors(True)
        self.charges.setHeaderLabels([self.tr("Date"), self.tr("Amount"), self.tr("Description")])
        #: one per charge, in the tree's order
        self._items: list[QTreeWidgetItem] = []
        for charge in charges:
            item = QTreeWidgetItem(
                self.charges,
                [
                    format_date(charge.posted),
                    format_money(charge.amount, charge.currency),
                    charge.payee,
                ],
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, charge.id)
            self._items.append(item)
        for column in range(3):
            self.charges.resizeColumnToContents(column)
        self.charges.setMinimumSize(
            sum(self.charges.columnWidth(c) for c in range(3)) + 40,
            self.charges.fontMetrics().height() * 16,
        )
        if self._items:  # the latest charges are the likeliest to split off: in view, current
            self.charges.setCurrentItem(self._items[-1])
            self.charges.scrollToItem(self._items[-1])
        _enter_is_ok(self.lay_out(intro, self.charges))

    def chosen(self) -> list[int]:
        """The ids of the ticked charges."""
        return [
            int(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._items
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        ticked = len(self.chosen())
        if not ticked or ticked == self.charges.topLevelItemCount():
            self.show_problem(self.tr("Tick some of the charges, not none and not all."))
            return
        super().accept()


class ReviewDateDialog(FormDialog):
    """When to decide whether an auto-renewal should go on, or no such day."""

    def __init__(self, sub: SubscriptionView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscription-review-date")
        self.setWindowTitle(fill(self.tr("Review date of %1"), (shown_name(sub.name),)))
        self.review = QCheckBox(self.tr("Remind me to review it on"), self)
        self.review.setChecked(sub.review_date is not None)
        day = sub.review_date or _before_renewal(sub, today)
        self.day = written_as_tables(QDateEdit(to_qdate(day), self))
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Review date"))
        self.day.setEnabled(self.review.isChecked())
        self.review.toggled.connect(self.day.setEnabled)
        hint = QLabel(
            self.tr("Pick a day before it renews, to cancel in time if you no longer use it."),
            self,
        )
        hint.setWordWrap(True)
        _enter_is_ok(self.lay_out(hint, self.review, self.day))

    def value(self) -> date | None:
        """The review day, or None to have none."""
        return from_qdate(self.day.date()) if self.review.isChecked() else None


def merge_candidates(keep: PlacedStream, rows: Sequence[PlacedStream]) -> list[PlacedStream]:
    """The detected streams ``keep`` can take in (same currency), likeliest first: the same
    merchant (a new descriptor, a plan change), then the same group, then by name."""
    return sorted(
        (
            row
            for row in rows
            if row.view.id != keep.view.id
            and not row.view.manual
            and row.view.currency == keep.view.currency
        ),
        key=lambda row: (
            row.view.merchant != keep.view.merchant,
            row.group != keep.group,
            shown_name(row.view.name).casefold(),
            row.view.id,
        ),
    )


def choice_labels(rows: Sequence[PlacedStream]) -> list[str]:
    """ "Spotify · Sapphire Visa · $10.99 Monthly", told apart by id when two read the same."""
    labels = [
        f"{shown_name(row.view.name)} · {shown_route(row.paid_from)} · "
        f"{format_money(abs(row.view.amount), row.view.currency)} {schedule_name(row.view)}"
        for row in rows
    ]
    return [
        f"{label} (#{row.view.id})" if labels.count(label) > 1 else label
        for label, row in zip(labels, rows, strict=True)
    ]


def _enter_is_ok(box: QDialogButtonBox) -> None:
    """Enter answers OK wherever the focus is (Space ticks a charge, Enter is done)."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:  # lay_out's box always has one
        ok.setDefault(True)


def _before_renewal(sub: SubscriptionView, today: date) -> date:
    """A week before the next renewal when that is still ahead; a month from today otherwise."""
    if sub.next_date is not None and sub.next_date - timedelta(days=7) > today:
        return sub.next_date - timedelta(days=7)
    return today + timedelta(days=30)
