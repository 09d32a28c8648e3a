"""The English sentence of each alert, made from the facts (``params``) the alert carries.

The GUI words the same facts in the interface's language (``finapp/gui/alert_texts.py``); making
the English sentence from them too keeps one set of facts per alert, so the CLI's sentence and the
translated one can never tell different stories.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Params = Mapping[str, str]


def _budget(p: Params) -> str:
    verb = {"under": "has used", "over": "is over", "at": "is at"}[p["state"]]
    return (
        f"{p['category']} {verb} {p['percent']}% of its {p['month']} budget "
        f"({p['spent']} of {p['budget']})."
    )


def _renewal(p: Params) -> str:
    days = int(p["days"])
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
    verb = "is due" if p["bill"] == "yes" else "renews"
    return f"{p['name']} {verb} {when} ({p['date']}) for {p['amount']}."


def _low_balance(p: Params) -> str:
    if "recovered" in p:  # a dip found after it was over: told with its days
        return (
            f"{p['account']} fell to {p['balance']} on {p['date']}, below your {p['threshold']} "
            f"threshold, and was back on {p['recovered']}."
        )
    return f"{p['account']} is at {p['balance']}, below your {p['threshold']} threshold."


def _yearly(p: Params) -> str:
    return f" ({p['yearly']} more a year)" if "yearly" in p else ""


_SENTENCES: dict[str, Callable[[Params], str]] = {
    "low_balance": _low_balance,
    "budget": _budget,
    "large_charge": lambda p: f"A large charge of {p['amount']} from {p['name']}.",
    "unusual_charge": lambda p: (
        f"{p['name']} charged {p['amount']}, far above the usual {p['usual']}."
    ),
    "new_merchant": lambda p: f"A first charge of {p['amount']} from a new merchant, {p['name']}.",
    "duplicate_charge": lambda p: (
        f"{p['name']} charged {p['amount']} twice ({p['first']} and {p['second']})."
    ),
    "renewal": _renewal,
    "price_increase": lambda p: f"{p['name']} went up from {p['old']} to {p['new']}{_yearly(p)}.",
    "income_change": lambda p: (
        f"Good news: {p['name']} rose from {p['old']} to {p['new']}{_yearly(p)}."
    ),
    "stale_statements": lambda p: (
        f"Statements for {p['account']} end {p['date']}: import newer ones."
    ),
    "lapsed": lambda p: f"{p['name']} was expected on {p['date']} but has not been charged.",
    "charged_after_cancel": lambda p: f"{p['name']} charged {p['amount']} after you cancelled it.",
}


def english_message(kind: str, params: Params) -> str:
    """The alert's sentence for the CLI, JSON and logs-free storage."""
    return _SENTENCES[kind](params)
