"""A store from before money health (schema 3) opens with its lines intact and room for the new
facts: no time of day invented for old lines, no limits, no goals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from finapp.services.imports import import_files
from finapp.store.engine import Store
from finapp.store.schema import Account, Goal, GoalAccount, Transaction
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.old_schemas import undo_schema_4, upgraded


def test_a_schema_3_store_upgrades_keeping_every_line_and_inventing_no_times(
    store: Store, tmp_path: Path
) -> None:
    lines = [
        Line(date(2025, 3, 1), "-15.49", "NETFLIX.COM 866-579-7172 CA", "N1"),
        Line(date(2025, 3, 1), "-4.75", "BLUE BOTTLE COFFEE", "C1"),
        Line(date(2025, 3, 1), "-4.75", "BLUE BOTTLE COFFEE", "C2"),
    ]
    (tmp_path / "march.qfx").write_text(statement_ofx(lines, account="000004321"), "ascii")
    assert import_files(store, [tmp_path / "march.qfx"]).new == 3
    with upgraded(store, undo_schema_4, PASSPHRASE) as reopened:
        with reopened.write() as session:
            assert session.scalar(select(func.count(Transaction.id))) == 3
            assert set(session.scalars(select(Transaction.posted_time))) == {None}
            account = session.scalars(select(Account)).one()
            assert account.credit_limit_minor is None
            goal = Goal(name="Holiday", target_minor=200000, currency="USD",
                        target_date=date(2026, 6, 1), created_on=date(2025, 3, 1))  # fmt: skip
            goal.accounts.append(GoalAccount(account_id=account.id))
            session.add(goal)
        with reopened.read() as session:
            assert session.scalar(select(func.count(GoalAccount.goal_id))) == 1
