"""A card whose OFX and issuer CSV both list a shop visited every day, two coffees at a time.

The CSV dates a line by the purchase, the OFX by the posting one to three days later, so each
CSV coffee has several OFX coffees of the same price within reach. Whichever file comes first,
the account holds each coffee once: as many as the file that lists more of that day holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions

ACCOUNT = "Freedom"
SHOP = ("STARBUCKS STORE 24850", "STARBUCKS STORE 24850 CHARLOTTE NC")


@dataclass(frozen=True)
class Charge:
    bought: date
    posted: date
    amount: str  # as the OFX signs it: money out negative
    names: tuple[str, str]  # (the OFX NAME, the CSV description)
    fitid: str


def _coffee(bought: int, posted: int, n: int) -> Charge:
    return Charge(date(2024, 9, bought), date(2024, 9, posted), "-5.45", SHOP, f"C{bought}{n}")


def _order(day: int, amount: str, code: str) -> Charge:
    """An Amazon order of a price no other line has: it tells the usual posting delay."""
    names = (f"AMZN Mktp US*{code}", f"AMZN Mktp US*{code} Amzn.com/bill WA")
    return Charge(date(2024, 9, day), date(2024, 9, day + 1), amount, names, f"A{code}")


#: September's coffees as the bench's household 11 had them: the two of the 17th posted on the
#: 20th, while those of the 16th and 19th posted the next day and the day after.
SEPTEMBER = [
    _coffee(16, 17, 1),
    _coffee(16, 17, 2),
    _coffee(17, 20, 1),
    _coffee(17, 20, 2),
    _coffee(19, 21, 1),
    _coffee(19, 22, 2),
    _order(3, "-23.99", "2K4LM0XY3"),
    _order(9, "-61.07", "7Q2RP1ZT8"),
    _order(12, "-14.38", "9H5WK3DA1"),
    _order(24, "-42.50", "4M8TV6BC2"),
]


def _ofx(charges: list[Charge]) -> str:
    txns = "\n".join(
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{c.posted:%Y%m%d}120000[-5:EST]<TRNAMT>{c.amount}"
        f"<FITID>{c.posted:%Y%m%d}{c.fitid}<NAME>{c.names[0]}</STMTTRN>"
        for c in charges
    )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20241004<LANGUAGE>ENG<FI><ORG>B1<FID>10898</FI></SONRS></SIGNONMSGSRSV1>"
        "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4147202212349012</CCACCTFROM>"
        f"<BANKTRANLIST><DTSTART>20240901<DTEND>20240930\n{txns}\n</BANKTRANLIST>"
        "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n"
    )


def _chase_csv(charges: list[Charge]) -> str:
    """Chase's card CSV: purchase and posting dates, its own payees, charges negative."""
    lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"]
    for c in sorted(charges, key=lambda c: (c.posted, c.fitid), reverse=True):
        lines.append(
            f"{c.bought:%m/%d/%Y},{c.posted:%m/%d/%Y},{c.names[1]},Food & Drink,Sale,{c.amount},"
        )
    return "\n".join(lines) + "\n"


def _discover_csv(charges: list[Charge]) -> str:
    """Discover's card CSV: charges written positive, the payee quoted."""
    lines = ["Trans. Date,Post Date,Description,Amount,Category"]
    for c in sorted(charges, key=lambda c: (c.posted, c.fitid), reverse=True):
        lines.append(
            f'{c.bought:%m/%d/%Y},{c.posted:%m/%d/%Y},"{c.names[1]}",{c.amount[1:]},"Restaurants"'
        )
    return "\n".join(lines) + "\n"


def _amex_csv(charges: list[Charge]) -> str:
    """American Express: the purchase date only, charges positive, the card member named."""
    lines = ["Date,Description,Card Member,Account #,Amount"]
    for c in sorted(charges, key=lambda c: (c.bought, c.fitid), reverse=True):
        lines.append(f"{c.bought:%m/%d/%Y},{c.names[1]},JANE DOE,-41006,{c.amount[1:]}")
    return "\n".join(lines) + "\n"


def _citi_csv(charges: list[Charge]) -> str:
    """Citi: a status, the purchase date, charges in Debit."""
    lines = ["Status,Date,Description,Debit,Credit"]
    for c in sorted(charges, key=lambda c: (c.bought, c.fitid), reverse=True):
        lines.append(f'Cleared,{c.bought:%m/%d/%Y},"{c.names[1]}",{c.amount[1:]},')
    return "\n".join(lines) + "\n"


def _capital_one_csv(charges: list[Charge]) -> str:
    """Capital One's card: ISO dates, purchase and posting, the card's last four, Debit."""
    lines = ["Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit"]
    for c in sorted(charges, key=lambda c: (c.posted, c.fitid), reverse=True):
        lines.append(
            f"{c.bought:%Y-%m-%d},{c.posted:%Y-%m-%d},9012,{c.names[1]},Dining,{c.amount[1:]},"
        )
    return "\n".join(lines) + "\n"


