"""How a correction that contradicts what finapp learned is told apart from what it learned before.

The user files ``UBER   *TRIP HELP.UBER.COM`` under Transport:Rides: every Uber line follows. Then
``UBER   *EATS PENDING`` under Food:Delivery. Moving every Uber line to Delivery (the latest word
wins) would undo the first lesson; the two corrections are not in conflict, the lines are two
services. So a correction that contradicts the rule deciding its line is compared with the
earlier corrections that rule rests on, and the most general difference that separates them
becomes a finer rule, tried in this order:

1. a descriptor word (``finapp.core.descriptor``): TRIP / EATS, 外卖 / 单车 — any amount, any
   account; a word is only trusted if it is printed on more than one of the merchant's lines
   (a reference code made of letters is not a service);
2. the price: Apple bills iCloud, Apple Music and App Store purchases with one descriptor;
3. the account: the same shop on the business card and on the family's.

Only the side of the difference that is rarer among the merchant's lines becomes the finer rule;
the rule it was carved from keeps (or, when the earlier corrections are the rarer side, takes)
the common case. When nothing separates the corrections the user changed their mind, and the
deciding rule follows the latest one.

The first lesson about a merchant covers all of it, unless its lines visibly name several
services: when the word after the merchant is TRIP on many lines and EATS on many others, a
correction of an Eats line teaches Eats (:func:`first_lesson_word`), and the trips keep what
the shipped rules gave them. A person-to-person app (Venmo, Cash App) is not a merchant: its
lines name the person paid ("VENMO *JOHN SMITH"), and a lesson is about that person alone
(:func:`person_words`). Pure: no database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

_RECURRING = 2  # lines a word must be printed on before it can name a service
#: Of a merchant's lines, the share that must name another service before a first lesson is
#: kept to the corrected line's service (a rare one, such as 滴滴加油 among rides, is enough).
_SERVICE_SHARE = 0.1
#: payment apps whose merchant key is the app, the person paid printed after it ("CASH APP*JOHN")
_PERSON_TO_PERSON = frozenset({"VENMO", "CASH APP"})
#: a person's words kept: a name, not the note a payer may add after it
_PERSON_WORDS = 3


@dataclass(frozen=True, slots=True)
class Filed:
    """A line the user filed by hand, as learning compares it."""

    words: tuple[str, ...]
    amount: int  # magnitude, minor units
    account: int
    category: int | None


@dataclass(frozen=True, slots=True)
class Split:
    """A finer condition to add to the deciding rule, and the category lines meeting it take.

    ``rest`` is the deciding rule's new category when the earlier corrections are the ones
    carved out; None when it keeps its own.
    """

    category: int | None
    word: str | None = None
    amount: int | None = None
    account: int | None = None
    rest: int | None = None


def separate(new: Filed, earlier: list[Filed], frequency: Counter[str]) -> Split | None:
    """The most general difference between ``new`` and the ``earlier`` corrections it
    contradicts (all decided by one rule, none in ``new``'s category); None if nothing differs.

    ``frequency`` counts, per word, the merchant's lines that print it.
    """
    by_words = _word_split(new, earlier, frequency)
    if by_words is not None:
        return by_words
    if all(e.amount != new.amount for e in earlier):
        return Split(new.category, amount=new.amount)
    if all(e.account != new.account for e in earlier):
        return Split(new.category, account=new.account)
    return None


def _word_split(new: Filed, earlier: list[Filed], frequency: Counter[str]) -> Split | None:
    theirs = {w for e in earlier for w in e.words}
    mine = _first_recurring([w for w in new.words if w not in theirs], frequency)
    shared = set.intersection(*(set(e.words) for e in earlier)) - set(new.words)
    common = [w for w in earlier[0].words if w in shared]
    old = _one_category(earlier)
    other = _first_recurring(common, frequency) if old is not None else None
    if other is not None and (mine is None or frequency[other] < frequency[mine]):
        return Split(old, word=other, rest=new.category)
    if mine is not None:
        return Split(new.category, word=mine)
    return None


def _first_recurring(words: list[str], frequency: Counter[str]) -> str | None:
    return next((w for w in words if frequency[w] >= _RECURRING), None)


def _one_category(earlier: list[Filed]) -> int | None:
    """The earlier corrections' category when they agree on one (else None)."""
    categories = {e.category for e in earlier}
    return next(iter(categories)) if len(categories) == 1 else None


def first_lesson_word(words: tuple[str, ...], leading: Counter[str], lines: int) -> str | None:
    """The service word a first lesson about a merchant is kept to, or None for all of it.

    ``leading`` counts the merchant's lines by their first descriptor word: the word printed
    right after the merchant names the service (UBER *TRIP, UBER *EATS; 美团外卖, 美团单车).
    """
    if not words:
        return None
    enough = max(_RECURRING, _SERVICE_SHARE * lines)
    mine = words[0]
    others = [w for w, n in leading.items() if w != mine and n >= enough]
    return mine if leading[mine] >= _RECURRING and others else None


def person_words(merchant: str, payee_words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words naming the person a person-to-person app's line pays (from its payee's words
    beyond the app), which a lesson about it is kept to; empty when the line names nobody (then
    nothing is learned: the next person paid is not this one). None for any other merchant."""
    if merchant not in _PERSON_TO_PERSON:
        return None
    return payee_words[:_PERSON_WORDS]
