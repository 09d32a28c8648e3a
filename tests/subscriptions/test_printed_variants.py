"""A service the bank prints more than one way is one subscription, as it is one payee.

Chase prints Spotify as "Spotify USA", "SPOTIFY P1A2B3C4D5 STOCKHOLM" or "Spotify USA
877-7781161", and YouTube Premium as "GOOGLE *YouTubePremium g.co/helppay#" or "Google *YouTube
Premium": different merchant keys, one payee on the payees page, and one monthly subscription.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.payee_list import list_payees
from finapp.services.payee_names import rename_payee

SPOTIFY = ("Spotify USA", "SPOTIFY P1A2B3C4D5 STOCKHOLM", "Spotify USA 877-7781161")
YOUTUBE = ("GOOGLE *YouTubePremium g.co/helppay#", "Google *YouTube Premium")
HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"


def _chase_csv(path: Path, lines: list[tuple[date, str, str]]) -> Path:
    """A Chase card's CSV export, newest first, charges negative."""
    rows = sorted(lines, reverse=True)
    path.write_text(
        HEADER
        + "".join(
            f"{d:%m/%d/%Y},{d:%m/%d/%Y},{text},,Sale,{amount}," + "\n" for d, text, amount in rows
        ),
        encoding="utf-8",
    )
    return path


def _subscriptions(store, as_of: date) -> list[tuple[str, str, Decimal, Decimal]]:  # type: ignore[no-untyped-def]
    return sorted(
        (v.name, v.cadence, v.amount, v.annual_cost)
        for v in subs.list_subscriptions(store, as_of)
        if v.kind == "subscription"
    )


def test_spellings_taken_in_turn_are_one_monthly_subscription(store, tmp_path: Path) -> None:
    lines = []
    for i in range(12):
        lines.append((month_date(date(2025, 11, 3), i, 3), SPOTIFY[i % 2], "-11.99"))
        lines.append((month_date(date(2025, 11, 21), i, 21), YOUTUBE[(i + 1) % 2], "-13.99"))
    import_files(store, [_chase_csv(tmp_path / "Chase1234_Activity.csv", lines)])

    assert _subscriptions(store, date(2026, 10, 31)) == [
        ("Spotify", "monthly", Decimal("-11.99"), Decimal("143.88")),
        ("YouTube Premium", "monthly", Decimal("-13.99"), Decimal("167.88")),
    ]


def test_spellings_mixed_at_random_among_everyday_spending(store, tmp_path: Path) -> None:
    rnd = random.Random(7)
    lines = []
    for i in range(17):
        lines.append((month_date(date(2025, 6, 3), i, 3), rnd.choice(SPOTIFY), "-11.99"))
        lines.append((month_date(date(2025, 6, 20), i, 20), rnd.choice(YOUTUBE), "-13.99"))
        fuel = f"-{rnd.randint(4400, 4800) // 100}.{rnd.randint(0, 99):02d}"
        lines.append((month_date(date(2025, 6, 9), i, rnd.randint(6, 14)), "EXXONMOBIL 4471", fuel))
        ride = f"-{rnd.randint(9, 38)}.{rnd.randint(0, 99):02d}"
        lines.append((month_date(date(2025, 6, 9), i, 25), "UBER   *TRIP HELP.UBER.COM", ride))
    lines.append((date(2025, 7, 14), "COSTCO *ANNUAL RENEWAL 800-774-2678", "-65.00"))
    lines.append((date(2026, 7, 14), "COSTCO *ANNUAL RENEWAL 800-774-2678", "-65.00"))
    lines.append((date(2025, 8, 2), "COSTCO WHSE #0479", "-212.37"))
    lines.append((date(2026, 1, 17), "COSTCO WHSE #0479", "-164.02"))
    import_files(store, [_chase_csv(tmp_path / "Chase1234_Activity.csv", lines)])

    # the yearly membership stays apart from the shopping, as the payees page keeps them
    assert _subscriptions(store, date(2026, 10, 31)) == [
        ("Costco", "annual", Decimal("-65.00"), Decimal("65.00")),
        ("Spotify", "monthly", Decimal("-11.99"), Decimal("143.88")),
        ("YouTube Premium", "monthly", Decimal("-13.99"), Decimal("167.88")),
    ]


def test_payees_the_user_names_alike_are_one_subscription(store, tmp_path: Path) -> None:
    # a local gym's dues printed two ways the app cannot know are one
    spellings = ("IRONWORKS GYM DUES", "IWG CLUB 88")
    lines = [(month_date(date(2025, 11, 5), i, 5), spellings[i % 2], "-39.00") for i in range(12)]
    import_files(store, [_chase_csv(tmp_path / "Chase1234_Activity.csv", lines)])
    assert [cadence for _, cadence, *_ in _subscriptions(store, date(2026, 10, 31))] == [
        "bimonthly",
        "bimonthly",
    ]

    for shown in {p.name for p in list_payees(store)}:
        rename_payee(store, shown, "Ironworks Gym")

    assert _subscriptions(store, date(2026, 10, 31)) == [
        ("Ironworks Gym", "monthly", Decimal("-39.00"), Decimal("468.00"))
    ]
