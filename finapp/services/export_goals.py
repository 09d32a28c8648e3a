"""Savings goals brought back from an export when its transactions are imported again.

Goals name their accounts, which exist again only once the export's ``transactions.csv`` is
imported; so the import (:mod:`finapp.services.export_restore`) calls this, not the export.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import exact_minor
from finapp.importers.finapp_export_files import cell, export_rows
from finapp.services.export_tables import GOAL_ACCOUNTS_SEPARATOR
from finapp.store.schema import Account, Goal, GoalAccount

GOALS_FILE = "goals.csv"


def _restored_goal(row: dict[str, str], accounts: dict[str, Account]) -> Goal | None:
    """The goal of one ``goals.csv`` row; None when one of its accounts is not in the store."""
    names = row["accounts"].split(GOAL_ACCOUNTS_SEPARATOR)
    if not all(name in accounts for name in names):
        return None
    currency = row["currency"]
    return Goal(
        name=row["name"],
        target_minor=exact_minor(Decimal(row["target"]), currency),
        currency=currency,
        target_date=date.fromisoformat(row["target_date"]),
        created_on=date.fromisoformat(row["created_on"]),
        accounts=[GoalAccount(account_id=accounts[name].id) for name in names],
    )


def restore_goals(session: Session, folder: Path) -> int:
    """Bring back the savings goals of the export in ``folder`` when its ``transactions.csv``
    is imported (which brings their accounts back); returns how many were added.

    ``goals.csv`` is checked against the manifest like the transactions, and a damaged row
    refuses the import. A goal whose name is already taken, or one of whose accounts is not in
    the store, is left out.
    """
    accounts = {a.name: a for a in session.scalars(select(Account))}
    taken = set(session.scalars(select(Goal.name)))
    added = 0
    for row in export_rows(folder, GOALS_FILE):  # goals.json in an export written as JSON
        goal = cell(folder, GOALS_FILE, row, partial(_restored_goal, accounts=accounts))
        if goal is not None and goal.name not in taken:
            session.add(goal)
            taken.add(goal.name)
            added += 1
    return added
