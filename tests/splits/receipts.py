"""A March of one checking account with a supermarket receipt the user splits: −120.00, of
which −80.00 groceries and −40.00 household goods; a salary and a corner grocer beside it.

The statement is written as a bank writes it, without FITIDs (lines are told apart by day,
amount and payee), and imported through the real import service.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.splits import SplitPart, set_splits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.importers.ofxgen import Line, statement_ofx

GROCERIES, HOUSEHOLD, SALARY = "Food:Groceries", "Shopping:Household", "Income:Salary"
RECEIPT = "PIKE STREET PROVISIONS 42 SEATTLE WA"
MARCH = date(2026, 3, 1)

_LINES = (
    Line(date(2026, 3, 2), "2500.00", "ACME CORP PAYROLL"),
    Line(date(2026, 3, 5), "-120.00", RECEIPT),
    Line(date(2026, 3, 12), "-30.00", "CORNER GROCER"),
)
#: the same receipt twice on one day (bought again at the till): the second stays whole
_TWIN = Line(date(2026, 3, 5), "-120.00", RECEIPT)


def march_statement(folder: Path, *, twin: bool = False) -> Path:
    """The month's statement, with the receipt's twin when ``twin``."""
    lines = [*_LINES, _TWIN] if twin else list(_LINES)
    text = statement_ofx([_no_fitid(x) for x in lines])
    # the statement's period is the whole month, as a bank's monthly statement says
    text = text.replace("<DTSTART>20260302", "<DTSTART>20260301")
    text = text.replace("<DTEND>20260312", "<DTEND>20260331")
    path = folder / "march.ofx"
    path.write_text(text, encoding="ascii")
    return path


def _no_fitid(line: Line) -> Line:
    return Line(line.posted, line.amount, line.payee, None)


def split_receipt(store: Store, folder: Path, *, twin: bool = False) -> int:
    """March imported and filed: salary, grocer in Groceries, the (first) receipt split −80.00
    groceries, −40.00 household, its twin in Groceries. Returns the split receipt's id."""
    assert not import_files(store, [march_statement(folder, twin=twin)]).failed
    lines = list_transactions(store)
    by_payee = {t.payee: t.id for t in reversed(lines)}  # the first line of a payee
    set_category(store, by_payee["ACME CORP PAYROLL"], SALARY)
    set_category(store, by_payee["CORNER GROCER"], GROCERIES)
    receipts = [t.id for t in lines if t.payee == RECEIPT]
    for other in receipts[1:]:
        set_category(store, other, GROCERIES)
    parts = [SplitPart(GROCERIES, Decimal("-80.00")), SplitPart(HOUSEHOLD, Decimal("-40.00"))]
    set_splits(store, receipts[0], parts)
    return receipts[0]
