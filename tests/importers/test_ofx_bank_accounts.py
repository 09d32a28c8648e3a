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
