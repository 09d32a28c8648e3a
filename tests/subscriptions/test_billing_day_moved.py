"""A subscription whose billing day moved later: a payment that failed on the 3rd went through a
week later (a card declined, then updated), or the plan changed mid-cycle, and the service bills
on the new day from then on. It is one subscription, renewing on the new day; a move too large
to be one renewal, or a pause before it resumes, leaves two subscriptions, each found.

Charges post a day or two after the billing day, among the card's other purchases.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.core.recurrence import Stream, detect_streams
from finapp.core.subscription_states import Status
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.ofxgen import Line
from tests.subscriptions.statements import Ledger
from tests.subscriptions.test_replaced_card import NEW_CARD, OLD_CARD, write

NETFLIX = "NETFLIX.COM 866-579-7172 CA"
FIRST = date(2026, 1, 1)
SHOPS = ("WHOLEFDS MKT 10234 AUSTIN TX", "SHELL OIL 57444212345", "TARGET T-1234 AUSTIN TX")


def _ledger(plan: list[tuple[int, str]], seed: int = 7) -> Ledger:
    """One card: month ``i`` bills Netflix on ``plan[i]``'s day at its price (day 0: none),
    posting a day or two later, with a few purchases around it."""
    rnd = random.Random(seed)
    ledger = Ledger()
    for i, (day, price) in enumerate(plan):
        month = month_date(FIRST, i, 1)
        if day:
            ledger.add(month.replace(day=day) + timedelta(days=rnd.randint(0, 2)), price, NETFLIX)
        for _ in range(3):
            cents = rnd.randint(900, 9_000)
            ledger.add(
                month.replace(day=rnd.randint(1, 28)), f"-{cents / 100:.2f}", rnd.choice(SHOPS)
            )
    return ledger


def _netflix(ledger: Ledger) -> list[Stream]:
    as_of = max(c.posted for c in ledger.charges) + timedelta(days=3)
    streams = detect_streams(ledger.charges, as_of)
    return sorted((s for s in streams if "NETFLIX" in s.merchant), key=lambda s: s.first_date)


@pytest.mark.parametrize("moved_to", [9, 10, 13])
@pytest.mark.parametrize("since", [2, 3, 5])
def test_a_billing_day_moved_later_is_one_subscription_renewing_on_the_new_day(
    moved_to: int, since: int
) -> None:
    """Billed on the 3rd for six months, then on ``moved_to`` for ``since`` months."""
    ledger = _ledger([(3, "-15.49")] * 6 + [(moved_to, "-15.49")] * since)
    (stream,) = _netflix(ledger)
    assert len(stream.transaction_ids) == 6 + since
    assert stream.status == Status.ACTIVE and stream.cadence == "monthly"
    assert moved_to <= stream.next_date.day <= moved_to + 2  # not the 3rd any more (a posting
    # comes a day or two after the billing day, as before the move)
    assert stream.next_date.month == month_date(FIRST, 6 + since, 1).month
    assert not stream.price_changes


def test_a_plan_changed_mid_cycle_is_one_subscription_that_rose() -> None:
    """Upgraded on the 12th: billed 22.99 on the 12th from then, no longer 15.49 on the 3rd."""
    ledger = _ledger([(3, "-15.49")] * 6 + [(12, "-22.99")] * 4)
    (stream,) = _netflix(ledger)
    assert len(stream.transaction_ids) == 10 and stream.next_date.day == 12
    assert [(p.old_minor, p.new_minor) for p in stream.price_changes] == [(-1549, -2299)]


def test_a_move_of_half_a_month_is_two_subscriptions_each_found() -> None:
    """On the 3rd, then on the 20th: not a payment retried, another subscription; both found
    (the first stopped), where neither was before."""
    ledger = _ledger([(3, "-15.49")] * 6 + [(20, "-15.49")] * 4)
    old, new = _netflix(ledger)
    assert (len(old.transaction_ids), old.status) == (6, Status.INACTIVE)
    assert (len(new.transaction_ids), new.status, new.next_date.day) == (4, Status.ACTIVE, 20)


def test_resumed_after_a_pause_on_another_day_is_found_again() -> None:
    """Paused for four months, taken again on the 17th: the new run is found, the old stopped."""
    ledger = _ledger([(3, "-15.49")] * 6 + [(0, "")] * 4 + [(17, "-15.49")] * 3)
    old, new = _netflix(ledger)
    assert (len(old.transaction_ids), old.status) == (6, Status.INACTIVE)
    assert (len(new.transaction_ids), new.status) == (3, Status.ACTIVE)


def test_a_replaced_card_updated_a_week_late_carries_the_subscription_on(
    store: Store, tmp_path: Path
) -> None:
    """The renewal of 3 July was declined on the expired card; the user gave Netflix the new
    card on the 10th, and it bills on the 10th since: one Netflix, paid from the new card,
    renewing on 10 December, its year's cost counted once."""
    rnd = random.Random(4)
    old = [Line(month_date(FIRST, i, 3) + timedelta(days=rnd.randint(0, 2)), "-15.49", NETFLIX)
           for i in range(6)]  # fmt: skip
    new = [Line(month_date(FIRST, i, 10) + timedelta(days=rnd.randint(0, 2)), "-15.49", NETFLIX)
           for i in range(6, 11)]  # fmt: skip
    for lines, month0 in ((old, 0), (new, 6)):
        for i in range(month0, month0 + len(lines)):
            day = month_date(FIRST, i, 1).replace(day=rnd.randint(1, 28))
            lines.append(
                Line(day, f"-{rnd.randint(20, 140)}.{rnd.randint(0, 99):02d}", SHOPS[i % 3])
            )
    files = [
        write(tmp_path, "Visa1111.ofx", OLD_CARD, _numbered(old, "A")),
        write(tmp_path, "Visa2222.ofx", NEW_CARD, _numbered(new, "B")),
    ]
    import_files(store, files)
    (netflix,) = [
        v for v in subs.list_subscriptions(store, date(2026, 11, 30)) if v.name == "Netflix"
    ]
    assert netflix.account is not None and netflix.account.endswith("2222")
    assert len(netflix.transaction_ids) == 11 and netflix.status == "active"
    assert netflix.next_date is not None and netflix.next_date.day == 10
    (totals,) = subs.subscription_totals(store, date(2026, 11, 30))
    assert totals.per_year == Decimal("185.88")


def _numbered(lines: list[Line], prefix: str) -> tuple[Line, ...]:
    ordered = sorted(lines, key=lambda line: line.posted)
    return tuple(
        Line(line.posted, line.amount, line.payee, f"{prefix}{n:05d}")
        for n, line in enumerate(ordered)
    )
