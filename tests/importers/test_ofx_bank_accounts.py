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
