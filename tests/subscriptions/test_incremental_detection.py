"""Detecting only the merchants that changed leaves the rows a full run leaves.

Generated households are imported month by month the way a user does, with imports undone and
imported again, categories set by hand, decisions on subscriptions (confirm, dismiss, cancel,
merge, split) and detection asked as of earlier and later days. After every step the stored
subscriptions (every column), their charges and the alerts evaluated from them are compared
with what a full detection makes of the same store.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.core.recurrence import Charge, Stream
from finapp.services import subscription_sync
from finapp.services import subscriptions as subs
from finapp.services.alerts import evaluate_alerts
from finapp.services.categorize import set_category
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Alert, Subscription, SubscriptionMember
from tests.conftest import new_passphrase_store
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.subscriptions.test_service import HULU, NETFLIX, load, monthly

Stored = tuple[list[tuple], list[tuple], list[tuple]]


def _stored(store: Store) -> Stored:
    """Every subscription row, every membership and every alert, column by column."""
    with store.read() as session:
        return tuple(  # type: ignore[return-value]
            [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))]
            for table in (Subscription.__table__, SubscriptionMember.__table__, Alert.__table__)
        )


def _check(store: Store, day: date | None, *, detected: bool = False) -> None:
    """Detection as of ``day`` (unless the step just ran it) then alerts; a full run agrees."""
    if not detected:
        subs.detect_subscriptions(store, day)
    evaluate_alerts(store, day)
    incremental = _stored(store)
    subs.detect_subscriptions(store, day, full=True)
    evaluate_alerts(store, day)
    assert _stored(store) == incremental


def _decide(store: Store, rnd: random.Random, day: date) -> None:
    """One decision a user makes about a detected subscription."""
    views = [v for v in subs.stored_subscriptions(store, include_dismissed=True) if not v.manual]
    if not views:
        return
    view = rnd.choice(views)
    action = rnd.choice(["confirm", "dismiss", "cancel", "rename", "merge", "split"])
    if action == "confirm":
        subs.confirm(store, view.id)
    elif action == "dismiss":
        subs.dismiss(store, view.id)
    elif action == "cancel":
        subs.cancel(store, view.id, day - timedelta(days=rnd.randint(0, 90)))
    elif action == "rename":
        subs.rename(store, view.id, f"Mine {view.id}")
    elif action == "merge" and len(views) > 1:
        other = rnd.choice([v for v in views if v.id != view.id])
        subs.merge(store, view.id, other.id)
    elif action == "split" and len(view.transaction_ids) > 2:
        subs.split(store, view.id, view.transaction_ids[-2:])


@pytest.mark.parametrize("seed", [7, 31])
def test_detecting_what_changed_leaves_what_a_full_run_leaves(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # however many charges changed, only the changed merchants are detected again
    monkeypatch.setattr(subscription_sync, "_FULL_RUN_SHARE", 1.0)
    hh = generate(seed, months=10)
    files = write_statements(hh, tmp_path / "files", card_csv=True)
    store = new_passphrase_store(tmp_path / "data")
    rnd = random.Random(seed)
    undone: list[Path] = []
    batches: list[tuple[int, Path]] = []
    try:
        for step, statement in enumerate(files):
            result = import_files(store, [statement.path])
            batches += [(f.batch_id, statement.path) for f in result.files if f.batch_id]
            _check(store, None, detected=bool(result.new))
            _check(store, statement.end - timedelta(days=rnd.randint(0, 60)))
            if step % 4 == 3 and batches:
                batch_id, path = batches.pop(rnd.randrange(len(batches)))
                undo_import(store, batch_id)
                undone.append(path)
                _check(store, None, detected=True)
            if step % 5 == 1 and undone:
                again = import_files(store, [undone.pop(0)])
                batches += [(f.batch_id, Path(f.path)) for f in again.files if f.batch_id]
                _check(store, None, detected=bool(again.new))
            if step % 3 == 2:
                _decide(store, rnd, statement.end)
                _check(store, statement.end)
            if step % 6 == 5:
                lines = list_transactions(store)
                set_category(store, rnd.choice(lines).id, "Shopping:Gifts")
                _check(store, None)
    finally:
        store.close()


def test_only_the_merchants_whose_charges_changed_are_detected_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing changed: no charge is detected again; one merchant's new charge: only its charges."""
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49"))
    load(store, *monthly(HULU, date(2024, 1, 5), 6, "-7.99"))
    day = date(2024, 6, 20)
    subs.detect_subscriptions(store, day)
    detected: list[set[str]] = []
    detect = subscription_sync.detect_streams

    def watched(
        charges: Iterable[Charge], as_of: date, currency_of: Callable[[int], str | None]
    ) -> list[Stream]:
        charges = list(charges)
        detected.append({c.merchant for c in charges})
        return detect(charges, as_of, currency_of)

    monkeypatch.setattr(subscription_sync, "detect_streams", watched)
    monkeypatch.setattr(subscription_sync, "_FULL_RUN_SHARE", 1.0)
    subs.detect_subscriptions(store, day)
    load(store, *monthly(HULU, date(2024, 7, 5), 1, "-7.99"))
    subs.detect_subscriptions(store, date(2024, 7, 20))
    subs.detect_subscriptions(store, date(2024, 7, 20), full=True)
    assert detected == [set(), {"HULU"}, {"HULU", "NETFLIX"}]
