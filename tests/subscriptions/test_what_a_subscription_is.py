"""What finapp calls a subscription is what a household calls one, on every page alike.

A US household's year as Chase's site gives it: the checking account's CSV (rent on the 1st to a
landlord no shipped rule knows, by ACH or Zelle, 2,950.00; the pay; Con Edison; a gym drawn by
ACH at 24.99) and the card's CSV with the bank's own Category column (Netflix, Spotify, weekly
groceries, and three dinners at a pizzeria about a month apart). Netflix, Spotify and the gym
are the subscriptions; the rent is a bill; the pizzeria's dinners are no subscription.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.errors import InvalidInputError
from finapp.services import subscriptions as subs
from finapp.services.categorize import set_category
from finapp.services.health import health_report
from finapp.services.imports import import_files
from finapp.services.subscription_audit import audit, decide
from finapp.services.subscription_groups import place
from finapp.services.year_review import year_review
from finapp.store.engine import Store
from tests.helpers import cli_json

FIRST = date(2025, 12, 1)
LOOKED_ON = date(2026, 12, 2)
GREENFIELD = "ACH DEBIT GREENFIELD APTS WEB PMT"
OAKWOOD = "ZELLE TO OAKWOOD PROPERTY MGMT JPM99A8RT2KC"
#: the pizzeria's dinners: a month apart, never the same bill
PIZZA = (
    (date(2026, 8, 14), "23.40"),
    (date(2026, 9, 13), "24.10"),
    (date(2026, 10, 14), "22.80"),
)
#: what Netflix, Spotify and the gym cost a month: 17.99 + 11.99 + 24.99
SUBSCRIPTIONS_MONTHLY = Decimal("54.97")


def _checking_csv(folder: Path, rent_payee: str) -> Path:
    """Chase checking's "Download account activity" CSV, newest first."""
    rows = []
    for i in range(12):
        rows += [
            (month_date(FIRST, i, 1), rent_payee, "-2950.00", "ACH_DEBIT"),
            (
                month_date(FIRST, i, 15),
                "ACME CORP       PAYROLL    PPD ID: 1234567890",
                "4200.00",
                "ACH_CREDIT",
            ),
            (
                month_date(FIRST, i, 9),
                f"CON EDISON       INTELL CK  {9143820 + i} CCD ID: 1135009998",
                f"-{70 + (i * 7) % 23}.{(i * 37) % 100:02d}",
                "ACH_DEBIT",
            ),
            (
                month_date(FIRST, i, 17),
                "PLANET FITNESS   CLUB FEES  PPD ID: 1841226653",
                "-24.99",
                "ACH_DEBIT",
            ),
        ]
    lines = ["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #"] + [
        f'{"CREDIT" if amount[0] != "-" else "DEBIT"},{day:%m/%d/%Y},"{text}",{amount},{kind},'
        "5120.33,,"
        for day, text, amount, kind in sorted(rows, reverse=True)
    ]
    path = folder / "Chase1234_Activity_20261201.CSV"
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _card_csv(folder: Path, extra: Sequence[tuple[date, str, str, str]] = ()) -> Path:
    """Chase card's CSV: charges negative, with the bank's Category column."""
    rows = list(extra)
    for i in range(12):
        rows.append((month_date(FIRST, i, 12), "NETFLIX.COM", "Entertainment", "17.99"))
        rows.append((month_date(FIRST, i, 3), "Spotify USA", "Entertainment", "11.99"))
        for week, day in enumerate((2, 9, 16, 23)):
            amount = f"{60 + (i * 13 + week * 29) % 90}.{(i + week) * 7 % 100:02d}"
            rows.append((month_date(FIRST, i, day), "TRADER JOE S #558", "Groceries", amount))
    lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"] + [
        f"{day:%m/%d/%Y},{day:%m/%d/%Y},{text},{category},Sale,-{amount},"
        for day, text, category, amount in sorted(rows, reverse=True)
    ]
    path = folder / "Chase5678_Activity20251201_20261130_20261201.CSV"
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _pizza() -> list[tuple[date, str, str, str]]:
    return [(day, "BLUE PIZZA CO", "Food & Drink", amount) for day, amount in PIZZA]


def _import_year(store: Store, folder: Path, rent_payee: str = GREENFIELD) -> None:
    import_files(store, [_checking_csv(folder, rent_payee), _card_csv(folder, _pizza())])


