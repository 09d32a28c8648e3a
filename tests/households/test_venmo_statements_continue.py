"""Jennifer Miller's Venmo (:mod:`tests.households.us_family`), downloaded month by month: a
wallet topped up once a month and paying a friend once or twice lies quiet for weeks, and its
statement states no period, only its balances."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.payee_names import StoreNames
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.households import us_family as us


def _statement(folder: Path, family: us.Family, first: date, last: date) -> Path:
    return us.write_venmo(folder / f"VenmoStatement_{first:%B_%Y}.csv", family, first, last)


def test_monthly_statements_whose_balances_carry_on_miss_nothing(
    store: Store, tmp_path: Path
) -> None:
    """October's statement ends with the 25.00 to Mike Chen on the 8th, November's begins with
    the top-up on the 5th: the Accounts list said 2025-10-09 – 2025-11-04 was missing, though
    November's statement opens on the $75.00 October's closed on."""
    family = us.build()
    months = [_statement(tmp_path, family, date(2025, 10, 1), date(2025, 10, 31)),
              _statement(tmp_path, family, date(2025, 11, 1), date(2025, 11, 30))]  # fmt: skip
    for path in months:
        assert not import_files(store, [path]).failed

    (venmo,) = list_accounts(store)
    assert (venmo.covered_from, venmo.covered_until) == (date(2025, 10, 6), date(2025, 11, 20))
    assert venmo.gaps == ()


def test_a_month_not_downloaded_is_still_missing(store: Store, tmp_path: Path) -> None:
    """December's statement skipped: January's balance does not carry on from November's."""
    family = us.build()
    months = [_statement(tmp_path, family, date(2025, 10, 1), date(2025, 10, 31)),
              _statement(tmp_path, family, date(2025, 11, 1), date(2025, 11, 30)),
              _statement(tmp_path, family, date(2026, 1, 1), date(2026, 1, 31))]  # fmt: skip
    for path in months:
        assert not import_files(store, [path]).failed

    (venmo,) = list_accounts(store)
    assert venmo.gaps == ((date(2025, 11, 21), date(2026, 1, 4)),)


def test_a_friend_paid_for_the_uber_home_is_the_friend(store: Store, tmp_path: Path) -> None:
    """Jennifer paid Dana Ortiz 12.75 with the note "uber home": the line was shown as paid to
    Uber, the statement's To (Dana Ortiz) only in the printed text."""
    family = us.build()
    path = _statement(tmp_path, family, date(2026, 2, 1), date(2026, 2, 28))
    assert not import_files(store, [path]).failed

    with store.read() as session:
        names = StoreNames(session)
        shown = {(names.of_line(t.id), t.amount) for t in list_transactions(store)}
    assert ("Dana Ortiz", Decimal("-12.75")) in shown
    assert not [name for name, _ in shown if "Uber" in name]
