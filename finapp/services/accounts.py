"""Accounts: finding them by what a statement or the user says, and their thresholds.

Card and account numbers are kept as their last four characters and a keyed hash (see
:mod:`finapp.store.account_numbers`): statements are matched to accounts by the hash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.core.bank_names import same_bank
from finapp.core.money import exact_minor, from_minor
from finapp.errors import InvalidInputError, NotFoundError, Problem, problem_list
from finapp.services.balances import KnownBalance, latest_known
from finapp.services.coverage import Coverage, coverage_by_account
from finapp.services.held_lines_account import (
    account_already_holding,
    account_continued,
    account_holding_lines,
)
from finapp.services.undoable import undoable
from finapp.services.unnumbered_accounts import give_number, learn_number
from finapp.store.account_numbers import (
    existing_secret,
    is_masked,
    last_four,
    number_hash,
    store_secret,
)
from finapp.store.engine import Store
from finapp.store.schema import Account

if TYPE_CHECKING:  # only the importers' types: reading the store needs no importer
    from finapp.importers.base import ParsedAccount, ParsedTransaction

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a name that already says it is a card ("Apple Card", 中信信用卡)
_A_CARD = re.compile(r"\bcard$|卡$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AccountView:
    """An account as the Accounts list shows it: what it is, what its statements cover, and
    the latest balance finapp knows (see :mod:`finapp.services.balances`)."""

    id: int
    name: str
    institution: str
    number: str  # the last four characters only: the whole number is never kept
    type: str
    currency: str
    low_balance: Decimal | None
    covered_from: date | None = None
    covered_until: date | None = None
    gaps: tuple[tuple[date, date], ...] = ()
    last_import: datetime | None = None
    balance: Decimal | None = None
    balance_date: date | None = None
    #: the day the user closed it (None: open); its balance is nothing from then on
    closed_on: date | None = None

    @property
    def threshold_without_balance(self) -> bool:
        """A low-balance threshold that can never fire: no balance to carry to any day."""
        return self.low_balance is not None and self.balance is None


def _view(
    account: Account, coverage: Coverage | None = None, known: KnownBalance | None = None
) -> AccountView:
    def money(minor: int | None) -> Decimal | None:
        return None if minor is None else from_minor(minor, account.currency)

    return AccountView(
        account.id,
        account.name,
        account.institution,
        account.number_last4,
        account.type,
        account.currency,
        money(account.low_balance_minor),
        covered_from=coverage.covered_from if coverage else None,
        covered_until=coverage.covered_until if coverage else None,
        gaps=coverage.gaps if coverage else (),
        last_import=coverage.last_import if coverage else None,
        balance=money(known.amount_minor) if known else None,
        balance_date=known.as_of if known else None,
        closed_on=account.closed_on,
    )


def view_of(session: Session, account: Account) -> AccountView:
    """``account`` as the Accounts list shows it, as it stands in ``session``."""
    return _view(
        account, coverage_by_account(session).get(account.id), latest_known(session).get(account.id)
    )


def find_account(session: Session, name_or_number: str) -> Account | None:
    """An account by its name, its whole number, the last four digits the app shows of it
    (``1207``, ``…1207``), or the id ``finapp accounts`` lists (what the CLI's ACCOUNT argument
    means), in that order: a name or a number that reads like an id still finds its own
    account. Last four digits two accounts share find neither: :class:`InvalidInputError`
    names them."""
    secret = existing_secret(session.connection())
    hashed = number_hash(secret, name_or_number) if secret else ""
    by_number = Account.number_hash == hashed if hashed else false()
    found = session.scalars(
        select(Account).where(or_(Account.name == name_or_number, by_number)).order_by(Account.id)
    ).first()
    text = name_or_number.strip()
    if found is None:
        found = _by_last_four(session, text)
    if found is None and text.isascii() and text.isdigit():
        found = session.get(Account, int(text))
    return found


def _by_last_four(session: Session, text: str) -> Account | None:
    """The one account whose number ends in the four digits ``text`` is (after the "…" or
    "*" the app and banks print before them), else None; two or more: an error naming them,
    since guessing would set a threshold or a goal on the wrong one."""
    digits = text.lstrip("…*xX. ")
    if not (len(digits) == 4 and digits.isascii() and digits.isdigit()):
        return None
    accounts = list(
        session.scalars(select(Account).where(Account.number_last4 == digits).order_by(Account.id))
    )
    if len(accounts) > 1:
        names = [a.name for a in accounts]
        raise InvalidInputError(
            Problem(
                "account.same_last_four",
                f"{len(accounts)} accounts end in {digits} ({', '.join(names)}): "
                "name the account or give its id (finapp accounts lists them)",
                count=len(accounts),
                last4=digits,
                names=problem_list(names, ", ", "names"),
            )
        )
    return accounts[0] if accounts else None


def require_account(session: Session, name_or_number: str) -> Account:
    account = find_account(session, name_or_number)
    if account is None:
        raise NotFoundError(f"No account named or numbered {name_or_number!r}")
    return account


def _default_name(parsed: ParsedAccount) -> str:
    """What a new account is called: the name the file gives, else its bank and last four. A
    card whose file tells neither name nor number (Chase's card CSV says only "Chase", as its
    checking export does) is called by its type, "Chase Credit Card" (招商银行信用卡), so beside
    the bank's "Chase …2281" checking it never reads as the bank itself."""
    if _unnumbered_card(parsed):
        return _card_name(parsed.institution)
    if parsed.name:
        return parsed.name
    label = parsed.institution or _type_label(parsed.type)
    return f"{label} …{last_four(parsed.number)}" if parsed.number else label or "Account"


