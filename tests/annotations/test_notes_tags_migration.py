"""A store from before notes and tags opens with its transactions, ready for both."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from finapp.services.imports import import_files
from finapp.store.schema import Transaction, TransactionTag
from tests.conftest import PASSPHRASE
from tests.old_schemas import undo_schema_8, upgraded
from tests.reconciliation.test_reconcile_service import _statement


def test_a_store_from_before_notes_opens_with_empty_notes_and_takes_tags(
    store, tmp_path: Path
) -> None:
    assert not import_files(store, [_statement(tmp_path, 1)]).failed
    with upgraded(store, undo_schema_8, PASSPHRASE) as reopened:
        with reopened.write() as session:
            notes = session.scalars(select(Transaction.note)).all()
            assert len(notes) == 7 and set(notes) == {""}
            first = session.scalars(select(Transaction.id)).first()
            session.add(TransactionTag(transaction_id=first, tag="tax"))
        with reopened.read() as session:
            assert session.scalars(select(TransactionTag.tag)).all() == ["tax"]
