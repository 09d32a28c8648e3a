"""Which account an OFX/QFX download goes into, as the big banks write them.

Chase's QFX names itself ``<ORG>B1<FID>10898``; its CSV profile calls it "Chase". The account
is the bank's by the name a person knows, a masked account number (``XXXXXXXX6789``) finds the
account it masks, and the same card's CSV finds the account its QFX made.
"""

from __future__ import annotations

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files

SGML = (
    "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\n"
    "CHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
)


def _signon(fi: str) -> str:
    return (
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO<MESSAGE>SUCCESS</STATUS>"
        f"<DTSERVER>20261115061512.318[-8:PST]<LANGUAGE>ENG{fi}</SONRS></SIGNONMSGSRSV1>"
    )


def _line(day: str, amount: str, fitid: str, name: str) -> str:
    kind = "DEBIT" if amount.startswith("-") else "CREDIT"
    return (
        f"<STMTTRN><TRNTYPE>{kind}<DTPOSTED>{day}000000.000[-8:PST]<TRNAMT>{amount}"
        f"<FITID>{fitid}<NAME>{name}</STMTTRN>"
    )


#: the card's lines in its QFX, each as the CSV below writes it
CARD_LINES = (
    ("20261016", "-11.99", "Spotify USA"),
    ("20261018", "-54.21", "SQ *BLUE BOTTLE COFFEE"),
    ("20261022", "-139.00", "AMAZON PRIME*H71KZ2"),
    ("20261025", "25.00", "REFUND: TARGET 00012"),
    ("20261105", "450.00", "Payment Thank You-Mobile"),
    ("20261110", "-7.50", "UBER   *TRIP"),
)


def chase_card_qfx(fi: str = "<FI><ORG>B1<FID>10898</FI><INTU.BID>10898") -> str:
    lines = "".join(
        _line(day, amount, f"2026{n:04}24692166289", name)
        for n, (day, amount, name) in enumerate(CARD_LINES)
    )
    return (
        SGML
        + _signon(fi)
        + "<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4266841234567890</CCACCTFROM>"
        "<BANKTRANLIST><DTSTART>20261015000000.000[-8:PST]<DTEND>20261114000000.000[-8:PST]"
        + lines
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>-1287.66<DTASOF>20261114000000.000[-8:PST]"
        "</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>"
    )


def _names(store) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(a.name for a in list_accounts(store))


def test_a_chase_download_is_chases_account_not_b1s(store, write) -> None:
    result = import_files(store, [write("Chase7890_Activity.QFX", chase_card_qfx())]).files[0]
    assert [a.account for a in result.accounts] == ["Chase …7890"]
    assert [a.institution for a in list_accounts(store)] == ["Chase"]


def test_a_bank_served_by_intuit_is_known_by_its_fid(store, write) -> None:
    schwab = chase_card_qfx("<FI><ORG>ISC<FID>5104</FI><INTU.BID>5104")
    import_files(store, [write("schwab.qfx", schwab)])
    assert _names(store) == ["Charles Schwab …7890"]


def test_a_bank_whose_org_is_its_name_keeps_it(store, write) -> None:
    import_files(store, [write("card.ofx", chase_card_qfx("<FI><ORG>Ally<FID>6157</FI>"))])
    assert _names(store) == ["Ally …7890"]


def checking_ofx(acctid: str, lines: list[tuple[str, str, str, str]], fi: str = "") -> str:
    """A bank's checking statement, SGML as downloaded, of (day, amount, FITID, name) lines."""
    body = "".join(_line(day, amount, fitid, name) for day, amount, fitid, name in lines)
    return (
        SGML
        + _signon(fi)
        + "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>"
        f"<CURDEF>USD<BANKACCTFROM><BANKID>021000021<ACCTID>{acctid}<ACCTTYPE>CHECKING"
        f"</BANKACCTFROM><BANKTRANLIST><DTSTART>{lines[0][0]}<DTEND>{lines[-1][0]}"
        + body
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>1000.00"
        f"<DTASOF>{lines[-1][0]}</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
    )


OCTOBER = [
    ("20261001", "-1850.00", "202610010001", "ONLINE TRANSFER TO LANDLORD"),
    ("20261020", "-89.99", "202610200001", "COMCAST CABLE COMM"),
    ("20261031", "-35.00", "202610310001", "ATM WITHDRAWAL 0123"),
]
NOVEMBER = [
    ("20261020", "-89.99", "202610200001", "COMCAST CABLE COMM"),
    ("20261031", "-35.00", "202610310001", "ATM WITHDRAWAL 0123"),
    ("20261101", "-1850.00", "202611010001", "ONLINE TRANSFER TO LANDLORD"),
]


def test_a_download_with_its_number_masked_finds_its_account(store, write) -> None:
    chase = "<FI><ORG>B1<FID>10898</FI>"
    import_files(store, [write("oct.ofx", checking_ofx("000123456789", OCTOBER, chase))])
    masked = write("nov.ofx", checking_ofx("XXXXXXXX6789", NOVEMBER))
    (counts,) = import_files(store, [masked]).files[0].accounts
    assert (counts.account, counts.new, counts.duplicates) == ("Chase …6789", 1, 2)
    assert _names(store) == ["Chase …6789"]


def test_a_masked_number_never_joins_another_banks_account_ending_alike(store, write) -> None:
    import_files(store, [write("oct.ofx", checking_ofx("000123456789", OCTOBER,
                                                       "<FI><ORG>B1<FID>10898</FI>"))])  # fmt: skip
    wells = checking_ofx("XXXXXXXX6789", NOVEMBER, "<FI><ORG>WF<FID>3000</FI>")
    (counts,) = import_files(store, [write("wf.ofx", wells)]).files[0].accounts
    assert (counts.account, counts.new) == ("Wells Fargo …6789", 3)


