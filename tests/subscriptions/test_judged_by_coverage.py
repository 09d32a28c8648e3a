"""Subscription status judged as of where each account's statements end (issue 14, item 2).

A household's statements end on 31 October; asked on 30 November, its salary, mortgage, bills,
streaming and savings transfer are simply not imported yet: they stay active, with the renewal
after their last charge, and the monthly total does not drop.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from finapp.demo.model import Household
from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.conftest import MadeStore, new_passphrase_store
from tests.helpers import cli_json, run_cli
from tests.subscriptions.two_years import END, import_household, two_year_household

A_MONTH_LATER = date(2026, 11, 30)


@pytest.fixture
def two_years(made_store: MadeStore) -> Store:
    """A store with the two years' household imported, imported once a process, each test a
    copy."""
    return made_store("two years", lambda store: import_household(store))


def _judged(views: list[subs.SubscriptionView]) -> dict[int, tuple]:
    return {v.id: (v.name, v.status, v.next_date, v.flags) for v in views}


def test_a_month_without_statements_lapses_nothing_and_keeps_the_totals(two_years: Store) -> None:
    store = two_years
    at_end = subs.list_subscriptions(store, END)
    later = subs.list_subscriptions(store, A_MONTH_LATER)

    assert _judged(later) == _judged(at_end)
    assert subs.totals_of(later) == subs.totals_of(at_end)
    assert {t.currency for t in subs.totals_of(later)} == {"CNY", "USD"}  # the Alipay wallet too
    live = [v for v in later if v.status == "active"]
    assert len(live) >= 25
    # only the two services the household really stopped (in 2025 and in May 2026) are lapsed
    lapsed = sorted(v.name for v in later if "lapsed" in v.flags)
    assert lapsed == ["Adobe Creative Cloud", "HelloFresh"]
    payroll = next(v for v in later if v.name == "Salary — Acme")
    assert (payroll.status, payroll.next_date, payroll.covered_until) == (
        "active",
        date(2026, 11, 13),
        END,
    )
    netflix = next(v for v in later if v.name == "Netflix")
    assert netflix.next_date is not None and END < netflix.next_date <= A_MONTH_LATER


def _cancelled_internet(household: Household) -> Household:
    """The household's internet (Comcast, from checking) cancelled after its October bill."""
    statements = tuple(
        dataclasses.replace(
            s,
            transactions=tuple(
                t
                for t in s.transactions
                if not ("COMCAST" in t.payee.upper() and t.posted > date(2026, 10, 31))
            ),
        )
        for s in household.statements
    )
    return dataclasses.replace(household, statements=statements)


def test_each_account_is_judged_by_its_own_statements(store: Store) -> None:
    """Checking downloaded through November, the cards only through October."""
    import_household(
        store,
        _cancelled_internet(two_year_household(months=25)),
        downloaded=lambda account, month: account == "Everyday Checking" or month <= END,
    )
    at_end = {v.id: v for v in subs.list_subscriptions(store, END)}
    views = subs.list_subscriptions(store, date(2026, 12, 31))

    comcast = next(v for v in views if v.name == "Comcast")
    assert comcast.status == "inactive" and "lapsed" in comcast.flags
    assert comcast.covered_until == date(2026, 11, 30)
    cards = [v for v in views if v.account in ("Sapphire Visa", "Costco Citi Visa")]
    live_cards = [v for v in cards if at_end[v.id].status == "active"]
    assert len(live_cards) >= 10  # weekly music lessons, streaming, utilities, card payments
    assert all(v.status == "active" and v.covered_until == END for v in live_cards)
    mortgage = next(v for v in views if v.name == "Rocket Mortgage")
    assert (mortgage.status, mortgage.next_date) == ("active", date(2026, 12, 8))


def test_cli_lists_how_far_each_accounts_statements_go(data_dir: Path) -> None:
    opened = new_passphrase_store(data_dir)
    try:
        import_household(opened)
    finally:
        opened.close()

    listed = cli_json(data_dir, "subscriptions", "--as-of", "2026-11-30")
    spotify_like = [item for item in listed if item["account"] == "Everyday Checking"]
    assert all(item["covered_until"] == "2026-10-31" for item in spotify_like)
    assert not any("lapsed" in item["flags"] for item in spotify_like)

    text = run_cli(data_dir, "subscriptions", "--as-of", "2026-11-30")
    assert text.returncode == 0, text.stderr
    assert "Everyday Checking: statements end 2026-10-31; judged as of that day" in text.stdout
    totals = cli_json(data_dir, "subscriptions", "totals", "--as-of", "2026-11-30")
    assert totals == cli_json(data_dir, "subscriptions", "totals", "--as-of", "2026-10-31")


