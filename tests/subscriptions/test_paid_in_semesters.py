"""A wage paid every second Friday during the semesters only is one income, paused in summer.

A graduate student's campus job at the University of Michigan pays every second Friday from
January to April and from September on, nothing over the summer: 412.50 in spring 2025, 437.25
since September 2025, and again from 4 September 2026. The app listed it "inactive, lapsed,
412.50": the 2025 spring was a stream, the rest a same-amount group whose runs are too short to
be most of it. Each September's first payday falls on the fortnightly beat of April's last, so
it is one biweekly income, active at its latest 437.25, whose year is the 17 paydays it holds.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.forecast import forecast
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.helpers import run_cli

AS_OF = date(2026, 11, 16)
PAYROLL = "UNIV OF MICHIGAN DES:PAYROLL ID:XXXXX77120 INDN:LI,XIAOYU CO ID:XXXXX10044 PPD"
SUMMER = (5, 6, 7, 8)


def _paydays(first: date, last: date) -> list[date]:
    """Every second Friday from ``first``, the summer months left out."""
    days = [first + timedelta(days=14 * n) for n in range((last - first).days // 14 + 1)]
    return [d for d in days if d.month not in SUMMER]


def _student_checking() -> list[Entry]:
    out = [
        Entry(d, Decimal("412.50" if d < date(2025, 9, 1) else "437.25"), PAYROLL)
        for d in _paydays(date(2025, 1, 10), date(2026, 11, 13))
    ]
    for month in range(1, 12):
        for year in (2025, 2026):
            rent = "-1485.00" if (year, month) < (2025, 8) else "-1540.00"
            out.append(Entry(date(year, month, 1), Decimal(rent), "AVALON ANN ARBOR DES:WEB PMTS"))
    return out


def test_the_campus_wage_is_one_income_active_at_its_latest_amount(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "boa", _student_checking()))

    (wage,) = [v for v in subs.list_subscriptions(store, AS_OF) if "Michigan" in v.name]

    assert (wage.kind, wage.cadence, wage.status) == ("income", "biweekly", "active")
    assert wage.amount == Decimal("437.25") and wage.next_date == date(2026, 11, 27)
    assert len(wage.transaction_ids) == 31  # every payday, both springs and both autumns
    assert [(p.old, p.new) for p in wage.price_changes] == [(Decimal("412.50"), Decimal("437.25"))]
    assert wage.annual_cost == Decimal("7433.25")  # 17 paydays in the latest year, not 26


def _to_the_summer(until: date) -> list[Entry]:
    """The student's checking account up to ``until``, mid-summer: paydays, rent on the 1st
    and the groceries of late July (the statements reach the summer)."""
    out = [e for e in _student_checking() if e.posted <= until]
    out += [
        Entry(date(year, 7, 28), Decimal("-63.18"), "KROGER #0634 ANN ARBOR MI")
        for year in (2025, 2026)
        if date(year, 7, 28) <= until
    ]
    return sorted(out, key=lambda e: e.posted)


def test_the_summer_break_seen_the_year_before_is_a_pause_not_a_lapse(
    store: Store, tmp_path: Path
) -> None:
    """In July 2026 the last payday was 17 April, as it was 18 April the year before, when the
    wage came back on 5 September: the wage is paused until September, active, next paid on
    4 September 2026 (the fortnightly beat), its year the 17 paydays it holds, and the forecast
    pays it again from then."""
    summer = date(2026, 7, 31)
    import_months(store, write_months(tmp_path / "boa", _to_the_summer(summer)))

    (wage,) = [v for v in subs.list_subscriptions(store, summer) if "Michigan" in v.name]

    assert (wage.kind, wage.cadence, wage.status) == ("income", "biweekly", "active")
    assert wage.next_date == date(2026, 9, 4) and "paused" in wage.flags
    assert "lapsed" not in wage.flags and wage.annual_cost == Decimal("7433.25")
    paydays = [e.date for f in forecast(store, summer, 60) for e in f.events if e.amount > 0]
    assert paydays == [date(2026, 9, 4), date(2026, 9, 18)]  # none in August, then its beat
    table = run_cli(store.data_dir, "subscriptions", "--as-of", summer.isoformat()).stdout
    (line,) = [line for line in table.splitlines() if "Michigan" in line]
    assert "2026-09-04" in line and "paused until September" in line


def test_the_first_summer_is_a_lapse_until_the_wage_comes_back(
    store: Store, tmp_path: Path
) -> None:
    """In July 2025 no break has been seen yet: the wage that stopped in April has lapsed."""
    summer = date(2025, 7, 31)
    import_months(store, write_months(tmp_path / "boa", _to_the_summer(summer)))

    (wage,) = [v for v in subs.list_subscriptions(store, summer) if "Michigan" in v.name]

    assert (wage.status, wage.next_date) == ("inactive", date(2025, 5, 2))
    assert "paused" not in wage.flags
