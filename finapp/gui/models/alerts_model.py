"""The alerts table: newest first, unread in bold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.core.alert_kinds import Kind
from finapp.core.severity import Severity
from finapp.gui.alert_texts import alert_text
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.services.alerts import AlertView
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: what each kind is called in the list (the alert's text says the rest)
KIND_NAMES: dict[str, str] = {
    Kind.LOW_BALANCE: QT_TRANSLATE_NOOP("AlertsModel", "Low balance"),
    Kind.BUDGET: QT_TRANSLATE_NOOP("AlertsModel", "Budget"),
    Kind.LARGE_CHARGE: QT_TRANSLATE_NOOP("AlertsModel", "Large charge"),
    Kind.UNUSUAL_CHARGE: QT_TRANSLATE_NOOP("AlertsModel", "Unusual charge"),
    Kind.DUPLICATE_CHARGE: QT_TRANSLATE_NOOP("AlertsModel", "Duplicate charge"),
    Kind.NEW_MERCHANT: QT_TRANSLATE_NOOP("AlertsModel", "New merchant"),
    Kind.RENEWAL: QT_TRANSLATE_NOOP("AlertsModel", "Renewal"),
    Kind.PRICE_INCREASE: QT_TRANSLATE_NOOP("AlertsModel", "Price increase"),
    Kind.CHARGED_AFTER_CANCEL: QT_TRANSLATE_NOOP("AlertsModel", "Charged after cancel"),
    Kind.LAPSED: QT_TRANSLATE_NOOP("AlertsModel", "Stopped charging"),
    Kind.STALE_STATEMENTS: QT_TRANSLATE_NOOP("AlertsModel", "Statements out of date"),
    Kind.INCOME_CHANGE: QT_TRANSLATE_NOOP("AlertsModel", "Income change"),
    Kind.PASS_THROUGH: QT_TRANSLATE_NOOP("AlertsModel", "Money passing through"),
    Kind.STRUCTURING: QT_TRANSLATE_NOOP("AlertsModel", "Split under a threshold"),
    Kind.LATE_NIGHT: QT_TRANSLATE_NOOP("AlertsModel", "Late-night transfer"),
    Kind.NEW_COUNTERPARTIES: QT_TRANSLATE_NOOP("AlertsModel", "Many new payees"),
    Kind.EMERGENCY_FUND: QT_TRANSLATE_NOOP("AlertsModel", "Emergency fund"),
    Kind.GOAL_BEHIND: QT_TRANSLATE_NOOP("AlertsModel", "Savings goal behind"),
    Kind.GOAL_BEYOND_SURPLUS: QT_TRANSLATE_NOOP("AlertsModel", "Savings goal beyond savings"),
    Kind.CARD_UTILISATION: QT_TRANSLATE_NOOP("AlertsModel", "Card limit"),
    Kind.CARD_PAYMENT_DUE: QT_TRANSLATE_NOOP("AlertsModel", "Card payment due"),
    Kind.SUBSCRIPTION_CAP: QT_TRANSLATE_NOOP("AlertsModel", "Subscription cap"),
    Kind.REVIEW_DUE: QT_TRANSLATE_NOOP("AlertsModel", "Review due"),
    Kind.UNREVIEWED: QT_TRANSLATE_NOOP("AlertsModel", "Not reviewed for a year"),
    Kind.FORECAST_LOW_BALANCE: QT_TRANSLATE_NOOP("AlertsModel", "Balance forecast"),
}
SEVERITY_NAMES: dict[str, str] = {
    Severity.INFO: QT_TRANSLATE_NOOP("AlertsModel", "Notice"),
    Severity.WARNING: QT_TRANSLATE_NOOP("AlertsModel", "Warning"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("AlertsModel", "Critical"),
}
STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("AlertsModel", "Open"),
    "resolved": QT_TRANSLATE_NOOP("AlertsModel", "Resolved"),
    "dismissed": QT_TRANSLATE_NOOP("AlertsModel", "Dismissed"),
}
_SEVERITY_RANK: dict[str, int] = {level: rank for rank, level in enumerate(Severity)}
#: mid-tone colours, readable on light and dark palettes alike
_SEVERITY_COLOURS: dict[str, str] = {Severity.WARNING: "#d08a1e", Severity.CRITICAL: "#d64541"}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("AlertsModel", KIND_NAMES.get(kind, kind))


def severity_name(severity: str) -> str:
    return QCoreApplication.translate("AlertsModel", SEVERITY_NAMES.get(severity, severity))


def state_name(alert: AlertView) -> str:
    """Open, resolved (with the day) or dismissed, in the user's language."""
    name = QCoreApplication.translate("AlertsModel", STATE_NAMES.get(alert.state, alert.state))
    if alert.state == "resolved" and alert.resolved_on is not None:
        return f"{name} {format_date(alert.resolved_on)}"
    return name


def _amount(alert: AlertView) -> str:
    if alert.amount is None or alert.currency is None:
        return ""
    return format_money(alert.amount, alert.currency)


class AlertsModel(RowsModel[AlertView]):
    CONTEXT = "AlertsModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "Date"),
            lambda a: format_date(a.date),
            lambda a: a.date,
        ),
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "Severity"),
            lambda a: severity_name(a.severity),
            lambda a: _SEVERITY_RANK.get(a.severity, 0),
            colour=lambda a: _SEVERITY_COLOURS.get(a.severity),
        ),
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "Kind"),
            lambda a: kind_name(a.kind),
            lambda a: kind_name(a.kind),
        ),
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "Message"),
            alert_text,
            lambda a: alert_text(a).casefold(),
            tooltip=alert_text,
        ),
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "Amount"),
            _amount,
            lambda a: a.amount,
            right_aligned=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AlertsModel", "State"),
            state_name,
            lambda a: (a.state, a.resolved_on or a.date),
        ),
    )

    EMPHASISED_COLUMNS = (0,)  # the date of an unread alert

    def emphasised(self, row: AlertView) -> bool:
        return not row.read
