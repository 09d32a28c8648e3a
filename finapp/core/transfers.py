"""Recognise money moving between the user's own accounts.

A card payment leaves the checking account and lands as a credit on the card a day or two later;
a savings transfer does the same between two deposit accounts. Both sides have the same size,
opposite signs, one currency, different accounts and nearby dates. A coincidence (a refund on
the card equal to some purchase in checking) is told apart by requiring either transfer wording
on one side, the same party named on both (the account holder's name on a faster payment
between two of their banks), or a destination that is typically paid into (a card, savings, a
loan) while no rule has already called either side a purchase or income. A payment's words
alone ("AUTOPAY", "PMT") do not outweigh a rule's purchase: a phone bill is drawn by autopay
too (:mod:`finapp.core.card_payments`). A line its app's own type calls a move
of the user's money (:mod:`finapp.core.own_moves`: a PayPal card deposit, a Revolut top-up)
pairs with a line that names the app (the card's ``PAYPAL *EBAY``) whatever a rule filed
that line under.

Two people's accounts in one household: Max sends Anna "Haushaltsgeld" from his bank to hers,
and his statement names her ("Anna Becker") while hers names him ("Max Becker"). Different
names on the two sides are two people's money (a friend paying back), unless both are the
household's own account holders: a name is one when it has moved money between two of the
household's accounts under its own name on both sides (Max's savings from his account to the
Extra-Konto, "Max Becker" on either side), or both names share a family name (Thomas's bank
prints "VERS MARTIN CAMILLE", Camille's "VIR SEPA THOMAS MARTIN"). Such crossed pairs are judged
after every other candidate, once the holders the pairs found so far show are known too. Where
the statements say whose each account is (:mod:`finapp.core.account_holders`), a line naming
the other account's holder on each side is a move between the two, whatever their surnames.

The account is surer than any words: where a statement names the other party's account (ING's
``Tegenrekening``, MT940's ``/IBAN/``) and that is the account the other side is in, the pair is
the household's own money, whatever a rule filed either side under (Sanne's "Bijdrage
gezamenlijke rekening" of 1400.00 into the couple's shared account). A side naming another of
the household's accounts pairs with no line of this one: the shared account's two 1400.00 of a
day, one from each partner, each pair with the line of the account it names. The other side
decides with its words as before where it names an account outside the household, or names
none beside a person's name: Daan's 75.00 to Sanne's account is not the friend's 75.00 she got
that day from his own account, nor a buyer's paying her with no account named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from finapp.core.account_holders import names_holder
from finapp.core.account_types import AccountType
from finapp.core.bank_text import without_bank_text
from finapp.core.card_payments import own_move_words
from finapp.core.category_kinds import CategoryKind
from finapp.core.own_moves import names_the_app

#: Words of a move to or from savings or a wallet's balance, beyond a card's payment's.
#: A Dutch bank's savings account ("Naar Oranje Spaarrekening", "Van Oranje Spaarrekening",
#: a "Bonusspaarrekening") is one too; "Overboeking" alone is any transfer, to anyone.
_OWN_PLACES = re.compile(r"SAVINGS|SPAARREKENING|余额宝|提现|充值", re.IGNORECASE)
#: Words of any payment: a merchant's bill drawn by autopay is worded so as well as a card's.
_PAYMENT = re.compile(r"PAYMENT|\bPMT\b|AUTOPAY|AUTO PAY", re.IGNORECASE)
_PAID_INTO = {
    AccountType.CREDIT_CARD,
    AccountType.SAVINGS,
    AccountType.LOAN,
    AccountType.INVESTMENT,
    AccountType.PAYMENT_APP,
}


@dataclass(frozen=True, slots=True)
class Movement:
    """One transaction as the matcher sees it."""

    id: int
    account_id: int
    account_type: str
    posted: date
    amount_minor: int
    currency: str
    text: str  # payee and memo
    category_kind: str | None = None  # expense, income or transfer when a rule already knows
    own_move: bool = False  # its app's own type says it moves the user's own money
    app: str = ""  # its account's institution (PayPal, Revolut)
    #: the other party as the statement names it (its payee, upper-case, single-spaced)
    party: str = ""
    #: the names its account is held in, as the account's statements state them
    #: (:func:`~finapp.core.account_holders.holder_names`); () when none did
    holders: tuple[frozenset[str], ...] = ()
    #: the keyed hashes its account is known by: its number's, and its IBAN's where its
    #: statements write a national number; () when they name none
    account_numbers: tuple[str, ...] = ()
    #: the keyed hash of the other party's account as its statement names it ("" when it names
    #: none, or its own account), and whether that is one of the household's accounts
    other_account: str = ""
    other_is_own: bool = False


def _named_by_other(own: Movement, other: Movement) -> bool:
    """Whether ``own`` moves the user's own money and ``other`` names its app."""
    return own.own_move and names_the_app(own.app, other.text)


