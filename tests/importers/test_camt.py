"""ISO 20022 camt statements (tests/importers/camt/): what lands in the store, and what is refused.

The fixtures are synthetic, written from the camt.052/053/054 message definitions and the
German (DK), Dutch and Swiss (SPS) banks' descriptions of their exports.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from finapp.store.schema import Account, Transaction
from tests.importers.helpers import balances, counts, rows

FIXTURES = Path(__file__).parent / "camt"
GERMAN = FIXTURES / "de_camt053_v02_two_accounts.xml"
DUTCH = FIXTURES / "nl_camt053_v08_times.xml"
SWISS = FIXTURES / "ch_camt053_v04_chf_other_id.xml"
D = Decimal

GERMAN_ROWS = [
    ("2024-03-01", D("3127.45"), "Muster Maschinenbau GmbH", "2024030100123456"),
    ("2024-03-04", D("-89.90"), "Stadtwerke Leipzig GmbH", "2024030400004711"),
    ("2024-03-05", D("-14.99"), "Spotify AB", "NR-20240305-0002"),  # NtryRef: no AcctSvcrRef
    ("2024-03-07", D("-23.47"), "REWE Markt GmbH", "2024030700345678"),  # card payment
    # the returned direct debit: money back, from the creditor of the original debit
    ("2024-03-08", D("89.90"), "Stadtwerke Leipzig GmbH", "2024030800009876"),
    # three transfers in one batch entry: one line of the amount the account moved
    ("2024-03-15", D("-420.31"), "SAMMEL-UEBERWEISUNG 3 POSTEN", "2024031500022222"),
    ("2024-03-15", D("475.25"), "Anna Beispiel", "2024031500031337"),  # the savings account
    ("2024-03-20", D("17.80"), "Amazon EU S.a r.l.", "AMZ-REF-304-7712945-1188341"),  # EndToEndId
    ("2024-03-22", D("-3.20"), "Baeckerei Schmidt", None),  # two identical card payments
    ("2024-03-22", D("-3.20"), "Baeckerei Schmidt", None),
    ("2024-03-31", D("21.37"), "ZINSGUTSCHRIFT 1. QUARTAL 2024", "2024033100000042"),
]


def _import(store, path: Path):  # type: ignore[no-untyped-def]
    result = import_files(store, [path])
    assert not result.failed, result.failed
    return result.files[0]


def _accounts(store) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return sorted(
            (a.number_last4, a.type, a.currency, a.institution)
            for a in session.scalars(select(Account))
        )


def test_german_statement_imports_the_booked_entries_of_both_accounts(store) -> None:
    result = _import(store, GERMAN)
    assert rows(store) == GERMAN_ROWS
    assert _accounts(store) == [
        ("4321", "savings", "EUR", "SSKLDE8LXXX"),
        ("6199", "checking", "EUR", "SSKLDE8LXXX"),
    ]
    assert rows(store, "Tagesgeld") == [GERMAN_ROWS[6], GERMAN_ROWS[-1]]
    assert result.new == 11 and result.format == "camt:camt.053.001.02"
    assert result.detected == {
        "encoding": "utf-8",
        "message": "camt.053.001.02",
        "statements": 2,
        "date_format": "ISO 8601, booking date (Dt)",
        "decimal": ".",
        "sign": "from CdtDbtInd: CRDT money in, DBIT money out",
        "status": "booked entries only (Sts BOOK)",
    }


def test_german_balances_are_stored_with_their_dates(store) -> None:
    _import(store, GERMAN)
    assert balances(store) == [
        ("available", "2024-04-01", D("4465.95")),
        ("ledger", "2024-03-31", D("4522.25")),
        ("ledger", "2024-03-31", D("10751.23")),
    ]


def test_pending_entry_is_left_out_and_listed(store) -> None:
    result = _import(store, GERMAN)
    assert [(s.line, s.reason) for s in result.skipped] == [
        (288, "entry not booked (status PDNG): left out")
    ]
    assert "Aral Tankstelle 2841" not in {payee for _, _, payee, _ in rows(store)}


def test_memo_and_period_come_from_the_statement() -> None:
    giro, savings = read_statement_file(GERMAN).statements
    batch = giro.transactions[5]
    assert batch.memo == (
        "Nebenkosten WE 12 Maerz; Essensgeld Lina Maerz; Beitragsnummer 458 193 027 Q1/2024"
    )
    assert giro.transactions[1].memo == "Abschlag Strom 03/2024 Vertragskonto 300512887"
    assert giro.transactions[4].kind == "PMNT/IDDT/UPDD reversal"
    assert giro.transactions[7].memo == "KARTENZAHLUNG GIROCARD"  # the bank's text, no remittance
    assert savings.transactions[1].memo == ""  # its text is already the payee
    assert (str(giro.start), str(giro.end)) == ("2024-03-01", "2024-03-31")
    assert savings.account.number == "DE38512108000987654321"


def test_reimporting_adds_nothing(store) -> None:
    _import(store, GERMAN)
    before = counts(store)
    again = _import(store, GERMAN)
    assert again.new == 0 and again.duplicates == 11
    assert counts(store)[0] == before[0] and rows(store) == GERMAN_ROWS


def test_dutch_v08_keeps_the_booking_time_of_day(store) -> None:
    _import(store, DUTCH)
    with store.read() as session:
        stored = sorted(
            (t.posted.isoformat(), t.posted_time.isoformat(), t.payee, t.amount_minor)
            for t in session.scalars(select(Transaction))
        )
    assert stored == [
        ("2024-05-13", "17:48:09", "Albert Heijn 1437 UTRECHT", -3764),
        ("2024-05-14", "08:02:51", "NS Reizigers B.V.", -810),
        ("2024-05-14", "12:31:40", "J. de Vries", 2250),
        ("2024-05-14", "21:05:13", "Woonstichting De Key", -66736),
        # no counterparty named: the payment's text is the payee
        ("2024-05-14", "22:40:05", "Apple Pay Thuisbezorgd.nl AMSTERDAM NLD", -475),
    ]
    assert balances(store) == [("ledger", "2024-05-14", D("-83.27"))]
    assert import_files(store, [DUTCH]).files[0].detected["date_format"] == (  # type: ignore[index]
        "ISO 8601, booking date and time (DtTm)"
    )


def test_swiss_account_without_iban_in_chf(store) -> None:
    _import(store, SWISS)
    assert _accounts(store) == [(".822", "checking", "CHF", "ZKBKCHZZ80A")]
    assert rows(store) == [
        ("2024-06-03", D("-47.35"), "Migros Zuerich Limmatplatz", "ZKB20240603DC0001733"),
        ("2024-06-10", D("18.60"), "Lukas Meier", "ZKB20240610TW0088214"),
        # paid EUR 98.50 abroad: the account moved by its own currency's amount
        ("2024-06-17", D("-94.18"), "Europa-Park GmbH & Co Mack KG", "ZKB20240617DC0032970"),
        ("2024-06-28", D("-1847.40"), "Baugenossenschaft Zurlinden", "ZKB20240628DA0000311"),
        ("2024-06-28", D("-412.85"), "CSS Kranken-Versicherung AG", "ZKB20240628LS0004120"),
    ]
    assert balances(store) == [
        ("available", "2024-06-30", D("2935.74")),
        ("ledger", "2024-06-30", D("2935.74")),
    ]


def test_intraday_report_and_notification_are_read(store) -> None:
    report = _import(store, FIXTURES / "at_camt052_v08_intraday.xml")
    notice = _import(store, FIXTURES / "fr_camt054_v02_notification.xml")
    assert (report.format, report.new, len(report.skipped)) == ("camt:camt.052.001.08", 1, 1)
    assert (notice.format, notice.new) == ("camt:camt.054.001.02", 1)
    assert rows(store) == [
        (
            "2024-09-11",
            D("1250.64"),
            "CAISSE D'ALLOCATIONS FAMILIALES DU RHONE",
            "0911AGRI00417722",
        ),
        ("2024-11-05", D("-42.90"), "BILLA DANKT 0417", "RLB-20241105-094126-0031"),
    ]
    assert balances(store) == []  # an interim balance (ITBD) is no closing balance


def test_detected_by_content_whatever_the_file_is_called(store, write) -> None:
    renamed = write("kontoauszug.csv", GERMAN.read_bytes())
    assert _import(store, renamed).new == 11


def _refused(store, path: Path) -> str:  # type: ignore[no-untyped-def]
    result = import_files(store, [path])
    assert [f.path for f in result.failed] == [str(path)]
    assert counts(store) == (0, 0, 0)  # nothing written: no line, balance or batch
    return result.failed[0].error or ""


def test_entry_without_amount_refuses_the_file_at_its_line(store) -> None:
    path = FIXTURES / "broken_missing_amount.xml"
    assert _refused(store, path) == f"{path}, line 29: the entry has no amount (Amt)"


def test_doctype_with_entities_is_refused_unread_and_never_expands(store) -> None:
    path = FIXTURES / "broken_doctype_entity.xml"
    started = time.perf_counter()
    error = _refused(store, path)
    assert error.startswith(f"{path}, line 2: the XML declares a DOCTYPE")
    assert time.perf_counter() - started < 5  # a billion "lol"s would take minutes and gigabytes


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "<BookgDt><Dt>2024-03-07</Dt>",
            "<BookgDt><Dt>2024-02-30</Dt>",
            "line 141: the booking date '2024-02-30' is no calendar date",
        ),
        (
            "<BookgDt><Dt>2024-03-07</Dt>",
            "<BookgDt><Dt>2224-03-07</Dt>",
            "line 141: the booking date '2224-03-07' lies outside 1900-01-01 to 2199-12-31",
        ),
        (
            "23.47</Amt>\n        <CdtDbtInd>DBIT<",
            "23.47</Amt>\n        <CdtDbtInd>DEBIT<",
            "line 137: the entry credit/debit indicator 'DEBIT' is neither CRDT nor DBIT",
        ),
        (
            '<Amt Ccy="EUR">23.47</Amt>',
            '<Amt Ccy="EUR">23,47</Amt>',
            "line 138: the entry amount '23,47' is not an ISO 20022 amount",
        ),
        (
            '<Amt Ccy="EUR">23.47</Amt>',
            '<Amt Ccy="EUR">23.475</Amt>',
            "line 138: 23.475 has more decimals than EUR allows (2 decimals)",
        ),
        (
            '<Amt Ccy="EUR">23.47</Amt>',
            '<Amt Ccy="USD">23.47</Amt>',
            "line 138: the entry amount is in USD in an account kept in EUR",
        ),
        (
            "<AcctSvcrRef>2024030700345678</AcctSvcrRef>",
            "<AcctSvcrRef>2024030700345678</AcctSvcrRef></Ntry>",
            "not well-formed XML",
        ),
    ],
)
def test_a_bad_entry_refuses_the_whole_file_naming_it(store, write, old, new, message) -> None:
    text = GERMAN.read_text()
    assert text.count(old) == 1
    path = write("statement.xml", text.replace(old, new))
    error = _refused(store, path)
    assert error.startswith(f"{path}, ") and message in error


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("[!b]*.xml")), ids=lambda p: p.stem)
def test_a_file_cut_short_is_refused_and_any_element_left_out_never_crashes(
    tmp_path, fixture: Path
) -> None:
    """A download cut short is refused, never read as half a statement; a bank leaving out any
    one element gives a statement or a refusal, never a bug escaping."""
    data = fixture.read_bytes().rstrip()
    path = tmp_path / "variant.xml"
    for cut in range(64, len(data), 97):
        path.write_bytes(data[:cut])
        with pytest.raises(StatementError, match=re.escape(str(path))):
            read_statement_file(path)
    tags = {m.group(1) for m in re.finditer(rb"<([A-Za-z]+)[ >]", data)} - {b"Document"}
    for tag in sorted(tags):
        path.write_bytes(re.sub(rb"<%s[ >].*?</%s>" % (tag, tag), b"", data, count=1, flags=re.S))
        try:
            read_statement_file(path)
        except StatementError as exc:
            assert str(exc).startswith(str(path))


def test_an_impossible_booking_time_refuses_the_file_at_its_line(store, write) -> None:
    text = DUTCH.read_text().replace("2024-05-13T17:48:09", "2024-05-13T25:48:09")
    path = write("times.xml", text)
    assert _refused(store, path) == (
        f"{path}, line 39: the booking date '2024-05-13T25:48:09.000+02:00' is no date and time"
    )


def test_a_remittance_a_bank_writes_over_indented_lines_is_read_on_one(write) -> None:
    """A bank that indents its XML leaves a long remittance's next line after the indentation
    (VR-Bank's ``EREF:``, a new line and 32 spaces, then the reference): read as one line, as
    a person reads it, not with the line break and the spaces in the memo."""
    remittance = "<Ustrd>Abschlag Strom 03/2024 Vertragskonto 300512887</Ustrd>"
    indented = (
        "<Ustrd>Abschlag Strom 03/2024\n                                "
        "Vertragskonto 300512887</Ustrd>"
    )
    text = GERMAN.read_text().replace(remittance, indented, 1)
    giro, _ = read_statement_file(write("indented.xml", text)).statements
    assert giro.transactions[1].memo == "Abschlag Strom 03/2024 Vertragskonto 300512887"
