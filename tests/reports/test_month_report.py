"""``finapp report`` reads one month's sums; every month of a varied household reports what the
dashboard's reports over the whole history give for that month."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest

from bench.realistic_statements import write_statements
from finapp.core.budgets import next_month
from finapp.core.money import from_minor
from finapp.services import reports
from finapp.services.imports import import_files
from finapp.services.month_report import CategoryAmount, Total, month_report
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key


def _from_history(
    store: Store, month: date
) -> tuple[list[Total], list[CategoryAmount], list[CategoryAmount]]:
    """Totals, categories and subscription cost of ``month`` in the whole history's reports."""
    key = month.strftime("%Y-%m")
    totals = [m for m in reports.income_vs_expenses(store) if m.month == key]
    spent = [s for s in reports.spending_by_category(store, depth=None) if s.month == key]
    subs = [c for c in reports.subscription_cost(store) if c.month == key]
    return (
        [
            Total(
                r.currency,
                from_minor(r.income_minor, r.currency),
                from_minor(r.expenses_minor, r.currency),
                from_minor(r.net_minor, r.currency),
            )
            for r in totals
        ],
        [
            CategoryAmount(s.category, s.currency, from_minor(s.amount_minor, s.currency))
            for s in spent
        ],
        [
            CategoryAmount("Subscriptions", c.currency, from_minor(c.amount_minor, c.currency))
            for c in subs
        ],
    )


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("household")
    store = open_store(folder / "data", key=StoreKey.from_raw(new_raw_key()))
    statement = write_statements(folder / "household.ofx", 8_000, seed=11)
    assert import_files(store, [statement]).new == 8_000
    yield store
    store.close()


def test_every_month_reports_what_the_whole_history_gives(household: Store) -> None:
    span = reports.data_span(household, date(2026, 11, 30))
    assert span is not None
    month, months = span.first_month, 0
    while month <= next_month(span.latest_month):  # and one month past the data: empty
        report = month_report(household, month, as_of=date(2026, 11, 30))
        totals, categories, subscriptions = _from_history(household, month)
        assert (report.month, report.totals, report.subscriptions) == (
            month.strftime("%Y-%m"),
            totals,
            subscriptions,
        )
        # spent most first; equal amounts (whose order numpy's sort did not fix) by name
        assert [c.amount for c in report.categories] == [c.amount for c in categories]
        assert report.categories == sorted(
            categories, key=lambda c: (-c.amount, c.category, c.currency)
        )
        month, months = next_month(month), months + 1
    assert months >= 13
    latest = month_report(household, as_of=date(2026, 11, 30))
    assert {t.currency for t in latest.totals} == {"USD", "CNY"}
    assert latest.subscriptions and len(latest.categories) > 10


def test_the_report_command_does_not_load_pandas() -> None:
    probe = (
        "import sys; import finapp.cli.commands.report_cmd; "
        "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