def _unnumbered_card(parsed: ParsedAccount) -> bool:
    """A card's statement naming only its bank: no number, no name of its own."""
    return (
        parsed.type == AccountType.CREDIT_CARD
        and bool(parsed.institution)
        and not parsed.number
        and parsed.name in ("", parsed.institution)
    )


def _card_name(bank: str) -> str:
    """A bank's card: "Chase Credit Card"; a bank named in Chinese says it in Chinese (招商银行
    信用卡); a card's own name as it is ("Apple Card", not "Apple Card Credit Card")."""
    if _A_CARD.search(bank):
        return bank
    return f"{bank}信用卡" if _HAN.search(bank[-1]) else f"{bank} Credit Card"


def _earlier_name(parsed: ParsedAccount) -> str:
    """The name such a card got before it was called by its type ("Chase"): the account an
    older store made so is still the card's."""
    return parsed.institution if _unnumbered_card(parsed) else ""


def _unique_name(session: Session, wanted: str) -> str:
    name, n = wanted, 2
    while session.scalars(select(Account.id).where(Account.name == name)).first() is not None:
        name, n = f"{wanted} ({n})", n + 1
    return name


def _create_account(
    session: Session, parsed: ParsedAccount, name: str, hashed: str = ""
) -> Account:
    account = Account(
        name=name,
        institution=parsed.institution,
        number_last4=last_four(parsed.number),
        number_hash=hashed,
        type=parsed.type,
        currency=parsed.currency,
    )
    session.add(account)
    session.flush()
    return account


def _statement_hash(session: Session, parsed: ParsedAccount) -> str:
    """The keyed hash of the statement's whole account number; "" without one (or masked)."""
    if not parsed.number or is_masked(parsed.number):
        return ""
    return number_hash(store_secret(session.connection()), parsed.number)


@dataclass(frozen=True, slots=True)
class AccountMatch:
    """The account a statement goes into and how it was found, for the import result."""

    account: Account
    #: "chosen" (the user named it), "number", "last four", "name", "lines" (the account
    #: holding the statement's lines) or "new"
    how: str
    #: why the obvious account was not used, when it was not (two accounts end in 9012)
    note: str = ""


def account_for_statement(
    session: Session, parsed: ParsedAccount, chosen_name: str | None
) -> Account:
    """The account a statement belongs to (see :func:`match_statement`)."""
    return match_statement(session, parsed, chosen_name).account


