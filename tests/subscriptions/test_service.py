"""Subscriptions kept in the store: detection after imports, changes, and the user's word."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.core.cadence import month_date
from finapp.errors import InvalidInputError, NotFoundError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files, import_parsed
from finapp.store.schema import Subscription
from tests.subscriptions.statements import write_ofx

CARD = ParsedAccount("4111000011112222", "Chase", "credit_card", "USD", "Sapphire Visa")
NETFLIX = "NETFLIX.COM 866-579-7172 CA"
HULU = "HULU 877-8244858 CA"


def monthly(payee: str, first: date, count: int, amount: str) -> list[ParsedTransaction]:
    return [
        ParsedTransaction(
            month_date(first, i, first.day),
            Decimal(amount),
            payee,
            fitid=f"{payee[:6]}-{month_date(first, i, first.day)}",
        )
        for i in range(count)
    ]


def load(store, *lines: ParsedTransaction) -> None:  # type: ignore[no-untyped-def]
    import_parsed(store, ParsedFile("card.ofx", "ofx", (ParsedStatement(CARD, tuple(lines)),)))


def by_merchant(store, as_of: date, merchant: str, **kw) -> subs.SubscriptionView:  # type: ignore[no-untyped-def]
    found = [v for v in subs.list_subscriptions(store, as_of, **kw) if v.merchant == merchant]
    assert len(found) == 1, found
    return found[0]


def test_detection_runs_after_each_import_and_persists_the_contract(store, tmp_path: Path) -> None:
    lines = monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49") + monthly(
        NETFLIX, date(2024, 7, 9), 3, "-17.99"
    )
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert import_files(store, [ofx]).new == 9
    with store.read() as session:
        row = session.scalars(select(Subscription)).one()
        details = json.loads(row.details)
        assert (row.status, row.user_state, row.cadence, row.amount_minor) == (
            "active",  # judged as of 9 September, where the statement ends
            "suggested",
            "monthly",
            -1799,
        )
    assert details["price_changes"] == [{"date": "2024-07-09", "old": "15.49", "new": "17.99"}]
    assert details["annual_cost"] == "215.88"
    assert details["charged_after_cancel"] == []
    assert details["started_after_trial"] is False
    view = by_merchant(store, date(2024, 9, 20), "NETFLIX")
    assert (view.status, view.next_date, view.amount) == (
        "active",
        date(2024, 10, 9),
        Decimal("-17.99"),
    )
    assert "price_increase" in view.flags and "lapsed" not in view.flags


def test_lapsed_when_charges_stop(store) -> None:
    # the card's statements go on to the end of August: Hulu stopped, it is not just not imported
    fuel = ParsedTransaction(date(2024, 8, 30), Decimal("-41.20"), "SHELL OIL 57444", fitid="S1")
    load(store, *monthly(HULU, date(2024, 1, 5), 6, "-7.99"), fuel)
    view = by_merchant(store, date(2024, 9, 1), "HULU")
    assert (view.status, view.flags) == ("inactive", ("lapsed",))


def test_as_of_ignores_later_transactions(store) -> None:
    load(store, *monthly(HULU, date(2024, 1, 5), 10, "-7.99"))
    early = by_merchant(store, date(2024, 4, 10), "HULU")
    assert (len(early.transaction_ids), early.next_date) == (4, date(2024, 5, 5))
    late = by_merchant(store, date(2024, 10, 10), "HULU")
    assert (len(late.transaction_ids), late.next_date) == (10, date(2024, 11, 5))


def test_dismissed_is_never_suggested_again(store) -> None:
    load(store, *monthly(HULU, date(2024, 1, 5), 5, "-7.99"))
    view = by_merchant(store, date(2024, 5, 10), "HULU")
    subs.dismiss(store, view.id)
    load(store, *monthly(HULU, date(2024, 6, 5), 4, "-7.99"))
    shown = subs.list_subscriptions(store, date(2024, 9, 10))
    assert [v for v in shown if v.merchant == "HULU"] == []
    hidden = by_merchant(store, date(2024, 9, 10), "HULU", include_dismissed=True)
    assert (hidden.id, hidden.user_state, len(hidden.transaction_ids)) == (view.id, "dismissed", 9)


def test_confirm_and_rename_survive_new_imports(store) -> None:
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 4, "-15.49"))
    view = by_merchant(store, date(2024, 4, 12), "NETFLIX")
    subs.confirm(store, view.id)
    subs.rename(store, view.id, "Family Netflix")
    load(store, *monthly(NETFLIX, date(2024, 5, 9), 3, "-15.49"))
    again = by_merchant(store, date(2024, 7, 12), "NETFLIX")
    assert (again.id, again.name, again.user_state) == (view.id, "Family Netflix", "confirmed")
    assert len(again.transaction_ids) == 7
    with pytest.raises(InvalidInputError):
        subs.rename(store, view.id, "  ")


def test_charge_after_user_cancelled_is_flagged(store) -> None:
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49"))
    view = by_merchant(store, date(2024, 6, 12), "NETFLIX")
    subs.cancel(store, view.id, on=date(2024, 6, 20))
    load(store, *monthly(NETFLIX, date(2024, 7, 9), 1, "-15.49"))
    after = by_merchant(store, date(2024, 7, 12), "NETFLIX")
    assert after.user_state == "cancelled" and "charged_after_cancel" in after.flags
    assert after.charged_after_cancel == (max(after.transaction_ids),)
    with store.read() as session:
        details = json.loads(session.get(Subscription, view.id).details)
    assert details["charged_after_cancel"] == [max(after.transaction_ids)]
    assert details["lapsed"] is False


def test_new_subscription_after_free_trial_is_flagged(store) -> None:
    trial = ParsedTransaction(
        date(2024, 8, 2), Decimal("0.00"), "OPENAI *CHATGPT SUBSCR", fitid="tr"
    )
    load(store, trial, *monthly("OPENAI *CHATGPT SUBSCR", date(2024, 9, 2), 2, "-20.00"))
    view = by_merchant(store, date(2024, 10, 5), "OPENAI")
    assert "started_after_trial" in view.flags and view.confidence == "early"


def test_merge_two_detected_streams_into_one_for_good(store) -> None:
    load(
        store,
        *monthly("BRITBOX 888-555-0199 NY", date(2024, 1, 12), 5, "-8.99"),
        *monthly("BBC STUDIOS BRITBOX 888-555-0199 NY", date(2024, 6, 12), 5, "-8.99"),
    )
    views = subs.list_subscriptions(store, date(2024, 10, 20))
    old = next(v for v in views if v.merchant == "BRITBOX")
    new = next(v for v in views if v.merchant == "BBC STUDIOS")
    merged = subs.merge(store, new.id, old.id)
    assert len(merged.transaction_ids) == 10
    load(store, *monthly("BBC STUDIOS BRITBOX 888-555-0199 NY", date(2024, 11, 12), 1, "-8.99"))
    after = subs.list_subscriptions(store, date(2024, 11, 20))
    assert [len(v.transaction_ids) for v in after] == [11]
    with pytest.raises(NotFoundError):
        subs.get_subscription(store, old.id)


def test_merged_across_cards_is_paid_from_the_new_card(store) -> None:
    """Netflix stopped on the old card in June and was taken out again on the new card on
    another day of the month: two subscriptions (the new one is no continuation of the old),
    which the user knows to be one. Merged, it is paid from the new card and renews by its
    statements."""
    new_card = ParsedAccount("4111000011113333", "Chase", "credit_card", "USD", "Sapphire Visa")
    load(store, *monthly(NETFLIX, date(2026, 1, 12), 6, "-15.49"))
    july = tuple(monthly(NETFLIX, date(2026, 7, 25), 4, "-15.49"))
    import_parsed(store, ParsedFile("new.ofx", "ofx", (ParsedStatement(new_card, july),)))
    old, new = sorted(
        (v for v in subs.list_subscriptions(store, date(2026, 11, 20)) if v.merchant == "NETFLIX"),
        key=lambda v: min(v.transaction_ids),
    )
    assert old.account != new.account
    merged = subs.merge(store, old.id, new.id)
    assert (merged.account, len(merged.transaction_ids)) == (new.account, 10)
    assert merged.next_date == date(2026, 11, 25)


def test_split_keeps_charges_apart_and_the_split_part_takes_later_charges(store) -> None:
    load(store, *monthly(HULU, date(2024, 1, 5), 8, "-7.99"))
    whole = by_merchant(store, date(2024, 8, 10), "HULU")
    part = subs.split(store, whole.id, list(whole.transaction_ids[-3:]))
    rest = subs.get_subscription(store, whole.id)
    assert (len(part.transaction_ids), len(rest.transaction_ids)) == (3, 5)
    load(store, *monthly(HULU, date(2024, 9, 5), 1, "-7.99"))
    views = {v.id: v for v in subs.list_subscriptions(store, date(2024, 9, 10))}
    assert len(views[part.id].transaction_ids) == 4
    assert len(views[whole.id].transaction_ids) == 5
    with pytest.raises(InvalidInputError):
        subs.split(store, whole.id, [999_999])
    before_split_part = subs.list_subscriptions(store, date(2024, 4, 10))
    assert part.id in {v.id for v in before_split_part}  # the user's split survives any as-of


def test_manual_subscription_renews_by_itself_and_counts_in_totals(store) -> None:
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 6, "-15.49"))
    gym = subs.add_manual(store, "Gym (cash)", Decimal("30"), "monthly", date(2024, 5, 3))
    assert (gym.manual, gym.amount, gym.user_state) == (True, Decimal("-30.00"), "confirmed")
    later = next(v for v in subs.list_subscriptions(store, date(2024, 6, 15)) if v.id == gym.id)
    assert later.next_date == date(2024, 7, 3)
    totals = subs.subscription_totals(store, date(2024, 6, 15))
    assert [(t.currency, t.per_year, t.per_month, t.count) for t in totals] == [
        ("USD", Decimal("545.88"), Decimal("45.49"), 2)
    ]
    with pytest.raises(InvalidInputError):
        subs.add_manual(store, "Gym", Decimal("30"), "fortnightly", date(2024, 5, 3))


def test_totals_leave_out_income_transfers_dismissed_and_inactive(store) -> None:
    load(
        store,
        *monthly(NETFLIX, date(2024, 1, 9), 9, "-15.49"),
        *monthly(HULU, date(2024, 1, 5), 4, "-7.99"),  # stopped in April
        *monthly("COMCAST CABLE COMM 800-266-2278 PA", date(2024, 1, 20), 9, "-80.00"),
        *monthly("AUTOMATIC PAYMENT - THANK YOU", date(2024, 1, 25), 9, "500.00"),
    )
    comcast = by_merchant(store, date(2024, 9, 28), "COMCAST")
    totals = subs.subscription_totals(store, date(2024, 9, 28))
    assert totals[0].per_year == Decimal("185.88") + Decimal("960.00")
    subs.dismiss(store, comcast.id)
    assert subs.subscription_totals(store, date(2024, 9, 28))[0].per_year == Decimal("185.88")


def test_reminder_offsets_default_custom_and_invalid(store) -> None:
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 4, "-15.49"))
    view = by_merchant(store, date(2024, 4, 12), "NETFLIX")
    assert view.reminder_offsets == (30, 7, 1)
    assert subs.set_reminders(store, view.id, [2, 14]).reminder_offsets == (14, 2)
    with store.read() as session:
        assert session.get(Subscription, view.id).reminder_offsets == "14,2"
    with pytest.raises(InvalidInputError):
        subs.set_reminders(store, view.id, [400])
    assert subs.get_subscription(store, view.id).reminder_offsets == (14, 2)
    assert subs.set_reminders(store, view.id, None).reminder_offsets == (30, 7, 1)
    review = subs.set_review_date(store, view.id, date(2025, 1, 2))
    assert review.review_date == date(2025, 1, 2)
    with pytest.raises(NotFoundError):
        subs.confirm(store, 12345)


def test_income_and_transfers_are_listed_with_their_kind(store) -> None:
    pay = ParsedAccount("5550001234", "Chase", "checking", "USD", "Checking")
    lines = [
        ParsedTransaction(
            date(2024, 1, 5) + timedelta(days=14 * i),
            Decimal("2100.00"),
            "ACME CORP PAYROLL PPD ID: 1234567890",
            fitid=f"p{i}",
        )
        for i in range(10)
    ] + [
        ParsedTransaction(
            month_date(date(2024, 1, 2), i, 2),
            Decimal("-250.00"),
            "ONLINE TRANSFER TO SAV XXXXXX1234",
            fitid=f"s{i}",
        )
        for i in range(5)
    ]
    import_parsed(store, ParsedFile("chk.ofx", "ofx", (ParsedStatement(pay, tuple(lines)),)))
    kinds = {(v.kind, v.cadence) for v in subs.list_subscriptions(store, date(2024, 5, 20))}
    assert kinds == {("income", "biweekly"), ("transfer", "monthly")}
