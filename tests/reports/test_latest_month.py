"""``finapp report`` without ``--month`` reports the latest month with data (issue 14, item 3).

Statements ending 31 October, read in November, are about October: a report of the calendar's
month would be empty.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import reports
from finapp.store.engine import Store
from tests.conftest import new_passphrase_store
from tests.helpers import run_cli
from tests.subscriptions.two_years import END, import_household


def test_data_span_ends_where_the_statements_end(store: Store) -> None:
    assert reports.data_span(store) is None
    import_household(store)
    span = reports.data_span(store, date(2026, 11, 30))
    assert span is not None
    assert (span.first_month, span.until, span.latest_month) == (
        date(2024, 11, 1),
        END,
        date(2026, 10, 1),
    )
    # asked in the middle of the history, the data goes as far as that day
    assert reports.data_span(store, date(2025, 6, 15)).until == date(2025, 6, 15)  # type: ignore[union-attr]


def test_report_defaults_to_the_latest_month_with_data(store: Store) -> None:
    import_household(store)
    report = reports.month_report(store, as_of=date(2026, 11, 30))
    assert (report.month, report.data_until) == ("2026-10", END)
    (usd,) = [t for t in report.totals if t.currency == "USD"]
    assert usd.income > Decimal("5000") and usd.expenses > Decimal("1000")
    assert reports.month_report(store, date(2026, 10, 1)) == report


def test_cli_report_without_month_names_the_month_and_how_far_data_goes(data_dir: Path) -> None:
    opened = new_passphrase_store(data_dir)
    try:
        import_household(opened)
    finally:
        opened.close()
    # run on a day after 31 October 2026, where the household's statements end
    proc = run_cli(data_dir, "report", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["month"], report["data_until"]) == ("2026-10", "2026-10-31")
    assert any(t["currency"] == "USD" and t["income"] != "0.00" for t in report["totals"])
    text = run_cli(data_dir, "report").stdout
    assert text.startswith("Month 2026-10 (data up to 2026-10-31)")
