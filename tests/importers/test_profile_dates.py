"""A bank's export from another country writes its dates day first: finapp reads them so.

American Express and PayPal write ``MM/DD/YYYY`` in the United States and ``DD/MM/YYYY`` in
the United Kingdom, under the same header. The files here are the UK exports as downloaded
(a card statement of two months, newest first; PayPal's activity with its time zone column).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

AMEX_UK = """Date,Description,Card Member,Account #,Amount
10/11/2026,PAYMENT RECEIVED - THANK YOU,MS J DOE,-71004,-120.09
04/11/2026,TESCO STORES 3152         LONDON,MS J DOE,-71004,38.77
02/11/2026,NETFLIX.COM                AMSTERDAM,MS J DOE,-71004,10.99
10/10/2026,PAYMENT RECEIVED - THANK YOU,MS J DOE,-71004,-181.40
06/10/2026,TESCO STORES 3152         LONDON,MS J DOE,-71004,61.02
02/10/2026,NETFLIX.COM                AMSTERDAM,MS J DOE,-71004,10.99
"""
#: the same card in the United States: 6 January to 11 February, every day 12 or less too
AMEX_US = """Date,Description,Card Member,Account #,Amount
02/11/2026,PAYMENT RECEIVED - THANK YOU,JANE DOE,-71004,-120.09
02/04/2026,WHOLEFDS MKT 10234 AUSTIN TX,JANE DOE,-71004,38.77
02/02/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,10.99
01/10/2026,PAYMENT RECEIVED - THANK YOU,JANE DOE,-71004,-181.40
01/06/2026,WHOLEFDS MKT 10234 AUSTIN TX,JANE DOE,-71004,61.02
01/02/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,10.99
"""
_PAYPAL_HEADER = (
    '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
    '"From Email Address","To Email Address","Transaction ID","Balance","Balance Impact"'
)


def _paypal_uk(first_day: str) -> str:
    """PayPal UK's activity: Spotify on the 9th of three months, an eBay purchase funded by a
    bank deposit on the 2nd of October, and a withdrawal on ``first_day`` of November."""
    rows = [
        f'"{first_day}/11/2026","18:40:00","GMT","","General Withdrawal - Bank Account",'
        f'"Completed","GBP","-57.96","0.00","-57.96","","","12A12345BC678901{first_day}","0.00","Debit"'
    ]
    for n, month in enumerate(("11", "10", "09")):
        rows += [
            f'"09/{month}/2026","03:14:07","GMT","","General Card Deposit","Completed","GBP",'
            f'"11.99","0.00","11.99","","","0{n}A12345BC6789010{n}","11.99","Credit"',
            f'"09/{month}/2026","03:14:07","GMT","Spotify USA Inc",'
            '"PreApproved Payment Bill User Payment","Completed","GBP","-11.99","0.00","-11.99",'
            f'"","","0{n}B12345BC6789010{n}","0.00","Debit"',
        ]
    rows += [
        '"02/10/2026","11:20:45","GMT","","Bank Deposit to PP Account ","Completed","GBP",'
        '"1,249.00","0.00","1,249.00","","","08A12345BC67890108","1,249.00","Credit"',
        '"02/10/2026","11:20:45","GMT","eBay Seller vintage_cams","Express Checkout Payment",'
        '"Completed","GBP","-1,249.00","0.00","-1,249.00","","","08B12345BC67890108","0.00",'
        '"Debit"',
    ]
    return "\ufeff" + "\n".join([_PAYPAL_HEADER, *rows]) + "\n"


def _days(store: Store, words: str) -> list[date]:
    return sorted(t.date for t in list_transactions(store) if words in t.payee)


def test_amex_uk_dates_are_day_first(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "activity.csv"
    path.write_text(AMEX_UK)

    (file,) = import_files(store, [path]).files

    assert file.error is None and file.new == 6
    assert _days(store, "NETFLIX") == [date(2026, 10, 2), date(2026, 11, 2)]  # not Feb 10, 11
    assert _days(store, "TESCO") == [date(2026, 10, 6), date(2026, 11, 4)]


def test_amex_us_dates_stay_month_first(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "activity.csv"
    path.write_text(AMEX_US)

    import_files(store, [path])

    assert _days(store, "NETFLIX") == [date(2026, 1, 2), date(2026, 2, 2)]


def test_paypal_uk_is_read_day_first_whether_or_not_a_day_passes_12(
    store: Store, tmp_path: Path
) -> None:
    for first_day in ("04", "21"):  # the 4th: every day 12 or less; the 21st says so itself
        path = tmp_path / f"Download-{first_day}.CSV"
        path.write_text(_paypal_uk(first_day), encoding="utf-8")
        (file,) = import_files(store, [path]).files
        assert file.error is None, file.error

    spotify = [t for t in list_transactions(store) if t.payee == "Spotify USA Inc"]
    assert sorted(t.date for t in spotify) == [date(2026, m, 9) for m in (9, 10, 11)]
    assert [t.amount for t in spotify] == [Decimal("-11.99")] * 3  # each once: same dates
    (withdrawal, other) = sorted(
        t.date for t in list_transactions(store) if "Withdrawal" in t.payee
    )
    assert (withdrawal, other) == (date(2026, 11, 4), date(2026, 11, 21))