def match_statement(
    session: Session,
    parsed: ParsedAccount,
    chosen_name: str | None,
    lines: Sequence[ParsedTransaction] = (),
    source_format: str = "",
) -> AccountMatch:
    """The account a statement belongs to: the one the user chose, else by its number.

    A whole number is matched by its hash; failing that, by its last four digits against an
    account that has no whole number yet (a card first imported from its CSV), which then
    learns it, else it is given to the account of the statement's bank that older imports
    stored without a number (:mod:`.unnumbered_accounts`: the statement's ``lines`` tell). A
    statement with only the last four (a card CSV) goes into the one account in its currency
    ending in them. Two such accounts are never guessed between: the account this kind of
    statement used before (by name), else a new one, and the result says so. A statement
    without any number is matched by the account's name, as before, else by the account its
    lines continue (``source_format``: the kind of file they come from, ``csv:chase_card``).
    """
    hashed = _statement_hash(session, parsed)
    if chosen_name:
        found = find_account(session, chosen_name)
        if found is not None:
            return AccountMatch(found, "chosen")
        return AccountMatch(_create_account(session, parsed, chosen_name, hashed), "new")
    if hashed:
        return _match_by_number(session, parsed, hashed, lines)
    if last_four(parsed.number):
        return _match_by_last_four(session, parsed, lines)
    return _match_by_name(session, parsed, lines, source_format)


def _match_by_name(
    session: Session,
    parsed: ParsedAccount,
    lines: Sequence[ParsedTransaction] = (),
    source_format: str = "",
) -> AccountMatch:
    """The account of a statement without a number: the one its name gave before.

    Only an account in the statement's currency and of its type is the same: euros never go
    into a dollar account (their amounts would be stored as dollars), nor a card's lines into
    a checking account because both banks' exports say "Chase". When the name is taken by
    another kind of account, the new one is called by its type or currency as well
    (:func:`_names_for`), and later statements like it find it under that name.

    A bank's statement with no number that no account's name fits goes into the account of its
    bank already holding most of its lines (its OFX download's, :mod:`.held_lines_account`),
    "lines" in the result. So does one whose lines continue an account's lines from the same
    kind of file (:func:`.held_lines_account.account_continued`): the account the user renamed.

    A statement that names no account at all (a CSV with no bank, card or account number) can
    only be put with the earlier ones that named none: the result says so, since it may be
    another bank's, whose lines must not be taken for those already there. With none such, it
    goes into the one account already holding most of its lines, as the window's question
    offers: Amex's short download (``Date,Description,Amount``) overlaps the last one, read
    with the "American Express" profile, and a "Credit Card" opened beside that account held
    the days both cover twice.
    """
    found, name = place_by_name(session, parsed)
    if found is not None:
        return AccountMatch(found, "name", _unnamed_note(parsed, found))
    held = None
    if names_no_account(parsed):
        held = account_already_holding(session, parsed, lines, of_its_type=True)
    if held is not None:
        return AccountMatch(held, "lines")
    holding = account_holding_lines(session, parsed, lines)
    if holding is not None and _same_holder(holding, parsed):
        holding.institution = holding.institution or parsed.institution  # its OFX named none
        return AccountMatch(holding, "lines")
    continued = account_continued(session, parsed, lines, source_format)
    if continued is not None and _same_holder(continued, parsed):
        return AccountMatch(continued, "lines", _unnamed_note(parsed, continued))
    renamed = _tell_namesake_apart(session, parsed, _names_for(parsed)[0], name)
    return AccountMatch(_create_account(session, parsed, name), "new", renamed)


def place_by_name(session: Session, parsed: ParsedAccount) -> tuple[Account | None, str]:
    """Where a statement without a number goes, without writing: the account its name gave
    before (and its name), else None and the name a new account would be given."""
    names = _names_for(parsed)
    known = names + [n for n in _names_for(parsed, _earlier_name(parsed)) if n not in names]
    alike = [
        a
        for a in session.scalars(select(Account).where(*_alike(parsed)).order_by(Account.id))
        if _may_be(a, parsed) and _same_holder(a, parsed)
    ]
    by_name = {a.name: a for a in alike}
    found = next((by_name[n] for n in known if n in by_name), None)
    if found is None:
        found = next((a for a in alike if _named_like(a, names[0])), None)
    if found is not None:
        return found, found.name
    taken = set(session.scalars(select(Account.name).where(Account.name.in_(names))))
    free = [n for n in names if n not in taken]
    if _same_kind_namesake(session, parsed, names[0]):  # only its currency tells them apart:
        # Wise's dollar statement beside its euro one is "Wise (USD)", not "Wise Checking"
        free = [n for n in free if n.endswith(f"({parsed.currency})")] or free
    return None, next(iter(free), None) or _unique_name(session, names[-1])


