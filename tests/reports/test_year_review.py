"""The year in review over a realistic household of two calendar years (October 2025 to
October 2026: checking, savings, a card and a yuan account, transfers between them, salaries,
subscriptions with price increases): a year is the sum of its month reports, its purchases are
spending, and its converted figures name what had no rate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from bench.realistic_statements import write_statements
from finapp.core.budgets import next_month
from finapp.core.money import to_minor
from finapp.services import subscriptions as subs
from finapp.services.categories import category_paths
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.net_worth import net_worth
from finapp.services.opening import open_store
from finapp.services.payee_names import StoreNames
from finapp.services.rates import set_rate
from finapp.services.subscription_audit import annual_review
from finapp.services.transactions import list_transactions
from finapp.services.year_review import YearReview, year_review, years_with_data
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from finapp.store.schema import Category

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The household, with a yuan rate from June 2026 (none in force at the end of 2025) and
    Spotify cancelled on 20 November 2026, after its last charge (the 12th): a cancellation
    that held, whose saving the review claims (one that charged again claims none:
    tests/alerts/test_charged_after_cancelling_off_schedule.py)."""
    folder = tmp_path_factory.mktemp("household")
    store = open_store(folder / "data", key=StoreKey.from_raw(new_raw_key()))
    statement = write_statements(folder / "household.ofx", 8_000, seed=11)
    assert import_files(store, [statement]).new == 8_000
    set_rate(store, "CNY", "0.14", date(2026, 6, 30))
    spotify = next(v for v in subs.stored_subscriptions(store) if v.name == "Spotify")
    subs.cancel(store, spotify.id, date(2026, 11, 20))
    yield store
    store.close()


@pytest.fixture(scope="module")
def reviews(household: Store) -> dict[int, YearReview]:
    return {year: year_review(household, year) for year in (2025, 2026)}


def test_the_years_are_those_the_data_covers(household: Store) -> None:
    assert years_with_data(household, AS_OF) == [2026, 2025]


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_year_is_the_sum_of_its_month_reports(
    household: Store, reviews: dict[int, YearReview], year: int
) -> None:
    review = reviews[year]
    income: dict[str, Decimal] = defaultdict(Decimal)
    expenses: dict[str, Decimal] = defaultdict(Decimal)
    spent: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    paid: dict[str, Decimal] = defaultdict(Decimal)
    month = date(year, 1, 1)
    for figures in review.months:
        report = month_report(household, month, as_of=AS_OF)
        assert figures.month == report.month
        assert list(figures.totals) == report.totals  # transfers count in neither
        for total in report.totals:
            income[total.currency] += total.income
            expenses[total.currency] += total.expenses
        for item in report.categories:
            spent[item.category, item.currency] += item.amount
        for item in report.subscriptions:
            paid[item.currency] += item.amount
        month = next_month(month)
    assert {t.currency: (t.income, t.expenses, t.net) for t in review.totals} == {
        code: (income[code], expenses[code], income[code] - expenses[code]) for code in income
    }
    assert {(c.category, c.currency): c.amount for c in review.categories} == {
        key: amount for key, amount in spent.items() if amount
    } | {(c.category, c.currency): c.amount for c in review.categories if not c.amount}
    assert {c.currency: c.amount for c in review.subscriptions_paid} == dict(paid)
    amounts = [c.amount for c in review.categories]
    assert amounts == sorted(amounts, reverse=True)


def test_the_data_of_a_partial_year_is_said(reviews: dict[int, YearReview]) -> None:
    assert (reviews[2025].first_month, reviews[2025].last_month) == ("2025-10", "2025-12")
    assert (reviews[2026].first_month, reviews[2026].last_month) == ("2026-01", "2026-10")
    assert not reviews[2025].months[0].totals  # January 2025: nothing yet


