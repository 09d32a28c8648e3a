"""``finapp report`` reads one month's sums; every month of a varied household reports what the
dashboard's reports over the whole history give for that month, and the subscription cost the
Subscriptions page's own groups give it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from bench.realistic_statements import write_statements
from finapp.core.budgets import next_month
from finapp.core.money import from_minor
from finapp.core.subscription_states import SPENDING_KINDS, UserState
from finapp.services import reports
from finapp.services.imports import import_files
from finapp.services.month_report import CategoryAmount, Total, month_report
from finapp.services.opening import open_store
from finapp.services.subscription_groups import group_kinds
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from finapp.store.schema import Subscription, SubscriptionMember, Transaction


def _from_history(
    store: Store, month: date
) -> tuple[list[Total], list[CategoryAmount], list[CategoryAmount]]:
    """Totals, categories and subscription cost of ``month`` in the whole history's reports."""
    key = month.strftime("%Y-%m")
    totals = [m for m in reports.income_vs_expenses(store) if m.month == key]
    spent = [s for s in reports.spending_by_category(store, depth=None) if s.month == key]
    subs = _paid_to_streams(store, key)
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
            CategoryAmount("Subscriptions", currency, from_minor(amount, currency))
            for currency, amount in sorted(subs.items())
        ],
    )


def _paid_to_streams(store: Store, month: str) -> dict[str, int]:
    """What the month's lines of every subscription and bill on the Subscriptions page (not
    dismissed) took, per currency, as the page's groups say (regular spending, income and
    transfers are none)."""
    with store.read() as session:
        spending = {
            sub_id for sub_id, kind in group_kinds(session).items() if kind in SPENDING_KINDS
        }
        dismissed = set(
            session.scalars(
                select(Subscription.id).where(Subscription.user_state == UserState.DISMISSED)
            )
        )
        lines = session.execute(
            select(SubscriptionMember.subscription_id, Transaction.posted, Transaction.currency,
                   Transaction.amount_minor, Transaction.is_transfer)
            .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
        ).all()  # fmt: skip
    paid: dict[str, int] = {}
    for sub_id, posted, currency, amount, transfer in lines:
        counted = sub_id in spending and sub_id not in dismissed and not transfer
        if counted and f"{posted:%Y-%m}" == month:
            paid[currency] = paid.get(currency, 0) - amount
    return paid


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
