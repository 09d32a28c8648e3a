"""A card replaced by a new number (expired, lost, stolen): the merchants charge the new card
from the next renewal, and each subscription carries on as one, paid from the new card.

Statements are written as a card's OFX downloads: charges post one to three days after the
billing day, among the household's groceries, fuel and the monthly payment, the old card's
statements ending in June and the new card's starting in July.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core import recurrence
from finapp.core.alert_kinds import Kind
from finapp.core.cadence import month_date
from finapp.core.stream_groups import TRANSFERS
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as subs
from finapp.services.alerts import evaluate_alerts
from finapp.services.health import account_health
from finapp.services.imports import import_files
from finapp.services.subscription_groups import one_per_transfer, place
from finapp.store.engine import Store
from tests.importers.ofxgen import Line
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_incremental_detection import _check
from tests.written_statements import card_ofx

OLD_CARD, NEW_CARD = "4147202218831111", "4147202218832222"
AS_OF = date(2026, 11, 30)  # the day the new card's statements end
#: (payee as printed, amount, billing day)
SERVICES = (
    ("NETFLIX.COM 866-579-7172 CA", "-15.49", 3),
    ("SPOTIFY USA 877-7781161 NY", "-11.99", 9),
    ("NYTIMES 800-698-4637 NY", "-17.00", 21),
)
SHOPS = (
    "WHOLEFDS MKT 10234 AUSTIN TX",
    "SHELL OIL 57444212345 AUSTIN TX",
    "TARGET T-1234 AUSTIN TX",
    "TST* JOES DINER AUSTIN TX",
)


def months(
    first: date, count: int, rnd: random.Random, services=SERVICES, shops: bool = True
) -> tuple[Line, ...]:  # type: ignore[no-untyped-def]
    """``count`` months of a card from ``first``'s month: each service billed on its day and
    posted a day or three later, a dozen purchases and the payment."""
    lines: list[Line] = []
    for i in range(count):
        month = month_date(first, i, 1)
        for payee, amount, day in services:
            posted = month.replace(day=day) + timedelta(days=rnd.randint(1, 3))
            lines.append(Line(posted, amount, payee))
        for _ in range(12 if shops else 0):
            cents = rnd.randint(800, 14_000)
            day = month.replace(day=rnd.randint(1, 28))
            lines.append(Line(day, f"-{cents // 100}.{cents % 100:02d}", rnd.choice(SHOPS)))
        lines.append(Line(month.replace(day=25), "400.00", "AUTOMATIC PAYMENT - THANK YOU"))
    lines.sort(key=lambda line: line.posted)
    return tuple(
        Line(line.posted, line.amount, line.payee, f"{first:%y%m}{n:05d}")
        for n, line in enumerate(lines)
    )


def write(
    folder: Path, name: str, account: str, lines: tuple[Line, ...], currency: str = "USD"
) -> Path:
    path = folder / name
    path.write_text(card_ofx(lines, account, currency), encoding="utf-8")
    return path


@pytest.fixture
def cards(tmp_path: Path) -> tuple[Path, Path]:
    """The old card's statements for January to June, the new card's for July to November."""
    rnd = random.Random(11)
    old = write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd))
    new = write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd))
    return old, new


def _named(store: Store, name: str) -> list[subs.SubscriptionView]:
    return [v for v in subs.list_subscriptions(store, AS_OF) if v.name == name]


def test_each_subscription_carries_on_from_the_new_card(store: Store, cards) -> None:  # type: ignore[no-untyped-def]
    """One Netflix, one Spotify, one New York Times, each paid from the new card with every
    charge of both cards, renewing in December; the year's cost counted once."""
    import_files(store, list(cards))
    views = [v for v in subs.list_subscriptions(store, AS_OF) if v.kind == "subscription"]
    assert sorted(v.name for v in views) == ["Netflix", "Spotify", "The New York Times"]
    assert all(v.account is not None and v.account.endswith("2222") for v in views)
    assert [len(v.transaction_ids) for v in views] == [11, 11, 11]
    assert [v.next_date.month for v in views if v.next_date] == [12, 12, 12]
    assert all(v.status == "active" and not v.price_changes for v in views)
    (totals,) = subs.subscription_totals(store, AS_OF)
    assert (totals.count, totals.per_year) == (3, Decimal("533.76"))  # 44.48 a month, once


