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


#: Nationwide's credit card and a Loyalty Saver, downloaded as its site writes them: the kind of
#: account is only in the name above the header (the current account's layout is the same)
CARD = """\
"Account Name:","Nationwide Credit Card ****4417"
"Account Balance:","£131.07"
"Available Balance: ","£4,868.93"

"Date","Transactions","Location","Paid out","Paid in"
"05 Nov 2026","NETFLIX.COM","LOS GATOS","£15.49",""
"08 Nov 2026","COSTA COFFEE","LONDON","£3.40",""
"08 Nov 2026","COSTA COFFEE","LONDON","£3.40",""
"21 Nov 2026","PAYMENT RECEIVED - THANK YOU","","","£250.00"
"""
SAVER = """\
"Account Name:","Loyalty Saver ****67890"
"Account Balance:","£2,500.00"
"Available Balance: ","£2,500.00"

"Date","Transaction type","Description","Paid out","Paid in","Balance"
"20 Oct 2026","Transfer from","FlexDirect 070116 ****12345","","£500.00","£2,000.00"
"20 Nov 2026","Transfer from","FlexDirect 070116 ****12345","","£500.00","£2,500.00"
"""


def test_a_card_and_a_saver_are_of_the_kind_their_names_say(store: Store, tmp_path: Path) -> None:
    card = tmp_path / "Statement Download 2026-Dec-01 10-14-02.csv"
    card.write_bytes(CARD.encode("cp1252"))
    saver = tmp_path / "Statement Download 2026-Dec-01 10-15-47.csv"
    saver.write_bytes(SAVER.encode("cp1252"))
    import_files(store, [DECEMBER, card, saver])
    kinds = {a.name: a.type for a in list_accounts(store)}
    assert kinds == {
        "FlexDirect": "checking",
        "Nationwide Credit Card": "credit_card",
        "Loyalty Saver": "savings",
    }
