"""A broken statement of every format (finapp's own export too), dropped on the window in
Chinese, is refused in the user's language: the file named, the line of the fault, the facts (a
value, a field) put into the translated sentence, no English sentence left, and nothing written.

The Chinese of these sentences is written at the end by the translator; until then the
stand-in translation of ``tests/gui/stand_in.py`` shows that what is on screen is the
translation of the source sentence with its facts filled in.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.accounts import list_accounts
from tests.gui.chinese import chinese  # noqa: F401 - the fixture stand_in_chinese asks for
from tests.gui.shell_support import make_shell, take_suggested_account, transaction_count
from tests.gui.stand_in import stand_in_chinese, worded  # noqa: F401 - the fixture
from tests.gui.test_error_texts import ENCRYPTED
from tests.gui.test_shell_import import _drop
from tests.gui.visible_text import english_words, words_of
from tests.importers import strange_files as strange

FIXTURES = Path(__file__).parent.parent / "importers"
#: the real Chinese of the summary's refusal of a file, and of a row left out, around the reason
REFUSED = "未导入，未写入任何数据："
ROW = "第 {line} 行："

OFX_HEAD = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n<SIGNONMSGSRSV1><SONRS>"
    "<STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20250331120000<LANGUAGE>ENG</SONRS>"
    "</SIGNONMSGSRSV1>\n<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO"
    "</STATUS>\n<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>121000248<ACCTID>5550009876"
    "<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20250301<DTEND>20250331\n"
)
OFX_LINE = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{day}<TRNAMT>{amount}<FITID>{fitid}<NAME>{name}\n"
OFX_TAIL = (
    "</BANKTRANLIST><LEDGERBAL><BALAMT>1204.10<DTASOF>20250331</LEDGERBAL>\n"
    "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
)


def _ofx(*lines: tuple[str, str, str]) -> bytes:
    body = "".join(
        OFX_LINE.format(day=day, amount=amount, fitid=f"2025{n}", name=name)
        for n, (day, amount, name) in enumerate(lines)
    )
    return (OFX_HEAD + body + OFX_TAIL).encode()


def _cut_short() -> bytes:
    """A download that stopped in the middle of the list of transactions (line 17)."""
    whole = _ofx(("20250302", "-83.15", "Greenleaf Grocers"), ("20250303", "-12.75", "Pharmacy"))
    return whole[: whole.index(b"<STMTTRN>", whole.index(b"<STMTTRN>") + 1) + 20]


def _camt_without_statement() -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n'
        b"  <BkToCstmrStmt>\n    <GrpHdr>\n      <MsgId>STMT-2025-03</MsgId>\n"
        b"      <CreDtTm>2025-03-31T18:00:00</CreDtTm>\n    </GrpHdr>\n  </BkToCstmrStmt>\n"
        b"</Document>\n"
    )


def _qif_without_date() -> bytes:
    return (
        b"!Type:Bank\nD03/02/2025\nT-83.15\nPGreenleaf Grocers\n^\n"
        b"T-12.75\nPNorthside Pharmacy\nMprescription\n^\n"
    )


def _workbook_too_large() -> bytes:
    """A workbook whose sheet unpacks to 210 MB: refused before it is unpacked."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(210):
                sheet.write(b" " * (1 << 20))
    return out.getvalue()


def _fixture(path: str) -> Callable[[], bytes]:
    return lambda: (FIXTURES / path).read_bytes()


@dataclass(frozen=True)
class Broken:
    """A broken file: its name, its bytes, the line at fault (None: the whole file), the source
    sentence of what is wrong and its facts; ``imported`` the good rows of a file refused only
    in one row (the window leaves the row out and lists it), None when the file is refused;
    ``names_no_account`` when the window first asks which account the good rows go into."""

    name: str
    content: Callable[[], bytes]
    line: int | None
    source: str
    facts: dict[str, str] = field(default_factory=dict)
    imported: int | None = None
    names_no_account: bool = False


