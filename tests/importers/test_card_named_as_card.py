"""A card whose file names no number is called a card, not by its bank's name alone."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json

#: Chase's checking download: ORG B1 is Chase, the account number tells its last four.
CHECKING_OFX = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20241130120000
<LANGUAGE>ENG<FI><ORG>B1<FID>10898</FI></SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>111000614<ACCTID>000000372281<ACCTTYPE>CHECKING
</BANKACCTFROM><BANKTRANLIST><DTSTART>20241101<DTEND>20241130
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20241108<TRNAMT>-812.40<FITID>20241108001
<NAME>CHASE CREDIT CRD AUTOPAY<MEMO>CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20241125<TRNAMT>-140.00<FITID>20241125001
<NAME>T-MOBILE AUTOPAY<MEMO>ACH DEBIT T-MOBILE AUTOPAY PPD ID: 9000123456</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>24430.09<DTASOF>20241130</LEDGERBAL></STMTRS></STMTTRNRS>
</BANKMSGSRSV1></OFX>
"""

CARD_HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"


def _card_csv(path: Path, year: int) -> Path:
    """Chase's card CSV: no card number anywhere in it."""
    path.write_text(
        CARD_HEADER
        + f"11/02/{year},11/03/{year},JIFFY LUBE #7789 SAN MARCOS TX,Shopping,Sale,-77.57,\n"
        + f"11/08/{year},11/08/{year},Payment Thank You-Mobile,,Payment,812.40,\n"
        + f"11/15/{year},11/15/{year},NETFLIX.COM,Entertainment,Sale,-17.99,\n",
        encoding="utf-8",
    )
    return path


def _names(data: Path) -> dict[str, str]:
    return {a["name"]: a["type"] for a in cli_json(data, "accounts")}


def test_chase_card_beside_chase_checking_is_named_a_card(tmp_path: Path) -> None:
    data = tmp_path / "data"
    checking = tmp_path / "checking_2024-11.ofx"
    checking.write_text(CHECKING_OFX, encoding="ascii")
    cli_json(data, "import", str(checking), str(_card_csv(tmp_path / "chase_card_2024.csv", 2024)))
    assert _names(data) == {"Chase …2281": "checking", "Chase Credit Card": "credit_card"}


def test_a_store_whose_card_is_called_chase_keeps_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _card_csv(tmp_path / "chase_card_2023.csv", 2023)
    cli_json(data, "import", str(first), "--account", "Chase")  # as older versions named it
    cli_json(data, "import", str(_card_csv(tmp_path / "chase_card_2024.csv", 2024)))
    assert _names(data) == {"Chase": "credit_card"}


def test_china_merchants_card_is_named_in_chinese(tmp_path: Path) -> None:
    data = tmp_path / "data"
    card = tmp_path / "招商银行信用卡账单.csv"
    card.write_text(
        "交易日,记账日,交易摘要,人民币金额\n"
        "2024-11-03,2024-11-04,美团外卖,56.80\n"
        "2024-11-12,2024-11-13,掌上生活还款,-1200.00\n",
        encoding="utf-8",
    )
    cli_json(data, "import", str(card))
    assert _names(data) == {"CMB 招商银行信用卡": "credit_card"}
