"""OFX as banks really leave it: what a lenient reader accepts is imported line for line, with
every repair listed; what cannot be repaired (a file cut short, a line without its amount or
date, an amount that may hold a thousands separator) is refused at its line, nothing written.

The files in ``ofx_lenient/`` are synthetic, one quirk each, written from the OFX 1.0.2 and
2.1.1 specifications and the deviations reported of real exports (a Brazilian card's list
never closed, a Brazilian bank mixing decimal marks, missing DTEND, tags in lower case).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import StatementError
from finapp.importers.base import ParsedFile
from finapp.importers.ofx import OfxReadError, read_ofx
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.helpers import run_cli
from tests.importers.helpers import counts, rows

LENIENT = Path(__file__).parent / "ofx_lenient"

#: file -> (its lines as (posted, amount, payee, fitid, line), the repairs listed)
READ: dict[str, tuple[list[tuple[str, str, str, str, int]], list[str]]] = {
    "br_card_banktranlist_unclosed.ofx": (
        [
            (
                "2026-02-07",
                "-47.83",
                "Padaria Real Pinheiros",
                "6a1f0c2e-0b7d-4c55-9e1a-3f2d8c7b5a01",
                37,
            ),
            (
                "2026-02-11",
                "-219.90",
                "Drogasil 0412 - Parcela 1/3",
                "6a1f0c2e-0b7d-4c55-9e1a-3f2d8c7b5a02",
                44,
            ),
            (
                "2026-03-02",
                "1185.36",
                "Pagamento recebido",
                "6a1f0c2e-0b7d-4c55-9e1a-3f2d8c7b5a03",
                51,
            ),
        ],
        [
            "<BANKTRANLIST> of account 5162730011924417 was never closed; read up to <LEDGERBAL> "
            "(line 58)"
        ],
    ),
    "stmttrn_unclosed.ofx": (
        [
            ("2026-02-03", "-23.47", "TESCO STORES 2841", "202602030001", 39),
            ("2026-02-05", "-61.18", "OCTOPUS ENERGY", "202602050002", 45),
            ("2026-02-27", "2314.62", "ACME LOGISTICS LTD SALARY", "202602270003", 52),
        ],
        [
            "3 transactions (<STMTTRN>) never closed (lines 39, 45, 52); each was read up to the "
            "next transaction or the list's end"
        ],
    ),
    "stmtrs_unclosed.ofx": (
        [
            ("2026-02-04", "-38.62", "METRO #187 TORONTO", "CA-88120", 39),
            ("2026-02-16", "-94.05", "TORONTO HYDRO", "CA-88121", 46),
            ("2026-02-27", "2871.40", "PAYROLL NORTHWIND INC", "CA-88122", 54),
        ],
        ["<STMTRS> of account 0001123450098 was never closed; read up to </STMTTRNRS> (line 66)"],
    ),
    "ccstmtrs_unclosed.ofx": (
        [
            ("2026-01-18", "-64.19", "WHOLEFDS BRK 10247", "320260118000412", 37),
            ("2026-02-03", "-15.49", "NETFLIX.COM", "320260203000977", 44),
            ("2026-02-10", "412.00", "ONLINE PAYMENT THANK YOU", "320260210001203", 51),
        ],
        [
            "<CCSTMTRS> of account 4815330092217703 was never closed; read up to </CCSTMTTRNRS> "
            "(line 63)"
        ],
    ),
    # OFX 1 lets an element's end tag be written or left out: nothing is repaired
    "element_end_tags_mixed.ofx": (
        [
            ("2026-02-02", "-42.17", "REWE Markt GmbH", "DE-2026-0202-17", 39),
            ("2026-02-09", "-8.90", "Stadtwerke Muenchen Parkhaus", "DE-2026-0209-03", 46),
            ("2026-02-25", "1876.54", "Gehalt Februar", "DE-2026-0225-01", 53),
        ],
        [],
    ),
    "no_dtend.ofx": (
        [
            ("2026-01-05", "-250.00", "CHECK 1043", "US-0105-1", 38),
            ("2026-01-19", "-57.31", "SHELL OIL 57442", "US-0119-1", 45),
        ],
        [
            "the statement of account 7730019921 states no <DTEND>; its days were taken from its "
            "lines"
        ],
    ),
    "no_dtstart_dtend.ofx": (
        [
            ("2026-03-03", "-18.75", "WOOLWORTHS 3012 BONDI", "AU-303-4471", 29),
            ("2026-03-11", "-129.95", "AGL ENERGY", "AU-311-4472", 36),
        ],
        [
            "the statement of account 10458832 states no <DTSTART> and <DTEND>; its days were "
            "taken from its lines"
        ],
    ),
    "fields_out_of_order.ofx": (
        [
            ("2026-02-06", "-27.40", "CARREFOUR CITY PARIS 11", "FR-0206-A", 39),
            ("2026-02-13", "-9.99", "FREE MOBILE", "FR-0213-B", 46),
            ("2026-02-27", "2143.18", "VIR SALAIRE FEVRIER", "FR-0227-C", 53),
        ],
        [
            "the fields of 2 transactions are out of OFX's order (<TRNTYPE> after <FITID>; "
            "lines 39, 46); read by their names"
        ],
    ),
    # before, the end tags no field opened were passed over and nothing said
    "misclosed_name.ofx": (
        [
            ("2026-02-04", "-23.80", "MONOPRIX PARIS 11", "FR-0204-A", 39),
            ("2026-02-12", "-64.99", "SNCF CONNECT", "FR-0212-B", 46),
            ("2026-02-19", "-11.50", "BOULANGERIE DU MARCHE", "FR-0219-C", 54),
        ],
        [
            "an end tag that closes no field (</NAMEX>) stands in 2 transactions "
            "(lines 39, 54); each field was read up to the next tag"
        ],
    ),
    "lowercase_tags.ofx": (
        [
            ("2026-01-22", "-31.26", "TRADER JOE S #552", "JP-0122", 39),
            ("2026-01-30", "1502.90", "DIRECT DEP ACME CORP", "JP-0130", 46),
        ],
        ['tags are not all written in upper case ("<ofx>"); read as upper case'],
    ),
    # before, a lower-case tag after an upper-case one was not found: "Missing amount"
    "mixed_case_tag.ofx": (
        [("2026-01-22", "-31.26", "TRADER JOE S #552", "MC-0122", 39)],
        ['tags are not all written in upper case ("<TrnAmt>"); read as upper case'],
    ),
    "no_header.ofx": (
        [
            ("2026-02-12", "-12.06", "STARBUCKS STORE 08812", "NH-1", 29),
            ("2026-02-14", "-60.00", "ATM WITHDRAWAL 4TH ST", "NH-2", 36),
        ],
        ["the file has no OFX header; it was read from its <OFX> element"],
    ),
    "odd_header.ofx": (
        [
            ("2026-02-12", "-12.06", "STARBUCKS STORE 08812", "NH-1", 38),
            ("2026-02-14", "-60.00", "ATM WITHDRAWAL 4TH ST", "NH-2", 45),
        ],
        ['the OFX header is not written as OFX sets it ("OFXHEADER : 100"); it was read past'],
    ),
    "bare_ampersand.ofx": (
        [
            ("2026-03-01", "-14.35", "M&S SIMPLY FOOD EUSTON", "GB-0301", 39),
            ("2026-03-03", "-38.00", "AT&T GLOBAL ROAMING", "GB-0303", 46),
            ("2026-03-05", "-72.48", "B&Q WANDSWORTH", "GB-0305", 54),
        ],
        ['a text holds a bare & ("M&S SIMPLY FOOD EUSTON"); read as the character &'],
    ),
    "decimal_comma.ofx": (
        [
            ("2026-03-02", "-12.50", "PIX ENVIADO Banca do Ze", "20260302001", 39),
            ("2026-03-03", "-1234.56", "BOLETO CONDOMINIO ED SOLAR", "20260303002", 46),
            ("2026-03-04", "4870.33", "TED RECEBIDA SALARIO", "20260304003", 53),
        ],
        ["amounts are written with a decimal comma (-12,50); read as -12.50"],
    ),
    # a card's lines with points, cash with commas, in one file: each mark is a decimal mark
    "decimal_marks_mixed.ofx": (
        [
            ("2026-03-06", "-12.80", "DEBITO VISA ELECTRON CAFE CENTRAL", "00451065", 39),
            ("2026-03-06", "-200.00", "SAQUE BANCO 24 HORAS", "00239183", 46),
        ],
        ["amounts are written with a decimal comma (-200,00); read as -200.00"],
    ),
    # ING Australia: the card's date after an HTML line break in MEMO, once lost with it
    "memo_line_breaks.ofx": (
        [
            (
                "2026-02-23",
                "-60.00",
                "WALMART - EFTPOS Purchase with Cash Out - Receipt 17395 - Cash amount $10.00 "
                "Date 21 Feb 2026 Card 462263xxxxxx1234",
                "AU-17395",
                39,
            ),
            (
                "2026-02-24",
                "-42.17",
                "WOOLWORTHS 3345 SYDNEY - EFTPOS Purchase - Receipt 17402 "
                "Date 23 Feb 2026 Time 6:12PM Card 462263xxxxxx1234",
                "AU-17402",
                46,
            ),
            (
                "2026-02-25",
                "-16.99",
                "NETFLIX.COM - Visa Purchase - Receipt 17410 In LOS GATOS "
                "Date 24 Feb 2026 Card 462263xxxxxx1234",
                "AU-17410",
                53,
            ),
        ],
        ["texts hold line breaks written as <BR/> (line 44); read as spaces"],
    ),
    # CIBC: a NAME escaped twice, read as "TPAY &lt;DEFTPYMT&gt;"
    "escaped_twice.qfx": (
        [
            ("2026-10-01", "-1850.00", "TPAY <DEFTPYMT>", "26274100032333396279270000", 15),
            ("2026-10-12", "-61.40", "000000000000000", "26285061032549554596530000", 16),
        ],
        [
            'a text\'s characters are escaped twice ("TPAY &amp;lt;DEFTPYMT&amp;gt;"); '
            "read as escaped once"
        ],
    ),
    # CommBank: a card's statement ended with the bank statement's tag, lines without ids
    "card_statement_closed_as_bank.ofx": (
        [
            ("2026-11-24", "-63.35", "COLES 0745 BONDI JUNCTIONNS AUS", None, 13),
            ("2026-11-26", "-18.99", "NETFLIX.COM MELBOURNE VI AUS", "202611260001", 14),
            ("2026-11-28", "600.00", "PAYMENT RECEIVED, THANK YOU", None, 15),
        ],
        ["<CCSTMTRS> was closed by </STMTRS> (line 16); read as its end"],
    ),
    "no_curdef.ofx": (
        [
            ("2026-01-20", "-45.12", "COSTCO WHSE #1021", "NC-1", 38),
            ("2026-01-28", "310.75", "VENMO CASHOUT", "NC-2", 45),
        ],
        ["the statement of account 4418820077 names no currency (<CURDEF>); read as USD"],
    ),
}

#: near misses: file -> (line, words of the refusal)
REFUSED = {
    "truncated_after_last_stmttrn.ofx": (
        57,
        "the file ends inside a transaction list (is the file truncated?)",
    ),
    "truncated_mid_record.ofx": (
        47,
        "the file ends inside a transaction list (is the file truncated?)",
    ),
    "truncated_in_ledgerbal.ofx": (59, "the file ends inside a statement (is the file truncated?)"),
    # cut between two statements: the checking one is whole, the card's is lost
    "truncated_between_statements.qfx": (
        68,
        "the file ends in the middle of a tag ('</BA') before its </OFX>: what came after is "
        "missing (is the file truncated?)",
    ),
    "truncated_before_card_statement.qfx": (
        75,
        "the file ends before its </OFX>: what came after is missing (is the file truncated?)",
    ),
    "unclosed_list_missing_trnamt.ofx": (46, "bad transaction: Missing Transaction Amount"),
    "unclosed_list_missing_dtposted.ofx": (39, "bad transaction: Missing Transaction Date"),
    "ambiguous_thousands.ofx": (
        46,
        "the amount '-1,250' has a decimal comma while '-12.50' "
        "(line 39) has a decimal point: whether it means thousands "
        "is unclear",
    ),
}


def _lines(path: Path) -> list[tuple[str, str, str, str | None, int | None]]:
    return _described(read_statement_file(path))


def _described(parsed: ParsedFile) -> list[tuple[str, str, str, str | None, int | None]]:
    return [
        (t.posted.isoformat(), str(t.amount), t.payee, t.fitid, t.line)
        for s in parsed.statements
        for t in s.transactions
    ]


@pytest.mark.parametrize("name", sorted(READ))
def test_quirk_is_read_line_for_line_with_its_repair_listed(name: str) -> None:
    lines, repairs = READ[name]
    assert _lines(LENIENT / name) == lines
    assert list(read_statement_file(LENIENT / name).repairs) == repairs


@pytest.mark.parametrize("name", sorted(READ))
def test_quirk_imports_its_lines_once_and_reports_the_repair(store, name: str) -> None:
    lines, repairs = READ[name]
    result = import_files(store, [LENIENT / name]).files[0]
    assert result.error is None and result.new == len(lines)
    assert list(result.repairs) == repairs
    assert rows(store) == sorted((d, Decimal(a), p, f) for d, a, p, f, _line in lines)
    again = import_files(store, [LENIENT / name]).files[0]
    assert (again.new, again.duplicates) == (0, len(lines))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_cannot_be_repaired_is_refused_at_its_line_and_writes_nothing(
    store, name: str
) -> None:
    line, words = REFUSED[name]
    path = LENIENT / name
    with pytest.raises(StatementError) as refused:
        read_statement_file(path)
    assert refused.value.line == line
    assert str(refused.value).startswith(f"{path}, line {line}: {words}")
    result = import_files(store, [path]).files[0]
    assert result.error == str(refused.value) and result.batch_id is None
    assert counts(store) == (0, 0, 0)


def test_the_card_whose_list_is_never_closed_keeps_its_balance_and_days() -> None:
    statement = read_statement_file(LENIENT / "br_card_banktranlist_unclosed.ofx").statements[0]
    assert (statement.account.type, statement.account.currency) == ("credit_card", "BRL")
    assert (statement.start, statement.end) == (date(2026, 2, 5), date(2026, 3, 4))
    assert [(b.kind, b.amount, b.as_of) for b in statement.balances] == [
        ("ledger", Decimal("-1532.47"), date(2026, 3, 4))
    ]


def test_statement_days_come_from_its_lines_when_it_states_none() -> None:
    no_end = read_statement_file(LENIENT / "no_dtend.ofx").statements[0]
    assert (no_end.start, no_end.end) == (date(2026, 1, 1), date(2026, 1, 19))
    neither = read_statement_file(LENIENT / "no_dtstart_dtend.ofx").statements[0]
    assert (neither.start, neither.end) == (None, None)  # the import takes first and last line


def test_a_bad_line_in_an_unclosed_list_can_be_skipped_and_the_repair_still_said(store) -> None:
    result = import_files(
        store, [LENIENT / "unclosed_list_missing_trnamt.ofx"], skip_bad_rows=True
    ).files[0]
    assert result.new == 1 and [(s.line, s.reason) for s in result.skipped] == [
        (46, "bad transaction: Missing Transaction Amount (a required field)")
    ]
    assert result.repairs == (
        "<BANKTRANLIST> of account 0099881-2 was never closed; read up to <LEDGERBAL> (line 52)",
    )
    assert rows(store) == [("2026-02-10", Decimal("-33.90"), "iFood *Restaurante Sabor", "NU-1")]


def test_two_identical_lines_without_ids_in_unclosed_records_stay_two(store, write) -> None:
    text = (LENIENT / "stmttrn_unclosed.ofx").read_text(encoding="utf-8")
    text = "".join(
        line for line in text.splitlines(keepends=True) if not line.startswith("<FITID>")
    )
    first = text.index("<STMTTRN>")
    second = text.index("<STMTTRN>", first + 1)
    twice = text[:second] + text[first:second] + text[second:]
    result = import_files(store, [write("twice.ofx", twice)]).files[0]
    assert result.new == 4
    assert [r[:3] for r in rows(store)].count(
        ("2026-02-03", Decimal("-23.47"), "TESCO STORES 2841")
    ) == 2
    again = import_files(store, [write("again.ofx", twice)]).files[0]
    assert (again.new, again.duplicates) == (0, 4)


def test_import_json_lists_the_repairs_of_each_file(tmp_path: Path) -> None:
    proc = run_cli(
        tmp_path / "data",
        "import",
        str(LENIENT / "br_card_banktranlist_unclosed.ofx"),
        str(LENIENT / "element_end_tags_mixed.ofx"),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert [(f["new"], f["repairs"]) for f in files] == [
        (3, READ["br_card_banktranlist_unclosed.ofx"][1]),
        (3, []),
    ]


@pytest.mark.parametrize("name", ["br_card_banktranlist_unclosed.ofx", "stmtrs_unclosed.ofx"])
def test_a_lenient_file_cut_anywhere_is_refused_or_read_whole(name: str) -> None:
    """Closing what a bank left open never turns a file cut short into a partial import."""
    data = (LENIENT / name).read_bytes()
    whole = _lines(LENIENT / name)
    read_whole = 0
    for cut in range(len(data)):
        try:
            parsed = read_ofx(name, data[:cut])
        except OfxReadError:
            continue
        assert _described(parsed) == whole, f"cut at byte {cut}"
        read_whole += 1
    assert read_whole > 0  # cut after its statement's end, the file is whole


def test_import_summary_in_the_terminal_says_what_was_repaired(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "data", "import", str(LENIENT / "stmtrs_unclosed.ofx"))
    assert proc.returncode == 0, proc.stderr
    assert (
        "  repaired: <STMTRS> of account 0001123450098 was never closed; read up to "
        "</STMTTRNRS> (line 66)\n" in proc.stdout
    )
