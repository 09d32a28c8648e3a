"""A store from before exchange rates (schema 4) opens with its lines intact and takes rates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from finapp.services.imports import import_files
from finapp.store.engine import Store
from finapp.store.schema import ExchangeRate, Transaction
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.old_schemas import undo_schema_5, upgraded


def test_a_schema_4_store_upgrades_keeping_its_lines_and_keeps_rates(
    store: Store, tmp_path: Path
) -> None:
    lines = [Line(date(2025, 3, 1), "-15.49", "NETFLIX.COM 866-579-7172 CA", "N1")]
    (tmp_path / "march.qfx").write_text(statement_ofx(lines, account="000004321"), "ascii")
    assert import_files(store, [tmp_path / "march.qfx"]).new == 1
    with upgraded(store, undo_schema_5, PASSPHRASE) as reopened:
        with reopened.write() as session:
            assert session.scalar(select(func.count(Transaction.id))) == 1
            session.add(ExchangeRate(currency="EUR", base="USD", rate="1.0561",
                                     as_of=date(2025, 3, 3), source="entered"))  # fmt: skip
        with reopened.read() as session:
            assert session.scalars(select(ExchangeRate.rate)).all() == ["1.0561"]
