"""The demo household's statements carry times where such statements would: card downloads
and the Alipay wallet do, the bank's checking and savings statements do not."""

from __future__ import annotations

from datetime import date, time

from finapp.demo import generate_household
from finapp.importers.base import ParsedFile
from finapp.services.imports import import_parsed
from finapp.services.transactions import list_transactions

START = date(2023, 1, 1)
BANK = ("checking", "savings")


def test_cards_and_the_wallet_carry_daytime_times_and_the_bank_none() -> None:
    timed_kinds: set[str] = set()
    hours: set[int] = set()
    for seed in range(1, 9):
        for statement in generate_household(seed, START, 12).statements:
            times = [t.time for t in statement.transactions]
            if statement.account.type in BANK:
                assert times and set(times) == {None}
                continue
            assert times and None not in times
            # an ordinary household: spending between breakfast and midnight, never at 03:00
            assert min(times) >= time(7) and max(times) <= time(23, 59, 59)  # type: ignore[type-var]
            timed_kinds.add(statement.account.type)
            hours |= {t.hour for t in times if t is not None}
    assert timed_kinds == {"credit_card", "payment_app"}
    assert hours == set(range(7, 24))


def test_the_demo_store_holds_the_times_of_cards_and_wallet(store) -> None:
    household = generate_household(6, START, 6)
    for number, statement in enumerate(household.statements):
        import_parsed(store, ParsedFile(f"demo-{number}.ofx", "demo", (statement,)))
    stored = list_transactions(store)
    assert len(stored) == household.transaction_count
    timed = {t.account for t in stored if t.time is not None}
    expected = {s.account.name for s in household.statements if s.account.type not in BANK}
    assert timed == expected and len(expected) >= 1
