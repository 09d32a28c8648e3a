"""American Express's short download (``Date,Description,Amount``, charges positive) month after
month, as the Millers of Columbus download it: the first, with no payment in it yet, is read
with the "American Express" profile the refusal points to; the next ones are read on their own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.csv.profiles import profile_named
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.helpers import run_cli

OCTOBER = """\
Date,Description,Amount
11/03/2025,SPOTIFY USA 877-778-1161 NY,16.99
11/02/2025,COSTCO WHSE #0378 COLUMBUS OH,227.37
10/21/2025,COSTCO *ANNUAL RENEWAL 800-774-2678 WA,130.00
10/20/2025,DISNEY PLUS 888-905-7888 CA,13.99
10/16/2025,COSTCO WHSE #0378 COLUMBUS OH,223.26
10/03/2025,SPOTIFY USA 877-778-1161 NY,16.99
10/02/2025,COSTCO WHSE #0378 COLUMBUS OH,208.19
"""
NOVEMBER = """\
Date,Description,Amount
12/03/2025,SPOTIFY USA 877-778-1161 NY,16.99
12/02/2025,COSTCO WHSE #0378 COLUMBUS OH,215.04
11/24/2025,ONLINE PAYMENT - THANK YOU,-612.43
11/20/2025,DISNEY PLUS 888-905-7888 CA,13.99
11/16/2025,COSTCO WHSE #0378 COLUMBUS OH,210.93
11/03/2025,SPOTIFY USA 877-778-1161 NY,16.99
11/02/2025,COSTCO WHSE #0378 COLUMBUS OH,227.37
"""


def test_the_next_short_download_goes_into_the_card_the_first_one_made(
    store: Store, tmp_path: Path
) -> None:
    """The second download names no card, so it opened a "Credit Card" beside "American Express
    Credit Card": the two days both files cover (Costco 227.37, Spotify 16.99) were in each,
    and November's spending read 4,526.33 where the family spent 4,281.97 (here 244.36 over)."""
    first = tmp_path / "activity.csv"
    first.write_text(OCTOBER, encoding="utf-8")
    second = tmp_path / "activity (1).csv"
    second.write_text(NOVEMBER, encoding="utf-8")
    amex = profile_named("American Express")
    assert not import_files(store, [first], profile=amex).failed
    result = import_files(store, [second])

    assert not result.failed
    (counts,) = [c for f in result.files for c in f.accounts]
    assert (counts.account, counts.new, counts.duplicates) == ("American Express Credit Card", 5, 2)
    assert [a.name for a in list_accounts(store)] == ["American Express Credit Card"]
    assert len(list_transactions(store)) == 12
    (november,) = month_report(store, date(2025, 11, 1), as_of=date(2025, 12, 12)).totals
    assert november.expenses == Decimal("469.28")  # 227.37 + 16.99 + 210.93 + 13.99


def test_the_first_download_refused_names_the_profile_that_reads_it(tmp_path: Path) -> None:
    """With no payment in it yet, every amount is positive and the file says nothing of being
    Amex's: the refusal said "choose a profile with --profile NAME", naming none."""
    first = tmp_path / "activity.csv"
    first.write_text(OCTOBER, encoding="utf-8")

    refused = run_cli(tmp_path / "data", "import", str(first))
    assert refused.returncode != 0
    assert 'reads with --profile "American Express"' in refused.stderr
    taken = run_cli(tmp_path / "data", "import", "--profile", "American Express", str(first))
    assert taken.returncode == 0 and "American Express Credit Card: 7 new" in taken.stdout
