"""The subscriptions tree: recurring streams in their groups, with state and badges.

A change of amount reads by what the stream is: a pay rise is good news (green), a price rise
of a subscription or bill a warning (red, the row in bold), a larger transfer neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from finapp.core.months_off import months_told
from finapp.core.stream_groups import BILLS, HABITS, INCOME, SUBSCRIPTIONS, TRANSFERS
from finapp.core.subscription_states import EXPECTED, Status, UserState
from finapp.gui.account_names import shown_route
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import (
    format_date,
    format_day,
    format_money,
    format_month,
    format_month_name,
)
from finapp.gui.models.grouped_model import PARTS_JOINER, GroupedModel
from finapp.gui.models.rows_model import Column
from finapp.gui.name_words import shown_name
from finapp.services.subscription_groups import GroupSummary, PlacedStream
from finapp.services.subscriptions import SubscriptionView, Totals
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

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
_STATES: dict[str, str] = {
    UserState.SUGGESTED: QT_TRANSLATE_NOOP("SubscriptionsModel", "Suggested"),
    UserState.CONFIRMED: QT_TRANSLATE_NOOP("SubscriptionsModel", "Confirmed"),
    UserState.DISMISSED: QT_TRANSLATE_NOOP("SubscriptionsModel", "Dismissed"),
    UserState.CANCELLED: QT_TRANSLATE_NOOP("SubscriptionsModel", "Cancelled"),
}
#: a stream the user still expects whose charges stopped
_STOPPED = QT_TRANSLATE_NOOP("SubscriptionsModel", "Stopped")
#: an expected charge missing from statements that cover its day
_NOT_SEEN = QT_TRANSLATE_NOOP("SubscriptionsModel", "%1 charge not seen")
#: a wage paused over the summer as the year before, resuming in a month ("September 2026")
_PAUSED = QT_TRANSLATE_NOOP("SubscriptionsModel", "Paused until %1")
#: a renewal already past that the statements cannot show yet (they end before its day); the
#: dashboard's renewals say it with the same words
AFTER_STATEMENTS = QT_TRANSLATE_NOOP("SubscriptionsModel", "%1 — after your statements end %2")
GROUP_NAMES = {
    SUBSCRIPTIONS: QT_TRANSLATE_NOOP("SubscriptionsModel", "Subscriptions"),
    BILLS: QT_TRANSLATE_NOOP("SubscriptionsModel", "Bills"),
    HABITS: QT_TRANSLATE_NOOP("SubscriptionsModel", "Regular spending"),
    INCOME: QT_TRANSLATE_NOOP("SubscriptionsModel", "Income"),
    TRANSFERS: QT_TRANSLATE_NOOP("SubscriptionsModel", "Transfers between own accounts"),
}
#: what each group holds, for its header's tooltip
GROUP_HINTS = {
    SUBSCRIPTIONS: QT_TRANSLATE_NOOP(
        "SubscriptionsModel", "Services you chose and can cancel: streaming, software, a gym."
    ),
    BILLS: QT_TRANSLATE_NOOP(
        "SubscriptionsModel",
        "What running the home costs: housing, utilities, phone and internet, insurance, loans.",
    ),
    HABITS: QT_TRANSLATE_NOOP(
        "SubscriptionsModel",
        "Everyday purchases that come round on a schedule at whatever they cost that time, such "
        "as a monthly taxi ride or grocery shop: no bill to renew or cancel, left out of the "
        "totals, still in the balance forecast.",
    ),
    INCOME: QT_TRANSLATE_NOOP("SubscriptionsModel", "Money coming in regularly: pay, interest."),
    TRANSFERS: QT_TRANSLATE_NOOP(
        "SubscriptionsModel",
        "Money moved between your own accounts, such as card payments and savings; each "
        "transfer is listed once, from the paying account.",
    ),
}
#: the badges of what went wrong (red, and the row in bold)
WARNINGS = {
    "price_increase": QT_TRANSLATE_NOOP("SubscriptionsModel", "▲ price up"),
    "lapsed": QT_TRANSLATE_NOOP("SubscriptionsModel", "⊘ lapsed"),
    "overdue": QT_TRANSLATE_NOOP("SubscriptionsModel", "⚠ overdue"),
    "charged_after_cancel": QT_TRANSLATE_NOOP("SubscriptionsModel", "⚠ charged after cancel"),
}
_PAY_RISE = QT_TRANSLATE_NOOP("SubscriptionsModel", "▲ pay rise")
_MORE_MOVED = QT_TRANSLATE_NOOP("SubscriptionsModel", "▲ amount up")
_AFTER_TRIAL = QT_TRANSLATE_NOOP("SubscriptionsModel", "after free trial")
#: the next renewal is past but after the statements end (words only: common fonts lack ⧗)
_NOT_IMPORTED = QT_TRANSLATE_NOOP("SubscriptionsModel", "after your statements")
#: a badge and "after free trial" said as one phrase, so a language orders them its own way
#: (Chinese puts the time first: "免费试用后已中断", never "已中断 免费试用后")
_WITH_TRIAL = {
    "lapsed": QT_TRANSLATE_NOOP("SubscriptionsModel", "⊘ lapsed after free trial"),
    "price_increase": QT_TRANSLATE_NOOP("SubscriptionsModel", "▲ price up after free trial"),
}
_RED, _GREEN = "#d64541", "#2e8540"
#: a monthly bill with months off every year (council tax: ten instalments, April to January)
_MONTHS_OFF = QT_TRANSLATE_NOOP("SubscriptionsModel", "%1, none in %2")
#: a bill paid in a few set months only (estimated taxes: January, April, June, September)
_MONTHS_ON = QT_TRANSLATE_NOOP("SubscriptionsModel", "%1, in %2")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubscriptionsModel", text)


def cadence_name(cadence: str) -> str:
    return _tr(CADENCE_NAMES.get(cadence, cadence))


def schedule_name(view: SubscriptionView) -> str:
    """Its cadence, and the months a bill takes off ("Monthly, none in Feb, Mar") or, when
    fewer, the months it is paid in ("Quarterly, in Jan, Apr, Jun, Sep")."""
    cadence = cadence_name(view.cadence)
    if not view.months_off:
        return cadence
    only, months = months_told(view.months_off)
    named = joined(format_month_name(month) for month in months)
    return fill(_tr(_MONTHS_ON if only else _MONTHS_OFF), (cadence, named))


def status_text(sub: SubscriptionView) -> str:
    """The user's word first (cancelled, confirmed); a stream that stopped says so, one
    whose expected charge the statements do not show names that charge ("Oct 14, 2026 charge
    not seen"), and one paused as the year before the month it resumes ("Paused until
    September 2026"), as the CLI does, rather than "active"."""
    if sub.status != Status.ACTIVE and sub.user_state in EXPECTED:
        return _tr(_STOPPED)
    if "overdue" in sub.flags:
        return fill(_tr(_NOT_SEEN), (format_day(sub.next_date),))
    if "paused" in sub.flags and sub.next_date is not None:
        return fill(_tr(_PAUSED), (format_month(sub.next_date),))
    return _tr(_STATES.get(sub.user_state, sub.user_state))


def next_tooltip(row: PlacedStream) -> str | None:
    """A past next renewal after the statements end, said whole on hover ("12/01/2026 —
    after your statements end Nov 18, 2026"): not imported yet, neither overdue nor skipped.
    The cell keeps the day alone, so the column stays as narrow as its dates; the Notes
    column says it in short (:data:`_NOT_IMPORTED`)."""
    if row.after_statements:
        return after_statements_text(row.upcoming, row.view.covered_until)
    return None


def after_statements_text(day: date | None, until: date | None) -> str:
    """A renewal's ``day``, past, after the statements that end on ``until``."""
    return fill(_tr(AFTER_STATEMENTS), (format_date(day), format_day(until)))


def _rise_is_good(row: PlacedStream) -> bool | None:
    """A larger amount is good news for income, a warning for spending, neither for a transfer."""
    if row.group == INCOME:
        return True
    return None if row.group == TRANSFERS else False


def _warnings(row: PlacedStream) -> list[str]:
    flags = row.view.flags
    return [
        f for f in WARNINGS if f in flags and (f != "price_increase" or _rise_is_good(row) is False)
    ]


def notes_text(row: PlacedStream) -> str:
    """The badges: warnings first, then good news, then what is only worth knowing."""
    warnings = _warnings(row)
    trial = "started_after_trial" in row.view.flags
    joined = trial and bool(warnings) and warnings[0] in _WITH_TRIAL
    notes = [_tr(WARNINGS[flag]) for flag in warnings]
    if joined:  # the first badge says it with the trial: "⊘ lapsed after free trial"
        notes[0] = _tr(_WITH_TRIAL[warnings[0]])
    if "price_increase" in row.view.flags:
        good = _rise_is_good(row)
        if good is not None and good:
            notes.append(_tr(_PAY_RISE))
        elif good is None:
            notes.append(_tr(_MORE_MOVED))
    if trial and not joined:
        notes.append(_tr(_AFTER_TRIAL))
    if row.after_statements:
        notes.append(_tr(_NOT_IMPORTED))
    if row.view.review_date is not None:
        notes.append(
            fill(
                QCoreApplication.translate("SubscriptionsModel", "review %1"),
                (format_date(row.view.review_date),),
            )
        )
    return PARTS_JOINER.join(notes)


def notes_colour(row: PlacedStream) -> str | None:
    """Red for a warning, green for good news (a pay rise), the palette's for the rest."""
    if _warnings(row):
        return _RED
    if "price_increase" in row.view.flags and _rise_is_good(row):
        return _GREEN
    return None


def notes_tooltip(row: PlacedStream) -> str | None:
    sub = row.view
    good = _rise_is_good(row)
    if good:
        change_text = QCoreApplication.translate("SubscriptionsModel", "Pay rise: %1 → %2 on %3")
    elif good is None:
        change_text = QCoreApplication.translate("SubscriptionsModel", "Amount %1 → %2 on %3")
    else:
        change_text = QCoreApplication.translate("SubscriptionsModel", "Price %1 → %2 on %3")
    lines = [
        fill(
            change_text,
            (
                format_money(change.old, sub.currency),
                format_money(change.new, sub.currency),
                format_day(change.date),
            ),
        )
        for change in sub.price_changes
    ]
    if "lapsed" in sub.flags:
        lines.append(
            QCoreApplication.translate(
                "SubscriptionsModel", "No charge came when it was due: it may have ended."
            )
        )
    if "overdue" in sub.flags:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "SubscriptionsModel",
                    "The charge due on %1 is not in the statements, which go to %2: "
                    "check whether it still runs.",
                ),
                (format_day(sub.next_date), format_day(sub.covered_until)),
            )
        )
    if "started_after_trial" in sub.flags:
        lines.append(
            QCoreApplication.translate("SubscriptionsModel", "It began after a free trial.")
        )
    if row.after_statements:
        lines.append(after_statements_text(row.upcoming, sub.covered_until))
    if sub.charged_after_cancel:
        count = len(sub.charged_after_cancel)
        lines.append(
            QCoreApplication.translate(
                "SubscriptionsModel", "%n charge(s) after you cancelled", "", count
            )
        )
    if sub.review_date is not None:
        lines.append(
            fill(
                QCoreApplication.translate("SubscriptionsModel", "To review on %1"),
                (format_day(sub.review_date),),
            )
        )
    return "\n".join(lines) or None