def _plausible(out: Movement, into: Movement) -> bool:
    """The other side's account named; else transfer wording on either side; else a typical
    destination and nothing saying otherwise."""
    if out.other_account or into.other_account:
        named = _named(out, into), _named(into, out)
        if _ANOTHER_OWN in named:
            return False  # money to or from another of the household's accounts
        if _AGREES in named and _ELSEWHERE not in named and not _silent_person(out, into):
            return True
    if _named_by_other(out, into) or _named_by_other(into, out):
        return True
    kinds = {out.category_kind, into.category_kind}
    if CategoryKind.TRANSFER in kinds or _worded_own(out, into):
        return True
    if names_holder(out.text, into.holders) and names_holder(into.text, out.holders):
        # each side names the other account's holder: a couple of two surnames moving their
        # own money ("Bizum enviado a Javier Ruiz Pérez", "BIZUM DE MORENO GARCIA LUCIA")
        return True
    if kinds & {CategoryKind.EXPENSE, CategoryKind.INCOME}:
        # a purchase and a refund of the same size, or a phone bill paid by autopay
        return False
    if out.party and _same_party(out, into):
        # sent to a name and received from the same name: the holder's own (a UK faster
        # payment names the account holder both sides, "ALEX SMITH" out of one bank, in to
        # the other); a friend paying back is "to" one way and "from" the other
        return True
    if _PAYMENT.search(out.text) or _PAYMENT.search(into.text):
        return True
    return into.account_type in _PAID_INTO or out.account_type == AccountType.SAVINGS


def _same_party(out: Movement, into: Movement) -> bool:
    """Whether both sides name one party, each side's bank aside: Nationwide's "S HUGHES
    STARLING" (the payee and the bank paid into) and Starling's "S HUGHES" are one person."""
    if out.party == into.party:
        return True
    sent = set(out.party.split()) - _bank_words(into.app)
    received = set(into.party.split()) - _bank_words(out.app)
    return len(sent) >= 2 and sent == received


def _bank_words(institution: str) -> set[str]:
    """The words of a bank's name a statement may print after the party ("STARLING")."""
    return set(institution.upper().split()) - {"BANK", "THE"}


#: what a side's named account says of a candidate (:func:`_named`)
_AGREES, _ANOTHER_OWN, _ELSEWHERE = "the other side's", "another of the household's", "elsewhere"


def _named(own: Movement, other: Movement) -> str:
    """What the account ``own`` names as its other party's says of ``other``: it is
    ``other``'s account, another of the household's, one elsewhere, or "" (it names none)."""
    if not own.other_account:
        return ""
    if own.other_account in other.account_numbers:
        return _AGREES
    return _ANOTHER_OWN if own.other_is_own else _ELSEWHERE


def _silent_person(out: Movement, into: Movement) -> bool:
    """Whether a side naming no account names a person: whether that person sent it is for
    the words to say (a buyer's payment the day a partner's money was due)."""
    return any(not side.other_account and _person(side.party) for side in (out, into))


def _worded_own(out: Movement, into: Movement) -> bool:
    """Either side worded as a move of one's own money: a transfer, a card's payment, savings."""
    return (
        own_move_words(out.text, incoming=False)
        or own_move_words(into.text, incoming=True)
        or _OWN_PLACES.search(out.text) is not None
        or _OWN_PLACES.search(into.text) is not None
    )


#: A line as candidates are found: id, account id, day number, amount in minor units, currency.
Line = tuple[int, int, int, int, str]


def match_transfers(movements: Iterable[Movement], max_days: int = 4) -> list[tuple[int, int]]:
    """Pairs ``(out_id, in_id)`` of transfers; each transaction is in at most one pair, and
    closest dates pair first (:func:`preference`), so two equal monthly payments pair with
    their own credits."""
    by_id = {m.id: m for m in movements}
    lines = [
        (m.id, m.account_id, m.posted.toordinal(), m.amount_minor, m.currency)
        for m in by_id.values()
    ]
    candidates = [(by_id[o], by_id[i]) for o, i in candidate_pairs(lines, max_days)]
    return pick_pairs(sorted(candidates, key=preference))


def candidate_pairs(lines: Iterable[Line], max_days: int) -> list[tuple[int, int]]:
    """``(out_id, in_id)`` of every money-out with every money-in of the same size and
    currency in another account at most ``max_days`` days away: what :func:`pick_pairs`
    chooses among.

    Lines are grouped by currency and size, and within a group each money-out looks up the
    money-ins of its days by bisection, so ten years of lines cost one pass and a sort, not
    one comparison per two lines of the same size (a 9.99 subscription and its refunds).
    """
    groups: dict[tuple[str, int], tuple[list[Line], list[Line]]] = {}
    for line in lines:
        amount = line[3]
        if amount:
            key = (line[4], abs(amount))
            group = groups.get(key)
            if group is None:
                group = groups[key] = ([], [])
            group[amount > 0].append(line)
    found: list[tuple[int, int]] = []
    for outs, ins in groups.values():
        if not outs or not ins:
            continue
        ins.sort(key=itemgetter(2))
        days = [line[2] for line in ins]
        for out_id, out_account, day, _amount, _currency in outs:
            first = bisect_left(days, day - max_days)
            last = bisect_right(days, day + max_days)
            found.extend((out_id, line[0]) for line in ins[first:last] if line[1] != out_account)
    return found