def _same_kind_namesake(session: Session, parsed: ParsedAccount, name: str) -> bool:
    """Whether the account called ``name`` is of the statement's bank and type in another
    currency: then only the currency tells the two apart (another owner's wallet is told by
    its owner, another type by its type)."""
    namesake = session.scalars(select(Account).where(Account.name == name)).first()
    return (
        namesake is not None
        and namesake.type == parsed.type
        and namesake.currency != parsed.currency
        and same_bank(namesake.institution, parsed.institution)
    )


def currency_of_its_account(session: Session, parsed: ParsedAccount) -> str | None:
    """The currency of the one account of the statement's type, in any currency, that the
    statement names: by its whole number, else its last four, else the name it gives. Where a
    statement whose currency was only guessed belongs: the user may have set that account's
    currency (:mod:`finapp.services.account_currency`), and next month's download, reading as
    the same guess, must not open a second account beside it. None when no such account, or
    accounts in several currencies, fit."""
    others = select(Account).where(Account.type == parsed.type)
    hashed = _statement_hash(session, parsed)
    if hashed:
        found = list(session.scalars(others.where(Account.number_hash == hashed)))
    elif last_four(parsed.number):
        found = list(
            session.scalars(others.where(Account.number_last4 == last_four(parsed.number)))
        )
    else:  # where its name puts it, asked in each currency an account of its type is in
        held_in = session.scalars(select(Account.currency).where(Account.type == parsed.type))
        placed = (place_by_name(session, replace(parsed, currency=c))[0] for c in set(held_in))
        found = [a for a in placed if a is not None]
    currencies = {a.currency for a in found}
    return currencies.pop() if len(currencies) == 1 else None


def _may_be(account: Account, parsed: ParsedAccount) -> bool:
    """Whether a statement without a number may go into ``account`` by name: one naming no
    bank only into an account of the earlier files naming none (never the numbered account a
    bank's download made, "Checking …7788", whose name it shares), a bank's only into an
    account of that bank or of none known."""
    if names_no_account(parsed):
        return not (account.institution or account.number_last4)
    return same_bank(account.institution, parsed.institution)


def _same_holder(account: Account, parsed: ParsedAccount) -> bool:
    """Whether ``account`` may be the statement's as far as their holders go: a wallet naming
    no number is told from the spouse's by its owner (李娜's WeChat Pay is not 张伟's); an
    account or statement whose holder is not known may be anyone's."""
    return not (account.holder and parsed.holder and account.holder != parsed.holder)


def names_no_account(parsed: ParsedAccount) -> bool:
    """The statement says nothing of whose it is: no bank, account or card number, no name
    (a CSV of date, payee and amount)."""
    return not (parsed.number or parsed.institution or parsed.name)


def _alike(parsed: ParsedAccount) -> tuple[ColumnElement[bool], ...]:
    """An account a statement without its whole number may be: of its currency and type."""
    return (Account.currency == parsed.currency, Account.type == parsed.type)


def _names_for(parsed: ParsedAccount, given: str = "") -> list[str]:
    """The names a statement without a number is known by, first the one it gives (or
    ``given``): then with its type, its currency, and both (Chase, Chase Credit Card, Chase
    (EUR), …)."""
    name = given or _default_name(parsed)
    kind = _type_label(parsed.type)
    typed = name if kind.casefold() in name.casefold() or _typed(name) else f"{name} {kind}"
    owned = f"{name} {parsed.holder}" if parsed.holder else name  # another holder's has the name
    return list(dict.fromkeys((name, owned, typed, f"{name} ({parsed.currency})",
                               f"{typed} ({parsed.currency})")))  # fmt: skip


def _typed(name: str) -> bool:
    """Whether ``name`` already says it is a card in Chinese (招商银行信用卡)."""
    return "信用卡" in name


def _type_label(kind: str) -> str:
    return kind.replace("_", " ").title()


def _unnamed_note(parsed: ParsedAccount, account: Account) -> str:
    """What the user is told when a statement naming no account joins one: it may not be it."""
    if not names_no_account(parsed):
        return ""
    return Problem(
        "import.unnamed_account",
        f'the file names no bank or account, so it went into "{account.name}" with the earlier '
        "files that name none; if it is another account's, undo this import and import it "
        "again choosing the account (finapp import --account NAME)",
        name=account.name,
    )


def _named(session: Session, parsed: ParsedAccount, name: str) -> Account | None:
    """The account called ``name``, if it has no number other than the statement's last four
    and is of its currency and type (a card's CSV never joins the bank's checking account
    because both exports say 招商银行)."""
    query = select(Account).where(
        Account.name == name,
        Account.number_last4.in_(("", last_four(parsed.number))),
        *_alike(parsed),
    )
    return session.scalars(query.order_by(Account.id)).first()


