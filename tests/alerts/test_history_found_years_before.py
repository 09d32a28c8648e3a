"""The history summary reads the years before the alerts' lookback apart and takes the lookback
from the alerts' own read: what it finds is what one read of the whole history finds, a charge
older than the lookback included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from finapp.core import alerts as core
from finapp.core.history_findings import FoundPart, Part, find_in_history
from finapp.services.alert_facts import gather_with_spending, lookback_start
from finapp.services.alert_scope import read_spending
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store
from finapp.store.schema import Alert, Transaction
from tests.history_statement import history_ofx
from tests.importers.ofxgen import Line

TODAY = date.today()


def _months_back(months: int, day: int) -> date:
    index = TODAY.year * 12 + TODAY.month - 1 - months
    return date(index // 12, index % 12 + 1, day)


def _from_one_read(store: Store) -> tuple[FoundPart, ...]:
    """The findings judged on the whole history read in one go, as the summary once read it."""
    with store.read() as session:
        new = frozenset(session.scalars(select(Transaction.id)))  # the import added them all
        first = session.scalar(select(func.min(Transaction.posted)))
        assert first is not None
        facts, _ = gather_with_spending(session, TODAY, health=False)
        history = read_spending(session, first, TODAY).charges
        told = frozenset(session.scalars(select(Alert.dedupe_key))) | core.assess(facts).current
        return find_in_history(facts, history, new, told)


def _without_names(parts: tuple[FoundPart, ...]) -> list[tuple[str, str, str, int | None]]:
    """What each finding says but the payee's name (the summary names it as the app does)."""
    return [
        (part.part, f.kind, f.params.get("amount", ""), f.transaction_id)
        for part in parts
        for f in part.shown
    ]


def test_a_charge_older_than_the_lookback_is_found_as_one_whole_read_finds_it(
    store: Store, tmp_path: Path
) -> None:
    flight_day = _months_back(16, 9)  # in the years before the alerts' 400 days
    assert flight_day < lookback_start(TODAY)
    flight = Line(flight_day, "-2400.00", "DELTA AIR 0062341 ATLANTA GA", "DL16")
    result = import_files(store, [history_ofx(tmp_path, TODAY, extra=[flight])])
    found = history_findings(store, result, TODAY)
    large = next(part for part in found if part.part == Part.LARGE_CHARGES)
    assert [f.date for f in large.shown] == [flight_day, _months_back(8, 23)]  # and the sofa
    assert _without_names(found) == _without_names(_from_one_read(store))
