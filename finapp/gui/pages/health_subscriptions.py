"""Health page → Subscriptions: the monthly total against the cap, how many there are, the
services that overlap and the reviews that are due, with the audit a click away."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from finapp.core.conversion import Total
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.dialogs.subscription_audit import (
    SubscriptionAuditDialog,
    overlap_lines,
    review_text,
    totals_lines,
)
from finapp.gui.list_words import joined
from finapp.gui.name_words import shown_name
from finapp.gui.pages.health_section import HealthSection
from finapp.gui.pages.health_totals import left_out_text, marked_money, show_total, total_label
from finapp.services import subscription_audit as service
from finapp.services.health_totals import converting, subscriptions_total
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


class SubscriptionsSection(HealthSection):
    """What subscriptions cost a month against the cap, overlaps, reviews due; Audit… opens the
    audit as of the page's day."""

    TITLE = QT_TRANSLATE_NOOP("HealthSection", "Subscriptions")
    WATCHES = frozenset({bus.SUBSCRIPTIONS, bus.TRANSACTIONS, bus.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.as_of = date.today()
        self.summary = QLabel(self)
        self.summary.setObjectName("subscriptions-summary")
        self.summary.setWordWrap(True)
        self.overlaps = QLabel(self)
        self.overlaps.setObjectName("subscriptions-overlaps")
        self.overlaps.setWordWrap(True)
        self.all_currencies = total_label(self, "subscriptions-all-currencies")
        self.all_currencies.hide()
        self.reviews = QLabel(self)
        self.reviews.setObjectName("subscriptions-reviews")
        self.reviews.setWordWrap(True)
        self.audit_button = QPushButton(self.tr("Audit…"), self)
        self.audit_button.setAccessibleName(self.tr("Audit subscriptions"))
        self.audit_button.clicked.connect(self.open_audit)
        row = QHBoxLayout()
        row.addWidget(self.audit_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.all_currencies, self.overlaps, self.reviews):
            layout.addWidget(widget)
        layout.addLayout(row)

    def reload(self, as_of: date) -> None:
        self.as_of = as_of  # the day the audit opens on
        super().reload(as_of)

    def load(self, as_of: date) -> tuple[service.Audit, Total | None, date]:
        with self.ctx.store.read() as session:
            audit = service.subscriptions_health(session, as_of).audit
            total = subscriptions_total(audit.costs, converting(session, as_of))
        return audit, total, as_of

    def show_loaded(self, loaded: tuple[service.Audit, Total | None, date]) -> None:
        audit, total, rates_on = loaded
        self.summary.setText("\n".join(totals_lines(audit)))
        self.all_currencies.hide()
        if total is not None:
            # each currency's own total stays above; this one adds them up: "every currency"
            # only when none was left out for want of a rate (named after it)
            left_out = left_out_text(total)
            wording = (
                self.tr("All subscriptions: %1 a month in %2, counting the currencies with a rate")
                if left_out
                else self.tr("All subscriptions: %1 a month, every currency in %2")
            )
            text = fill(wording, (marked_money(total), currency_word(total.currency)))
            show_total(self.all_currencies, f"{text}. {left_out}" if left_out else text,
                       rates_on, total)  # fmt: skip
        overlaps = overlap_lines(audit)
        self.overlaps.setText("\n".join(overlaps))
        self.overlaps.setVisible(bool(overlaps))
        due = [line for line in audit.lines if line.review_state in ("due", "unreviewed")]
        self.reviews.setText(
            fill(
                self.tr("Reviews due: %1"),
                (
                    joined(
                        fill(self.tr("%1 (%2)"), (shown_name(line.facts.name), review_text(line)))
                        for line in due
                    ),
                ),
            )
            if due
            else self.tr("No review due.")
        )

    def open_audit(self) -> None:
        dialog = SubscriptionAuditDialog(self.ctx, self.as_of, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
