"""Jennifer Miller's Venmo (:mod:`tests.households.us_family`), downloaded month by month: a
wallet topped up once a month and paying a friend once or twice lies quiet for weeks, and its
statement states no period, only its balances."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
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