def test_totals_are_converted_at_the_years_last_rate_and_a_currency_without_one_is_named(
    reviews: dict[int, YearReview],
) -> None:
    # the yuan rate starts in June 2026: 2025 has none on 31 December, 2026 uses it
    old, new = reviews[2025], reviews[2026]
    assert old.currency == new.currency == "USD"
    assert old.missing == ["CNY"] and not old.converted.converted
    usd = next(t for t in old.totals if t.currency == "USD")
    assert (old.converted.income.amount, old.converted.spending.amount) == (
        usd.income,
        usd.expenses,
    )
    assert new.missing == [] and new.converted.converted
    cny = next(t for t in new.totals if t.currency == "CNY")
    usd = next(t for t in new.totals if t.currency == "USD")
    assert new.converted.income.amount == usd.income + (cny.income * Decimal("0.14")).quantize(
        Decimal("0.01")
    )
    # the months at the same rates add up to the year
    assert sum(m.income.minor for m in new.months) == new.converted.income.minor
    assert sum(m.spending.minor for m in new.months) == new.converted.spending.minor
    assert sum(c.spent.minor for c in new.by_category) == new.converted.spending.minor


def test_the_savings_rate_is_what_was_kept_of_income(reviews: dict[int, YearReview]) -> None:
    review = reviews[2026]
    income, spending = review.converted.income.minor, review.converted.spending.minor
    expected = (Decimal(income - spending) * 100 / income).quantize(Decimal("0.1"))
    assert review.savings_rate == expected
    # 2025 had no yuan rate on 31 December: a rate over the dollars alone is not the year's
    assert [t.currency for t in reviews[2025].left_out] == ["CNY"]
    assert reviews[2025].savings_rate is None


def test_the_largest_purchases_are_the_years_ten_largest_spending_lines(
    household: Store, reviews: dict[int, YearReview]
) -> None:
    with household.read() as session:
        paths = category_paths(session)
        not_spending = {
            paths[i]
            for i, kind in session.execute(select(Category.id, Category.kind))
            if kind in ("income", "transfer")
        }
    lines = list_transactions(household, since=date(2026, 1, 1), until=date(2026, 12, 31))
    spending = [
        t for t in lines if t.amount < 0 and not t.is_transfer and t.category not in not_spending
    ]
    rate = {"USD": Decimal(1), "CNY": Decimal("0.14")}
    value = {t.id: to_minor(-t.amount * rate[t.currency], "USD") for t in spending}
    expected = sorted(spending, key=lambda t: (-value[t.id], t.date, t.id))[:10]
    largest = reviews[2026].largest
    assert [(p.id, p.converted.minor) for p in largest] == [(t.id, value[t.id]) for t in expected]
    assert {p.currency for p in largest} == {"USD"}  # the dollars' mortgage and rent lead
    with household.read() as session:  # each named as the app names the line everywhere
        shown = [StoreNames(session).of_line(t.id) for t in expected]
    assert [(p.payee, p.amount) for p in largest] == [
        (n, -t.amount) for n, t in zip(shown, expected, strict=True)
    ]
    assert all(
        name != t.payee for name, t in zip(shown, expected, strict=True) if t.payee.isupper()
    )


def test_subscriptions_started_cancelled_and_price_increases(
    household: Store, reviews: dict[int, YearReview]
) -> None:
    new = reviews[2026]
    assert [(c.name, c.on) for c in new.cancelled] == [("Spotify", date(2026, 11, 20))]
    audit = annual_review(household, 2026)
    assert new.cancelled[0].per_year == Decimal("143.88")  # its latest charge: 11.99 a month
    assert audit.saved_per_year == {"USD": 14388}
    assert [(i.name, i.on, i.extra_per_year) for i in new.increases] == [
        (i.name, i.date, Decimal(i.extra_annual_minor) / 100) for i in audit.increases
    ]
    assert any(i.name == "Netflix" and (i.old, i.new) == (Decimal("15.49"), Decimal("17.99"))
               for i in new.increases)  # fmt: skip
    # every stream was running when the statements begin (October 2025): none is said to have
    # started, though each first shows then
    assert not new.started and not reviews[2025].started


def test_net_worth_change_runs_from_the_previous_december_or_the_first_month_known(
    household: Store, reviews: dict[int, YearReview]
) -> None:
    months = {m.month_end: m.total for m in net_worth(household).months}
    new = reviews[2026].net_worth
    assert new is not None
    assert (new.start.month_end, new.end.month_end) == (date(2025, 12, 31), date(2026, 10, 31))
    assert not new.whole_year  # the statements end in October
    assert new.change.minor == months[date(2026, 10, 31)].minor - months[date(2025, 12, 31)].minor
    old = reviews[2025].net_worth
    assert old is not None
    assert old.start.month_end == min(months) and old.end.month_end == date(2025, 12, 31)
