"""The transactions table names each line by its own counterparty, even where one merchant key
covers several (wires to and from different people)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.transaction_table import table_batches
from finapp.store.engine import Store
from tests.categorize.statements import load


def test_wires_to_different_people_are_each_named_by_their_own_party(
    store: Store, tmp_path: Path
) -> None:
    load(
        store,
        tmp_path,
        "4417",
        [
            (date(2026, 11, 19), "8600.00", "WIRE TRANSFER FROM J MORALES"),
            (date(2026, 11, 20), "-8450.00", "WIRE TRANSFER TO L CHEN"),
            (date(2026, 11, 24), "-9500.00", "WIRE TRANSFER TO M KOWALSKI"),
            (date(2026, 11, 27), "-9650.00", "WIRE TRANSFER TO M KOWALSKI"),
        ],
    )
    shown: dict[str, set[str]] = {}
    for batch in table_batches(store):
        for row in batch.rows:
            _id, account, _posted, _time, _amount, _cur, payee, memo, merchant, _cat = row
            name = batch.payee_names.name(merchant, account, payee, memo)
            shown.setdefault(payee, set()).add(name)
    assert shown == {
        "WIRE TRANSFER FROM J MORALES": {"Payment from Morales"},
        "WIRE TRANSFER TO L CHEN": {"Payment to Chen"},
        "WIRE TRANSFER TO M KOWALSKI": {"Payment to Kowalski"},
    }