def _money(sub: SubscriptionView, amount: Decimal) -> str:
    return format_money(abs(amount), sub.currency)


def totals_text(totals: Sequence[Totals], per: str) -> str:
    """ "$1,200.00 + ¥3,000.00": one sum per currency (``per`` is "year" or "month")."""
    return " + ".join(
        format_money(t.per_year if per == "year" else t.per_month, t.currency) for t in totals
    )


def group_title(summary: GroupSummary) -> str:
    """ "Bills (7) · $32,245.02 a year · $2,687.08 a month" (the count: the rows listed)."""
    name = _tr(GROUP_NAMES[summary.group])
    if not summary.totals:
        return fill(
            QCoreApplication.translate("SubscriptionsModel", "%1 (%2)"), (name, str(summary.count))
        )
    return fill(
        QCoreApplication.translate("SubscriptionsModel", "%1 (%2) · %3 a year · %4 a month"),
        (
            name,
            str(summary.count),
            totals_text(summary.totals, "year"),
            totals_text(summary.totals, "month"),
        ),
    )


def group_hint(group: str) -> str:
    return _tr(GROUP_HINTS[group])


class SubscriptionsModel(GroupedModel[PlacedStream]):
    """The streams in their groups; a row is a :class:`PlacedStream`."""

    CONTEXT = "SubscriptionsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Name"), lambda p: shown_name(p.view.name),
               lambda p: shown_name(p.view.name).casefold(), tooltip=lambda p: p.view.merchant),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Amount"),
               lambda p: _money(p.view, p.view.amount), lambda p: abs(p.view.amount),
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Cadence"),
               lambda p: schedule_name(p.view), lambda p: p.view.cadence),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Next"),
               lambda p: format_date(p.upcoming), lambda p: p.upcoming, tooltip=next_tooltip),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Per year"),
               lambda p: _money(p.view, p.view.annual_cost), lambda p: p.view.annual_cost,
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Paid from"),
               lambda p: shown_route(p.paid_from), lambda p: shown_route(p.paid_from).casefold(),
               tooltip=lambda p: p.paid_from or None),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Status"), lambda p: status_text(p.view),
               lambda p: status_text(p.view)),
        Column(QT_TRANSLATE_NOOP("SubscriptionsModel", "Notes"), notes_text,
               lambda p: len(p.view.flags), tooltip=notes_tooltip, colour=notes_colour),
    )  # fmt: skip

    def replace_view(self, view: SubscriptionView) -> None:
        """Show the stream's new state (an action's result) in its row, before the reload."""
        row = self.row_at(self.find(lambda p: p.view.id == view.id))
        if row is not None:
            self.replace(replace(row, view=view), lambda p: p is row)

    def emphasised(self, row: PlacedStream) -> bool:
        """Something to look at: a price rise, a lapse, a charge after cancelling."""
        return bool(_warnings(row))