def test_the_old_card_sends_no_reminders_and_asks_for_no_statements(store: Store, cards) -> None:  # type: ignore[no-untyped-def]
    """Asked on 30 November: one reminder of each renewal coming, for the new card, and no
    notice that the old card's statements end in June (it was replaced, not forgotten)."""
    import_files(store, list(cards))
    raised = evaluate_alerts(store, AS_OF)
    renewals = [a for a in raised if a.kind == Kind.RENEWAL]
    assert renewals
    names = [a.params["name"] for a in renewals]
    assert len(names) == len(set(names)), names
    assert {a.account[-4:] for a in renewals if a.account} == {"2222"}
    assert not [a for a in raised if a.kind == Kind.STALE_STATEMENTS]


def test_cancelled_on_the_old_card_and_still_charged_on_the_new_one_is_flagged(
    store: Store, cards
) -> None:  # type: ignore[no-untyped-def]
    """The user cancelled Netflix in June; the bank passed the new number on to Netflix, which
    charged it from July: each of those charges is a charge after the cancellation."""
    old, new = cards
    import_files(store, [old])
    (netflix,) = _named(store, "Netflix")
    subs.cancel(store, netflix.id, date(2026, 6, 10))
    import_files(store, [new])
    (netflix,) = _named(store, "Netflix")
    assert netflix.user_state == "cancelled" and netflix.account.endswith("2222")
    charged_after = [t for t in netflix.transaction_ids if t in netflix.charged_after_cancel]
    assert len(charged_after) == 5  # July to November
    raised = evaluate_alerts(store, AS_OF)
    assert [a for a in raised if a.kind == Kind.CHARGED_AFTER_CANCEL]


@pytest.mark.parametrize("first", [0, 1], ids=["old-card-first", "new-card-first"])
def test_a_card_at_a_time_leaves_what_a_full_run_leaves(store: Store, cards, first: int) -> None:  # type: ignore[no-untyped-def]
    """Each card's statements imported on their own, detection after each: the rows, their
    charges and the alerts are those a full detection makes, one Netflix in the end."""
    for path in (cards[first], cards[1 - first]):
        import_files(store, [path])
        _check(store, AS_OF)
    assert len(_named(store, "Netflix")) == 1


def _two_cards(tmp_path: Path, old_services, new_services) -> list[Path]:  # type: ignore[no-untyped-def]
    rnd = random.Random(5)
    return [
        write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd, old_services)),
        write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd, new_services)),
    ]


def test_a_price_rise_at_the_change_is_told_as_one(store: Store, tmp_path: Path) -> None:
    """Netflix went up to 17.99 the month the card changed: one subscription that rose."""
    netflix = ("NETFLIX.COM 866-579-7172 CA", "-15.49", 3)
    dearer = ("NETFLIX.COM 866-579-7172 CA", "-17.99", 3)
    import_files(store, _two_cards(tmp_path, (netflix,), (dearer,)))
    (view,) = _named(store, "Netflix")
    assert [(p.old, p.new) for p in view.price_changes] == [(Decimal("15.49"), Decimal("17.99"))]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a second Netflix taken out on the 17th: off the first's schedule
        (
            ("NETFLIX.COM 866-579-7172 CA", "-15.49", 3),
            ("NETFLIX.COM 866-579-7172 CA", "-15.49", 17),
        ),
        # iCloud stopped, Apple Music began on the same day of the month: not a price of iCloud
        (
            ("APPLE.COM/BILL 866-712-7753 CA", "-2.99", 14),
            ("APPLE.COM/BILL 866-712-7753 CA", "-10.99", 14),
        ),
    ],
    ids=["off-schedule", "another-price"],
)
def test_what_does_not_continue_the_old_cards_stays_apart(
    store: Store, tmp_path: Path, old, new
) -> None:  # type: ignore[no-untyped-def]
    """The new card's stream is a subscription of its own, beside the old card's."""
    import_files(store, _two_cards(tmp_path, (old,), (new,)))
    views = sorted(
        (v for v in subs.list_subscriptions(store, AS_OF) if v.kind == "subscription"),
        key=lambda v: min(v.transaction_ids),
    )
    assert [(v.account[-4:], len(v.transaction_ids)) for v in views] == [("1111", 6), ("2222", 5)]


def test_two_cards_paying_at_once_stay_two(store: Store, tmp_path: Path) -> None:
    """Two people in the household, each with a Spotify on a card of their own."""
    spotify = ("SPOTIFY USA 877-7781161 NY", "-11.99", 9)
    rnd = random.Random(3)
    files = [
        write(tmp_path, f"Visa{n[-4:]}.ofx", n, months(date(2026, 1, 1), 11, rnd, (spotify,)))
        for n in (OLD_CARD, NEW_CARD)
    ]
    import_files(store, files)
    views = _named(store, "Spotify")
    assert sorted(v.account[-4:] for v in views if v.status == "active") == ["1111", "2222"]


