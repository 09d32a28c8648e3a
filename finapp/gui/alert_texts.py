"""Alert sentences in the user's language, from the facts each alert stored.

The core words every alert in English (``message``: the CLI and its JSON stay English); it also
keeps the facts by name (``params``). Here each kind gets one translatable sentence (context
"AlertText") filled with those facts. An alert stored without them, or with a kind this module
does not know, shows its English message rather than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from finapp.gui.category_names import display_category
from finapp.gui.models.formatting import format_date


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


def _day(iso: str) -> str:
    return format_date(date.fromisoformat(iso))


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


def _renewal(p: Mapping[str, str]) -> str:
    days = int(p["days"])
    if days == 0:
        when = _tr(QT_TRANSLATE_NOOP("AlertText", "today"))
    elif days == 1:
        when = _tr(QT_TRANSLATE_NOOP("AlertText", "tomorrow"))
    else:
        when = QCoreApplication.translate("AlertText", "in %n days", "", days)
    args = (p["name"], when, _day(p["date"]), p["amount"])
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
            _day(p["date"]),
            p["threshold"],
            _day(p["recovered"]),
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
        QT_TRANSLATE_NOOP("AlertText", "A large charge of %1 from %2."), p["amount"], p["name"]
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
        _day(p["first"]),
        _day(p["second"]),
    ),
    "renewal": _renewal,
    "price_increase": _price_increase,
    "income_change": _income_change,
    "stale_statements": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "Statements for %1 end %2: import newer ones."),
        p["account"],
        _day(p["date"]),
    ),
    "charged_after_cancel": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2 after you cancelled it."),
        p["name"],
        p["amount"],
    ),
    "lapsed": lambda p: _tr(
        QT_TRANSLATE_NOOP("AlertText", "%1 was expected on %2 but has not been charged."),
        p["name"],
        _day(p["date"]),
    ),
}


def alert_text(alert: _Alert) -> str:
    """What ``alert`` says, in the installed language; its English message when facts lack."""
    sentence = _SENTENCES.get(alert.kind)
    if sentence is None or not alert.params:
        return alert.message
    try:
        return sentence(alert.params)
    except (KeyError, ValueError):
        return alert.message
