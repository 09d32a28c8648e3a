"""The alerts table: newest first, unread in bold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.gui.alert_texts import alert_text
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.services.alerts import AlertView
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: what each kind is called in the list (the alert's text says the rest)
KIND_NAMES = {
    "low_balance": QT_TRANSLATE_NOOP("AlertsModel", "Low balance"),
    "budget": QT_TRANSLATE_NOOP("AlertsModel", "Budget"),
    "large_charge": QT_TRANSLATE_NOOP("AlertsModel", "Large charge"),
    "unusual_charge": QT_TRANSLATE_NOOP("AlertsModel", "Unusual charge"),
    "duplicate_charge": QT_TRANSLATE_NOOP("AlertsModel", "Duplicate charge"),
    "new_merchant": QT_TRANSLATE_NOOP("AlertsModel", "New merchant"),
    "renewal": QT_TRANSLATE_NOOP("AlertsModel", "Renewal"),
    "price_increase": QT_TRANSLATE_NOOP("AlertsModel", "Price increase"),
    "charged_after_cancel": QT_TRANSLATE_NOOP("AlertsModel", "Charged after cancel"),
    "lapsed": QT_TRANSLATE_NOOP("AlertsModel", "Stopped charging"),
    "stale_statements": QT_TRANSLATE_NOOP("AlertsModel", "Statements out of date"),
    "income_change": QT_TRANSLATE_NOOP("AlertsModel", "Income change"),
    "pass_through": QT_TRANSLATE_NOOP("AlertsModel", "Money passing through"),
    "structuring": QT_TRANSLATE_NOOP("AlertsModel", "Split under a threshold"),
    "late_night": QT_TRANSLATE_NOOP("AlertsModel", "Late-night transfer"),
    "new_counterparties": QT_TRANSLATE_NOOP("AlertsModel", "Many new payees"),
    "emergency_fund": QT_TRANSLATE_NOOP("AlertsModel", "Emergency fund"),
    "goal_behind": QT_TRANSLATE_NOOP("AlertsModel", "Savings goal"),
    "card_utilisation": QT_TRANSLATE_NOOP("AlertsModel", "Card limit"),
    "card_payment_due": QT_TRANSLATE_NOOP("AlertsModel", "Card payment due"),
    "subscription_cap": QT_TRANSLATE_NOOP("AlertsModel", "Subscription cap"),
    "review_due": QT_TRANSLATE_NOOP("AlertsModel", "Review due"),
    "unreviewed": QT_TRANSLATE_NOOP("AlertsModel", "Not reviewed for a year"),
    "forecast_low_balance": QT_TRANSLATE_NOOP("AlertsModel", "Balance forecast"),
}
SEVERITY_NAMES = {
    "info": QT_TRANSLATE_NOOP("AlertsModel", "Notice"),
    "warning": QT_TRANSLATE_NOOP("AlertsModel", "Warning"),
    "critical": QT_TRANSLATE_NOOP("AlertsModel", "Critical"),
}
STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("AlertsModel", "Open"),
    "resolved": QT_TRANSLATE_NOOP("AlertsModel", "Resolved"),
    "dismissed": QT_TRANSLATE_NOOP("AlertsModel", "Dismissed"),
}
_SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}
#: mid-tone colours, readable on light and dark palettes alike
_SEVERITY_COLOURS = {"warning": "#d08a1e", "critical": "#d64541"}


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
        Column(QT_TRANSLATE_NOOP("AlertsModel", "Date"), lambda a: format_date(a.date),
               lambda a: a.date),
        Column(QT_TRANSLATE_NOOP("AlertsModel", "Severity"), lambda a: severity_name(a.severity),
               lambda a: _SEVERITY_RANK.get(a.severity, 0),
               colour=lambda a: _SEVERITY_COLOURS.get(a.severity)),
        Column(QT_TRANSLATE_NOOP("AlertsModel", "Kind"), lambda a: kind_name(a.kind),
               lambda a: kind_name(a.kind)),
        Column(QT_TRANSLATE_NOOP("AlertsModel", "Message"), alert_text,
               lambda a: alert_text(a).casefold(), tooltip=alert_text),
        Column(QT_TRANSLATE_NOOP("AlertsModel", "Amount"), _amount, lambda a: a.amount,
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("AlertsModel", "State"), state_name,
               lambda a: (a.state, a.resolved_on or a.date)),
    )

    def emphasised(self, row: AlertView) -> bool:
        return not row.read