#: Chase's card CSV of the same six lines as the QFX above: no card number, newest first
CHASE_CARD_CSV = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
11/10/2026,11/11/2026,UBER   *TRIP,Travel,Sale,-7.50,
11/05/2026,11/05/2026,Payment Thank You-Mobile,,Payment,450.00,
10/25/2026,10/26/2026,REFUND: TARGET 00012,Shopping,Return,25.00,
10/22/2026,10/23/2026,AMAZON PRIME*H71KZ2,Shopping,Sale,-139.00,
10/18/2026,10/19/2026,SQ *BLUE BOTTLE COFFEE,Food & Drink,Sale,-54.21,
10/16/2026,10/17/2026,Spotify USA,Entertainment,Sale,-11.99,
"""


def test_the_cards_csv_goes_into_the_account_its_qfx_made(store, write) -> None:
    import_files(store, [write("Chase7890_Activity.QFX", chase_card_qfx())])
    (counts,) = import_files(store, [write("Activity.CSV", CHASE_CARD_CSV)]).files[0].accounts
    assert (counts.account, counts.matched_by) == ("Chase …7890", "lines")
    assert (counts.new, counts.duplicates, counts.other_format) == (0, 6, 6)
    assert _names(store) == ["Chase …7890"]


#: Bank of America's checking CSV: its summary above the lines, a check the OFX did not have
BOFA_CSV = "\n".join(
    [
        "Description,,Summary Amt.",
        'Beginning balance as of 10/01/2026,,"1,502.33"',
        'Total credits,,"3,100.00"',
        'Total debits,,"-2,030.86"',
        'Ending balance as of 10/31/2026,,"2,571.47"',
        "",
        "Date,Description,Amount,Running Bal.",
        '10/01/2026,Beginning balance as of 10/01/2026,,"1,502.33"',
        '10/01/2026,"GLOBEX INC DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE CO ID:XXXXX98765 PPD",'
        '"3,100.00","4,602.33"',
        '10/02/2026,"Online Banking transfer to SAV 1122 Confirmation# 1234567890","-400.00",'
        '"4,202.33"',
        '10/07/2026,"PGANDE DES:WEB ONLINE ID:XXXXX6789 INDN:JANE DOE CO ID:XXXXX00001 WEB",'
        '"-120.55","4,081.78"',
        '10/12/2026,"APPLE.COM/BILL 10/11 PURCHASE 866-712-7753 CA","-9.99","4,071.79"',
        '10/20/2026,"Check 1044","-1,500.32","2,571.47"',
        "",
    ]
)

BOFA_OFX_LINES = [
    ("20261001", "3100.00", "90001", "GLOBEX INC DES:PAYROLL"),
    ("20261002", "-400.00", "90002", "Online Banking transfer to SAV 1122"),
    ("20261007", "-120.55", "90003", "PGANDE DES:WEB ONLINE"),
    ("20261012", "-9.99", "90004", "APPLE.COM/BILL"),
]


def test_a_csv_joins_the_account_whose_download_named_no_bank(store, write) -> None:
    import_files(store, [write("stmt.ofx", checking_ofx("4455667788", BOFA_OFX_LINES))])
    (counts,) = import_files(store, [write("stmt.csv", BOFA_CSV)]).files[0].accounts
    assert (counts.account, counts.matched_by, counts.new, counts.duplicates) == (
        "Checking …7788", "lines", 1, 4)  # fmt: skip
    assert [(a.name, a.institution) for a in list_accounts(store)] == [
        ("Checking …7788", "Bank of America")
    ]


def _charge(amount: str) -> str:
    """An amount as a card export that writes charges as positive numbers writes it."""
    return amount[1:] if amount.startswith("-") else "-" + amount


def test_another_banks_csv_of_the_same_amounts_stays_apart(store, write) -> None:
    import_files(store, [write("Chase7890_Activity.QFX", chase_card_qfx())])
    # Discover writes charges as positive amounts
    discover = "Trans. Date,Post Date,Description,Amount,Category\n" + "".join(
        f"{d[4:6]}/{d[6:]}/{d[:4]},{d[4:6]}/{d[6:]}/{d[:4]},{name},{_charge(a)},Shopping\n"
        for d, a, name in CARD_LINES
    )
    (counts,) = import_files(store, [write("Discover.csv", discover)]).files[0].accounts
    assert (counts.account, counts.new) == ("Discover Credit Card", 6)


#: a credit union's export: date, payee and amount, no bank, no account
CREDIT_UNION = """\
Date,Description,Amount
10/15/2026,NETFLIX.COM,-15.49
10/16/2026,SAFEWAY #1234,-60.00
"""


def test_a_file_naming_no_bank_never_joins_a_banks_numbered_account(store, write) -> None:
    # the download names no bank, so its account is called "Checking …7788"
    import_files(store, [write("stmt.ofx", checking_ofx("4455667788", BOFA_OFX_LINES))])
    (counts,) = import_files(store, [write("export.csv", CREDIT_UNION)]).files[0].accounts
    assert (counts.account, counts.matched_by, counts.new) == ("Checking", "new", 2)
    (again,) = import_files(store, [write("export (1).csv", CREDIT_UNION)]).files[0].accounts
    assert (again.account, again.duplicates) == ("Checking", 2)
    assert 'went into "Checking" with the earlier files that name none' in again.note
