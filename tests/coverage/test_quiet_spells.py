"""Monthly CSV statements that state no period cover the days from their first line to their
last: the days before a month's first line are no hole when the account often goes that long
without a line, while a busy account lacking a whole month still shows one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.importers.test_csv_capital_one_360 import HEADER, SAVINGS_NOV, SAVINGS_OCT


def _import(store, folder: Path, **files: str) -> None:  # type: ignore[no-untyped-def]
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_files(store, [folder / name for name in files])


def _gaps(store) -> dict[str, tuple[tuple[date, date], ...]]:  # type: ignore[no-untyped-def]
    return {view.name: view.gaps for view in list_accounts(store)}


def test_a_savings_account_moving_twice_a_month_misses_nothing_between_its_months(
    store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _import(store, tmp_path, **{"october.csv": SAVINGS_OCT, "november.csv": SAVINGS_NOV})
    assert _gaps(store) == {"Capital One Savings …7731": ()}


def _busy_month(first: date, balance: int) -> list[str]:
    """A checking account's card purchases every third day of a month, newest first."""
    lines = []
    for n in range(10):
        day = first + timedelta(days=3 * n)
        balance -= 25
        lines.append(
            f"5520,Debit Card Purchase - KROGER #512 CINCINNATI OH,{day:%m/%d/%y},Debit,"
            f"25.00,{balance}.00"
        )
    return lines[::-1]


def test_a_busy_account_lacking_a_month_shows_the_hole(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    september = HEADER + "\n".join(_busy_month(date(2026, 9, 1), 3000)) + "\n"
    november = HEADER + "\n".join(_busy_month(date(2026, 11, 1), 2750)) + "\n"
    _import(store, tmp_path, **{"sep.csv": september, "nov.csv": november})
    assert _gaps(store) == {
        "Capital One Checking …5520": ((date(2026, 9, 29), date(2026, 10, 31)),)
    }
