"""The subscriptions table: one row per recurring stream, with its state and warning badges."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.services.subscriptions import SubscriptionView

CADENCE_NAMES = {
    "weekly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Weekly"),
    "biweekly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Every 2 weeks"),
    "semimonthly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Twice a month"),
    "four_weekly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Every 4 weeks"),
    "monthly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Monthly"),
    "bimonthly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Every 2 months"),
    "quarterly": QT_TRANSLATE_NOOP("SubscriptionsModel", "Quarterly"),
    "semiannual": QT_TRANSLATE_NOOP("SubscriptionsModel", "Twice a year"),
    "annual": QT_TRANSLATE_NOOP("SubscriptionsModel", "Yearly"),
}
_STATES = {
    "suggested": QT_TRANSLATE_NOOP("SubscriptionsModel", "Suggested"),
    "confirmed": QT_TRANSLATE_NOOP("SubscriptionsModel", "Confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("SubscriptionsModel", "Dismissed"),
    "cancelled": QT_TRANSLATE_NOOP("SubscriptionsModel", "Cancelled"),
    "inactive": QT_TRANSLATE_NOOP("SubscriptionsModel", "Stopped"),
}
KIND_NAMES = {
    "subscription": QT_TRANSLATE_NOOP("SubscriptionsModel", "Subscription"),
    "bill": QT_TRANSLATE_NOOP("SubscriptionsModel", "Bill"),
    "income": QT_TRANSLATE_NOOP("SubscriptionsModel", "Income"),
    "transfer": QT_TRANSLATE_NOOP("SubscriptionsModel", "Transfer"),
}
BADGES = {
    "price_increase": QT_TRANSLATE_NOOP("SubscriptionsModel", "▲ price up"),
    "lapsed": QT_TRANSLATE_NOOP("SubscriptionsModel", "⊘ lapsed"),
    "charged_after_cancel": QT_TRANSLATE_NOOP("SubscriptionsModel", "⚠ charged after cancel"),
    "started_after_trial": QT_TRANSLATE_NOOP("SubscriptionsModel", "after free trial"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubscriptionsModel", text)


def cadence_name(cadence: str) -> str:
    return _tr(CADENCE_NAMES.get(cadence, cadence))


def status_text(sub: SubscriptionView) -> str:
    """The user's word first (cancelled, confirmed); a stream that stopped says so."""
    if sub.status != "active" and sub.user_state in ("suggested", "confirmed"):
        return _tr(_STATES["inactive"])
    return _tr(_STATES.get(sub.user_state, sub.user_state))


def badges_text(sub: SubscriptionView) -> str:
    return "  ".join(_tr(BADGES[f]) for f in sub.flags if f in BADGES)


def badges_tooltip(sub: SubscriptionView) -> str | None:
    lines = [
        _tr("Price %1 → %2 on %3")
        .replace("%1", format_money(change.old, sub.currency))
        .replace("%2", format_money(change.new, sub.currency))
        .replace("%3", format_date(change.date))
        for change in sub.price_changes
    ]
    if sub.charged_after_cancel:
        count = len(sub.charged_after_cancel)
        lines.append(
            QCoreApplication.translate(
                "SubscriptionsModel", "%n charge(s) after you cancelled", "", count
            )
        )
    return "\n".join(lines) or None


def _money(sub: SubscriptionView, amount) -> str:  # type: ignore[no-untyped-def]
    return format_money(abs(amount), sub.currency)


class SubscriptionsModel(RowsModel[SubscriptionView]):
    CONTEXT = "SubscriptionsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Name"), lambda s: s.name,
               lambda s: s.name.casefold(), tooltip=lambda s: s.merchant),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Amount"),
               lambda s: _money(s, s.amount), lambda s: abs(s.amount), right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Kind"),
               lambda s: _tr(KIND_NAMES.get(s.kind, s.kind)), lambda s: s.kind),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Cadence"),
               lambda s: cadence_name(s.cadence), lambda s: s.cadence),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Next"), lambda s: format_date(s.next_date),
               lambda s: s.next_date),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Per year"),
               lambda s: _money(s, s.annual_cost), lambda s: s.annual_cost, right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Status"), status_text,
               lambda s: status_text(s)),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Notes"), badges_text,
               lambda s: len(s.flags), tooltip=badges_tooltip, colour=lambda s: "#d64541"),
    )  # fmt: skip

    def emphasised(self, row: SubscriptionView) -> bool:
        """Something to look at: a price rise, a lapse, a charge after cancelling."""
        return any(flag in BADGES and flag != "started_after_trial" for flag in row.flags)
