"""The summary of an import into a store holding years of history: it judges the lines the
import wrote (their ids carried from the write) against the alerts' lookback before the first of
them, read apart from the alerts' own lookback of today, and says what that history read back
from the store in one go says. The subscriptions the import detects are those a full detection
finds.

The household is the bench's (``bench/realistic_statements.py``): a checking, a savings, a card
and a CNY account, hundreds of payees as banks print them; two years and a half are imported,
then the bank's download of the last three months."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bench.realistic_statements import LAST_DAY, household, last_days, render
from finapp.core import alerts as core
from finapp.core.history_findings import FoundPart, find_in_history
from finapp.services.alert_facts import gather_with_spending, lookback_start
from finapp.services.alert_scope import read_spending
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.services.subscriptions import list_subscriptions, stored_subscriptions
from finapp.store.engine import Store
from finapp.store.schema import Alert, Transaction

#: the day the summary is asked about: the day after the statements end
AS_OF = LAST_DAY + timedelta(days=1)
#: the last months, downloaded after the years before were imported
NEW_DAYS = 92


def _statements(folder: Path) -> tuple[Path, Path]:
    """Two years and a half of the household, as two downloads: the years up to three months
    ago, then the three months since (each its own statement, from its own first day)."""
    first, txns = household(75_000, seed=7)
    cut, start, recent = last_days(first, txns, NEW_DAYS)
    older = folder / "history.ofx"
    # a third of the years' purchases: the household's payees and schedules, at a test's size
    years = [t for i, t in enumerate(txns) if t.day < cut and (i % 3 == 0 or t.memo)]
    older.write_text(render(first, years), encoding="utf-8")
    newer = folder / "last_three_months.ofx"
    newer.write_text(render(start, recent), encoding="utf-8")
    return older, newer


def _read_back_in_one_go(store: Store, batch: int) -> tuple[FoundPart, ...]:
    """The findings as the alerts would have judged the import's lines (read back by batch)
    on the day of the first: the spending of the 400 days before it and since, read in one go."""
    with store.read() as session:
        new = frozenset(
            session.scalars(select(Transaction.id).where(Transaction.batch_id == batch))
        )
        first = session.scalar(select(func.min(Transaction.posted)).where(Transaction.id.in_(new)))
        assert first is not None
        facts, _ = gather_with_spending(session, AS_OF, health=False)
        history = read_spending(session, first - timedelta(days=400), AS_OF).charges
        told = frozenset(session.scalars(select(Alert.dedupe_key))) | core.assess(facts).current
        return find_in_history(facts, history, new, told)


def _said(parts: tuple[FoundPart, ...]) -> list[tuple[str, int, str, str, int | None]]:
    """What each part says of each finding but the payee's name (the summary names it as the
    app does), and how many more it counts."""
    return [
        (
            part.part,
            part.more,
            f.kind,
            f.params.get("amount", f.params.get("new", "")),
            f.transaction_id,
        )
        for part in parts
        for f in part.shown
    ]


def test_an_import_after_years_of_history_finds_what_one_read_of_it_finds(
    store: Store, tmp_path: Path
) -> None:
    older, newer = _statements(tmp_path)
    assert not import_files(store, [older]).failed
    result = import_files(store, [newer])
    (added,) = result.files
    assert added.batch_id is not None and added.new > 5_000
    with store.read() as session:
        before = session.scalar(select(func.min(Transaction.posted)))
        first_added = session.scalar(
            select(func.min(Transaction.posted)).where(Transaction.id.in_(added.lines))
        )
        assert before is not None and first_added is not None
        # the lines judged against reach before today's lookback, and the store years before
        assert before < first_added - timedelta(days=400) < lookback_start(AS_OF)
    detected = [
        (s.name, s.cadence, s.amount, s.transaction_ids) for s in stored_subscriptions(store)
    ]

    found = history_findings(store, result, AS_OF)

    assert found  # the last three months hold large charges and price rises
    assert _said(found) == _said(_read_back_in_one_go(store, added.batch_id))
    shown = {f.transaction_id for part in found for f in part.shown}
    assert shown <= set(added.lines)  # only what the import brought in is told
    full = list_subscriptions(store, full=True)
    assert detected
    assert detected == [(s.name, s.cadence, s.amount, s.transaction_ids) for s in full]
