"""How serious an alert is: in proportion to the money at stake and to what the user can still do.

Severity decides how an alert is shown and notified (a critical one is an urgent desktop
notification and a red banner), so a "critical" that turns out to be 21.84 over a parking budget
teaches the user to ignore the next one. The three levels:

- **info** (shown as a notice): worth knowing, nothing is lost or about to be — a budget nearly
  or exactly used, a renewal at its usual price, a dip that is already over;
- **warning**: money the user should look at soon — a budget over (the month's plan no longer
  holds, however small the overspend: it must not read like a routine renewal), a balance below
  the user's threshold, a renewal at a higher price, a small charge after cancelling (to dispute);
- **critical**: money is being lost or a payment is about to fail — a budget far over in both
  amount and share, a balance below zero or too low for a payment known to be coming, a large
  charge after cancelling.

The money thresholds are in major units of the alert's own currency (dollars, yuan); a budget is
critical only when far over in both money and share, so a yen budget is not judged by dollar
sizes alone.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from finapp.core.money import to_minor


class Severity(StrEnum):
    """An alert's level, stored and printed as its value (the CLI's JSON says ``"warning"``).

    Members run from the least serious to the most: lists rank alerts in this order.
    """

    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


#: an overspend is critical only when at least this large (major units) ...
LARGE_OVERSPEND = Decimal(250)
#: ... and at least this share of the budget (percent): the month's plan is then clearly broken
LARGE_OVERSPEND_PERCENT = 50
#: payments due within this many days count as "known and coming" against a low balance: about
#: two weeks is what a user can still act on (move money, call the payee) before they are taken
COMING_PAYMENT_DAYS = 14


def budget_severity(spent_minor: int, available_minor: int, currency: str) -> Severity:
    """A budget's alert: a notice while the money is not all spent, a warning once it is over
    (testers read 105% of a transport budget as "提示", the level of a routine renewal, and
    passed it by), critical only when far over in both money and share
    (:data:`LARGE_OVERSPEND`)."""
    over = spent_minor - available_minor
    if over <= 0:  # a threshold reached before the money is spent: a heads-up
        return Severity.INFO
    large = over >= to_minor(LARGE_OVERSPEND, currency)
    if large and over * 100 >= available_minor * LARGE_OVERSPEND_PERCENT:
        return Severity.CRITICAL
    return Severity.WARNING


def low_balance_severity(balance_minor: int, coming_minor: int, recovered: bool) -> Severity:
    """A balance below the user's threshold.

    ``coming_minor`` is the sum of the payments known to leave the account within
    :data:`COMING_PAYMENT_DAYS` (zero or negative). A dip already over is a notice, or a warning
    when it went below zero (overdraft fees to look for); a current one is critical when the
    balance is negative or would not cover those payments, otherwise a warning.
    """
    if recovered:
        return Severity.WARNING if balance_minor < 0 else Severity.INFO
    if balance_minor < 0 or balance_minor + coming_minor < 0:
        return Severity.CRITICAL
    return Severity.WARNING


def after_cancel_severity(charge_minor: int, currency: str) -> Severity:
    """A charge from a cancelled subscription: a warning (the user disputes it with the merchant
    or the card), critical when it is as large as :data:`LARGE_OVERSPEND`."""
    large = abs(charge_minor) >= to_minor(LARGE_OVERSPEND, currency)
    return Severity.CRITICAL if large else Severity.WARNING


def renewal_severity(price_rose: bool) -> Severity:
    """A renewal reminder is a notice; a warning when the price went up since the last charge."""
    return Severity.WARNING if price_rose else Severity.INFO