CSV_OF = {
    "Chase": _chase_csv,
    "Discover": _discover_csv,
    "Amex": _amex_csv,
    "Citi": _citi_csv,
    "Capital One": _capital_one_csv,
}


def _amounts_seen(store) -> list[Decimal]:  # type: ignore[no-untyped-def]
    return sorted(t.amount for t in list_transactions(store, account=ACCOUNT))


def _import_in_order(store, write, ofx: str, csv: str, ofx_first: bool) -> list[Path]:  # type: ignore[no-untyped-def]
    files = [write("Freedom-Sep2024.ofx", ofx), write("activity-Sep2024.csv", csv)]
    for path in files if ofx_first else files[::-1]:
        result = import_files(store, [path], account_name=ACCOUNT)
        assert not result.failed, [f.error for f in result.files]
    return files


@pytest.mark.parametrize("issuer", sorted(CSV_OF))
@pytest.mark.parametrize("ofx_first", [True, False], ids=["ofx-first", "csv-first"])
def test_each_coffee_of_a_daily_shop_is_stored_once(store, write, issuer, ofx_first):
    _import_in_order(store, write, _ofx(SEPTEMBER), CSV_OF[issuer](SEPTEMBER), ofx_first)

    # before: seven coffees, one of the 17th's two listed twice
    assert _amounts_seen(store) == sorted(Decimal(c.amount) for c in SEPTEMBER)


@pytest.mark.parametrize("ofx_first", [True, False], ids=["ofx-first", "csv-first"])
def test_a_day_one_file_lists_two_coffees_and_the_other_one_keeps_two(store, write, ofx_first):
    # the CSV was downloaded before the second coffee of the 17th posted: the OFX lists both
    in_csv = [c for c in SEPTEMBER if c.fitid != "C172"]
    _import_in_order(store, write, _ofx(SEPTEMBER), _chase_csv(in_csv), ofx_first)

    coffees = [a for a in _amounts_seen(store) if a == Decimal("-5.45")]
    assert len(coffees) == 6
    assert len(list_transactions(store, account=ACCOUNT)) == len(SEPTEMBER)


@pytest.mark.parametrize("ofx_first", [True, False], ids=["ofx-first", "csv-first"])
def test_importing_both_files_again_adds_nothing(store, write, ofx_first):
    files = _import_in_order(store, write, _ofx(SEPTEMBER), _chase_csv(SEPTEMBER), ofx_first)

    assert import_files(store, files, account_name=ACCOUNT).new == 0
    assert len(list_transactions(store, account=ACCOUNT)) == len(SEPTEMBER)


#: 招商银行's card: a mid-month export of the lines posted so far (the second 瑞幸 of 5 January
#: had not posted yet), and the month's bill, which lists both coffees of that day.
CMB_SO_FAR = (
    "招商银行信用卡未出账单明细（个人消费卡账户 2024年01月）",
    ("12/30", "01/02", "美团-北京三快在线科技有限公司", "86.50"),
    ("01/05", "01/06", "瑞幸咖啡", "9.90"),
)
CMB_BILL = (
    "招商银行信用卡对账单（个人消费卡账户 2024年01月）",
    ("12/30", "01/02", "美团-北京三快在线科技有限公司", "86.50"),
    ("01/05", "01/06", "瑞幸咖啡", "9.90"),
    ("01/05", "01/07", "瑞幸咖啡", "9.90"),
    ("", "01/18", "银联转账还款", "-500.00"),
)


def _cmb_csv(title: str, *lines: tuple[str, str, str, str]) -> bytes:
    rows = [title, "交易日,记账日,交易摘要,人民币金额,卡号末四位,交易地金额"]
    rows += [f"{day},{booked},{what},{amount},1234,{amount}" for day, booked, what, amount in lines]
    return ("\n".join(rows) + "\n").encode("gb18030")


@pytest.mark.parametrize("bill_first", [True, False], ids=["bill-first", "export-first"])
def test_a_cmb_bill_and_an_earlier_export_of_its_month_keep_the_days_two_coffees(
    store, write, bill_first
):
    files = [
        write("招商银行信用卡未出账单.csv", _cmb_csv(*CMB_SO_FAR)),
        write("招商银行信用卡对账单_202401.csv", _cmb_csv(*CMB_BILL)),
    ]
    for path in files[::-1] if bill_first else files:
        assert not import_files(store, [path], account_name="招行信用卡").failed

    seen = sorted((t.date, t.amount) for t in list_transactions(store, account="招行信用卡"))
    assert seen == [
        (date(2023, 12, 30), Decimal("-86.50")),
        (date(2024, 1, 5), Decimal("-9.90")),
        (date(2024, 1, 5), Decimal("-9.90")),
        (date(2024, 1, 18), Decimal("500.00")),
    ]
