"""Payee names as the app shows them: the user's own name for a merchant, else the line's.

A line's name comes from :mod:`finapp.core.display_names` ("Spotify", "Salary — Globex",
"Chase card payment"); a payee a rule renamed keeps the rule's name; a merchant the user
renamed ("Rename payee…" in the app, ``finapp payees rename``) shows the user's name on every
one of its lines, its subscriptions and the alerts about them. The user's names are kept per
merchant key in ``merchant_names``; the statement's own text is never changed, so it stays
visible beside the name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, delete, func, select
from sqlalchemy.orm import Session

from finapp.core.display_names import shipped_namer, stream_name
from finapp.errors import NotFoundError, Problem
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, MerchantName, Subscription, Transaction
from finapp.store.subscription_details import read_details


@dataclass(frozen=True, slots=True)
class PayeeView:
    """One merchant as the user meets it: its key, the name shown, and a line of it as printed."""

    merchant: str
    name: str
    #: the user chose ``name`` (else it is found from the lines)
    chosen: bool
    #: the latest line's payee exactly as the statement had it
    statement_text: str
    transactions: int


#: the most line ids asked about in one query (SQLite allows 32,766 parameters a statement)
_IDS_AT_ONCE = 10_000
#: what a line's name is found from: its merchant (for the user's name), its words, its account
NAMED_BY = (
    Transaction.merchant,
    Transaction.original_payee,
    Transaction.payee,
    Transaction.memo,
    Transaction.account_id,
)


def latest_lines(*where: ColumnElement[bool]) -> Select[str, int]:
    """``(merchant, line id)`` of each merchant's latest line among those ``where`` picks: the
    latest-dated, and of that day's lines the one imported last. Its words name the merchant,
    so a year of older statements imported after the newer ones does not rename a payee
    after words its bank has stopped printing.

    The (merchant, posted) index gives each merchant's latest day in one pass and that day's
    lines by a look-up, never a read of the lines themselves (50 ms for 300k lines)."""
    newest = (
        select(Transaction.merchant, func.max(Transaction.posted).label("posted"))
        .where(*where)
        .group_by(Transaction.merchant)
        .subquery()
    )
    on_that_day = and_(
        Transaction.merchant == newest.c.merchant, Transaction.posted == newest.c.posted
    )
    return (
        select(Transaction.merchant, func.max(Transaction.id).label("line"))
        .join(newest, on_that_day)
        .where(*where)
        .group_by(Transaction.merchant)
    )


def latest_line(session: Session, merchant: str, *where: ColumnElement[bool]) -> int:
    """The id of ``merchant``'s latest line among those ``where`` picks (see
    :func:`latest_lines`); 0 when it has none."""
    found = session.execute(latest_lines(Transaction.merchant == merchant, *where)).first()
    return found.line if found is not None else 0


def chosen_names(session: Session) -> dict[str, str]:
    """The user's names, by merchant key."""
    return dict(session.execute(select(MerchantName.merchant, MerchantName.name)).all())


def line_name(original: str, payee: str, memo: str, issuer: str = "") -> str:
    """A line's own name: a rule's renaming of it, else one found from its words.

    ``issuer`` names the bank of a card whose payment line does not say ("AUTOMATIC PAYMENT -
    THANK YOU" on the card's own statement).
    """
    if payee and original and payee != original:
        return payee
    return shipped_namer().name(original or payee, memo, issuer)


def issuers(session: Session) -> dict[int, str]:
    """Each account's bank (its institution, else its name), for naming card payments."""
    rows = session.execute(select(Account.id, Account.institution, Account.name)).all()
    return {account: institution or name for account, institution, name in rows}