def test_the_list_shows_renewals_still_to_come_a_month_after_the_statements(
    data_dir: Path,
) -> None:
    """Asked on 30 November with statements to 31 October, no active stream's next renewal is
    a day already past (the bill of 1 November is not imported yet: next is 1 December), and a
    stream that stopped shows none; the table's ``next`` is the JSON's ``upcoming``. (The one
    past day an active stream may show is a renewal of the last few days after the statements
    end, flagged ``after_statements``; see test_due_after_statements.)"""
    opened = new_passphrase_store(data_dir)
    try:
        import_household(opened)
    finally:
        opened.close()
    listed = {i["name"]: i for i in cli_json(data_dir, "subscriptions", "--as-of", "2026-11-30")}
    verizon = listed["Verizon Wireless"]
    # billed on the 1st and drawn on the Monday after a weekend: Sunday 1 November is Monday 2nd
    assert (verizon["next_date"], verizon["upcoming"]) == ("2026-11-02", "2026-12-01")
    active = [i for i in listed.values() if i["status"] == "active"]
    assert len(active) >= 25
    past = [i for i in active if i["upcoming"] < "2026-11-30"]
    # a past day only for a renewal of the last few days after the statements end, said so
    assert all(
        "after_statements" in i["flags"] and "2026-11-25" <= i["upcoming"] > i["covered_until"]
        for i in past
    ), [(i["name"], i["upcoming"], i["flags"]) for i in past]
    stopped = [i for i in listed.values() if "lapsed" in i["flags"]]
    assert stopped and all(i["upcoming"] is None for i in stopped)
    table = run_cli(data_dir, "subscriptions", "--as-of", "2026-11-30").stdout.splitlines()
    header = table[0].split()
    verizon_line = next(line for line in table if "Verizon Wireless" in line)
    assert "2026-12-01" in verizon_line and "2026-11-02" not in verizon_line
    assert header[header.index("next") - 1] == "amount"
    adobe_line = next(line for line in table if "Adobe Creative Cloud" in line)
    assert not any(day in adobe_line for day in ("2025-", "2026-"))


def test_renewals_roll_on_past_where_statements_end_but_a_late_one_stays(two_years: Store) -> None:
    store = two_years
    views = subs.list_subscriptions(store, A_MONTH_LATER)
    verizon = next(v for v in views if v.name == "Verizon Wireless")
    # billed on the 1st, drawn on the Monday after a weekend (2 February, 3 August): Sunday
    # 1 November's bill is drawn on Monday the 2nd
    assert (verizon.next_date, verizon.covered_until) == (date(2026, 11, 2), END)
    # 2 November is after the statements end: not imported yet, so the next one is 1 December
    assert subs.upcoming_renewal(verizon, A_MONTH_LATER) == date(2026, 12, 1)
    # had the statements gone on to 30 November without it, the 2 November bill would be late
    seen_later = dataclasses.replace(verizon, covered_until=A_MONTH_LATER)
    assert subs.upcoming_renewal(seen_later, A_MONTH_LATER) == date(2026, 11, 2)
    # statements to 5 November without it: asked three days on, it is late; asked weeks on,
    # those statements are old and the bill of the 1st, within its grace of their end, may only
    # not have posted in them: the next is 1 December, as the renewal alerts count it
    to_fifth = dataclasses.replace(verizon, covered_until=date(2026, 11, 5))
    assert subs.upcoming_renewal(to_fifth, date(2026, 11, 8)) == date(2026, 11, 2)
    assert subs.upcoming_renewal(to_fifth, A_MONTH_LATER) == date(2026, 12, 1)
    # stopped in 2025: no renewal ahead
    adobe = next(v for v in views if v.name == "Adobe Creative Cloud")
    assert subs.upcoming_renewal(adobe, A_MONTH_LATER) is None