def _same_last_four(
    session: Session, parsed: ParsedAccount, unnumbered: bool = False
) -> list[Account]:
    """Accounts in the statement's currency whose number ends like the statement's; with
    ``unnumbered``, only those whose whole number finapp has not seen."""
    query = select(Account).where(
        Account.number_last4 == last_four(parsed.number), Account.currency == parsed.currency
    )
    if unnumbered:
        query = query.where(Account.number_hash == "")
    return list(session.scalars(query.order_by(Account.id)))


def _match_by_number(
    session: Session, parsed: ParsedAccount, hashed: str, lines: Sequence[ParsedTransaction]
) -> AccountMatch:
    found = session.scalars(
        select(Account)
        .where(Account.number_hash == hashed, Account.currency == parsed.currency)
        .order_by(Account.id)
    ).first()
    if found is not None:  # one number in two currencies (Wise's pots) is two accounts
        return AccountMatch(found, "number")
    candidates = _same_last_four(session, parsed, unnumbered=True)
    if len(candidates) == 1:
        (account,) = candidates
        account.number_hash = hashed  # the card's CSV account now knows its whole number
        return AccountMatch(account, "last four")
    learned = None if candidates else learn_number(session, parsed, hashed, lines)
    if learned is not None:
        return AccountMatch(learned[0], "name", learned[1])
    return _new_account(session, parsed, hashed, _ambiguity(parsed, candidates))


def _match_by_last_four(
    session: Session, parsed: ParsedAccount, lines: Sequence[ParsedTransaction]
) -> AccountMatch:
    """The account of a statement that gives only the last four of its number: a card's CSV
    (``****1234``) or an OFX download with the rest masked (``XXXXXXXX6789``). It is the one
    account ending in them of the statement's type (of any type when the file cannot tell its
    own: :mod:`finapp.importers.csv.deposit_kind`) and bank (when both name one), so the
    download's lines meet those its unmasked statements brought.

    With none, it is the account of its bank, type and currency without a number that holds
    most of its lines, which learns the last four: Chase's card download saved under another
    name said no number, and the next one, named ``Chase1234_Activity…`` as Chase names it,
    opened a second card holding every line the two share twice. Without those lines a card
    of the same bank may be another card, and is not guessed."""
    candidates = [
        a
        for a in _same_last_four(session, parsed)
        if (a.type == parsed.type or not parsed.type_known)
        and same_bank(a.institution, parsed.institution)
    ]
    if len(candidates) == 1:
        return AccountMatch(candidates[0], "last four")
    wanted = _default_name(parsed)
    used_before = [a for a in candidates if _named_like(a, wanted)]
    if used_before:
        return AccountMatch(used_before[0], "name")
    if not candidates:
        named = _named(session, parsed, wanted)
        if named is not None:
            return AccountMatch(named, "name")
        held = account_holding_lines(session, parsed, lines)
        if held is not None and not held.number_last4 and not held.number_hash:
            return AccountMatch(held, "last four", give_number(held, parsed, ""))
    return _new_account(session, parsed, "", _ambiguity(parsed, candidates))


def _named_like(account: Account, wanted: str) -> bool:
    """``account`` is called ``wanted``, or what a new account of its kind would be called
    when ``wanted`` is taken (:func:`_told_apart`, its owner's name after it, else
    :func:`_unique_name`'s numbers)."""
    name = account.name
    if name == wanted or name in _told_apart(wanted, account.type, account.number_last4):
        return True
    if account.holder and name == f"{wanted} {account.holder}":
        return True
    return bool(re.fullmatch(re.escape(wanted) + r" \(\d+\)", name))


def _new_account(
    session: Session, parsed: ParsedAccount, hashed: str = "", note: str = ""
) -> AccountMatch:
    """A new account for a statement with a number, called as it calls itself, else by what
    tells it from the account of that name: "Chase Credit Card …1234" beside the "Chase"
    checking account, "Rabobank …4567" beside the bank's other "Rabobank"."""
    wanted = _default_name(parsed)
    told_apart = _told_apart(wanted, parsed.type, last_four(parsed.number))
    names = (
        wanted,
        *_in_its_currency(session, wanted, parsed.currency),
        *told_apart,
    )
    if told_apart and _siblings_told_apart(session, parsed, wanted):
        names = names[1:]  # RBC's third account is "RBC Savings …8765", not a bare "RBC"
    taken = set(session.scalars(select(Account.name).where(Account.name.in_(names))))
    name = next((n for n in names if n not in taken), None) or _unique_name(session, wanted)
    renamed = _tell_namesake_apart(session, parsed, wanted, name)
    return AccountMatch(_create_account(session, parsed, name, hashed), "new", note or renamed)


