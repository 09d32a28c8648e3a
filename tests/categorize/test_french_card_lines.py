"""Banque Populaire's OFX names a card payment by its day and card ("250822 CB****3419") and
the shop in its memo: every card payment of the account was one payee, "CB", its category
the groceries of one of them and its alert a "CB" charge far above its usual."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finapp.store.engine import Store
from tests.cli_in_process import run_main

#: (day, amount, NAME, MEMO) as the bank writes a card payment, a cheque and a direct debit
_LINES = (
    ("20261026", "-389.91", "251026 CB****3419", "OPTIQUE DU CENTRE 33LA BREDE"),
    ("20261026", "-41.96", "251026 CB****3419", "LOULOU PRIMEUR 33LA BREDE"),
    ("20261024", "-85.19", "231026 CB****6516", "INTERMARCHE 33LEOGNAN"),
    ("20261022", "-47.95", "211026 CB****3419", "HELLOFRESH PARIS"),
    ("20261021", "-222.32", "CHEQUE", "CHEQUE 8241157"),
    ("20261017", "-108.33", "PRLV SEPA AVANSSUR", "AVANSSUR CONTRAT 0042"),
)


def _statement() -> str:
    records = "".join(
        f"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>{day}\n<TRNAMT>{amount}\n"
        f"<FITID>20260080{i:04d}BD27\n<NAME>{name}\n<MEMO>{memo}\n</STMTTRN>\n"
        for i, (day, amount, name, memo) in enumerate(_LINES)
    )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n"
        "<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n"
        "<DTSERVER>20261028\n<LANGUAGE>FRA\n</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n"
        "<STMTTRNRS>\n<TRNUID>00000000\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n"
        "<STMTRS>\n<CURDEF>EUR\n<BANKACCTFROM>\n<BANKID>10907\n<BRANCHID>00001\n"
        "<ACCTID>21412346585\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n"
        f"<DTSTART>20261001\n<DTEND>20261028\n{records}</BANKTRANLIST>\n<LEDGERBAL>\n"
        "<BALAMT>2147.18\n<DTASOF>20261028\n</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n"
        "</BANKMSGSRSV1>\n</OFX>\n"
    )


def test_each_card_payment_is_the_shop_its_memo_names(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ofx = tmp_path / "BPACA_OP_20261028.ofx"
    ofx.write_bytes(_statement().encode("cp1252"))
    data = ["--data-dir", str(store.data_dir)]
    code, _, err = run_main([*data, "import", str(ofx)], capsys)
    assert code == 0, err

    code, out, err = run_main([*data, "transactions", "--json", "--names"], capsys)
    assert code == 0, err
    names = {t["memo"]: t["name"] for t in json.loads(out) if t["payee"].endswith(("3419", "6516"))}
    assert names["LOULOU PRIMEUR 33LA BREDE"].startswith("Loulou Primeur")
    assert names["INTERMARCHE 33LEOGNAN"] == "Intermarche"
    assert names["HELLOFRESH PARIS"] == "HelloFresh"
    assert "CB" not in {name.split()[0] for name in names.values()}

    code, out, err = run_main([*data, "payees", "--json"], capsys)
    assert code == 0, err
    counts = {p["name"]: p["transactions"] for p in json.loads(out)}
    assert max(counts.values()) == 1  # four shops, four payees: none of them "CB"
