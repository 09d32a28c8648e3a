"""The account a bank's CSV belongs to when it names no account number but its lines are there.

Chase's card CSV and Bank of America's checking CSV name no account: only their layout tells the
bank. The same account's OFX download named its number and made an account called after it
("Chase …7890"), so by name the CSV would open a second account beside it ("Chase") and every
line would be there twice. The lines tell instead: an account of the statement's bank (or of
no known bank: some downloads name none), type and currency that already holds most of the
statement's lines, by day and amount, is its account. Across formats a day may differ by the
posting delay (:data:`~finapp.core.cross_format.WINDOW_DAYS`); which lines are then the same is
left to the cross-format matching of the import (:mod:`.import_cross_format`).

Only lines on the days the account's statements cover are weighed, so a CSV of four months
finds the account holding one month of them. Two accounts holding them are never guessed
between.

The next month's CSV shares no line with the account, it continues it: an account renamed in
the window ("Chase" became "Sapphire card") no longer has the name the CSV gives, and each
month's export opened a new "Chase" beside it. :func:`account_continued` finds it by its
lines instead: the one account of the statement's currency and type holding lines of the same
kind of file (the same bank's CSV layout, ``csv:chase_card``) that end where the statement
starts, up to :data:`LONGEST_GAP` days before it, whatever the account is called now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.bank_names import same_bank
from finapp.core.cross_format import OWN_EXPORT, WINDOW_DAYS, source_family
from finapp.core.money import to_minor
from finapp.store.schema import Account, ImportBatch, Transaction

if TYPE_CHECKING:  # only the importers' types: reading the store needs no importer
    from finapp.importers.base import ParsedAccount, ParsedTransaction

#: the fewest shared lines that say two statements are one account's (one could be chance)
FEWEST_SHARED = 2
#: the most days between an account's last line and a statement continuing it (a month's
#: statement a few weeks late; a longer pause is no continuation to guess from)
LONGEST_GAP = 45


def account_holding_lines(
    session: Session,
    parsed: ParsedAccount,
    lines: Sequence[ParsedTransaction],
) -> Account | None:
    """The one account of the statement's bank (:func:`~finapp.core.bank_names.same_bank`),
    type and currency holding most of its lines on the days it covers, else None."""
    if not parsed.institution or not lines:
        return None
    alike = [
        a
        for a in session.scalars(
            select(Account)
            .where(Account.currency == parsed.currency, Account.type == parsed.type)
            .order_by(Account.id)
        )
        if same_bank(a.institution, parsed.institution)
    ]
    incoming = [(t.posted, to_minor(t.amount, parsed.currency)) for t in lines]
    holding = [a for a in alike if _holds_most(session, a, incoming)]
    return holding[0] if len(holding) == 1 else None


def account_already_holding(
    session: Session,
    parsed: ParsedAccount,
    lines: Sequence[ParsedTransaction],
    *,
    of_its_type: bool = False,
) -> Account | None:
    """The one account of the statement's currency, of any bank, name or type, holding most of
    its lines on the days it covers: where a file naming no account was imported before (into
    "Chase Saver", a savings account the user named), so importing it again adds nothing.
    ``of_its_type`` weighs only accounts of the statement's type: a debit card's export shares
    its wallet payments with the credit card that paid others of them, and is not the card's."""
    if not lines:
        return None
    query = select(Account).where(Account.currency == parsed.currency)
    if of_its_type:
        query = query.where(Account.type == parsed.type)
    alike = session.scalars(query.order_by(Account.id))
    incoming = [(t.posted, to_minor(t.amount, parsed.currency)) for t in lines]
    holding = [a for a in alike if _holds_most(session, a, incoming)]
    return holding[0] if len(holding) == 1 else None


def currency_held(
    session: Session, parsed: ParsedAccount, lines: Sequence[ParsedTransaction]
) -> str | None:
    """The currency of the one account of the statement's type that holds most of its lines on
    the days it covers, else None: its own currency when an account in it holds them (a card
    whose currency the user set, :mod:`finapp.services.account_currency`), so a guess does not
    move them elsewhere."""
    if not lines:
        return None
    accounts = session.scalars(
        select(Account).where(Account.type == parsed.type).order_by(Account.id)
    )
    incoming = [(t.posted, to_minor(t.amount, parsed.currency)) for t in lines]
    holding = [a for a in accounts if _holds_most(session, a, incoming)]
    return holding[0].currency if len(holding) == 1 else None


def _holds_most(session: Session, account: Account, incoming: list[tuple[date, int]]) -> bool:
    """Whether ``account`` holds more than half of the ``incoming`` (day, amount) lines that
    fall on the days it covers, and at least :data:`FEWEST_SHARED`; one stored line stands for
    one incoming line."""
    first, last = session.execute(
        select(func.min(Transaction.posted), func.max(Transaction.posted)).where(
            Transaction.account_id == account.id
        )
    ).one()
    if first is None:
        return False
    window = timedelta(days=WINDOW_DAYS)
    covered = [(day, minor) for day, minor in incoming if first - window <= day <= last + window]
    if not covered:
        return False
    stored: dict[int, list[date]] = defaultdict(list)
    for day, minor in session.execute(
        select(Transaction.posted, Transaction.amount_minor).where(
            Transaction.account_id == account.id,
            Transaction.posted.between(min(covered)[0] - window, max(covered)[0] + window),
        )
    ):
        stored[minor].append(day)
    shared = 0
    for day, minor in sorted(covered):
        days = stored.get(minor, [])
        near = [d for d in days if abs((d - day).days) <= WINDOW_DAYS]
        if near:
            days.remove(min(near, key=lambda d: abs((d - day).days)))
            shared += 1
    return shared >= FEWEST_SHARED and 2 * shared > len(covered)


def account_continued(
    session: Session,
    parsed: ParsedAccount,
    lines: Sequence[ParsedTransaction],
    source_format: str,
) -> Account | None:
    """The one account of the statement's currency and type whose lines from files of
    ``source_format`` end where ``lines`` start (or overlap them), else None.

    Never for finapp's own export: it names each of its accounts, so an account whose lines
    follow another's in it is that account, not the other renamed."""
    if not lines or not source_format or source_family(source_format) == OWN_EXPORT:
        return None
    first = min(t.posted for t in lines)
    last = max(t.posted for t in lines)
    spans = session.execute(
        select(Account, func.min(Transaction.posted), func.max(Transaction.posted))
        .join(Transaction, Transaction.account_id == Account.id)
        .join(ImportBatch, ImportBatch.id == Transaction.batch_id)
        .where(
            Account.currency == parsed.currency,
            Account.type == parsed.type,
            ImportBatch.format == source_format,
        )
        .group_by(Account.id)
        .order_by(Account.id)
    ).all()
    window = timedelta(days=WINDOW_DAYS)
    continued = [
        account
        for account, held_first, held_last in spans
        if held_first - window <= first <= held_last + timedelta(days=LONGEST_GAP)
        and last >= held_last - window
    ]
    return continued[0] if len(continued) == 1 else None
