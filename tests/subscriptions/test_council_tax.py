"""A British council's direct debit is its council tax: ten instalments a year, April to January,
one bill whatever the new year's amount.

A Manchester family's Nationwide FlexDirect export prints the council's name alone ("MANCHESTER
CITY COUNCIL", "Direct debit"); no word says tax. The two months without a charge each year
had split it into a bill that "stopped" in January and a new one costing 12 instalments a year
(2,164.32 instead of 1,803.60), and the April rise was never told. Its ISA standing order is
savings, not a 3,000-a-year subscription.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.stream_groups import BILLS, TRANSFERS
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.store.engine import Store
from tests.uk_statements import nationwide_csv


def _nationwide(folder: Path) -> Path:
    lines = []
    for year, month in [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 11)]:
        lines += [
            (date(year, month, 2), "Standing order", "TRADING 212 ISA HUGHES ISA", "-250.00"),
            (date(year, month, 25), "Bank credit", "ACME LOGISTICS LTD SALARY", "2850.00"),
        ]
        if month not in (2, 3):
            council = "-171.20" if (year, month) < (2026, 4) else "-180.36"
            lines.append((date(year, month, 1), "Direct debit", "MANCHESTER CITY COUNCIL", council))
    return nationwide_csv(folder, lines, opening="2500.00")


def test_the_council_tax_is_one_bill_of_ten_instalments(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_nationwide(tmp_path)]).failed
    as_of = date(2026, 10, 31)
    placed = {p.view.name: p for p in place(store, subs.list_subscriptions(store, as_of), as_of)}
    council = placed["Manchester City Council"]
    bill = council.view
    assert (council.group, bill.status, bill.months_off) == (BILLS, "active", (2, 3))
    assert bill.annual_cost == Decimal("1803.60")
    assert [(c.old, c.new) for c in bill.price_changes] == [(Decimal("171.20"), Decimal("180.36"))]
    assert bill.next_date == date(2026, 11, 1)
    isa = [p for name, p in placed.items() if "Isa" in name or "ISA" in name]
    assert [p.group for p in isa] == [TRANSFERS]
