"""What an import found in the history it brought in, for the summary both faces show after it
(the CLI's ``import`` and the window's import summary): read here, judged in the core
(:mod:`finapp.core.history_findings`), worded by each face (:mod:`finapp.core.history_sentences`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core import alerts as core
from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Charge
from finapp.core.history_findings import FoundPart, find_in_history
from finapp.importers.registry import paused_gc
from finapp.services.alert_facts import gather_with_spending, lookback_start
from finapp.services.alert_scope import Spending, read_spending
from finapp.services.import_results import ImportResult
from finapp.services.payee_names import StoreNames
from finapp.store.engine import Store
from finapp.store.schema import Alert, Transaction

#: findings named by their line's payee (the others by their subscription's name)
_OF_A_LINE = frozenset((Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE))


def history_findings(
    store: Store, result: ImportResult, as_of: date | None = None
) -> tuple[FoundPart, ...]:
    """What the lines ``result`` added hold that the alerts do not tell (none for an import
    that added nothing), as of ``as_of`` (default today).

    What the alerts tell is what they raised before and what they would raise now (the import
    may not have been judged yet): those keys are left to them. The whole history is read, so
    a rise or a large charge is judged against everything before it, as the alerts judge it.
    """
    batches = [f.batch_id for f in result.files if f.batch_id is not None and f.new]
    if not batches:
        return ()
    as_of = as_of or date.today()
    with store.read() as session, paused_gc():  # as for the import: the history is read whole
        added = select(Transaction.id).where(Transaction.batch_id.in_(batches))
        new = frozenset(session.connection().scalars(added))  # plain ids, no ORM per row
        first = session.scalar(select(func.min(Transaction.posted)))
        if not new or first is None:
            return ()
        facts, recent = gather_with_spending(session, as_of, health=False)  # none is health's
        history = _whole_history(session, first, as_of, recent)
        told = frozenset(session.scalars(select(Alert.dedupe_key))) | core.assess(facts).current
        parts = find_in_history(facts, history, new, told)
        return _named_now(parts, StoreNames(session))


def _whole_history(session: Session, first: date, as_of: date, recent: Spending) -> list[Charge]:
    """Every charge of spending from ``first`` to ``as_of``: the years before the facts'
    lookback read here, the lookback's taken from the facts' own read (``recent``), so no
    charge is read twice."""
    start = lookback_start(as_of)
    if first >= start:
        return recent.charges
    return read_spending(session, first, start - timedelta(days=1)).charges + recent.charges


def _named_now(parts: tuple[FoundPart, ...], names: StoreNames) -> tuple[FoundPart, ...]:
    """Each charge's payee as the app names it ("Ashley Furniture"), not as the bank printed
    it, as the alerts name it (:mod:`finapp.services.alert_names`)."""
    lines = [f.transaction_id for p in parts for f in p.shown if f.kind in _OF_A_LINE]
    named = names.of_lines(t for t in lines if t is not None)
    return tuple(
        replace(
            part,
            shown=tuple(
                replace(f, params={**f.params, "name": named[f.transaction_id]})
                if f.kind in _OF_A_LINE and f.transaction_id in named
                else f
                for f in part.shown
            ),
        )
        for part in parts
    )