class StoreNames:
    """Names of lines and merchants of one store, as one session reads it."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.chosen = chosen_names(session)
        self._issuers = issuers(session)

    def of_line(self, transaction_id: int) -> str:
        """The name shown for a line (its merchant's chosen name first)."""
        return self.of_lines([transaction_id]).get(transaction_id, "")

    def of_lines(self, transaction_ids: Iterable[int]) -> dict[int, str]:
        """The names shown for many lines, by id, read in a query per
        :data:`_IDS_AT_ONCE` lines rather than one a line (a sync names every subscription,
        an edit of thousands of lines is named by them); an id of no line is left out."""
        wanted = list(dict.fromkeys(transaction_ids))
        shown: dict[int, str] = {}
        for start in range(0, len(wanted), _IDS_AT_ONCE):
            chunk = wanted[start : start + _IDS_AT_ONCE]
            rows = self._session.execute(
                select(Transaction.id, *NAMED_BY).where(Transaction.id.in_(chunk))
            )
            for line, merchant, original, payee, memo, account in rows:
                shown[line] = self.chosen.get(merchant) or line_name(
                    original, payee, memo, self._issuers.get(account, "")
                )
        return shown


def name_subscriptions(latest: Iterable[tuple[Subscription, int]], names: StoreNames) -> None:
    """Name detected subscriptions after their latest lines (``(row, line id)`` pairs), so
    their names follow the user's renames; a split-off one keeps the name it was given
    ("Apple (split)")."""
    renamed = [(row, line) for row, line in latest if not read_details(row.details).pinned]
    shown = names.of_lines(line for _, line in renamed)
    for row, line in renamed:
        named = shown.get(line)
        row.name = stream_name(named, row.amount_minor, row.currency) if named else row.name


class TableNames:
    """Names of many lines at once (the transactions table): one naming per merchant,
    account and payee text, the first line met standing for the rest, so 300k lines cost a
    naming per distinct payee rather than per line; a line without a merchant is named by
    its own text. The payee text is part of the key because one merchant key can cover
    several counterparties ("WIRE TRANSFER TO M KOWALSKI" and "… FROM J MORALES")."""

    def __init__(self, session: Session) -> None:
        self._chosen = chosen_names(session)
        rows = session.execute(select(Account.name, Account.institution)).all()
        self._issuers = {account: institution or account for account, institution in rows}
        self._seen: dict[tuple[str, str, str], str] = {}

    def name(self, merchant: str, account: str, payee: str, memo: str) -> str:
        """The name shown for a line of ``account`` (by its name) with this merchant key."""
        if not merchant:
            return shipped_namer().name(payee, memo, self._issuers.get(account, ""))
        found = self._seen.get((merchant, account, payee))
        if found is None:
            found = self._chosen.get(merchant) or shipped_namer().name(
                payee, memo, self._issuers.get(account, "")
            )
            self._seen[merchant, account, payee] = found
        return found


#: a payee as an edit names it: a merchant key or the name shown (the CLI, a page's one line),
#: or the keys of every merchant the payee list shows as one payee
Meant = str | Sequence[str]


def spoken(merchant: Meant) -> str:
    """How a message names a payee as given: the text itself, or its keys."""
    return merchant if isinstance(merchant, str) else ", ".join(merchant)


def merchants_meant(session: Session, names: StoreNames, merchant: Meant) -> list[str]:
    """The stored keys ``merchant`` means: keys given as such (those with lines), a key itself
    (case ignored), else every merchant shown by that name ("Spotify": ``SPOTIFY STOCKHOLM``
    and ``SPOTIFY USA``)."""
    if not isinstance(merchant, str):
        stored = select(Transaction.merchant).where(Transaction.merchant.in_(merchant))
        known = set(session.scalars(stored.distinct()))
        keys = [key for key in merchant if key in known]
        if not keys:  # the payee's lines went (undone import, deleted account) since it was listed
            raise _missing(spoken(merchant))
        return keys
    wanted = " ".join(merchant.split())
    if not wanted:
        raise NotFoundError(Problem("payee.no_name", "Name the payee to rename"))
    found = session.scalar(
        select(Transaction.merchant)
        .where(func.upper(Transaction.merchant) == wanted.upper())
        .limit(1)
    )
    if found is not None:
        return [found]
    keys = [v.merchant for v in _views(session, names, Transaction.merchant != "")
            if v.name.casefold() == wanted.casefold()]  # fmt: skip
    if not keys:
        raise _missing(merchant)
    return keys


def _missing(name: str) -> NotFoundError:
    english = f"No payee {name!r}: see finapp payees for the known ones"
    return NotFoundError(Problem("payee.missing", english, name=name))


def payee_named(store: Store, merchant: Meant, *_: object) -> dict[str, str]:
    """``{"payee": name}``: the name ``merchant`` (a key or a name shown) is shown by now, read
    before a rename or merge changes it; as given when it names no payee (the edit refuses)."""
    with store.read() as session:
        names = StoreNames(session)
        try:
            key = merchants_meant(session, names, merchant)[0]
        except NotFoundError:
            return {"payee": spoken(merchant)}
        return {"payee": names.of_line(latest_line(session, key)) or key}


def _renamed(views: list[PayeeView], _store: Store, _merchant: Meant, name: str) -> dict[str, str]:
    """The name given (the name found from the lines again when it was cleared)."""
    return {"name": views[0].name if views else name}


@undoable("rename_payee", _renamed, before=payee_named)
def rename_payee(store: Store, merchant: Meant, name: str) -> list[PayeeView]:
    """Show ``merchant``'s lines, subscriptions and alerts as ``name``; an empty name goes
    back to the name found from the lines.

    ``merchant`` is a merchant key or the name a payee is shown by now (every merchant shown
    by it is renamed), or the keys of the merchants one row of the payee list stands for.
    """
    with store.write() as session:
        keys = merchants_meant(session, StoreNames(session), merchant)
        name = " ".join(name.split())
        session.execute(delete(MerchantName).where(MerchantName.merchant.in_(keys)))
        session.add_all(MerchantName(merchant=key, name=name) for key in keys if name)
        session.flush()
        names = StoreNames(session)
        rename_subscriptions(session, keys, names)
        return _views(session, names, Transaction.merchant.in_(keys))


def rename_subscriptions(session: Session, keys: list[str], names: StoreNames) -> None:
    """Name the subscriptions of these merchants after their latest lines again."""
    latest = []
    for row in session.scalars(select(Subscription).where(Subscription.merchant.in_(keys))):
        line = latest_line(session, row.merchant, Transaction.account_id == row.account_id)
        if line:
            latest.append((row, line))
    name_subscriptions(latest, names)


def _views(session: Session, names: StoreNames, where: ColumnElement[bool]) -> list[PayeeView]:
    counts = session.execute(
        select(Transaction.merchant, func.count()).where(where).group_by(Transaction.merchant)
    ).all()
    latest: dict[str, int] = dict(session.execute(latest_lines(where)).all())
    out = []
    for merchant, count in counts:
        text = session.scalar(
            select(func.coalesce(func.nullif(Transaction.original_payee, ""), Transaction.payee))
            .where(Transaction.id == latest[merchant])
        )  # fmt: skip
        out.append(
            PayeeView(
                merchant=merchant,
                name=names.of_line(latest[merchant]),
                chosen=merchant in names.chosen,
                statement_text=text or "",
                transactions=count,
            )
        )
    return out