def _siblings_told_apart(session: Session, parsed: ParsedAccount, wanted: str) -> bool:
    """Whether accounts of the statement's bank are already told apart from ``wanted`` by
    their last four (:func:`_tell_namesake_apart` renamed the first when the second came):
    the name is free again, yet a third account called by it alone reads as the bank itself."""
    siblings = session.scalars(select(Account).where(Account.name.startswith(f"{wanted} ")))
    return any(
        same_bank(a.institution, parsed.institution)
        and a.name in _told_apart(wanted, a.type, a.number_last4)
        for a in siblings
    )


def _tell_namesake_apart(session: Session, parsed: ParsedAccount, wanted: str, name: str) -> str:
    """Give the account already called ``wanted`` its own last four or owner, now that a second
    account of its bank or app is called ``name`` with theirs: the first ICBC card stayed
    "ICBC 工商银行" beside "ICBC 工商银行 …7720", 李娜's wallet "WeChat Pay 微信支付" beside
    "WeChat Pay 微信支付 张伟", and which of the two carried the telling part hung on the order
    the files came in. An account the user renamed is called otherwise and is left alone; the
    accounts are still found by their numbers, a wallet by its owner's name
    (:func:`_names_for`). What the user is told of it, or "" when nothing was renamed."""
    if name == wanted:
        return ""
    namesake = session.scalars(select(Account).where(Account.name == wanted)).first()
    if namesake is None or not same_bank(namesake.institution, parsed.institution):
        return ""
    own = _own_name(namesake, parsed, wanted, name)
    if not own or session.scalars(select(Account.id).where(Account.name == own)).first():
        return ""
    namesake.name = own
    return Problem(
        "import.account_told_apart",
        f'"{wanted}" is now called "{own}", told from the new "{name}"',
        old=wanted,
        name=own,
        new=name,
    )


def _own_name(namesake: Account, parsed: ParsedAccount, wanted: str, name: str) -> str:
    """What tells ``namesake`` apart as ``name`` tells the statement's new account: its
    owner's name beside another owner's wallet, its last four beside another number's; "" when
    the new account is told apart otherwise (a number (2)). Beside the same bank's account of
    another currency it is its own currency: Wise's euro balance became "Wise (EUR)" when its
    dollar statement came as "Wise (USD)", not "Wise" as if it were the whole of Wise."""
    if name == f"{wanted} ({parsed.currency})":  # of one bank (two files naming none may not be)
        told = namesake.type == parsed.type and namesake.currency != parsed.currency
        return f"{wanted} ({namesake.currency})" if told and namesake.institution else ""
    holder = namesake.holder
    if parsed.holder and name == f"{wanted} {parsed.holder}":
        return f"{wanted} {holder}" if holder and holder != parsed.holder else ""
    last4 = last_four(parsed.number)
    if name not in _told_apart(wanted, parsed.type, last4):
        return ""
    if not namesake.number_last4 or namesake.number_last4 == last4:
        return ""
    return next(iter(_told_apart(wanted, namesake.type, namesake.number_last4)), "")


def _told_apart(name: str, kind: str, last4: str) -> tuple[str, ...]:
    """``name`` with the account's type and last four, as a person tells two accounts of one
    bank apart; a checking account's type goes unsaid. When ``name`` already ends in the
    digits, a bank account's type is said ("Chase Checking …1234" beside the same bank's
    "Chase …1234"); two cards of one bank ending alike are only numbered."""
    if not last4:
        return ()
    label = _type_label(kind)
    tail = f"…{last4}"
    if tail in name:
        if not name.endswith(tail) or kind == AccountType.CREDIT_CARD or label in name:
            return ()
        return (f"{name.removesuffix(tail).rstrip()} {label} {tail}",)
    if kind == AccountType.CHECKING or label.casefold() in name.casefold():
        return (f"{name} …{last4}",)
    if kind == AccountType.CREDIT_CARD and _HAN.search(name[-1]):
        # a bank named in Chinese says it in Chinese ("BOC 中国银行信用卡 …2875"), as
        # :func:`_card_name` does; the English an older finapp gave such a card still names it
        chinese = name if _typed(name) else _card_name(name)
        return (f"{chinese} …{last4}", f"{name} {label} …{last4}")
    return (f"{name} {label} …{last4}",)