def _groups(store: Store) -> dict[str, list[str]]:
    """The Subscriptions page's groups: the names of the streams in each, sorted."""
    placed = place(store, subs.list_subscriptions(store, LOOKED_ON), LOOKED_ON)
    groups: dict[str, list[str]] = {}
    for p in placed:
        groups.setdefault(p.group, []).append(p.view.name)
    return {group: sorted(names) for group, names in groups.items()}


@pytest.mark.parametrize("rent_payee", [GREENFIELD, OAKWOOD])
def test_rent_to_a_landlord_no_rule_knows_is_a_bill_not_a_subscription(
    store, tmp_path: Path, rent_payee: str
) -> None:
    _import_year(store, tmp_path, rent_payee)

    groups = _groups(store)
    assert groups["subscriptions"] == ["Netflix", "Planet Fitness", "Spotify"]
    assert "Con Edison Intell CK" in groups["bills"]
    (rent,) = [v for v in subs.stored_subscriptions(store) if v.amount == Decimal("-2950.00")]
    assert rent.kind == "bill"
    assert rent.name in groups["bills"]
    # the audit and the cap count the three, not a 35,400-a-year rent
    found = audit(store, LOOKED_ON)
    assert sorted(line.facts.name for line in found.lines) == groups["subscriptions"]
    assert found.main_cost is not None
    assert (found.main_cost.monthly_minor, found.main_cost.count) == (5497, 3)


def test_the_health_page_counts_the_subscriptions_the_subscriptions_page_lists(
    store, tmp_path: Path
) -> None:
    _import_year(store, tmp_path)
    health = health_report(store, LOOKED_ON).subscriptions.as_json()
    assert (health["count"], health["monthly_total"]) == (3, str(SUBSCRIPTIONS_MONTHLY))

    # the user files the gym under a bill's category: it leaves every page's subscriptions
    (gym,) = [v for v in subs.stored_subscriptions(store) if v.amount == Decimal("-24.99")]
    set_category(store, gym.transaction_ids[0], "Bills & Utilities")

    groups = _groups(store)
    assert groups["subscriptions"] == ["Netflix", "Spotify"]
    assert gym.name in groups["bills"]
    health = health_report(store, LOOKED_ON).subscriptions.as_json()
    assert (health["count"], health["monthly_total"]) == (2, "29.98")
    with pytest.raises(InvalidInputError):  # no subscription to keep or cancel in the audit
        decide(store, gym.id, "keep", as_of=LOOKED_ON)


def test_three_dinners_a_month_apart_are_no_subscription(store, tmp_path: Path) -> None:
    _import_year(store, tmp_path)

    groups = _groups(store)
    assert groups["subscriptions"] == ["Netflix", "Planet Fitness", "Spotify"]
    review = year_review(store, 2026, today=LOOKED_ON)
    assert not review.started  # Netflix, Spotify and the gym renew from before the statements
    assert health_report(store, LOOKED_ON).subscriptions.as_json()["count"] == 3


def test_a_meal_plan_at_a_fixed_price_filed_under_food_still_is_a_subscription(
    store, tmp_path: Path
) -> None:
    plan = [
        (
            month_date(date(2026, 6, 20), i, 20),
            "HELLOFRESH 646-846-3663 NY",
            "Food & Drink",
            "79.96",
        )
        for i in range(5)
    ]
    import_files(store, [_checking_csv(tmp_path, GREENFIELD), _card_csv(tmp_path, plan)])

    assert "Hellofresh" in " ".join(_groups(store)["subscriptions"]).title()


def test_the_subscriptions_listing_a_user_reads(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = tmp_path / "files"
    files.mkdir()
    paths = [_checking_csv(files, OAKWOOD), _card_csv(files, _pizza())]
    cli_json(data, "import", *map(str, paths))

    listed = cli_json(data, "subscriptions", "--as-of", LOOKED_ON.isoformat())
    subscriptions = sorted(i["name"] for i in listed if i["group"] == "subscriptions")
    assert subscriptions == ["Netflix", "Planet Fitness", "Spotify"]
    (rent,) = [i for i in listed if i["amount"] == "-2950.00"]
    assert (rent["kind"], rent["group"]) == ("bill", "bills")
    (dinners,) = [i for i in listed if i["amount"] == "-22.80"]  # the pizzeria's latest
    assert dinners["group"] != "subscriptions"
