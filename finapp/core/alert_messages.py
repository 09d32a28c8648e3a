"""The English sentence of each alert, made from the facts (``params``) the alert carries.

The GUI words the same facts in the interface's language (``finapp/gui/alert_texts.py``); making
the English sentence from them too keeps one set of facts per alert, so the CLI's sentence and the
translated one can never tell different stories. Money, days and months are typed facts
(:mod:`finapp.core.alert_facts`): here they read as the CLI writes them ("1,218.50 USD",
"2026-11-03", "November 2026").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from finapp.core.alert_facts import ENGLISH, worded

Params = Mapping[str, str]


def _budget(p: Params) -> str:
    verb = {"under": "has used", "over": "is over", "at": "is at"}[p["state"]]
    return (
        f"{p['category']} {verb} {p['percent']}% of its {p['month']} budget "
        f"({p['spent']} of {p['budget']})."
    )


def _renewal(p: Params) -> str:
    when = _when(p["days"])
    verb = "is due" if p["bill"] == "yes" else "renews"
    return f"{p['name']} {verb} {when} ({p['date']}) for {p['amount']}."


def _low_balance(p: Params) -> str:
    if "recovered" in p:  # a dip found after it was over: told with its days
        return (
            f"{p['account']} fell to {p['balance']} on {p['date']}, below your {p['threshold']} "
            f"threshold, and was back on {p['recovered']}."
        )
    return f"{p['account']} is at {p['balance']}, below your {p['threshold']} threshold."


def _when(days_text: str) -> str:
    days = int(days_text)
    return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"


def _card_payment_due(p: Params) -> str:
    return f"{p['account']}: a payment of {p['amount']} is due {_when(p['days'])} ({p['date']})."


def _yearly(p: Params) -> str:
    return f" ({p['yearly']} more a year)" if "yearly" in p else ""


_SENTENCES: dict[str, Callable[[Params], str]] = {
    "low_balance": _low_balance,
    "budget": _budget,
    "large_charge": lambda p: f"A large charge of {p['amount']}: {p['name']}.",
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
    "pass_through": lambda p: (
        f"{p['inflow']} came into {p['account']} on {p['date']} and {p['outflow']} of it went "
        f"out within {p['hours']} hours to {p['parties']} other parties. Banks hold accounts that "
        "money passes straight through: keep the paperwork for these payments, or tell your bank "
        "before large one-off movements."
    ),
    "structuring": lambda p: (
        f"{p['count']} deposits or transfers on {p['account']} from {p['first']} to {p['last']}, "
        f"each just under {p['threshold']} ({p['total']} in all). Amounts split to stay under a "
        "reporting threshold are what banks must report: make one payment and keep its paperwork."
    ),
    "late_night": lambda p: (
        f"{p['amount']} went from {p['account']} to {p['name']} at {p['time']} on {p['date']}. "
        "Large transfers at night are a common reason for a bank to hold an account: make them in "
        "the daytime, or tell your bank first."
    ),
    "new_counterparties": lambda p: (
        f"{p['account']} paid {p['count']} parties never paid before within {p['days']} days "
        f"({p['first']} to {p['last']}, {p['total']} in all). A burst of new counterparties can "
        "make a bank freeze an account: keep the invoices, and spread such payments out."
    ),
    "emergency_fund": lambda p: (
        f"Your emergency fund covers {p['months']} months of essential spending ({p['liquid']} "
        f"for {p['monthly']} a month); your target is {p['target']} months."
    ),
    "goal_behind": lambda p: (
        f"Savings goal {p['name']} is behind: {p['saved']} of {p['target']} saved; "
        f"{p['needed']} a month would reach it by {p['date']}."
    ),
    "card_utilisation": lambda p: (
        f"{p['account']} is at {p['percent']}% of its {p['limit']} limit ({p['owed']} owed)."
    ),
    "card_payment_due": _card_payment_due,
    "subscription_cap": lambda p: (
        f"Your {p['count']} active subscriptions cost {p['total']} a month, over your cap of "
        f"{p['cap']}."
    ),
    "review_due": lambda p: f"Time to review {p['name']}: keep it or cancel it (due {p['date']}).",
    "unreviewed": lambda p: (
        f"{p['name']} has not been reviewed since {p['since']}: keep it or cancel it?"
    ),
    "forecast_low_balance": lambda p: (
        f"{p['account']} is projected to fall to {p['balance']} on {p['date']} after "
        f"{p['after']}, below your {p['threshold']} threshold."
    ),
}


def english_message(kind: str, params: Params) -> str:
    """The alert's sentence for the CLI, JSON and logs-free storage."""
    try:
        shown = worded(kind, params, ENGLISH)
    except ValueError:  # a fact stored in another form: told as it was kept
        shown = dict(params)
    return _SENTENCES[kind](shown)
