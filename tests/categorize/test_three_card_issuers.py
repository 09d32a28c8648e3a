"""Three US card issuers' CSV exports, as their sites download them, each with its own columns
and sign: American Express lists a charge as a positive amount and a payment or refund as a
negative one, Discover has one signed column, Capital One a Debit and a Credit column. Every
line is a charge or a payment the right way round, named and filed as a household expects."""

from __future__ import annotations

from pathlib import Path

from finapp.store.engine import Store
from tests.categorize.statements import imported_as_shown

AMEX = """Date,Description,Card Member,Account #,Amount
10/28/2026,NETFLIX.COM         NETFLIX.COM         CA,JOHN DOE,-41007,15.49
10/27/2026,WHOLEFDS MKT 10234  AUSTIN              TX,JOHN DOE,-41007,84.12
10/25/2026,AUTOPAY PAYMENT - THANK YOU,JOHN DOE,-41007,-1250.00
10/22/2026,AMAZON MARKETPLACE NA PA AMZN.COM/BILL  WA,JOHN DOE,-41007,-23.99
10/20/2026,H-E-B #595           AUSTIN              TX,JOHN DOE,-41007,61.07
"""
DISCOVER = """Trans. Date,Post Date,Description,Amount,Category
10/02/2026,10/02/2026,"SPOTIFY USA 877-7781161 NY",11.99,"Services"
10/05/2026,10/05/2026,"INTERNET PAYMENT - THANK YOU",-300.00,"Payments and Credits"
10/09/2026,10/10/2026,"CHICK-FIL-A #01234 AUSTIN TX",12.45,"Restaurants"
"""
CAPITAL_ONE = """Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit
2026-10-03,2026-10-04,1234,HULU 877-8244858 CA,Entertainment,17.99,
2026-10-07,2026-10-08,1234,CAPITAL ONE MOBILE PYMT,Payment/Credit,,500.00
2026-10-09,2026-10-10,1234,SHELL OIL 57444032004,Gas/Automotive,41.30,
"""


def test_each_issuer_s_lines_are_charges_and_payments_named_and_filed(
    store: Store, tmp_path: Path
) -> None:
    files = []
    for name, text in (
        ("activity.csv", AMEX),
        ("Discover-Statement-20261031.csv", DISCOVER),
        ("2026-10-31_transaction_download.csv", CAPITAL_ONE),
    ):
        files.append(tmp_path / name)
        files[-1].write_text(text, encoding="utf-8")
    assert imported_as_shown(store, files) == {
        ("Netflix", "-15.49", "Entertainment:Streaming"),
        ("Whole Foods", "-84.12", "Food:Groceries"),
        ("American Express card payment", "1250.00", "Transfers:Card Payment"),
        ("Amazon", "23.99", "Shopping:Online"),  # a refund
        ("H-E-B", "-61.07", "Food:Groceries"),
        ("Spotify", "-11.99", "Entertainment:Music"),
        ("Discover card payment", "300.00", "Transfers:Card Payment"),
        ("Chick-fil-A", "-12.45", "Food:Dining"),
        ("Hulu", "-17.99", "Entertainment:Streaming"),
        ("Capital One card payment", "500.00", "Transfers:Card Payment"),
        ("Shell Oil", "-41.30", "Transport:Fuel"),
    }
