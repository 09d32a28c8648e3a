"""The Millers of Columbus, Ohio (:mod:`tests.households.us_family`): fourteen months imported
month by month as they download them, each download overlapping the last, and what finapp
says after each one compared with what happened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest

from finapp.importers.csv.profiles import profile_named
from finapp.services import alerts as alert_service
from finapp.services import subscriptions as subs
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import new_passphrase_store
from tests.households import us_family as us

#: the account each of the family's downloads goes into
ACCOUNT_NAMES = {
    "chase": "Chase …4417",
    "sapphire": "Chase Credit Card …9921",
    "amex": "American Express Credit Card",
    "cu": "Kemba Financial Credit Union …0010",
    "venmo": "Venmo",
}


@dataclass
class Month:
    """What finapp said after one month's downloads, and what was true."""

    day: date
    stored: dict[str, Counter[tuple[date, Decimal]]]
    truth: dict[str, Counter[tuple[date, Decimal]]]
    balances: dict[str, Decimal | None]
    true_balances: dict[str, Decimal]
    reports: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    alerts: list[str] = field(default_factory=list)


def _import_month(store: Store, downloads: list[us.Download]) -> None:
    """Each file as the family imports it. Amex's first download has no payment in it yet, so
    every amount is positive and finapp asks how to read it: the family chooses the
    American Express profile, as the refusal suggests."""
    for download in downloads:
        result = import_files(store, [download.path])
        if result.failed and download.account == "amex":
            result = import_files(store, [download.path], profile=profile_named("American Express"))
        assert not result.failed, (download.path.name, result.failed)


def _disney(store: Store, day: date) -> subs.SubscriptionView:
    (disney,) = [s for s in subs.list_subscriptions(store, as_of=day) if "Disney" in s.name]
    return disney


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Month]]]:
    """The family's store after each month's downloads, and what was seen after each."""
    folder = tmp_path_factory.mktemp("millers")
    family = us.build()
    us.write_truth(folder / "truth.tsv", family)
    store = new_passphrase_store(folder / "data")
    covered: dict[str, tuple[date, date]] = {}
    seen = []
    for n, day in enumerate(us.download_days()):
        downloads = us.write_month(folder / "downloads", family, n)
        _import_month(store, downloads)
        for d in downloads:
            start, end = covered.get(d.account, (d.start, d.end))
            covered[d.account] = (min(start, d.start), max(end, d.end))
        if day == date(2026, 7, 9):  # June's statements show Disney+, cancelled on 06-25
            subs.cancel(store, _disney(store, day).id, on=us.DISNEY_CANCELLED)
        seen.append(_month_seen(store, family, covered, day))
    yield store, seen
    store.close()


def _month_seen(
    store: Store,
    family: us.Family,
    covered: dict[str, tuple[date, date]],
    day: date,
) -> Month:
    stored: dict[str, Counter[tuple[date, Decimal]]] = {name: Counter() for name in covered}
    names = {v: k for k, v in ACCOUNT_NAMES.items()}
    for t in list_transactions(store):
        stored.setdefault(names.get(t.account, t.account), Counter())[(t.date, t.amount)] += 1
    truth = {
        a: Counter((ln.day, ln.amount) for ln in family.of(a) if s <= ln.on <= e)
        for a, (s, e) in covered.items()
    }
    balances = {names.get(a.name, a.name): a.balance for a in list_accounts(store)}
    true_balances = {
        a: us.OPENING[a] + sum((ln.amount for ln in family.of(a) if ln.on <= e), Decimal(0))
        for a, (_, e) in covered.items()
        if a in us.OPENING
    }
    month = Month(day, stored, truth, balances, true_balances)
    complete = min(e for _, e in covered.values())
    for y, m in us.MONTHS:
        if us.month_end(y, m) <= complete:
            (totals,) = month_report(store, date(y, m, 1), as_of=day).totals
            month.reports[f"{y}-{m:02d}"] = (totals.income, totals.expenses)
    alert_service.evaluate_alerts(store, as_of=day)
    month.alerts = [a.message for a in alert_service.list_alerts(store, as_of=day)]
    return month


