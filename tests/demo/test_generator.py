"""The demo household generator: realistic statements with a truth that matches them."""

from __future__ import annotations

from collections import Counter
from datetime import date

from finapp.core.recurrence import detect_streams
from finapp.demo import generate_household
from finapp.importers.base import ParsedFile
from finapp.services.imports import import_parsed
from finapp.services.transactions import list_transactions
from tests.subscriptions.statements import Ledger

START = date(2023, 1, 1)


def test_same_seed_same_household_other_seed_other_household() -> None:
    one, again = generate_household(11, START, 24), generate_household(11, START, 24)
    assert one == again
    assert generate_household(12, START, 24).statements != one.statements


def test_two_years_of_several_accounts_with_everyday_noise() -> None:
    household = generate_household(4, START, 24)
    assert household.end == date(2024, 12, 31)
    kinds = Counter(s.account.type for s in household.statements)
    assert kinds["checking"] == 1 and kinds["savings"] == 1 and kinds["credit_card"] >= 1
    for statement in household.statements:
        dates = [t.posted for t in statement.transactions]
        assert dates == sorted(dates) and dates[0] >= START and dates[-1] <= household.end
        fitids = [t.fitid for t in statement.transactions]
        assert len(set(fitids)) == len(fitids)
    payees = Counter(
        t.payee.split()[0] for s in household.statements for t in s.transactions if t.amount < 0
    )
    assert len(payees) >= 24  # dozens of merchants
    assert household.transaction_count > 1500


def test_truth_streams_point_at_real_lines_and_cover_every_kind() -> None:
    seen: Counter[str] = Counter()
    for seed in range(1, 9):
        household = generate_household(seed, START, 24)
        lines = {(s.account.name, t.fitid): t for s in household.statements for t in s.transactions}
        for truth in household.truth:
            members = [lines[(truth.account, fitid)] for fitid in truth.fitids]
            assert members[-1].amount == truth.amount
            assert (truth.next_date is None) == (truth.status == "inactive")
            seen[truth.kind] += 1
            seen["price change"] += bool(truth.price_changes)
            seen["cancelled"] += truth.status == "inactive"
            seen["annual"] += truth.cadence == "annual"
            seen["after trial"] += truth.started_after_trial
            for change in truth.price_changes:
                assert change.old != change.new
    assert min(seen[k] for k in ("subscription", "bill", "income", "transfer")) > 0
    assert min(seen[k] for k in ("price change", "cancelled", "annual", "after trial")) > 0


def test_descriptors_vary_and_the_bank_posts_on_business_days() -> None:
    household = generate_household(2, START, 24)
    lines = {(s.account.name, t.fitid): t for s in household.statements for t in s.transactions}
    spellings = [
        {lines[(truth.account, fitid)].payee for fitid in truth.fitids}
        for truth in household.truth
        if truth.kind == "subscription"
    ]
    assert any(len(payees) > 1 for payees in spellings)  # variants and fresh reference codes
    checking = next(s for s in household.statements if s.account.type == "checking")
    assert all(t.posted.weekday() < 5 for t in checking.transactions)


def test_household_imports_and_the_detector_finds_its_streams(store) -> None:
    household = generate_household(6, START, 12)
    for number, statement in enumerate(household.statements):
        import_parsed(store, ParsedFile(f"demo-{number}.ofx", "demo", (statement,)))
    assert len(list_transactions(store)) == household.transaction_count
    ledger = Ledger()
    for statement in household.statements:
        ledger.account += 1
        for txn in statement.transactions:
            ledger.add(txn.posted, str(txn.amount), txn.payee, txn.memo)
    knowable = [t for t in household.truth if len(t.fitids) >= (2 if t.cadence == "annual" else 3)]
    streams = detect_streams(ledger.charges, household.end)
    assert 0.9 * len(knowable) <= len(streams) <= 1.1 * len(knowable)