def test_two_rows_decided_on_before_become_one_with_both_words(
    store: Store, cards, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A store kept by the version before, which listed each card's Netflix and Spotify apart:
    the user confirmed the old card's Netflix and named the new card's, and marked the new
    card's Spotify cancelled. The first detection of this version keeps one row of each, with
    every word said of either."""
    monkeypatch.setattr(recurrence, "_moved_on", lambda same, _currency: same)  # per card
    import_files(store, list(cards))
    old, new = sorted(_named(store, "Netflix"), key=lambda v: min(v.transaction_ids))
    subs.confirm(store, old.id)
    subs.rename(store, new.id, "Netflix (family)")
    _, spotify = sorted(_named(store, "Spotify"), key=lambda v: min(v.transaction_ids))
    subs.cancel(store, spotify.id, date(2026, 11, 1))
    monkeypatch.undo()

    subs.detect_subscriptions(store, AS_OF, full=True)  # as after an update: every merchant
    (netflix,) = _named(store, "Netflix (family)")
    assert (netflix.user_state, len(netflix.transaction_ids)) == ("confirmed", 11)
    (spotify,) = _named(store, "Spotify")
    assert (spotify.user_state, spotify.cancelled_on) == ("cancelled", date(2026, 11, 1))
    assert len(spotify.charged_after_cancel) == 1  # November's, on the new card
    (totals,) = subs.subscription_totals(store, AS_OF)
    assert (totals.count, totals.per_year) == (2, Decimal("389.88"))  # Netflix and the Times


def _health(store: Store) -> dict[str, tuple[str, list[str]]]:
    with store.read() as session:
        graded = account_health(session, AS_OF + timedelta(days=5))
    return {h.account[-4:]: (h.grade, [r.kind for r in h.reasons]) for h in graded}


def test_the_old_card_is_no_fault_of_health_once_replaced(store: Store, cards) -> None:  # type: ignore[no-untyped-def]
    import_files(store, list(cards))
    assert _health(store) == {"1111": ("healthy", ["moved_on"]), "2222": ("healthy", [])}


def test_a_card_still_paying_a_subscription_of_its_own_is_asked_for_statements(
    store: Store, tmp_path: Path
) -> None:
    """Netflix moved to the new card, but the gym is still charged to the old one: its
    statements since June are missing, not replaced."""
    netflix = ("NETFLIX.COM 866-579-7172 CA", "-15.49", 3)
    gym = ("PLANET FITNESS 844-880-7180 NH", "-24.99", 17)
    rnd = random.Random(5)
    files = [
        write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd, (netflix, gym))),
        write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd, (netflix,))),
    ]
    import_files(store, files)
    assert _health(store)["1111"] == ("needs_attention", ["statements_old"])


def test_a_stream_does_not_move_to_a_card_of_another_currency(store: Store, tmp_path: Path) -> None:
    """Spotify on a euro card until June, then on a dollar card from July, on its day: the
    household moved country. Two subscriptions, each in its own currency, no price change."""
    spotify = ("SPOTIFY P1A2B3C4D5 STOCKHOLM", "-11.99", 9)
    rnd = random.Random(5)
    files = [
        write(
            tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd, (spotify,)), "EUR"
        ),
        write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd, (spotify,))),
    ]
    import_files(store, files)
    views = sorted(_named(store, "Spotify"), key=lambda v: min(v.transaction_ids))
    assert [(v.currency, len(v.transaction_ids), v.price_changes) for v in views] == [
        ("EUR", 6, ()),
        ("USD", 5, ()),
    ]


def test_the_cards_payment_goes_to_the_new_card(store: Store, cards, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The checking account pays the card on the 25th, six months to the old card and five to
    the new: the payment row reads "Checking → the new card", where the money goes now."""
    checking = ParsedAccount("000123456789", "Chase", "checking", "USD", "")
    payments = tuple(
        ParsedTransaction(
            date(2026, month, 25),
            Decimal("-400.00"),
            "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
            fitid=f"CHK{month:02d}",
        )
        for month in range(1, 12)
    )
    statement = write_ofx(tmp_path / "Checking.ofx", ParsedStatement(checking, payments))
    import_files(store, [*cards, statement])
    views = subs.list_subscriptions(store, AS_OF)
    (payment,) = [p for p in one_per_transfer(place(store, views, AS_OF)) if p.group == TRANSFERS]
    assert payment.paid_from == "Checking …6789 → Chase …2222"