def test_every_download_adds_what_it_holds_once(year: tuple[Store, list[Month]]) -> None:
    """Nothing lost, nothing doubled after any month: the lines each account holds are those
    of the days its downloads covered (the two 6.45 coffees of 2026-04-14 stay two), and Amex's
    short download, read by the profile the first time, goes on into that card."""
    _, months = year
    for month in months:
        assert month.stored == month.truth, month.day
    assert months[-1].stored["sapphire"][(date(2026, 4, 14), Decimal("-6.45"))] == 2
    assert set(months[-1].stored) == set(ACCOUNT_NAMES)


def test_balances_are_the_banks_after_each_month(year: tuple[Store, list[Month]]) -> None:
    """Each account's balance as its bank states it; and no statement is missing, though
    Venmo, quiet for weeks, states no period (its balances carry on from one to the next)."""
    store, months = year
    for month in months:
        for account, balance in month.true_balances.items():
            assert month.balances[account] == balance, (month.day, account)
    assert {a.name: a.gaps for a in list_accounts(store)} == {
        name: () for name in ACCOUNT_NAMES.values()
    }


def test_each_months_income_and_spending_are_the_familys(year: tuple[Store, list[Month]]) -> None:
    """Card payments (``AUTOMATIC PAYMENT - THANK``, ``Payment Thank You-Mobile``, Amex paid
    from the credit union) and Venmo top-ups move the family's own money: counted as spending
    as well as the charges they pay, a month read about 400-600 over. The Amazon order returned
    in February lowers February's spending."""
    _, months = year
    truth = us.month_truth(us.build())
    for month in months:
        assert month.reports == {k: truth[k] for k in month.reports}, month.day
    assert len(months[-1].reports) == len(us.MONTHS)


def test_the_subscriptions_and_bills_found_are_the_familys(year: tuple[Store, list[Month]]) -> None:
    """The day after the last downloads and a month later: each subscription and bill with its
    cadence, latest amount and next charge; Netflix's rise; Disney+ charged after cancelling."""
    store, months = year
    after = date(2026, 12, 5)
    found = {s.name: s for s in subs.list_subscriptions(store, as_of=after)}
    wanted = {
        "Netflix": ("monthly", "-17.99", date(2026, 12, 12)),
        "Spotify": ("monthly", "-16.99", date(2026, 12, 3)),
        "Spectrum": ("monthly", "-79.99", date(2026, 12, 9)),
        "Peloton": ("monthly", "-12.99", date(2026, 12, 27)),
        "Verizon Wireless": ("monthly", "-147.87", date(2026, 12, 18)),
        "Rocket Mortgage": ("monthly", "-1846.32", date(2026, 12, 1)),
        "Zelle to Emma Miller": ("monthly", "-850.00", date(2026, 12, 1)),
        "Columbia Gas": ("monthly", None, date(2026, 12, 14)),
        "Planet Fitness": ("annual", "-49.00", date(2027, 11, 15)),
    }
    for name, (cadence, amount, next_date) in wanted.items():
        sub = found[name]
        assert sub.cadence == cadence, name
        assert amount is None or sub.amount == Decimal(amount), name
        assert sub.next_date == next_date, name
    assert [(c.old, c.new) for c in found["Netflix"].price_changes] == [
        (Decimal("15.49"), Decimal("17.99"))
    ]
    month_later = after + timedelta(days=31)
    later = {s.name: s for s in subs.list_subscriptions(store, as_of=month_later)}
    assert subs.upcoming_renewal(later["Netflix"], month_later) == date(2027, 1, 12)
    # the mortgage of 2027-01-01 is past, but no statement since 2026-11-30 says it was paid
    mortgage = later["Rocket Mortgage"]
    assert subs.upcoming_renewal(mortgage, month_later) == date(2027, 1, 1)
    assert subs.after_statements(mortgage, date(2027, 1, 1), month_later)
    assert subs.upcoming_renewal(later["Planet Fitness"], month_later) == date(2027, 11, 15)
    disney = _disney(store, after)
    assert disney.cancelled_on == us.DISNEY_CANCELLED
    assert len(disney.charged_after_cancel) == 1
    august = next(m for m in months if m.day == date(2026, 8, 15))
    assert any("Disney+" in a and "after you cancelled" in a for a in august.alerts)
