"""The automatic base currency, decided when the lines change and kept until they change again.

A household with money in more than one currency is shown its totals in the one most money moves
in (:func:`finapp.services.rates.base_currency`, unless the user chose one). Telling which is a
sum over the whole history: 0.1 s on ten years, asked by every page, report and alerts check that
shows a total, although the answer changes only when the lines do. So the answer is kept in the
store beside what proves it current: the lines' two stamps (:mod:`finapp.store.stamps`: what each
line is, and its category), the tables the sum reads beside them (the categories' kinds, the
accounts' currencies, the split lines' parts) and the code that sums. A reader peeks at the
stamps and trusts the kept answer while they are the same; any write to what it reads takes a
stamp away, and the answer is decided again.

An import keeps the answer at its end, while the history it wrote is still in the page cache
(half the cost of a later cold read), and so does an alerts evaluation that finds it stale: the
first check after an import, and the pages opened after it, read it in a millisecond.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from functools import cache

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from finapp import __version__
from finapp.core.category_kinds import CategoryKind
from finapp.services.detection_inputs import sources_digest
from finapp.services.settings import main_currency_of
from finapp.store import stamps
from finapp.store.category_lines import category_sums
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Setting

#: where the kept answer is (beside the settings, not one of them)
STATE_KEY = "rates.automatic"

#: the tables the sum reads beside the lines, each with a row per category, account or part
_READ_BESIDE = (
    "SELECT id, kind FROM categories ORDER BY id",
    "SELECT id, currency FROM accounts ORDER BY id",
    "SELECT * FROM transaction_splits ORDER BY rowid",
)


def automatic_currency(session: Session) -> str:
    """The currency most money moves in, transfers aside, else the one most accounts use:
    the kept answer while it is current, else decided from the history.

    A line is in its account's currency (an import writes it so): when every account keeps one
    currency, money moves in no other, and that is the answer without reading anything more.
    """
    held = set(session.scalars(select(Account.currency).distinct()))
    if len(held) == 1:
        return held.pop()
    inputs = _inputs(session, stamps.peek)
    kept = session.get(Setting, STATE_KEY)
    if inputs is not None and kept is not None:
        found, _, currency = kept.value.rpartition(" ")
        if found == inputs:
            return currency
    return _decided(session)


def keep_automatic_currency(store: Store) -> None:
    """Decide the answer and keep it, in a write of its own (an import's end)."""
    with store.write() as session:
        keep_in(session)


def keep_in(session: Session) -> None:
    """Keep the answer in ``session``, a write: decided afresh only when the kept one is not
    current. Nothing is kept for a household of one currency, whose answer costs nothing."""
    if len(set(session.scalars(select(Account.currency).distinct()))) < 2:
        return
    inputs = _inputs(session, stamps.take)
    if inputs is None:
        return  # a store whose lines cannot be proved unchanged: every reader decides
    kept = session.get(Setting, STATE_KEY)
    if kept is not None and kept.value.rpartition(" ")[0] == inputs:
        return
    value = f"{inputs} {_decided(session)}"
    if kept is None:
        session.add(Setting(key=STATE_KEY, value=value))
    else:
        kept.value = value


def _inputs(session: Session, stamp_of: Callable[..., str | None]) -> str | None:
    """A digest of what the answer is decided from; None when the lines' stamps are not there
    (``stamp_of`` is :func:`~finapp.store.stamps.take` in a write, else
    :func:`~finapp.store.stamps.peek`)."""
    lines, filing = stamp_of(session, "transactions"), stamp_of(session, "filing")
    if lines is None or filing is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_code_version()}\x1c{lines}\x1c{filing}".encode())
    for query in _READ_BESIDE:
        rows = session.execute(text(query)).all()
        digest.update(f"\x1c{[tuple(row) for row in rows]!r}".encode())
    return digest.hexdigest()


def _decided(session: Session) -> str:
    volume = money_moved(session)
    if not volume:
        return main_currency_of(session)
    return max(sorted(volume), key=volume.__getitem__)


def money_moved(session: Session) -> Counter[str]:
    """Each currency's money moved over the whole history, in and out alike, transfers aside
    (a split line by its parts).

    One grouped query by currency and category: the months and the direction of each sum,
    which the month report reads, would make SQLite format a month for every line of the
    history and keep a hundred times the groups, to be added up again here.
    """
    kinds = dict(session.execute(select(Category.id, Category.kind)).all())
    moved_by = category_sums(
        lambda line: (line.currency, line.category_id, line.is_transfer),
        measure=lambda line: func.sum(func.abs(line.amount_minor)),
    )
    volume: Counter[str] = Counter()
    for currency, category_id, transfer, moved in session.execute(moved_by):
        if not transfer and kinds.get(category_id) != CategoryKind.TRANSFER:
            volume[currency] += int(moved)
    return volume


@cache
def _code_version() -> str:
    """This finapp and the code that sums: a changed sum never trusts an answer kept before."""
    return f"{__version__} {sources_digest((__name__, 'finapp.store.category_lines'))}"
