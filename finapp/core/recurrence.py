"""Recurring-stream detection over plain charges: pure, no database, no clock.

Charges are grouped by account, payee, counterparty (a wire's or transfer's party,
:mod:`finapp.core.counterparty`) and direction; each group is split into streams by
:mod:`finapp.core.stream_split`; money in that reads as a refund ("REFUND", Alipay's 退款) is
left out, as refunds follow purchases, not a schedule. A payee is what the user sees as one: the
merchant keys (:mod:`finapp.core.merchant`) shown by one name, as a bank prints one service more
than one way ("Spotify USA" and "SPOTIFY P1A2B3C4D5 STOCKHOLM" are the keys SPOTIFY and
SPOTIFY STOCKHOLM, both shown as Spotify). A bank now and then prints a one-off variant of a
descriptor ("SPOTIFY PUQUDIZ" for "Spotify P1A2B3C4D", a reference without digits): such a
variant is folded into its merchant first.

Pay-later instalments a week or a fortnight apart (Afterpay's pay in 4) are no stream, and a
stream of cheques is a bill, paid to a person or a firm.

An annual stream is accepted from two charges when the evidence is strong: nothing else at the
merchant and a price within 35%, or the same price (5%) and the merchant's other charges
belonging to streams of their own. A stream whose first charge follows a free-trial marker (a
0.00 authorisation or a "TRIAL" descriptor) is accepted one charge early and flagged.

Streams are found account by account; a stream that stops on one account and carries on from
another on its schedule is then one stream (:func:`_moved_on`): a card replaced by a new
number, a bill moved to a new bank.

``as_of`` is the day the detection is made: later charges are ignored, and a stream is inactive
when its next date is overdue by more than its cadence's grace period.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from typing import NamedTuple

from finapp.core.cadence import (
    BY_NAME,
    BillingDay,
    Cadence,
    billing_of,
    fit_cadence,
    month_date,
    months_off_of,
    next_date,
)
from finapp.core.counterparty import parties
from finapp.core.months_off import a_tax, charges_a_year
from finapp.core.pauses import pause_ahead, yearly_charges
from finapp.core.stream_split import after_trial, continues, plausible_step, split_streams
from finapp.core.streams import (
    PriceChange,
    average,
    is_refund,
    is_variable,
    price_changes,
    stream_kind,
    usual_amount,
)
from finapp.core.subscription_states import Status, StreamKind

_VARIANT_MAX = 2  # charges of a one-off descriptor variant
_VARIANT_AMOUNT = 0.05
#: merchant identities of paper cheques: the number changes and the payee is not printed, so
#: only the amount tells one cheque's purpose from another's
_CHEQUES = frozenset({"CHECK", "CHEQUE", "CHK", "CHECK PAID", "PAPER CHECK"})
#: buy now, pay later: one purchase paid in four instalments a fortnight apart (Afterpay,
#: Clearpay, Klarna's and PayPal's Pay in 4, Zip, Sezzle, Affirm, Laybuy, humm)
_PAY_LATER = re.compile(
    r"AFTERPAY|CLEARPAY|KLARNA|\bAFFIRM\b|SEZZLE|\bZIP\s*(?:PAY|CO)\b|ZIPPAY|LAYBUY|\bHUMM\b|"
    r"PAY\s*IN\s*(?:4|FOUR)\b",
    re.IGNORECASE,
)


class Charge(NamedTuple):
    """One transaction as detection sees it. ``account`` is any stable account id.

    A named tuple: detection makes one per line of the history, and a tuple is made in a third
    of the time a frozen dataclass takes (it is as immutable and compares by value alike).
    """

    id: int
    account: int
    posted: date
    amount_minor: int
    merchant: str
    text: str = ""  # payee and memo, for telling bills, income and transfers apart
    is_transfer: bool = False
    #: the payee its merchant is shown as: merchants of one payee are one for detection
    #: (empty: the merchant is a payee of its own)
    payee: str = ""


@dataclass(frozen=True, slots=True)
class Stream:
    """A recurring stream found in (or described from) charges. Amounts are signed."""

    key: str
    merchant: str
    #: the account its latest charge was paid from: a stream the user merged across a card
    #: and the card that replaced it is paid from the new one now (its key keeps the first's)
    account: int
    kind: StreamKind
    cadence: str
    amount_minor: int  # latest
    average_minor: int
    first_date: date
    last_date: date
    next_date: date
    status: Status
    confidence: str  # early, established
    annual_minor: int  # magnitude of a year of it
    price_changes: tuple[PriceChange, ...]
    transaction_ids: tuple[int, ...]
    started_after_trial: bool
    #: calendar months a monthly bill takes off every year (:mod:`finapp.core.months_off`)
    months_off: tuple[int, ...] = ()
    #: paused now as the year before: ``next_date`` is when it resumes
    #: (:func:`finapp.core.pauses.pause_ahead`: a campus wage over the summer)
    paused: bool = False
    #: the day of the month a month-based stream is billed on and how its postings leave a
    #: weekend: ``next_date`` is that day moved so, and the renewals after it step from the day
    billing: BillingDay | None = None


#: what streams on two accounts share when one may be the other moved: the payee (or the
#: merchant key of one without a name), the counterparty, and whether money comes in
_Identity = tuple[str, str, bool]
#: a stream's charges, in date order, and the free-trial markers of its merchant
_Found = tuple[list[Charge], list[date]]


def detect_streams(
    charges: Iterable[Charge],
    as_of: date,
    currency_of: Callable[[int], str | None] = lambda _account: None,
) -> list[Stream]:
    """Every recurring stream in ``charges`` posted on or before ``as_of``; ``currency_of``
    (an account's currency) keeps a stream from moving to an account of another currency."""
    accounts: dict[int, dict[str, list[Charge]]] = defaultdict(lambda: defaultdict(list))
    for charge in charges:
        if charge.posted <= as_of and charge.merchant:
            accounts[charge.account][charge.merchant].append(charge)
    found: dict[_Identity, list[_Found]] = defaultdict(list)
    for by_merchant in accounts.values():
        for identity, stream in _account_streams(by_merchant):
            found[identity].append(stream)
    streams = [
        describe(stream, as_of, trials=trials)
        for same in found.values()
        for stream, trials in _moved_on(same, currency_of)
    ]
    streams.sort(key=lambda s: (s.account, s.merchant, s.first_date))
    return streams


def _account_streams(by_merchant: dict[str, list[Charge]]) -> list[tuple[_Identity, _Found]]:
    """One account's streams, each with what it shares with its like on another account."""
    found: list[tuple[_Identity, _Found]] = []
    for payee, merged in _by_payee(_fold_variants(by_merchant)).items():
        for party, members in _by_party(merged).items():
            members.sort(key=_by_date)
            markers = _trial_markers(members)
            trials = [c.posted for c in members if c.id in markers]
            kept = [c for c in members if c.id not in markers] if markers else members
            for incoming, side in (
                (False, [c for c in kept if c.amount_minor < 0]),
                (True, [c for c in kept if c.amount_minor > 0 and not is_refund(c.text)]),
            ):
                if len(side) >= 2:
                    found.extend(
                        ((payee, party, incoming), (stream, trials))
                        for stream in split_streams(side, trials)
                        if not _unrelated_cheques(stream) and not _instalments(stream)
                    )
    return found


def _moved_on(same: list[_Found], currency_of: Callable[[int], str | None]) -> list[_Found]:
    """The streams of one payee, party and direction, a stream that stops on one account joined
    with the one that carries on from another on its schedule, at a plausible price.

    A card replaced by a new number (expired, lost) moves its subscriptions to the new card,
    and a bill follows the household to a new bank: one stream, paid from the new account,
    neither stopped on the old account nor begun on the new. A second person's own
    subscription to the same service starts on a day of its own, off the first's schedule; and
    two accounts paying at once keep two streams (one does not end before the other begins).
    A stream never moves to an account of another currency (``currency_of`` each account): 9.99
    euros become no price of 11.99 dollars when the household moves country. Joins within one
    account were settled when its charges were split.
    """
    chains: list[_Found] = []
    for stream, trials in sorted(same, key=lambda found: _by_date(found[0][0])):
        for earlier, _ in chains:
            if (
                earlier[-1].account != stream[0].account
                and currency_of(earlier[-1].account) == currency_of(stream[0].account)
                and plausible_step(earlier[-1].amount_minor, stream[0].amount_minor)
                and continues(earlier, stream)
            ):
                earlier.extend(stream)
                break
        else:
            chains.append((list(stream), trials))
    return chains


def _fold_variants(by_merchant: dict[str, list[Charge]]) -> dict[str, list[Charge]]:
    """Fold one-off descriptor variants into their merchant: "SPOTIFY PUQUDIZ" into "SPOTIFY".

    A key of several words seen at most twice whose first word is itself a merchant seen more
    often, at an amount that merchant charges (within 5%), is that merchant.
    """
    folded = {key: list(members) for key, members in by_merchant.items()}
    for key, members in by_merchant.items():
        head = key.split()[0]
        target = folded.get(head)
        if (
            head == key
            or target is None
            or len(members) > _VARIANT_MAX
            or len(by_merchant[head]) <= _VARIANT_MAX
            or not all(any(_similar(c, t) for t in by_merchant[head]) for c in members)
        ):
            continue
        target.extend(members)
        del folded[key]
    return folded


def _by_payee(by_merchant: dict[str, list[Charge]]) -> dict[str, list[Charge]]:
    """The charges of the merchants shown as one payee together (by each merchant's own), by
    that payee (a merchant shown by no name of its own by its key, marked as one)."""
    by_payee: dict[str, list[Charge]] = {}
    for key, members in by_merchant.items():
        own = next((c.payee for c in members if c.merchant == key), "")
        by_payee.setdefault(own or f"\x00{key}", []).extend(members)
    return by_payee


def _by_party(members: list[Charge]) -> dict[str, list[Charge]]:
    """A merchant's charges per counterparty: wires and transfers to different people or own
    accounts print alike up to the party ("WIRE TYPE:WIRE OUT … BNF:…"), so share a key."""
    by_party: dict[str, list[Charge]] = defaultdict(list)
    for party, charge in zip(parties([c.text for c in members]), members, strict=True):
        by_party[party].append(charge)
    return by_party


def _unrelated_cheques(stream: list[Charge]) -> bool:
    """Cheques whose amount changes from one to the next: one-off payments that happen to fall a
    month apart, not a stream (rent paid by cheque, at one amount, still is one, rises too)."""
    return stream[0].merchant in _CHEQUES and is_variable([c.amount_minor for c in stream])


def _instalments(stream: list[Charge]) -> bool:
    """A pay-later provider's payments a week or a fortnight apart: the instalments of one
    purchase after another (four payments, then they stop), no subscription that renews, and
    no lapse when a plan is paid off. A monthly plan of such a provider (a loan over a year)
    stays a stream."""
    cadence = fit_cadence([c.posted for c in stream])
    return (cadence is None or not cadence.months) and any(
        _PAY_LATER.search(c.text) for c in stream
    )


def _similar(a: Charge, b: Charge) -> bool:
    larger = max(abs(a.amount_minor), abs(b.amount_minor))
    return abs(a.amount_minor - b.amount_minor) <= _VARIANT_AMOUNT * larger


def describe(
    charges: list[Charge],
    as_of: date,
    *,
    cadence: str | None = None,
    trials: list[date] | None = None,
) -> Stream:
    """A stream's figures from its charges (sorted by date); ``cadence`` overrides the fit.

    Used for detected streams and for the ones a user merged or split, whose charges may not fit
    a cadence on their own.
    """
    dates = [c.posted for c in charges]
    amounts = [c.amount_minor for c in charges]
    texts = [c.text for c in charges]
    tax = a_tax(texts[0], texts[-1], amounts[-1])
    fitted = BY_NAME[cadence] if cadence else fit_cadence(dates, tax) or _fallback(dates)
    off = months_off_of(dates, fitted, tax)
    billing = billing_of(dates, fitted, off) if len(dates) >= 2 else None
    if billing is not None:
        upcoming = billing[1].moved(billing[0])
    else:
        upcoming = next_date(dates, fitted, off) if len(dates) >= 2 else _add(dates[-1], fitted)
    paused = 0 if fitted.months else pause_ahead(dates, fitted.days)
    if paused:  # resumes on its beat, as many periods on as the year before
        upcoming += timedelta(days=(paused - 1) * fitted.days)
    late = as_of > upcoming + timedelta(days=fitted.grace_days)
    status = Status.INACTIVE if late else Status.ACTIVE
    variable = is_variable(amounts)
    typical = average(amounts[-fitted.per_year :]) if variable else usual_amount(amounts)
    first = charges[0]
    kind = stream_kind(texts, amounts, [c.is_transfer for c in charges])
    if kind == StreamKind.SUBSCRIPTION and first.merchant in _CHEQUES:
        kind = StreamKind.BILL  # paid to a person or a firm: nothing to cancel in an app
    return Stream(
        key=f"{first.account}|{first.merchant}|{'in' if amounts[-1] > 0 else 'out'}|{first.id}",
        merchant=first.merchant,
        account=charges[-1].account,
        kind=kind,
        cadence=fitted.name,
        amount_minor=amounts[-1],
        average_minor=average(amounts),
        first_date=dates[0],
        last_date=dates[-1],
        next_date=upcoming,
        status=status,
        confidence="established" if len(dates) >= fitted.established_count else "early",
        annual_minor=abs(typical) * _charges_a_year(dates, fitted, off),
        # the first and the recent spellings, as the kind reads them
        price_changes=price_changes(dates, amounts, kind, texts[:2] + texts[-12:]),
        transaction_ids=tuple(c.id for c in charges),
        started_after_trial=after_trial(dates[0], trials or []),
        months_off=off,
        paused=bool(paused),
        billing=billing[1] if billing is not None else None,
    )


def _charges_a_year(dates: list[date], cadence: Cadence, off: tuple[int, ...]) -> int:
    """A stream's charges in a year: its cadence's, less a monthly bill's months off, or a
    day-based rhythm's pauses (:mod:`finapp.core.pauses`)."""
    if cadence.months:
        return charges_a_year(cadence.per_year, off)
    return yearly_charges(dates, cadence.days, cadence.per_year)


def _fallback(dates: list[date]) -> Cadence:
    """The nearest cadence by mean interval, for user-made streams that fit none exactly."""
    if len(dates) < 2:
        return BY_NAME["monthly"]
    mean = (dates[-1] - dates[0]).days / (len(dates) - 1)
    return min(BY_NAME.values(), key=lambda c: abs(c.days - mean))


def _add(day: date, cadence: Cadence) -> date:
    if cadence.months:
        return month_date(day, cadence.months, day.day)
    return day + timedelta(days=cadence.days)


#: charges in date order, the same day's in the order they were stored
_by_date = attrgetter("posted", "id")


def _trial_markers(members: list[Charge]) -> set[int]:
    """The ids of free-trial markers among a merchant's charges: a 0.00 authorisation or a
    "TRIAL" descriptor. One look at all their texts first: most merchants have none."""
    texts = "\n".join(c.text for c in members).upper()
    if "TRIAL" not in texts and all(c.amount_minor for c in members):
        return set()
    return {c.id for c in members if c.amount_minor == 0 or "TRIAL" in c.text.upper()}
