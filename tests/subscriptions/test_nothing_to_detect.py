"""Detection is skipped when nothing it reads changed since its last run, and only then.

After each kind of change a user (or any code) makes — lines added, an import undone or deleted,
a line's payee or amount edited, a decision on a subscription, a payee named or a rule refiling
lines — detection runs again, and every run leaves the rows (every column), their charges and
the alerts a full detection leaves. Asked again with nothing changed, it does not run at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import update

from finapp.services import rules, subscription_sync
from finapp.services import subscriptions as subs
from finapp.services.alerts import evaluate_alerts, refresh_alerts
from finapp.services.categorize import set_category
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.payee_names import rename_payee
from finapp.services.wipe import delete_import
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.calls import Calls
from tests.conftest import new_passphrase_store
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.subscriptions.test_incremental_detection import _stored
from tests.subscriptions.test_unchanged_history import _add_copy, _charge, _subscribed


def _as_a_full_run(store: Store, runs: Calls) -> None:
    """Asked again, detection does not run; what it left is what a full run leaves."""
    before = runs.count
    refresh_alerts(store)
    assert runs.count == before
    kept = _stored(store)
    subs.detect_subscriptions(store, full=True)
    evaluate_alerts(store)
    assert _stored(store) == kept


def _detects_again(store: Store, runs: Calls, change: Callable[[], object]) -> None:
    """After ``change`` (and the detection it may run itself) detection has run again."""
    before = runs.count
    change()
    refresh_alerts(store)  # what `finapp alerts` does
    assert runs.count > before
    _as_a_full_run(store, runs)


def _set_payee(store: Store) -> None:
    with store.write() as session:
        line = session.get(Transaction, _charge(store))
        assert line is not None
        line.payee = f"{line.payee} changed"


def _triple_amount(store: Store) -> None:
    with store.write() as session:
        session.execute(
            update(Transaction)
            .where(Transaction.id == _charge(store))
            .values(amount_minor=Transaction.amount_minor * 3)
        )


def _refile_by_rule(store: Store) -> None:
    with store.read() as session:
        line = session.get(Transaction, _charge(store))
        assert line is not None
        payee = line.payee
    # first of all rules, before the one the category set by hand above taught
    rules.add_rule(store, category=None, pattern=payee, rename_to="Renamed by a rule", priority=1)
    rules.rerun_rules(store)


def test_each_change_detection_reads_detects_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hh = generate(11, months=8)
    files = write_statements(hh, tmp_path / "files", card_csv=True)
    store = new_passphrase_store(tmp_path / "data")
    try:
        for statement in files[:-2]:
            import_files(store, [statement.path])
        runs = Calls(monkeypatch, subscription_sync, "sync")
        refresh_alerts(store)
        _as_a_full_run(store, runs)
        # a line's category is not something detection reads: nothing to detect, same rows
        set_category(store, _charge(store), "Shopping:Gifts")
        _as_a_full_run(store, runs)

        _detects_again(store, runs, lambda: _add_copy(store))
        added: list[int] = []

        def _import() -> None:
            batch = import_files(store, [files[-2].path]).files[0].batch_id
            assert batch is not None
            added.append(batch)

        _detects_again(store, runs, _import)
        _detects_again(store, runs, lambda: undo_import(store, added[-1]))
        _detects_again(store, runs, _import)
        _detects_again(store, runs, lambda: delete_import(store, added[-1]))
        _detects_again(store, runs, lambda: _set_payee(store))
        _detects_again(store, runs, lambda: _triple_amount(store))
        _detects_again(store, runs, lambda: _refile_by_rule(store))
        views = _subscribed(store)
        _detects_again(store, runs, lambda: rename_payee(store, views[0].merchant, "Mine"))
        _detects_again(store, runs, lambda: subs.confirm(store, views[0].id))
        _detects_again(store, runs, lambda: subs.dismiss(store, views[1].id))
        _detects_again(store, runs, lambda: subs.cancel(store, views[2].id, hh.end))
        _detects_again(store, runs, lambda: subs.rename(store, views[3].id, "Renamed by me"))
        view = next(v for v in _subscribed(store) if len(v.transaction_ids) > 2)
        _detects_again(store, runs, lambda: subs.split(store, view.id, view.transaction_ids[-2:]))
    finally:
        store.close()


def test_another_day_detects_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = generate(5, months=6)
    store = new_passphrase_store(tmp_path / "data")
    try:
        import_files(store, [f.path for f in write_statements(hh, tmp_path / "files")])
        runs = Calls(monkeypatch, subscription_sync, "sync")
        subs.refresh_subscriptions(store, hh.end)
        before = runs.count
        subs.refresh_subscriptions(store, hh.end)
        assert runs.count == before
        subs.detect_subscriptions(store, hh.end)  # asked to detect: it does
        assert runs.count == before + 1
        subs.refresh_subscriptions(store)  # today: statuses are judged by another day
        assert runs.count == before + 2
    finally:
        store.close()
