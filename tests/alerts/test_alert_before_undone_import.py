"""An alert raised just before an import stays when that import is undone.

Undoing an import removes the alerts raised since it whose facts it took away, telling them by
the times the store keeps. An alert raised a few milliseconds before the import (the user looks
at the alerts, then drops a statement, then thinks better of it) was not raised by it: it stays,
however close the two fall in time.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from finapp.core.alert_kinds import Kind
from finapp.services.import_undo import undo_import
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.subscriptions.test_service import NETFLIX, load, monthly


def test_an_alert_raised_before_an_import_survives_its_undo(store: Store) -> None:
    kept = []
    for month in range(1, 4):
        key = f"low_balance:1:2024-0{month}-05"
        with store.write() as session:  # a dip no statement shows any more: unfounded now
            session.add(
                Alert(
                    dedupe_key=key, kind=Kind.LOW_BALANCE, date=date(2024, month, 5), message="Low"
                )
            )
        load(store, *monthly(NETFLIX, date(2024, month, 1), 1, "-15.49"))
        undo_import(store)
        kept.append(key)
        with store.read() as session:
            assert list(session.scalars(select(Alert.dedupe_key).order_by(Alert.id))) == kept
