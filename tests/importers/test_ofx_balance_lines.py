"""Itaú's OFX lists the day's balances as transactions (``SALDO ANTERIOR``, ``SALDO TOTAL
DISPONÍVEL DIA``, the amount the balance): read as charges, a month of them was hundreds of
thousands of spending that never happened and a large-charge alert each. They are left out and
said; the file's real lines are imported once, as ever."""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: (posted, amount, memo) as Itaú writes its checking account's lines
_LINES = (
    ("20261001", "-68094.98", "SALDO ANTERIOR"),
    ("20261001", "-1250.00", "PIX ENVIADO IMOBILIARIA PORTO"),
    ("20261001", "2000.00", "PIX RECEBIDO JOAO P SILVA"),
    ("20261001", "-67344.98", "SALDO TOTAL DISPONÍVEL DIA"),
    ("20261002", "-89.90", "DA  NET SERVICOS 01234567"),
    ("20261002", "-67434.88", "SALDO TOTAL DISPONÍVEL DIA"),
)


def _itau(path: Path) -> Path:
    records = "".join(
        f"<STMTTRN>\n<TRNTYPE>{'CREDIT' if not amount.startswith('-') else 'DEBIT'}\n"
        f"<DTPOSTED>{day}100000[-03:EST]\n<TRNAMT>{amount}\n<FITID>{day}{i:03d}\n"
        f"<CHECKNUM>{day}{i:03d}\n<MEMO>{memo}\n</STMTTRN>\n"
        for i, (day, amount, memo) in enumerate(_LINES)
    )
    path.write_bytes(
        (
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
            "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n<OFX>\n"
            "<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n"
            "<DTSERVER>20261003100000[-03:EST]\n<LANGUAGE>POR\n</SONRS>\n</SIGNONMSGSRSV1>\n"
            "<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1001\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n"
            "</STATUS>\n<STMTRS>\n<CURDEF>BRL\n<BANKACCTFROM>\n<BANKID>0341\n<ACCTID>7386166586\n"
            "<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n"
            f"<DTSTART>20261001100000[-03:EST]\n<DTEND>20261002100000[-03:EST]\n{records}"
            "</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>-67434.88\n<DTASOF>20261003100000[-03:EST]\n"
            "</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n"
        ).encode("cp1252")
    )
    return path


def test_balance_lines_are_left_out_and_said(store: Store, tmp_path: Path) -> None:
    statement = _itau(tmp_path / "Extrato_Itau_outubro.ofx")
    result = import_files(store, [statement]).files[0]
    assert result.error is None and result.new == 3
    assert [str(note) for note in result.notes] == [
        '3 transactions only stating the account\'s balance ("SALDO ANTERIOR"; '
        "lines 38, 62, 78) left out"
    ]
    kept = sorted((str(v.amount), v.memo) for v in list_transactions(store))
    assert kept == [
        ("-1250.00", "PIX ENVIADO IMOBILIARIA PORTO"),
        ("-89.90", "DA  NET SERVICOS 01234567"),
        ("2000.00", "PIX RECEBIDO JOAO P SILVA"),
    ]
    again = import_files(store, [statement]).files[0]
    assert (again.new, again.duplicates) == (0, 3)
