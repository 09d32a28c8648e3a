"""A Toronto household's month, as TD EasyWeb and BMO export it, and Canadian lines as RBC,
CIBC and Scotiabank print them: each is filed where the household would file it and named as
a person names it, without the province (ON) nor the bank's channel code (BPY, MSP, _M,
PREAUTH PYMT, [CW]); names that only hold a Canadian merchant's word are left alone."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from finapp.services.merchant_key_record import KEY_VERSION_SETTING
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Setting, Transaction
from tests.categorize.statements import load
from tests.categorize.test_shipped_refresh import _as_older_finapp_left_it
from tests.cli_in_process import run_main

#: TD chequing as EasyWeb exports it: no header, the name padded before the channel code
TD_CHEQUING = """\
10/01/2026,PREAUTH PYMT     MAPLE PROP MGMT,2150.00,,8390.84
10/03/2026,GOODLIFE FITNESS MSP,64.99,,8325.85
10/09/2026,UHN PAYROLL      PAY,,2791.12,11116.97
10/16/2026,TORONTO HYDRO    BPY,59.90,,11057.07
10/20/2026,BMO MASTERCARD   BPY,1214.55,,9842.52
10/22/2026,ROGERS           BPY,95.60,,9746.92
10/24/2026,SEND E-TFR ***Y4h   ,80.00,,9666.92
10/26/2026,TD ATM W/D       004512,60.00,,9606.92
10/27/2026,T T SUPERMARKET   _M,12.10,,9594.82
10/28/2026,DOLLARAMA # 845   _M,15.68,,9579.14
"""

#: BMO Mastercard's export: its preamble, purchases positive, the payment negative
BMO_MASTERCARD = """\
Following data is valid as of 202611010942432:

