"""Alert sentences in the user's language, from the facts each alert stored.

The core words every alert in English (``message``: the CLI and its JSON stay English); it also
keeps the facts by name (``params``). Here each kind gets one translatable sentence (context
"AlertText") filled with those facts, its money, days and months (typed in
:mod:`finapp.core.alert_facts`) in the locale's own forms: "$1,218.50" or "US$1,218.50",
"Nov 3, 2021", "November 2026"; the payee's name as the app shows it (a salary as "工资 — Globex",
:mod:`finapp.gui.name_words`). An alert stored without facts, or with a kind this module does
not know, shows its English message rather than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from finapp.core.alert_facts import Formatters, Money, worded
from finapp.gui.category_names import display_category
from finapp.gui.models.formatting import format_day, format_money, format_month
from finapp.gui.name_words import shown_name


class _Alert(Protocol):
    kind: str
    message: str
    params: dict[str, str]


def _tr(source: str, *args: str) -> str:
    """Translate, then fill %1, %2... in one pass (a payee named "%2" stays as it is).

    Each source is marked with QT_TRANSLATE_NOOP where it is written, for lupdate.
    """
    text = QCoreApplication.translate("AlertText", source)
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1] if int(m[1]) <= len(args) else m[0], text)


def _money(money: Money) -> str:
    return format_money(money.amount, money.currency)


#: the GUI's forms of typed facts, in the default (interface) locale
SHOWN = Formatters(_money, format_day, format_month)
#: facts naming a payee: a salary's, a card payment's or a transfer's name is worded here
_PAYEES = frozenset({"name", "after"})


def _budget(p: Mapping[str, str]) -> str:
    args = (display_category(p["category"]), p["percent"], p["month"], p["spent"], p["budget"])
    if p["state"] == "under":
        return _tr(
            QT_TRANSLATE_NOOP("AlertText", "%1 has used %2% of its %3 budget (%4 of %5)."), *args
        )
    if p["state"] == "over":
        return _tr(
            QT_TRANSLATE_NOOP("AlertText", "%1 is over its %3 budget: %2% used (%4 of %5)."), *args
        )
    return _tr(QT_TRANSLATE_NOOP("AlertText", "%1 is at %2% of its %3 budget (%4 of %5)."), *args)


def _when(days_text: str) -> str:
    days = int(days_text)
    if days == 0:
        return _tr(QT_TRANSLATE_NOOP("AlertText", "today"))
    if days == 1:
        return _tr(QT_TRANSLATE_NOOP("AlertText", "tomorrow"))
    return QCoreApplication.translate("AlertText", "in %n days", "", days)


def _renewal(p: Mapping[str, str]) -> str:
    when = _when(p["days"])
    args = (p["name"], when, p["date"], p["amount"])
    if p["bill"] == "yes":
        return _tr(QT_TRANSLATE_NOOP("AlertText", "%1 is due %2 (%3) for %4."), *args)
    return _tr(QT_TRANSLATE_NOOP("AlertText", "%1 renews %2 (%3) for %4."), *args)


def _low_balance(p: Mapping[str, str]) -> str:
    if "recovered" in p:  # a dip found after it was over
        return _tr(
            QT_TRANSLATE_NOOP(
                "AlertText", "%1 fell to %2 on %3, below your %4 threshold, and was back on %5."
            ),
            p["account"],
            p["balance"],
            p["date"],
            p["threshold"],
            p["recovered"],
        )
    return _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 is at %2, below your %3 threshold."),
        p["account"],
        p["balance"],
        p["threshold"],
    )


def _price_increase(p: Mapping[str, str]) -> str:
    if "yearly" in p:
        return _tr(
            QT_TRANSLATE_NOOP("AlertText", "%1 went up from %2 to %3 (%4 more a year)."),
            p["name"],
            p["old"],
            p["new"],
            p["yearly"],
        )
    return _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 went up from %2 to %3."), p["name"], p["old"], p["new"]
    )


def _income_change(p: Mapping[str, str]) -> str:
    if "yearly" in p:
        return _tr(
            QT_TRANSLATE_NOOP("AlertText", "Good news: %1 rose from %2 to %3 (%4 more a year)."),
            p["name"],
            p["old"],
            p["new"],
            p["yearly"],
        )
    return _tr(
        QT_TRANSLATE_NOOP("AlertText", "Good news: %1 rose from %2 to %3."),
        p["name"],
        p["old"],
        p["new"],
    )


_SENTENCES: dict[str, Callable[[Mapping[str, str]], str]] = {
    "low_balance": _low_balance,
    "budget": _budget,
    "large_charge": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "A large charge of %1: %2."), p["amount"], p["name"]
    ),
    "unusual_charge": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2, far above the usual %3."),
        p["name"],
        p["amount"],
        p["usual"],
    ),
    "new_merchant": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "A first charge of %1 from a new merchant, %2."),
        p["amount"],
        p["name"],
    ),
    "duplicate_charge": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2 twice (%3 and %4)."),
        p["name"],
        p["amount"],
        p["first"],
        p["second"],
    ),
    "renewal": _renewal,
    "price_increase": _price_increase,
    "income_change": _income_change,
    "stale_statements": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "Statements for %1 end %2: import newer ones."),
        p["account"],
        p["date"],
    ),
    "charged_after_cancel": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2 after you cancelled it."),
        p["name"],
        p["amount"],
    ),
    "lapsed": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 was expected on %2 but has not been charged."),
        p["name"],
        p["date"],
    ),
    "pass_through": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 came into %2 on %3 and %4 of it went out within %5 hours to %6 other parties. "
            "Banks hold accounts that money passes straight through: keep the paperwork for these "
            "payments, or tell your bank before large one-off movements.",
        ),
        p["inflow"],
        p["account"],
        p["date"],
        p["outflow"],
        p["hours"],
        p["parties"],
    ),
    "structuring": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 deposits or transfers on %2 from %3 to %4, each just under %5 (%6 in all). "
            "Amounts split to stay under a reporting threshold are what banks must report: make "
            "one payment and keep its paperwork.",
        ),
        p["count"],
        p["account"],
        p["first"],
        p["last"],
        p["threshold"],
        p["total"],
    ),
    "late_night": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 went from %2 to %3 at %4 on %5. Large transfers at night are a common reason for "
            "a bank to hold an account: make them in the daytime, or tell your bank first.",
        ),
        p["amount"],
        p["account"],
        p["name"],
        p["time"],
        p["date"],
    ),
    "new_counterparties": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 paid %2 parties never paid before within %3 days (%4 to %5, %6 in all). A burst "
            "of new counterparties can make a bank freeze an account: keep the invoices, and "
            "spread such payments out.",
        ),
        p["account"],
        p["count"],
        p["days"],
        p["first"],
        p["last"],
        p["total"],
    ),
    "emergency_fund": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "Your emergency fund covers %1 months of essential spending (%2 for %3 a month); "
            "your target is %4 months.",
        ),
        p["months"],
        p["liquid"],
        p["monthly"],
        p["target"],
    ),
    "goal_behind": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "Savings goal %1 is behind: %2 of %3 saved; %4 a month would reach it by %5.",
        ),
        p["name"],
        p["saved"],
        p["target"],
        p["needed"],
        p["date"],
    ),
    "card_utilisation": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 is at %2% of its %3 limit (%4 owed)."),
        p["account"],
        p["percent"],
        p["limit"],
        p["owed"],
    ),
    "card_payment_due": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1: a payment of %2 is due %3 (%4)."),
        p["account"],
        p["amount"],
        _when(p["days"]),
        p["date"],
    ),
    "subscription_cap": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText", "Your %1 active subscriptions cost %2 a month, over your cap of %3."
        ),
        p["count"],
        p["total"],
        p["cap"],
    ),
    "review_due": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "Time to review %1: keep it or cancel it (due %2)."),
        p["name"],
        p["date"],
    ),
    "unreviewed": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 has not been reviewed since %2: keep it or cancel it?"),
        p["name"],
        p["since"],
    ),
    "forecast_low_balance": lambda p: _tr(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 is projected to fall to %2 on %3 after %4, below your %5 threshold.",
        ),
        p["account"],
        p["balance"],
        p["date"],
        p["after"],
        p["threshold"],
    ),
}


def alert_text(alert: _Alert) -> str:
    """What ``alert`` says, in the installed language; its English message when facts lack."""
    sentence = _SENTENCES.get(alert.kind)
    if sentence is None or not alert.params:
        return alert.message
    try:
        facts = worded(alert.kind, alert.params, SHOWN)
        for payee in _PAYEES & facts.keys():
            facts[payee] = shown_name(facts[payee])
        return sentence(facts)
    except (KeyError, ValueError):
        return alert.message
