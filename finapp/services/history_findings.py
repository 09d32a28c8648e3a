"""What an import found in the history it brought in, for the summary both faces show after it
(the CLI's ``import`` and the window's import summary): read here, judged in the core
(:mod:`finapp.core.history_findings`), worded by each face (:mod:`finapp.core.history_sentences`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from itertools import chain

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from finapp.core import alerts as core
from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Charge
from finapp.core.history_findings import FoundPart, find_in_history, over_budget
from finapp.core.refunds import refunded_in_full
from finapp.gc_pause import paused_gc
from finapp.progress import Stage, StageFn, no_stage
from finapp.services.alert_facts import gather_with_spending, lookback_start
from finapp.services.alert_scope import read_credits
from finapp.services.budget_history import budget_histories
from finapp.services.import_results import ImportResult
from finapp.services.merchants_paid import SPENDING_SQL
from finapp.services.payee_names import StoreNames
from finapp.store.engine import Store
from finapp.store.schema import Alert

#: findings named by their line's payee (the others by their subscription's name)
_OF_A_LINE = frozenset((Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE))


def history_findings(
    store: Store, result: ImportResult, as_of: date | None = None, *, stage: StageFn = no_stage
) -> tuple[FoundPart, ...]:
    """What the lines ``result`` added hold that the alerts do not tell (none for an import
    that added nothing), as of ``as_of`` (default today); ``stage`` hears when the reading
    starts (:attr:`~finapp.progress.Stage.SUMMARY`), which takes seconds on years of history.

    What the alerts tell is what they raised before and what they would raise now (the import
    may not have been judged yet): those keys are left to them. A large or unusual charge is
    judged as the alerts would have judged it on its day: against the charges of the
    :data:`~finapp.services.alert_facts.LOOKBACK_DAYS` before the import's first line, and
    every one since. A month's statement added to ten years is judged against the year before
    it (read in a tenth of the time the ten years took), as the alert of its day would have
    judged it; a purchase larger still five years ago does not make this month's usual.
    The lines added are the ids the import wrote (``FileResult.lines``), not read back.
    """
    added = [f.lines for f in result.files if f.batch_id and f.new]
    new = frozenset(chain.from_iterable(added))
    if not new:
        return ()
    stage(Stage.SUMMARY, 0, 0)
    as_of = as_of or date.today()
    since = judged_since(result, as_of)
    with store.read() as session, paused_gc():  # as for the import: years may be read
        found, told = _found(session, new, as_of, since)
        return found + over_budget(budget_histories(session, added), as_of, told)


def judged_since(result: ImportResult, as_of: date) -> date:
    """The first day of the charges the import's lines are judged against: the alerts'
    lookback before the first line it added (as of ``as_of`` when it knows no day)."""
    days = [f.days[0] for f in result.files if f.batch_id and f.new and f.days is not None]
    return lookback_start(min(days, default=as_of))


def _found(
    session: Session, new: frozenset[int], as_of: date, since: date
) -> tuple[tuple[FoundPart, ...], frozenset[str]]:
    """The findings of the lines ``new``, judged against the charges from ``since`` on, and the
    keys of the alerts raised or current (what the alerts tell).

    Apart from :func:`history_findings` so the history read here is let go before the garbage
    collector resumes: its first collection then scans the findings, not 100k charges.
    """
    facts, recent = gather_with_spending(session, as_of, health=False)  # none is health's
    start = lookback_start(as_of)
    before = _spending_before(session, since, start) if since < start else []
    history = before + [c for c in recent.charges if c.posted >= since]
    if before:  # the years before had their refunds too
        facts = replace(
            facts, refunded=refunded_in_full(history, read_credits(session, since, as_of))
        )
    told = frozenset(session.scalars(select(Alert.dedupe_key))) | core.assess(facts).current
    parts = find_in_history(facts, history, new, told)
    return _named_now(parts, StoreNames(session)), told


#: the spending (:data:`~finapp.services.merchants_paid.SPENDING_SQL`) posted from one day to
#: before another, as plain rows in the order of :class:`Charge`'s fields
_SPENDING_BEFORE = text(
    "SELECT id, account_id, posted, amount_minor, currency, merchant, payee, category_id "
    f"FROM transactions WHERE posted >= :since AND posted < :start AND {SPENDING_SQL}"
)


def _spending_before(session: Session, since: date, start: date) -> list[Charge]:
    """Every charge of spending from ``since`` to before the facts' lookback (which starts on
    ``start``): the years before, which the summary only takes in as what came before the
    import's charges.

    Read as plain rows, not the alerts' text by merchant (:mod:`.alert_scope`), which no one
    digests here: on years of history that is a third of the reading. The rest of the history
    is taken from the facts' own read, so no charge is read twice.
    """
    days: dict[str, date] = {}
    # each currency, merchant and payee text kept once: the driver makes a string of each row's
    # own, and years of charges repeat a few thousand of them
    texts: dict[str, str] = {}
    bounds = {"since": since.isoformat(), "start": start.isoformat()}
    rows = session.execute(_SPENDING_BEFORE, bounds).all()  # one fetch
    return [
        _charge(
            (
                tid,
                account,
                days.get(posted) or days.setdefault(posted, date.fromisoformat(posted)),
                amount,
                texts.setdefault(currency, currency),
                texts.setdefault(merchant, merchant),
                texts.setdefault(payee, payee),
                category,
            )
        )
        for tid, account, posted, amount, currency, merchant, payee, category in rows
    ]


#: a :class:`Charge` from the tuple of its fields, in their order: the named tuple's own
#: constructor is a Python call, once per charge of years of history
_charge = partial(tuple.__new__, Charge)


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
