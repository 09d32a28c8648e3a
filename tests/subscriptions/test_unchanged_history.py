"""Detection does not read the history again when no write touched it since the last run.

The store's stamp (:mod:`finapp.store.stamps`) is taken away by every write to what detection
reads. Each kind of write a user makes — an import, an undo of it, a category, a split, a payee
renamed or merged, a decision on a subscription, a line's amount changed, an edit undone and
redone, an import deleted, a backup restored — is followed by detection and alerts, which must
leave what a full run leaves; and a run with nothing written since reads no history.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from finapp.services import detection_scope, edit_history
from finapp.services import subscriptions as subs
from finapp.services.backup import backup
from finapp.services.categorize import set_category
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.services.restore import restore
from finapp.services.splits import SplitPart, line_amount, set_splits
from finapp.services.wipe import delete_import
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.store.schema import Transaction
from tests.calls import Calls
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.old_schemas import undo_schema_11, upgraded
from tests.subscriptions.test_incremental_detection import _check

KEY = StoreKey.from_passphrase(PASSPHRASE)


def _subscribed(store: Store) -> list[subs.SubscriptionView]:
    return [v for v in subs.stored_subscriptions(store, include_dismissed=True) if not v.manual]


def _charge(store: Store) -> int:
    """The latest charge of a detected subscription: a line detection reads."""
    return max(_subscribed(store)[0].transaction_ids)


def _add_copy(store: Store, *, instead: bool = False) -> None:
    """Any code adding a line, and writing nothing else: a charge paid twice the same day; or
    ``instead`` of it the day before, the number of lines staying the same."""
    with store.write() as session:
        line = session.get(Transaction, _charge(store))
        assert line is not None
        if instead:
            session.delete(line)
        session.add(
            Transaction(
                account_id=line.account_id,
                posted=line.posted - timedelta(days=1 if instead else 0),
                amount_minor=line.amount_minor,
                currency=line.currency,
                payee=line.payee,
                memo=line.memo,
                dedupe_key=line.dedupe_key,
                occurrence=line.occurrence + 1,
                merchant=line.merchant,
            )
        )


def test_every_kind_of_write_leaves_what_a_full_run_leaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hh = generate(11, months=8)
    files = write_statements(hh, tmp_path / "files", card_csv=True)
    data = tmp_path / "data"
    store = new_passphrase_store(data)
    try:
        for statement in files[:-2]:
            import_files(store, [statement.path])
        day = files[-3].end
        _check(store, None)
        saved = Path(backup(store).path)

        added = import_files(store, [files[-2].path]).files[0].batch_id
        _check(store, None, detected=True)
        assert added is not None
        undo_import(store, added)
        _check(store, None)
        with store.write() as session:  # any code changing a line's amount
            session.execute(
                update(Transaction)
                .where(Transaction.id == _charge(store))
                .values(amount_minor=Transaction.amount_minor * 3)
            )
        _check(store, None)
        _add_copy(store)
        _check(store, None)
        _add_copy(store, instead=True)
        _check(store, None)
        _check(store, day - timedelta(days=40))
        _check(store, None)

        set_category(store, _charge(store), "Shopping:Gifts")
        _check(store, None)
        line = _charge(store)
        amount, _ = line_amount(store, line)
        half = (amount / 2).quantize(Decimal("0.01"))
        set_splits(store, line, [SplitPart("Food", half), SplitPart("Shopping", amount - half)])
        _check(store, None)

        views = _subscribed(store)
        rename_payee(store, views[0].merchant, "Renamed by me")
        _check(store, None)
        merge_payees(store, views[0].merchant, views[1].merchant)
        _check(store, None)
        subs.confirm(store, _subscribed(store)[0].id)
        _check(store, None)
        view = next(v for v in _subscribed(store) if len(v.transaction_ids) > 2)
        subs.split(store, view.id, view.transaction_ids[-2:])
        _check(store, None)

        set_category(store, _charge(store), "Shopping:Books")
        edit_history.undo(store)
        _check(store, None)
        edit_history.redo(store)
        _check(store, None)

        # the statement undone above, imported again: its lines are new once more (the card's
        # CSV, files[-1], holds only lines its OFX brought, and an import adding nothing is
        # no import to delete)
        again = import_files(store, [files[-2].path]).files[0].batch_id
        assert again is not None
        _check(store, None, detected=True)
        delete_import(store, again)
        _check(store, None)

        store.close()
        restore(data, saved, KEY, KEY)
        store = open_store(data, passphrase=PASSPHRASE)
        _check(store, None)
        _check(store, day)
        # the restored store's stamp goes on working
        reads = Calls(monkeypatch, detection_scope, "current_digests")
        subs.detect_subscriptions(store, day)
        assert reads.count == 0
    finally:
        store.close()


def test_nothing_written_since_reads_no_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hh = generate(5, months=6)
    store = new_passphrase_store(tmp_path / "data")
    try:
        import_files(store, [f.path for f in write_statements(hh, tmp_path / "files")])
        subs.detect_subscriptions(store)
        before = [v.id for v in _subscribed(store)]
        reads = Calls(monkeypatch, detection_scope, "current_digests")

        subs.detect_subscriptions(store)
        subs.detect_subscriptions(store, hh.end + timedelta(days=30))  # no line after the end
        assert reads.count == 0
        assert [v.id for v in _subscribed(store)] == before

        set_category(store, _charge(store), "Shopping:Gifts")  # not something detection reads
        subs.detect_subscriptions(store)
        assert reads.count == 0

        with store.write() as session:
            line = session.get(Transaction, _charge(store))
            assert line is not None
            line.payee = f"{line.payee} changed"
        subs.detect_subscriptions(store)
        assert reads.count == 1
        subs.detect_subscriptions(store)
        assert reads.count == 1
        _add_copy(store)
        subs.detect_subscriptions(store)
        assert reads.count == 2
        _add_copy(store, instead=True)
        subs.detect_subscriptions(store)
        assert reads.count == 3

        with store.read() as session:
            first = min(session.scalars(select(Transaction.posted)))
        subs.detect_subscriptions(store, first + timedelta(days=45))  # fewer lines seen
        assert reads.count == 4
    finally:
        store.close()


def test_a_store_written_before_the_stamp_gets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hh = generate(3, months=4)
    store = new_passphrase_store(tmp_path / "data")
    import_files(store, [f.path for f in write_statements(hh, tmp_path / "files")])
    with upgraded(store, undo_schema_11, PASSPHRASE) as again:
        subs.detect_subscriptions(again)
        reads = Calls(monkeypatch, detection_scope, "current_digests")
        subs.detect_subscriptions(again)
        assert reads.count == 0
        undo_import(again, 1)
        subs.detect_subscriptions(again)
        assert reads.count == 1