def preference(candidate: tuple[Movement, Movement]) -> tuple[int, date, int, int]:
    """Which candidate pairs first: the closest dates, then the earlier money-out, then the lower
    ids of the money-out and the money-in."""
    out, into = candidate
    return abs((into.posted - out.posted).days), out.posted, out.id, into.id


def pick_pairs(
    ordered: Iterable[tuple[Movement, Movement]], holders: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """The transfers among candidate ``(out, in)`` pairs given in :func:`preference` order,
    each transaction in at most one: a plausible candidate pairs unless a better one took a
    side already.

    ``holders``: the names (upper-case, single-spaced) the household's own accounts are known to
    be held in (:func:`holder_name`); the same-named pairs found here add theirs. A candidate
    between two different holders' names (:func:`_between_holders`) pairs after all others.

    Consumed as it comes, so the store can hand its candidates over in that order a few at a
    time: the same 100.00 moved to savings forty times a week is a million candidates, and a
    side taken already is passed over without judging the pair.
    """
    known = set(holders)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    crossed: list[tuple[Movement, Movement]] = []
    for out, into in ordered:
        if out.id in used or into.id in used:
            continue
        if not _plausible(out, into):
            if _names_two_people(out, into):
                crossed.append((out, into))
            continue
        used.update((out.id, into.id))
        pairs.append((out.id, into.id))
        known.update(holder_name(out, into))
    for out, into in crossed:
        if out.id in used or into.id in used:
            continue
        if not {out.party, into.party} <= known and not _one_family(out.party, into.party):
            continue
        used.update((out.id, into.id))
        pairs.append((out.id, into.id))
    return pairs


#: a person's name as a statement prints it: two to four words of letters ("ANNA BECKER",
#: "MÜLLER-LÜDENSCHEIDT, HANS", "王小明"), nothing that says a shop, a number or a reference
_PERSON = re.compile(r"(?:[^\W\d_][^\W\d_'.-]*(?:[-'.][^\W\d_]+)*,?\s?){2,4}")
_HAN_PERSON = re.compile(r"[\u3400-\u9fff]{2,4}")


def _person(party: str) -> bool:
    """Whether ``party`` reads as a person's name, not a shop's or a bank's words."""
    if _HAN_PERSON.fullmatch(party):
        return True
    return (
        _PERSON.fullmatch(party) is not None
        and not own_move_words(party, incoming=False)
        and _OWN_PLACES.search(party) is None
        and _PAYMENT.search(party) is None
    )


def _names_two_people(out: Movement, into: Movement) -> bool:
    """Whether ``out`` pays one person and ``into`` is paid by another, nothing saying it is
    a purchase or income: a move between two holders' accounts if both are holders."""
    return (
        out.party != into.party
        and _person(out.party)
        and _person(into.party)
        and not {out.category_kind, into.category_kind}
        & {CategoryKind.EXPENSE, CategoryKind.INCOME}
    )


#: words around a person's name in a transfer's line: "VERS MARTIN CAMILLE" (Crédit
#: Agricole's "to"), "DE M. DUPONT", titles
_NOT_A_NAME = frozenset({"VERS", "DE", "DU", "TO", "FROM", "M", "MME", "MLLE", "MR", "MRS", "MS"})


def _name_words(party: str) -> set[str]:
    """The words of a person's name in ``party``, the bank's own words taken out."""
    words = re.split(r"[\s,.]+", without_bank_text(party).upper())
    return {word for word in words if len(word) > 2 and word not in _NOT_A_NAME}


def _one_family(sender: str, receiver: str) -> bool:
    """Whether money sent to one person and received from another in the household's own
    accounts moved between two of one family: Thomas Martin's bank prints "VERS MARTIN
    CAMILLE", Camille's "VIR SEPA THOMAS MARTIN". Two names sharing a family name (and each
    with a given name of its own) read as a couple's or a family's accounts; a friend paying
    back bears another name."""
    sent, received = _name_words(sender), _name_words(receiver)
    return bool(sent & received) and bool(sent - received) and bool(received - sent)


def holder_name(out: Movement, into: Movement) -> set[str]:
    """The name a transfer's two sides both print when it is a person's: the holder of the
    household's accounts who moved money under their own name (empty: none)."""
    if out.party and out.party == into.party and _person(out.party):
        return {out.party}
    return set()