def _in_its_currency(session: Session, name: str, currency: str) -> tuple[str, ...]:
    """``name`` with the statement's currency when the account called ``name`` keeps another:
    Wise's euro statement under the number of its dollar one is "Wise …5678 (EUR)"."""
    held = set(session.scalars(select(Account.currency).where(Account.name == name)))
    return (f"{name} ({currency})",) if held and currency not in held else ()


def _ambiguity(parsed: ParsedAccount, candidates: list[Account]) -> str:
    """What the user is told when several accounts end in the statement's last four."""
    if len(candidates) < 2:
        return ""
    names = ", ".join(f'"{a.name}"' for a in candidates)
    last4 = last_four(parsed.number)
    return Problem(
        "import.ambiguous_account",
        f"{len(candidates)} accounts end in {last4} ({names}): put into a "
        "new account rather than guess; to use one of them, undo this import and import it "
        "again choosing the account (finapp import --account NAME)",
        count=len(candidates),
        last4=last4,
        names=problem_list([a.name for a in candidates], ", ", code="names"),
    )


def list_accounts(store: Store) -> list[AccountView]:
    """Every account by name, with its coverage and latest known balance."""
    with store.read() as session:
        covered = coverage_by_account(session)
        known = latest_known(session)
        return [
            _view(a, covered.get(a.id), known.get(a.id))
            for a in session.scalars(select(Account).order_by(Account.name))
        ]


@undoable("threshold", lambda view, *_, **__: {"account": view.name})
def set_low_balance_threshold(store: Store, account: str, amount: Decimal) -> AccountView:
    """Warn when ``account``'s balance falls below ``amount``."""
    with store.write() as session:
        row = require_account(session, account)
        row.low_balance_minor = exact_minor(amount, row.currency)
        session.flush()
        return view_of(session, row)


def account_named(store: Store, account: str, *_: object, **__: object) -> dict[str, str]:
    """The account's name before an edit of it (a rename), for the Edit menu's "Renaming
    Account …"."""
    with store.read() as session:
        return {"account": require_account(session, account).name}


@undoable("account_rename", lambda view, *_, **__: {"name": view.name}, before=account_named)
def rename_account(store: Store, account: str, name: str) -> AccountView:
    """Call ``account`` (a name or number) ``name``, on every page: the lines, subscriptions,
    goals and alerts of an account refer to it by id, so the new name is all they show.

    A statement with an account number still finds the account by it; one without any is found
    by the name it gives, so after a rename it is imported by choosing the account."""
    wanted = " ".join(name.split())
    if not wanted:
        raise InvalidInputError(Problem("account.no_name", "An account needs a name"))
    with store.write() as session:
        row = require_account(session, account)
        taken = session.scalars(
            select(Account).where(Account.name == wanted, Account.id != row.id)
        ).first()
        if taken is not None:
            raise InvalidInputError(
                Problem(
                    "account.name_taken",
                    f"Another account is called {wanted} already",
                    name=wanted,
                )
            )
        row.name = wanted
        session.flush()
        return view_of(session, row)


@undoable("account_type", lambda view, *_, **__: {"type": view.type}, before=account_named)
def set_account_type(store: Store, account: str, kind: str) -> AccountView:
    """Say what ``account`` (a name or number) is: a CSV names no type, so its account starts
    as checking, and a card's export made a "checking" account whose negative balance read as
    overdrawn, with no limit to set and no utilisation. As a credit card its balance is what is
    owed, its limit can be set and the health page counts it among the cards, not the cash."""
    try:
        wanted = AccountType(kind)
    except ValueError:
        english = f"No account type {kind!r}; one of {', '.join(AccountType)}"
        raise InvalidInputError(
            Problem("account.no_such_type", english, type=kind, types=", ".join(AccountType))
        ) from None
    with store.write() as session:
        row = require_account(session, account)
        row.type = wanted
        session.flush()
        return view_of(session, row)
