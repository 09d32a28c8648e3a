"""A bank's download named with the day it was made is the same account each time.

``downloads/Statement Download 2026-Dec-01 10-12-33.csv`` is Nationwide's current account as
its site downloads it (cp1252, ``£`` amounts, the masked account above the header). The next
download of the same months, made in January, is named ``Statement Download 2027-Jan-02
09-01-10.csv``: the year in its name is no card's last four digits.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store

DECEMBER = Path(__file__).parent / "downloads" / "Statement Download 2026-Dec-01 10-12-33.csv"


def test_the_next_download_of_a_statement_adds_nothing(store: Store, tmp_path: Path) -> None:
    january = tmp_path / "Statement Download 2027-Jan-02 09-01-10.csv"
    shutil.copy(DECEMBER, january)

    first = import_files(store, [DECEMBER])
    again = import_files(store, [january])

    assert first.new == 17 and again.new == 0
    (account,) = list_accounts(store)
    assert account.number == "2345"  # "FlexDirect ****12345" above the header


def test_the_account_is_called_as_the_download_names_it(store: Store) -> None:
    """Nationwide names the account above its header ("Account Name:","FlexDirect ****12345"):
    the new account is FlexDirect, not "Checking …2345", which named no bank or account."""
    import_files(store, [DECEMBER])
    (account,) = list_accounts(store)
    assert (account.name, account.number) == ("FlexDirect", "2345")
