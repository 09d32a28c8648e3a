"""Undoing an import takes what followed from it: alerts, transfer pairs, new accounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from finapp.services.import_undo import undo_import, undo_imports
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.importers.helpers import counts
from tests.importers.ofxgen import Line, statement_ofx

AS_OF = date(2026, 3, 20)


def _groceries(day: int, amount: str, fitid: str) -> Line:
    return Line(date(2026, 3, day), amount, "WHOLEFDS MKT #10234", fitid)


def test_undo_removes_the_alerts_the_import_raised_and_keeps_the_older_ones(store, write):
    set_budget(store, "Food:Groceries", Decimal("100"))
    first = write("march-1.ofx", statement_ofx([_groceries(2, "-85.00", "A1")]))
    import_files(store, [first])
    before = {a.id for a in evaluate_alerts(store, AS_OF)}
    assert before, "85 of a 100 budget is past the 80% threshold"

    second = write("march-2.ofx", statement_ofx([_groceries(9, "-40.00", "A2")]))
    (added,) = import_files(store, [second]).files
    raised = evaluate_alerts(store, AS_OF)
    assert raised, "125 of 100 crosses the 100% threshold"

    result = undo_imports(store, [added.batch_id], today=AS_OF)
    assert (result.removed, result.alerts_removed) == (1, len(raised))
    assert {a.id for a in list_alerts(store, include_closed=True)} == before
    assert [t.amount for t in list_transactions(store)] == [Decimal("-85.00")]


def test_undo_unpairs_the_transfer_and_removes_the_account_it_created(store, write):
    checking = write(
        "checking.ofx",
        statement_ofx(
            [Line(date(2026, 3, 5), "-500.00", "ONLINE TRANSFER TO SAVINGS 4321", "C1")],
            account="111222333",
        ),
    )
    savings = write(
        "savings.ofx",
        statement_ofx(
            [Line(date(2026, 3, 5), "500.00", "ONLINE TRANSFER FROM CHECKING 2333", "S1")],
            account="444555666",
        ),
    )
    import_files(store, [checking])
    (added,) = import_files(store, [savings]).files
    assert all(t.is_transfer for t in list_transactions(store))

    result = undo_import(store)
    assert result.batch_ids == (added.batch_id,) and result.accounts_removed == 1
    (left,) = list_transactions(store)
    assert left.amount == Decimal("-500.00") and not left.is_transfer
    assert counts(store)[0] == 1
