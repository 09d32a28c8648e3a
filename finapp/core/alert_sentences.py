"""Each alert's sentence, written once, for every face to word in its reader's language.

A sentence is a source text marked for translation (context "AlertText") with its ``%1``,
``%2``… filled from the alert's facts, in the order the text names them. The CLI fills the
English source with facts worded in the CLI's forms (:mod:`finapp.core.alert_messages`); the
GUI translates the same source and fills it with facts in the locale's forms
(``finapp/gui/alert_texts.py``). One text per sentence means the English the CLI prints and the
sentence a translator translates can never drift apart.

"today", "tomorrow" and "in N days" come from the face (``when``): the GUI's plural form of
"in %n days" is Qt's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from finapp.core.alert_kinds import Kind
from finapp.tr_marks import QT_TRANSLATE_NOOP

Facts = Mapping[str, str]
#: a source text and the values of its %1, %2…
Sentence = tuple[str, tuple[str, ...]]
#: how a face says a number of days from today ("today", "tomorrow", "in 3 days")
When = Callable[[int], str]

TODAY = QT_TRANSLATE_NOOP("AlertText", "today")
TOMORROW = QT_TRANSLATE_NOOP("AlertText", "tomorrow")
#: the English form; the GUI translates its own literal with Qt's plural forms
IN_DAYS = "in %n days"


def _budget(p: Facts, _when: When) -> Sentence:
    args = (p["category"], p["percent"], p["month"], p["spent"], p["budget"])
    if p["state"] == "under":
        text = QT_TRANSLATE_NOOP("AlertText", "%1 has used %2% of its %3 budget (%4 of %5).")
    elif p["state"] == "over":
        text = QT_TRANSLATE_NOOP("AlertText", "%1 is over its %3 budget: %2% used (%4 of %5).")
    else:
        text = QT_TRANSLATE_NOOP("AlertText", "%1 is at %2% of its %3 budget (%4 of %5).")
    return text, args


def _renewal(p: Facts, when: When) -> Sentence:
    args = (p["name"], when(int(p["days"])), p["date"], p["amount"])
    if p["bill"] == "yes":
        return QT_TRANSLATE_NOOP("AlertText", "%1 is due %2 (%3) for %4."), args
    return QT_TRANSLATE_NOOP("AlertText", "%1 renews %2 (%3) for %4."), args


def _low_balance(p: Facts, _when: When) -> Sentence:
    if "recovered" in p:  # a dip found after it was over: told with its days
        return QT_TRANSLATE_NOOP(
            "AlertText", "%1 fell to %2 on %3, below your %4 threshold, and was back on %5."
        ), (p["account"], p["balance"], p["date"], p["threshold"], p["recovered"])
    if p.get("latest") == "yes":  # a month-old statement's balance is not today's
        return QT_TRANSLATE_NOOP(
            "AlertText", "%1 was at %2 on %3 (latest statement), below your %4 threshold."
        ), (p["account"], p["balance"], p["date"], p["threshold"])
    return QT_TRANSLATE_NOOP("AlertText", "%1 is at %2, below your %3 threshold."), (
        p["account"], p["balance"], p["threshold"])  # fmt: skip


def _pass_through(p: Facts, _when: When) -> Sentence:
    args = (p["inflow"], p["account"], p["date"], p["outflow"], p["hours"], p["parties"])
    if p["parties"] == "1":  # "to 1 other parties" read as a slip
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 came into %2 on %3 and %4 of it went out within %5 hours to one other party. "
            "Banks hold accounts that money passes straight through: keep the paperwork for these "
            "payments, or tell your bank before large one-off movements.",
        ), args[:5]
    return QT_TRANSLATE_NOOP(
        "AlertText",
        "%1 came into %2 on %3 and %4 of it went out within %5 hours to %6 other parties. "
        "Banks hold accounts that money passes straight through: keep the paperwork for these "
        "payments, or tell your bank before large one-off movements.",
    ), args


def _forecast_low_balance(p: Facts, _when: When) -> Sentence:
    args = (p["account"], p["balance"], p["date"], p["after"], p["threshold"])
    if "below_on" in p:  # the first fall is milder than where it leads
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 is projected to fall below your %5 threshold on %6 and as low as %2 on %3 "
            "after %4.",
        ), (*args, p["below_on"])
    return QT_TRANSLATE_NOOP(
        "AlertText", "%1 is projected to fall to %2 on %3 after %4, below your %5 threshold."
    ), args


def _structuring(p: Facts, _when: When) -> Sentence:
    args = (p["count"], p["account"], p["first"], p["last"], p["threshold"], p["total"])
    way = p.get("way")  # told before the way was kept: the sentence for both
    if way == "in":
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 deposits into %2 from %3 to %4, each just under %5 (%6 in all). Deposits split "
            "to stay under a reporting threshold are what banks must report: pay a sum in at "
            "once, and keep the paperwork of where it came from.",
        ), args
    if way == "out":
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 transfers out of %2 from %3 to %4, each just under %5 (%6 in all). Payments "
            "split to stay under a reporting threshold are what banks must report: make one "
            "payment and keep its paperwork.",
        ), args
    return QT_TRANSLATE_NOOP(
        "AlertText",
        "%1 deposits or transfers on %2 from %3 to %4, each just under %5 (%6 in all). "
        "Amounts split to stay under a reporting threshold are what banks must report: make "
        "one payment and keep its paperwork.",
    ), args


def _price_increase(p: Facts, _when: When) -> Sentence:
    if "yearly" in p:
        return QT_TRANSLATE_NOOP("AlertText", "%1 went up from %2 to %3 (%4 more a year)."), (
            p["name"], p["old"], p["new"], p["yearly"])  # fmt: skip
    return QT_TRANSLATE_NOOP("AlertText", "%1 went up from %2 to %3."), (
        p["name"], p["old"], p["new"])  # fmt: skip


def _income_change(p: Facts, _when: When) -> Sentence:
    if "yearly" in p:
        return QT_TRANSLATE_NOOP(
            "AlertText", "Good news: %1 rose from %2 to %3 (%4 more a year)."
        ), (p["name"], p["old"], p["new"], p["yearly"])
    return QT_TRANSLATE_NOOP("AlertText", "Good news: %1 rose from %2 to %3."), (
        p["name"], p["old"], p["new"])  # fmt: skip


def _goal_beyond_surplus(p: Facts, _when: When) -> Sentence:
    # spending beyond what came in leaves no surplus for sooner goals to take: never both
    if "overspent" in p and "taken" not in p:  # "had -631.94 left" read as a slip
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months "
            "the household spent %6 a month more than came in: %7 a month short. Spend less "
            "or save more each month, or move the date or the target.",
        ), (p["name"], p["needed"], p["target"], p["date"], p["months"], p["overspent"], p["short"])
    args = (p["name"], p["needed"], p["target"], p["date"], p["months"], p["surplus"])
    if "taken" in p:  # goals due sooner take part of the surplus first
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months "
            "the household had %6 a month left after spending, and goals due sooner (%7) take "
            "%8 of it: %9 a month short. Save more each month, or move a date or a target.",
        ), (*args, p["sooner"], p["taken"], p["short"])
    return QT_TRANSLATE_NOOP(
        "AlertText",
        "Savings goal %1 needs %2 a month to reach %3 by %4, but over the last %5 months "
        "the household had %6 a month left after spending: %7 a month short. Save more "
        "each month, or move the date or the target.",
    ), (*args, p["short"])


def _after_cancel(p: Facts, _when: When) -> Sentence:
    if "count" in p:  # every charge since a cancellation marked late
        if p["count"] == "1":
            return QT_TRANSLATE_NOOP(
                "AlertText", "%1 charged %2 on %3, after you cancelled it on %4."
            ), (p["name"], p["amount"], p["date"], p["since"])
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 charged you %2 times since you cancelled it on %3, %4 in all (from %5 to %6).",
        ), (p["name"], p["count"], p["since"], p["amount"], p["first"], p["date"])
    # each charge by its day (an alert stored before the day was kept is given its own:
    # finapp.services.alert_names), so the second does not read as a repeat of the first
    return QT_TRANSLATE_NOOP("AlertText", "%1 charged %2 on %3 after you cancelled it."), (
        p["name"], p["amount"], p["date"])  # fmt: skip


def _emergency_fund(p: Facts, _when: When) -> Sentence:
    args = (p["months"], p["liquid"], p["monthly"], p["target"])
    if p.get("unknown"):  # accounts whose money it could not count: the cover is at least this
        return QT_TRANSLATE_NOOP(
            "AlertText",
            "Your emergency fund covers %1 months of essential spending (%2 for %3 a month); "
            "your target is %4 months. Not counted, their balance not known: %5.",
        ), (*args, p["unknown"])
    return QT_TRANSLATE_NOOP(
        "AlertText",
        "Your emergency fund covers %1 months of essential spending (%2 for %3 a month); "
        "your target is %4 months.",
    ), args


def _fixed(source: str, *names: str) -> Callable[[Facts, When], Sentence]:
    """A sentence of one form whose values are the facts ``names``, in order."""
    return lambda p, _when: (source, tuple(p[name] for name in names))


_SENTENCES: dict[Kind, Callable[[Facts, When], Sentence]] = {
    Kind.LOW_BALANCE: _low_balance,
    Kind.BUDGET: _budget,
    Kind.LARGE_CHARGE: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "A large charge of %1: %2."), "amount", "name"
    ),
    Kind.UNUSUAL_CHARGE: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2, far above the usual %3."),
        "name", "amount", "usual",
    ),
    Kind.NEW_MERCHANT: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "A first charge of %1 from a new merchant, %2."),
        "amount", "name",
    ),
    Kind.DUPLICATE_CHARGE: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "%1 charged %2 twice (%3 and %4)."),
        "name", "amount", "first", "second",
    ),
    Kind.RENEWAL: _renewal,
    Kind.PRICE_INCREASE: _price_increase,
    Kind.INCOME_CHANGE: _income_change,
    Kind.STALE_STATEMENTS: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "Statements for %1 end %2: import newer ones, or close the account if you no "
            "longer have it.",
        ),
        "account", "date",
    ),
    Kind.LAPSED: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "%1 was expected on %2 but has not been charged."),
        "name", "date",
    ),
    Kind.CHARGED_AFTER_CANCEL: _after_cancel,
    Kind.PASS_THROUGH: _pass_through,
    Kind.STRUCTURING: _structuring,
    Kind.LATE_NIGHT: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 went from %2 to %3 at %4 on %5. Large transfers at night are a common reason for "
            "a bank to hold an account: make them in the daytime, or tell your bank first.",
        ),
        "amount", "account", "name", "time", "date",
    ),
    Kind.NEW_COUNTERPARTIES: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 paid %2 parties never paid before within %3 days (%4 to %5, %6 in all). A burst "
            "of new counterparties can make a bank freeze an account: keep the invoices, and "
            "spread such payments out.",
        ),
        "account", "count", "days", "first", "last", "total",
    ),
    Kind.EMERGENCY_FUND: _emergency_fund,
    Kind.GOAL_BEHIND: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "Savings goal %1 is behind: %2 of %3 saved; %4 a month would reach it by %5.",
        ),
        "name", "saved", "target", "needed", "date",
    ),
    Kind.GOAL_BEYOND_SURPLUS: _goal_beyond_surplus,
    Kind.CARD_UTILISATION: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText",
            "%1 is at %2% of its %3 limit (%4 owed). Using much of a card's limit lowers your "
            "credit score, and near the limit a payment can be declined: pay it down before the "
            "statement closes, or ask for a higher limit.",
        ),
        "account", "percent", "limit", "owed",
    ),
    Kind.CARD_PAYMENT_DUE: lambda p, when: (
        QT_TRANSLATE_NOOP("AlertText", "%1: a payment of %2 is due %3 (%4)."),
        (p["account"], p["amount"], when(int(p["days"])), p["date"]),
    ),
    Kind.SUBSCRIPTION_CAP: _fixed(
        QT_TRANSLATE_NOOP(
            "AlertText", "Your %1 active subscriptions cost %2 a month, over your cap of %3."
        ),
        "count", "total", "cap",
    ),
    Kind.REVIEW_DUE: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "Time to review %1: keep it or cancel it (due %2)."),
        "name", "date",
    ),
    Kind.UNREVIEWED: _fixed(
        QT_TRANSLATE_NOOP("AlertText", "%1 has not been reviewed since %2: keep it or cancel it?"),
        "name", "since",
    ),
    Kind.FORECAST_LOW_BALANCE: _forecast_low_balance,
}  # fmt: skip

#: every kind of alert that has a sentence (all of them: tests hold it)
KINDS: frozenset[Kind] = frozenset(_SENTENCES)


def sentence(kind: str, facts: Facts, when: When) -> Sentence:
    """The source text of an alert of ``kind`` and its values from ``facts`` (worded by the
    face); KeyError for a kind without a sentence or a fact the sentence needs."""
    try:
        member = Kind(kind)
    except ValueError:
        raise KeyError(kind) from None
    return _SENTENCES[member](facts, when)