Item #,Card #,Transaction Date,Posting Date,Transaction Amount,Description
1,'5191230567984561',20261003,20261006,132.06,T&T SUPERMARKET #018 TORONTO ON
2,'5191230567984561',20261007,20261008,76.19,LOBLAWS #1056    TORONTO ON
3,'5191230567984561',20261008,20261009,47.85,PHO HUNG TORONTO ON
4,'5191230567984561',20261011,20261014,36.43,SWISS CHALET #1203 TORONTO ON
5,'5191230567984561',20261012,20261013,11.56,CHATIME TORONTO ON
6,'5191230567984561',20261015,20261016,78.12,PETRO-CANADA 03456 TORONTO ON
7,'5191230567984561',20261018,20261019,39.48,SHOPPERS DRUG MART #0823 TORONTO ON
8,'5191230567984561',20261021,20261022,-1214.55,PAYMENT RECEIVED - THANK YOU
"""

#: statement text → (the name shown, the category)
TORONTO_MONTH = {
    "PREAUTH PYMT     MAPLE PROP MGMT": ("Maple Prop Management", "Housing:Rent"),
    "GOODLIFE FITNESS MSP": ("GoodLife Fitness", "Health:Fitness"),
    "UHN PAYROLL      PAY": ("Salary — Uhn", "Income:Salary"),
    "TORONTO HYDRO    BPY": ("Toronto Hydro", "Bills & Utilities:Electricity"),
    "BMO MASTERCARD   BPY": ("BMO card payment", "Transfers:Card Payment"),
    "ROGERS           BPY": ("Rogers", "Bills & Utilities:Phone"),
    "SEND E-TFR ***Y4h": ("Interac e-Transfer", "Person to Person"),
    "TD ATM W/D       004512": ("Cash withdrawal", "Cash"),
    "T T SUPERMARKET   _M": ("T&T Supermarket", "Food:Groceries"),
    "DOLLARAMA # 845   _M": ("Dollarama", "Shopping"),
    "T&T SUPERMARKET #018 TORONTO ON": ("T&T Supermarket", "Food:Groceries"),
    "LOBLAWS #1056    TORONTO ON": ("Loblaws", "Food:Groceries"),
    "PHO HUNG TORONTO ON": ("Pho Hung", "Food:Dining"),
    "SWISS CHALET #1203 TORONTO ON": ("Swiss Chalet", "Food:Dining"),
    "CHATIME TORONTO ON": ("Chatime", "Food:Dining"),
    "PETRO-CANADA 03456 TORONTO ON": ("Petro-Canada", "Transport:Fuel"),
    "SHOPPERS DRUG MART #0823 TORONTO ON": ("Shoppers Drug Mart", "Health:Pharmacy"),
    "PAYMENT RECEIVED - THANK YOU": ("BMO card payment", "Transfers:Card Payment"),
}


def _shown(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, tuple[str, str]]:
    """Each line's statement text → the name and category ``finapp transactions`` gives."""
    argv = ["--data-dir", str(data_dir), "transactions", "--json", "--names"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    return {t["statement_text"]: (t["name"], t["category"]) for t in json.loads(out)}


def test_a_toronto_month_is_filed_and_named_as_the_household_would(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    td = tmp_path / "accountactivity_td_2026-10.csv"
    td.write_text(TD_CHEQUING, encoding="utf-8")
    bmo = tmp_path / "bmo_mastercard_2026-10.csv"
    bmo.write_text(BMO_MASTERCARD, encoding="utf-8")
    data = ["--data-dir", str(store.data_dir)]
    code, _, err = run_main([*data, "import", str(td), str(bmo)], capsys)
    assert code == 0, err

    shown = _shown(store.data_dir, capsys)
    wrong = {text: (shown.get(text), want) for text, want in TORONTO_MONTH.items()}
    assert {text: got for text, got in wrong.items() if got[0] != got[1]} == {}

    code, out, err = run_main([*data, "report", "--month", "2026-10", "--json"], capsys)
    assert code == 0, err
    assert "Uncategorized" not in out
    assert "Food:Dining" in out  # the three meals count against a dining-out budget


#: a Canadian line as its bank prints it → the category (None: no rule should guess)
CANADIAN_LINES = {
    # RBC, CIBC and Scotiabank word the channel before the name
    "Interac purchase - 4567 NO FRILLS #3456": "Food:Groceries",
    "POINT OF SALE - INTERAC RETAIL PURCHASE 000000001234 SOBEYS #812": "Food:Groceries",
    "INTERNET BILL PAY 000000123456 ENBRIDGE GAS": "Bills & Utilities:Gas & Heating",
    "Online Banking payment - 1234 BELL CANADA": "Bills & Utilities:Phone",
    "PREAUTHORIZED DEBIT HYDRO ONE NETWORKS": "Bills & Utilities:Electricity",
    "E-TRANSFER 105123456789 JOHN SMITH": "Person to Person",
    "ABM WITHDRAWAL 1234": "Cash",
    "[CW]TELUS MOB": "Bills & Utilities:Phone",
    "[CW]BC HYDRO": "Bills & Utilities:Electricity",
    "FIDO             BPY": "Bills & Utilities:Phone",
    "SHAW             BPY": "Bills & Utilities:Internet",
    "SCOTIABANK VISA  BPY": "Transfers:Card Payment",
    # grocers, fuel, restaurants, transit and shops as a card prints them
    "METRO 745 TORONTO ON": "Food:Groceries",
    "IGA EXTRA #8123 MONTREAL QC": "Food:Groceries",
    "FRESHCO #3821 SCARBOROUGH ON": "Food:Groceries",
    "REAL CANADIAN SUPERSTORE #1577 CALGARY AB": "Food:Groceries",
    "SAVE-ON-FOODS #2214 VANCOUVER BC": "Food:Groceries",
    "ESSO 1234 TORONTO ON": "Transport:Fuel",
    "HUSKY 1234 CALGARY AB": "Transport:Fuel",
    "CANADIAN TIRE GAS+ #123 TORONTO ON": "Transport:Fuel",
    "HARVEY'S #1234 TORONTO ON": "Food:Dining",
    "A&W #1234 TORONTO ON": "Food:Dining",
    "MARY BROWN'S #56 ST. JOHN'S NL": "Food:Dining",
    "SKIPTHEDISHES WINNIPEG MB": "Food:Delivery",
    "PRESTO FARE/PRESTO TORONTO ON": "Transport:Public Transit",
    "OC TRANSPO OTTAWA ON": "Transport:Public Transit",
    "TTC SUBWAY TORONTO ON": "Transport:Public Transit",
    "TTC-SUBWAY STN KIPLING TORONTO ON": "Transport:Public Transit",
    "SUBWAY 31245 TORONTO ON": "Food:Dining",
    "SUBWAY #4321 MISSISSAUGA ON": "Food:Dining",
    "STM-CARTES OPUS MONTREAL QC": "Transport:Public Transit",
    "CANADIAN TIRE #123 TORONTO ON": "Shopping",
    "WINNERS #234 TORONTO ON": "Shopping:Clothing",
    "HOMESENSE #41 TORONTO ON": "Shopping:Home",
    "REXALL #7002 EDMONTON AB": "Health:Pharmacy",
    # what holds a Canadian merchant's word but is not it
    "ROGERS CENTRE TORONTO ON": None,
    "ROGERS CHOCOLATES VICTORIA BC": None,
    "ROGERS BANK      BPY": "Transfers:Card Payment",
    "TACO BELL #3342 OTTAWA ON": "Food:Dining",
    "ESPRESSO BAR TORONTO ON": "Food:Coffee",  # a coffee bar, not the Esso station
    "HYDRO FLASK BEND OR": None,
    "PHOTO STUDIO TORONTO ON": None,
    "LA METRO TAP": "Transport:Public Transit",
    "GREEN PAPAYA TORONTO ON": None,
    "STAPLES CENTER LOS ANGELES CA": None,
    "PIONEER VILLAGE TORONTO ON": None,
    "SHAW FESTIVAL NIAGARA ON": None,
    "FIDO & CO PET SPA TORONTO ON": None,
}


def _loaded_and_shown(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: Iterable[str]
) -> dict[str, tuple[str, str]]:
    """Each of ``texts`` as a CAD card line of 15 October, imported, then as the CLI shows it."""
    lines = [(date(2026, 10, 15), "-25.00", text) for text in texts]
    load(store, tmp_path, "0012345678", lines, currency="CAD")
    return _shown(store.data_dir, capsys)


def test_canadian_lines_are_filed_and_near_misses_are_not(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _loaded_and_shown(store, tmp_path, capsys, CANADIAN_LINES)
    wrong = {t: (shown[t][1], want) for t, want in CANADIAN_LINES.items() if shown[t][1] != want}
    assert wrong == {}


#: how a line's name reads once the province and the bank's codes are gone
CANADIAN_NAMES = {
    "Interac purchase - 4567 NO FRILLS #3456": "No Frills",
    "INTERNET BILL PAY 000000123456 ENBRIDGE GAS": "Enbridge Gas",
    "[CW]TELUS MOB": "Telus",
    "FIDO             BPY": "Fido",
    "E-TRANSFER 105123456789 JOHN SMITH": "Interac e-Transfer",
    "ABM WITHDRAWAL 1234": "Cash withdrawal",
    "IGA EXTRA #8123 MONTREAL QC": "IGA Extra",
    "FRESHCO #3821 SCARBOROUGH ON": "Freshco",
    "ROGERS CENTRE TORONTO ON": "Rogers Centre",
    "SHAW FESTIVAL NIAGARA ON": "Shaw Festival",
}


def test_canadian_lines_are_named_without_the_province_or_the_banks_code(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _loaded_and_shown(store, tmp_path, capsys, CANADIAN_NAMES)
    assert {t: shown[t][0] for t in CANADIAN_NAMES} == CANADIAN_NAMES


def test_a_store_an_older_finapp_filled_files_its_canadian_bills_when_opened(
    store: Store, tmp_path: Path
) -> None:
    """An older finapp knew no Canadian merchant and kept TD's code and the province in the
    payees' keys ("ROGERS BPY", "LOBLAWS TORONTO"): opened by this one, the lines are keyed
    anew and the new book files them, the Rogers bill by its key included."""
    _as_older_finapp_left_it(store, [{"category": "Food:Groceries", "match": "contains",
                                      "patterns": ["COSTCO"]}])  # fmt: skip
    day = date(2026, 10, 22)
    texts = ("ROGERS           BPY", "LOBLAWS #1056    TORONTO ON")
    load(store, tmp_path, "0012345678", [(day, "-95.60", t) for t in texts], currency="CAD")
    with store.write() as session:
        for new, old in (("ROGERS", "ROGERS BPY"), ("LOBLAWS", "LOBLAWS TORONTO")):
            session.execute(
                update(Transaction).where(Transaction.merchant == new).values(merchant=old)
            )
        session.execute(delete(Setting).where(Setting.key == KEY_VERSION_SETTING))
    assert {t.category for t in list_transactions(store)} == {None}

    store.close()
    store = open_store(store.data_dir)
    try:
        filed = {t.payee: (t.merchant, t.category) for t in list_transactions(store)}
        assert filed == {
            "ROGERS           BPY": ("ROGERS", "Bills & Utilities:Phone"),
            "LOBLAWS #1056    TORONTO ON": ("LOBLAWS", "Food:Groceries"),
        }
    finally:
        store.close()


def _cibc_line(day: str, amount: str, fitid: str, memo: str, name: str | None = None) -> str:
    """One transaction as CIBC's chequing download writes it: on one line, no end tags but the
    record's, a time zone on the day, the NAME a number or a code when there is one."""
    kind = "CREDIT" if not amount.startswith("-") else "DEBIT"
    named = "" if name is None else f"<NAME>{name}"
    return (
        f"<STMTTRN><TRNTYPE>{kind}<DTPOSTED>{day}120000.000[-5:EST]<TRNAMT>{amount}"
        f"<FITID>{fitid}{named}<MEMO>{memo}</STMTTRN>\n"
    )


def _cibc_quarter() -> str:
    """Three months of a CIBC chequing account's QFX: the party of each line in its memo's
    fields between the kind of line and the channel."""
    lines = []
    for month, hydro, groceries in (("08", "-74.12", "-52.18"), ("09", "-58.90", "-131.07"),
                                    ("10", "-61.40", "-88.64")):  # fmt: skip
        day = f"2026{month}"
        lines += [
            _cibc_line(f"{day}01", "-1850.00", f"2{month}01740003233339627927", "PREAUTHORIZED "
                       "DEBIT;LUXMORE REALTY PPTY MGMT;Electronic Funds Transfer",
                       "TPAY &amp;lt;DEFTPYMT&amp;gt;"),
            _cibc_line(f"{day}05", "-18.99", f"2{month}05061032549554596", "PREAUTHORIZED DEBIT;"
                       "NETFLIX.COM;Electronic Funds Transfer", "000000000000000"),
            _cibc_line(f"{day}12", hydro, f"2{month}12061032549554597", "PREAUTHORIZED DEBIT;"
                       "B.C. HYDRO &amp; POWER AUTHORITY;Electronic Funds Transfer",
                       "000000000000000"),
            _cibc_line(f"{day}15", "1311.20", f"2{month}15061032549554598",
                       "DEPOSIT;Square, Inc.;Square, Inc.;Electronic Funds Transfer"),
            _cibc_line(f"{day}18", "-86.37", f"2{month}18061032549554599",
                       "PAY;MANULIFE;Electronic Funds Transfer"),
            _cibc_line(f"{day}20", groceries, f"2{month}20061032549554600",
                       "POINT OF SALE PURCHASE;SOBEYS #4821;Point of Sale"),
            _cibc_line(f"{day}25", "-412.55", f"2{month}25061032549554601",
                       "INTERNET BILL PAY 000000100765;Internet Banking", "MASTERCARD, WALMART"),
            _cibc_line(f"{day}28", "-3.95", f"2{month}28061032549554602",
                       "SERVICE CHARGE;Branch Transaction"),
            _cibc_line(f"{day}28", "0.42", f"2{month}28061032549554603",
                       "INTEREST;Branch Transaction"),
        ]  # fmt: skip
    lines.append(
        _cibc_line("20260922", "-60.00", "20922061032549554604",
                   "ATM WITHDRAWAL;SIERRA SPRINGS BKNG CTR 2F0O;Automated Banking Machine")
    )  # fmt: skip
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO<MESSAGE>OK</STATUS>"
        "<DTSERVER>20261106023518<LANGUAGE>ENG<INTU.BID>00005</SONRS></SIGNONMSGSRSV1>\n"
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>20261106023518<STATUS><CODE>0<SEVERITY>INFO"
        "<MESSAGE>OK</STATUS>\n<STMTRS><CURDEF>CAD<BANKACCTFROM><BANKID>000000000"
        "<ACCTID>00123 45-67890<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
        "<BANKTRANLIST><DTSTART>20260801120000<DTEND>20261031120000\n"
        + "".join(lines)
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>4211.18<DTASOF>20261031120000</LEDGERBAL>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )


#: a CIBC line's statement text (its NAME, else its memo) → the name shown and the category
CIBC_QUARTER = {
    "TPAY <DEFTPYMT>": ("Luxmore Realty Ppty Management", "Housing:Rent"),
    "000000000000000": None,  # Netflix and B.C. Hydro both: told apart by their memos below
    "DEPOSIT;Square, Inc.;Square, Inc.;Electronic Funds Transfer": ("Square", None),
    "PAY;MANULIFE;Electronic Funds Transfer": ("Manulife", "Insurance"),
    "POINT OF SALE PURCHASE;SOBEYS #4821;Point of Sale": ("Sobeys", "Food:Groceries"),
    "MASTERCARD, WALMART": ("Walmart card payment", "Transfers:Card Payment"),
    "SERVICE CHARGE;Branch Transaction": ("Service Charge", "Fees:Bank Fees"),
    "INTEREST;Branch Transaction": ("Interest", "Income:Interest"),
    "ATM WITHDRAWAL;SIERRA SPRINGS BKNG CTR 2F0O;Automated Banking Machine": (
        "Cash withdrawal",
        "Cash",
    ),
}


def test_a_cibc_quarter_is_named_by_the_party_in_its_memos_fields(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CIBC writes a chequing line's party between its kind and its channel ("PREAUTHORIZED
    DEBIT;NETFLIX.COM;Electronic Funds Transfer"), with a number or a code as its NAME: each
    line is named and filed by that party, the pre-authorized debits are a subscription and
    bills (not transfers, as the channel's words once made them), and the card's payment by
    bill pay is a move of the household's own money, not spending at Walmart."""
    qfx = tmp_path / "cibc_chequing_2026Q3.qfx"
    qfx.write_bytes(_cibc_quarter().encode("cp1252"))
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "import", str(qfx)], capsys)
    assert code == 0, err
    assert "escaped twice" in out  # the NAME's &amp;lt; is said, and read as <

    argv = [*data, "transactions", "--json", "--names"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    lines = json.loads(out)
    shown = {t["statement_text"]: (t["name"], t["category"]) for t in lines}
    wanted = {text: want for text, want in CIBC_QUARTER.items() if want is not None}
    assert {text: shown[text] for text in wanted} == wanted
    by_memo = {t["memo"]: (t["name"], t["category"]) for t in lines if t["payee"].startswith("0")}
    assert sorted(set(by_memo.values())) == [
        ("B.C. Hydro & Power Authority", "Bills & Utilities:Electricity"),
        ("Netflix", "Entertainment:Streaming"),
    ]

    code, out, err = run_main([*data, "subscriptions", "--json", "--as-of", "2026-11-02"], capsys)
    assert code == 0, err
    kinds = {s["name"]: s["kind"] for s in json.loads(out)}
    assert kinds["Netflix"] == "subscription"
    assert kinds["Luxmore Realty Ppty Management"] == "bill"
    assert kinds["B.C. Hydro & Power Authority"] == "bill"
    assert kinds["Manulife"] == "bill"
    assert kinds["Walmart card payment"] == "transfer"
