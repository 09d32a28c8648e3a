"""An OFX statement covers the days its bank states (DTSTART…DTEND), not just its lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.coverage import coverage_by_account
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.ofxgen import SGML_HEADER, XML_HEADER, Line, statement_ofx

#: A Visa statement for October as a US card issuer sends it: the period ends late in the
#: evening Eastern time (1 November in UTC), the last charge is days before the end.
VISA_OCTOBER = (
    SGML_HEADER
    + """<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20261101083000[-5:EST]<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>4111111111114821</CCACCTFROM>
<BANKTRANLIST><DTSTART>20261001000000[-5:EST]<DTEND>20261031235959[-5:EST]
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261004120000[-5:EST]<TRNAMT>-15.49
<FITID>2026100424692160<NAME>NETFLIX.COM 866-579-7172 CA</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261027120000[-5:EST]<TRNAMT>-87.12
<FITID>2026102724692161<NAME>WHOLEFDS MKT #10234 SEATTLE WA</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>-102.61<DTASOF>20261031235959[-5:EST]</LEDGERBAL>
</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>
"""
)


def _covered(store: Store) -> tuple[date, date]:
    with store.read() as session:
        (coverage,) = coverage_by_account(session).values()
    return coverage.covered_from, coverage.covered_until


def test_card_statement_covers_its_stated_month_on_the_banks_calendar(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "visa-2026-10.qfx"
    path.write_text(VISA_OCTOBER, encoding="ascii")
    assert not import_files(store, [path]).failed
    assert _covered(store) == (date(2026, 10, 1), date(2026, 10, 31))


def test_lines_outside_the_stated_period_widen_it(store: Store, tmp_path: Path) -> None:
    lines = [
        Line(date(2026, 3, 30), "-42.00", "COMCAST CABLE COMM 800-266-2278", "C1"),
        Line(date(2026, 4, 15), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "C2"),
    ]
    text = statement_ofx(lines, xml=True, header=XML_HEADER)
    text = text.replace("<DTSTART>20260330</DTSTART>", "<DTSTART>20260401</DTSTART>")
    text = text.replace("<DTEND>20260415</DTEND>", "<DTEND>20260430</DTEND>")
    path = tmp_path / "checking-2026-04.ofx"
    path.write_text(text, encoding="utf-8")
    assert not import_files(store, [path]).failed
    assert _covered(store) == (date(2026, 3, 30), date(2026, 4, 30))
