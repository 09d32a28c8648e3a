"""The payee list: every merchant with the name shown, its usual category, how many lines it
has and what went out to it and came in from it, per currency.

Ten years of history hold tens of thousands of merchants, so the figures come from one query
grouped by merchant, currency and category, and the names from one read of each merchant's
latest line, never a query per payee. Lines of different currencies are never added together:
a merchant paid in euros and in dollars has a total for each.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import case, func, select

from finapp.core.money import from_minor
from finapp.services.categories import category_paths
from finapp.services.payee_names import NAMED_BY, chosen_names, issuers, line_name
from finapp.store.engine import Store
from finapp.store.schema import Transaction


@dataclass(frozen=True, slots=True)
class PayeeTotal:
    """What went out to a payee (negative or zero) and came in from it, in one currency."""

    currency: str
    spent: Decimal
    received: Decimal


@dataclass(frozen=True, slots=True)
class PayeeSummary:
    """One merchant in the payee list."""

    merchant: str
    name: str
    #: the user chose ``name`` (else it is found from the lines)
    chosen: bool
    #: the latest line's payee exactly as the statement had it
    statement_text: str
    transactions: int
    #: the category most of its lines have (full path; empty: none of them has one)
    category: str
    #: by currency, in currency order
    totals: list[PayeeTotal] = field(default_factory=list)


@dataclass(slots=True)
class _Tally:
    count: int = 0
    categories: Counter[int] = field(default_factory=Counter)
    minor: dict[str, list[int]] = field(default_factory=dict)


def list_payees(store: Store) -> list[PayeeSummary]:
    """Every merchant of the store with its figures, by name shown."""
    with store.read() as session:
        spent = func.sum(case((Transaction.amount_minor < 0, Transaction.amount_minor), else_=0))
        received = func.sum(case((Transaction.amount_minor > 0, Transaction.amount_minor), else_=0))
        groups = session.execute(
            select(
                Transaction.merchant,
                Transaction.currency,
                Transaction.category_id,
                func.count(),
                spent,
                received,
            )
            .where(Transaction.merchant != "")
            .group_by(Transaction.merchant, Transaction.currency, Transaction.category_id)
        ).all()
        tallies: dict[str, _Tally] = {}
        for merchant, currency, category, count, out, came in groups:
            tally = tallies.setdefault(merchant, _Tally())
            tally.count += count
            if category is not None:
                tally.categories[category] += count
            sums = tally.minor.setdefault(currency, [0, 0])
            sums[0] += out or 0
            sums[1] += came or 0
        lines = {
            row.merchant: row
            for row in session.execute(
                select(*NAMED_BY).where(Transaction.id.in_(
                    select(func.max(Transaction.id)).group_by(Transaction.merchant)))
            )
        }  # fmt: skip
        chosen = chosen_names(session)
        banks = issuers(session)
        paths = category_paths(session)
    out = []
    for merchant, tally in tallies.items():
        line = lines[merchant]
        own = line_name(line.original_payee, line.payee, line.memo, banks.get(line.account_id, ""))
        usual = min(
            tally.categories.items(), key=lambda kv: (-kv[1], paths[kv[0]]), default=None
        )  # fmt: skip
        out.append(
            PayeeSummary(
                merchant=merchant,
                name=chosen.get(merchant) or own,
                chosen=merchant in chosen,
                statement_text=line.original_payee or line.payee,
                transactions=tally.count,
                category=paths[usual[0]] if usual else "",
                totals=[
                    PayeeTotal(c, from_minor(s, c), from_minor(r, c))
                    for c, (s, r) in sorted(tally.minor.items())
                ],
            )
        )
    return sorted(out, key=lambda v: (v.name.casefold(), v.merchant))


def payee_transaction_ids(store: Store, merchant: str) -> list[int]:
    """The lines of one merchant (by its key), for showing them on the transactions page."""
    with store.read() as session:
        return list(session.scalars(select(Transaction.id).where(Transaction.merchant == merchant)))
