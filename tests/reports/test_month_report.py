"""``finapp report`` reads one month's sums without pandas; every month of a varied household
reports what the dashboard's frames (the report's former path) give for that month."""

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


def _former(
    store: Store, month: date
) -> tuple[list[Total], list[CategoryAmount], list[CategoryAmount]]:
    """Totals, categories and subscription cost as the report read them from the frames."""
    key = month.strftime("%Y-%m")
    totals = reports.income_vs_expenses(store)
    totals = totals[totals["month"] == key]
    spent = reports.spending_by_category(store, depth=None)
    spent = spent[spent["month"] == key].sort_values("amount_minor", ascending=False)
    subs = reports.subscription_cost(store)
    subs = subs[subs["month"] == key]
    return (
        [
            Total(
                r.currency,
                from_minor(int(r.income_minor), r.currency),
                from_minor(int(r.expenses_minor), r.currency),
                from_minor(int(r.net_minor), r.currency),
            )
            for r in totals.itertuples()
        ],
        [
            CategoryAmount(r.category, r.currency, from_minor(int(r.amount_minor), r.currency))
            for r in spent.itertuples()
        ],
        [
            CategoryAmount("Subscriptions", r.currency, from_minor(int(r.amount_minor), r.currency))
            for r in subs.itertuples()
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


def test_every_month_reports_what_the_frames_give(household: Store) -> None:
    span = reports.data_span(household, date(2026, 11, 30))
    assert span is not None
    month, months = span.first_month, 0
    while month <= next_month(span.latest_month):  # and one month past the data: empty
        report = month_report(household, month, as_of=date(2026, 11, 30))
        totals, categories, subscriptions = _former(household, month)
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