CASES = {
    "ofx cut short": Broken(
        "checking-march.ofx",
        _cut_short,
        17,
        "the file ends inside its list of transactions: it was cut short; download it again",
    ),
    "ofx amount": Broken(
        "checking-march.qfx",
        lambda: _ofx(("20250302", "-83.15", "Greenleaf"), ("20250303", "-12.7S", "Pharmacy")),
        17,
        "the transaction's {field} (<{tag}>) “{value}” cannot be read",
        {"field": worded("amount"), "tag": "TRNAMT", "value": "-12.7S"},
        imported=1,
    ),
    "camt without statement": Broken(
        "camt053-march.xml",
        _camt_without_statement,
        None,
        "the camt document holds no statement, report or notification",
    ),
    "camt entry without amount": Broken(
        "kontoauszug.xml",
        _fixture("camt/broken_missing_amount.xml"),
        29,
        "{what} has no amount (“Amt”)",
        {"what": worded("the entry")},
    ),
    "qif without date": Broken(
        "quicken-march.qif",
        _qif_without_date,
        6,
        "the record has no date (D line)",
        imported=1,
        names_no_account=True,  # a list without !Account
    ),
    "qif line in another encoding": Broken(
        "quicken-cafe.qif",
        lambda: (
            "!Type:Bank\nD03/02/2025\nT-4.50\nPCafé Crème\n^\nD03/03/2025\nT-3.20\n".encode()
            + "PBäckerei Müller\n^\n".encode("cp1252")
        ),
        8,
        "this line is not UTF-8 while the rest of the file is; export the file again or convert "
        "it to UTF-8",
    ),
    "qif investments": Broken(
        "brokerage.qif",
        _fixture("qif/investment.qif"),
        5,
        "an investment account's list (“!Type:Invst”): finapp does not track investments; "
        "export the bank, card and cash accounts only",
    ),
    "mt940 without decimal comma": Broken(
        "umsaetze.sta",
        _fixture("mt940/broken_no_comma.sta"),
        7,
        "the amount “{cell}” has no decimal comma, which MT940 requires",
        {"cell": "480"},
    ),
    "mt940 without account": Broken(
        "umsaetze-juni.sta",
        _fixture("mt940/broken_no_account.sta"),
        10,
        "a statement without its account (:25:)",
    ),
    "finapp export cut short": Broken(
        "finapp-transactions.csv",
        lambda: (
            b"finapp_transaction_id,date,time,amount,currency,payee,memo,account,fitid\n"
            b"1,2025-03-02,,-83.15,USD,Greenleaf Grocers,,Checking,A1\n"
            b"2,2025-03-03,,-12.75,USD,Northside Pharm"
        ),
        None,
        "the file ends in the middle of a row: it was cut short",
    ),
    "xlsx protected": Broken(
        "kontoauszug.xlsx",
        lambda: ENCRYPTED,
        None,
        "the workbook is protected by a password: open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save it, or save it as CSV",
    ),
    "xlsx too large": Broken(
        "statement.xlsx",
        _workbook_too_large,
        None,
        "the workbook unpacks to {megabytes} MB, too large to be a statement",
        {"megabytes": "210"},
    ),
    "pdf statement": Broken(
        "kontoauszug-2025-03.pdf",
        strange.pdf_statement,
        None,
        "a PDF document, not a statement export: download the statement from the bank as CSV, "
        "Excel, OFX/QFX, QIF, CAMT or MT940 instead",
    ),
    "zip of statements": Broken(
        "statements.zip",
        strange.zip_of_statements,
        None,
        "a ZIP archive holding {files}, not a statement: unpack it and import the files inside",
        {"files": "2024-03.ofx, 2024-04.csv"},
    ),
    "excel 2003 xml": Broken(
        "statement.xls",
        strange.spreadsheet_2003_xml,
        None,
        "an Excel 2003 XML spreadsheet, which finapp does not read: open it in Excel and save it "
        "as Excel Workbook (.xlsx) or CSV",
    ),
    "zero byte": Broken(
        "checking-march.ofx",
        lambda: strange.with_zero_byte(_ofx(("20250302", "-83.15", "Greenleaf")).decode(), "Green"),
        16,
        "a zero byte (NUL) inside this line: the file was damaged while it was downloaded or "
        "copied; download it again",
    ),
    "csv cut in its last amount": Broken(
        "activity.csv",
        lambda: (
            "交易日期,摘要,金额\n2025-03-01,面包店,-4.50\n2025-03-02,超市,-83.15\n"
            "2025-03-03,药店,-12.7"
        ).encode(),
        4,
        "the file ends inside this line ({column} “{value}”, where every other row has {usual} "
        "decimals): the download stopped before the end; download the statement again",
        {"column": "金额", "value": "-12.7", "usual": "2"},
        imported=2,
        names_no_account=True,
    ),
}


def _summary(qtbot, shell, after: ImportSummaryDialog | None = None) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    """The import summary on screen (another than ``after``)."""

    def shown() -> list[ImportSummaryDialog]:
        return [
            d for d in shell.window.findChildren(ImportSummaryDialog)
            if d.isVisible() and d is not after
        ]  # fmt: skip

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[-1]


def _details(summary: ImportSummaryDialog) -> list[str]:
    item = summary.tree.topLevelItem(0)
    return [item.child(i).text(0) for i in range(item.childCount())]


@pytest.mark.usefixtures("stand_in_chinese")
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_broken_statement_is_said_in_chinese_with_its_file_and_line(
    case: str, store, tmp_path: Path, qtbot
) -> None:
    broken = CASES[case]
    path = tmp_path / broken.name
    path.write_bytes(broken.content())
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
        assert _drop(shell.window, [path]) == (True, True)
    reason = worded(broken.source, **broken.facts)
    if broken.line is not None:
        refused = REFUSED + worded("line {line}: {reason}", line=broken.line, reason=reason)
    else:
        refused = REFUSED + reason
    summary = _summary(qtbot, shell)
    assert summary.tree.topLevelItem(0).text(0) == broken.name
    # refused whole first, nothing written, whether or not its other rows can be read
    assert refused in _details(summary)
    assert transaction_count(store) == 0 and list_accounts(store) == []
    shown = refused
    if broken.imported is not None:  # the user asks for the other rows: the bad one is listed
        assert summary.skip_button is not None
        with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
            qtbot.mouseClick(summary.skip_button, Qt.MouseButton.LeftButton)
        if broken.names_no_account:
            with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
                take_suggested_account(qtbot, shell)
        summary = _summary(qtbot, shell, after=summary)
        shown = ROW.format(line=broken.line) + reason
        assert transaction_count(store) == broken.imported
    details = _details(summary)
    assert shown in details
    assert english_words(shown, words_of([broken.name])) == []
    shell.close()
