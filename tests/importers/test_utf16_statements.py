"""QIF and CAMT files saved as UTF-16 (Windows' "Unicode" text, little- or big-endian, with its
byte-order mark) read as their UTF-8 originals do.

The files are this suite's own QIF and CAMT fixtures re-encoded, the XML declaration saying
UTF-16 as a UTF-16 document's must: what a user gets after opening an export in Notepad or
Excel and saving it as "Unicode".
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.base import ParsedFile
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import counts, rows
from tests.importers.test_camt import GERMAN_ROWS

Write = Callable[[str, str | bytes], Path]
HERE = Path(__file__).parent
QIF = HERE / "qif" / "moneydance_euro.qif"
CAMT = HERE / "camt" / "de_camt053_v02_two_accounts.xml"
CAMT_BROKEN = HERE / "camt" / "broken_missing_amount.xml"
ENCODINGS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def _utf16(path: Path, encoding: str, old: str = "", new: str = "") -> bytes:
    text = path.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return ENCODINGS[encoding] + text.replace(old, new).encode(encoding)


def _lines(parsed: ParsedFile) -> list[tuple[str, str, Decimal, str, str, str | None, int | None]]:
    return [
        (s.account.number, str(t.posted), t.amount, t.payee, t.memo, t.fitid, t.line)
        for s in parsed.statements
        for t in s.transactions
    ]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_utf16_qif_reads_the_exact_lines_of_its_utf8_original(
    write: Write, encoding: str
) -> None:
    parsed = read_statement_file(write("export.qif", _utf16(QIF, encoding)))
    (statement,) = parsed.statements
    assert [(str(t.posted), t.amount, t.payee, t.memo) for t in statement.transactions] == [
        ("2025-01-02", Decimal("-1249.90"), "MediaMarkt Berlin-Mitte", "Waschmaschine"),
        ("2025-01-03", Decimal("-23.45"), "REWE Markt GmbH", ""),
        ("2025-01-10", Decimal("3412.77"), "Gehalt Januar Contoso GmbH", ""),
    ]
    assert _lines(parsed) == _lines(read_statement_file(QIF))
    assert parsed.detected is not None and parsed.detected["encoding"] == "utf-16"


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_utf16_camt_reads_the_exact_entries_of_its_utf8_original(
    write: Write, encoding: str
) -> None:
    parsed = read_statement_file(write("camt053.xml", _utf16(CAMT, encoding)))
    assert parsed.format == "camt:camt.053.001.02"
    original = read_statement_file(CAMT)
    assert _lines(parsed) == _lines(original)
    assert sorted((d, a, p, f) for _, d, a, p, _, f, _ in _lines(parsed)) == sorted(GERMAN_ROWS)
    assert [s.balances for s in parsed.statements] == [s.balances for s in original.statements]
    assert parsed.detected is not None and parsed.detected["encoding"] == "utf-16"


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_utf16_copy_of_an_imported_statement_adds_nothing(
    store,
    write: Write,
    encoding: str,  # type: ignore[no-untyped-def]
) -> None:
    first = import_files(store, [CAMT, QIF]).files
    assert [f.error for f in first] == [None, None]
    stored = rows(store)
    again = import_files(
        store,
        [write("camt053.xml", _utf16(CAMT, encoding)), write("export.qif", _utf16(QIF, encoding))],
    ).files
    assert [(f.error, f.new) for f in again] == [(None, 0), (None, 0)]
    assert rows(store) == stored


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_broken_utf16_statement_is_refused_at_its_line_and_nothing_is_written(
    store,
    write: Write,
    encoding: str,  # type: ignore[no-untyped-def]
) -> None:
    camt = write("camt053.xml", _utf16(CAMT_BROKEN, encoding))
    qif = write("export.qif", _utf16(QIF, encoding, "T-23,45", "T-23,4,5"))
    results = import_files(store, [camt, qif]).files
    assert results[0].error == f"{camt}, line 29: the entry has no amount (Amt)"
    assert results[1].error is not None and results[1].error.startswith(f"{qif}, line 8: ")
    assert counts(store) == (0, 0, 0)


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
@pytest.mark.parametrize(
    "original",
    [HERE / "ofx_notes" / "checking_jan.qfx", HERE / "ofx_notes" / "repeated_fitid.ofx"],
    ids=["sgml", "xml"],
)
def test_a_utf16_ofx_reads_the_exact_lines_of_its_utf8_original(
    write: Write, encoding: str, original: Path
) -> None:
    parsed = read_statement_file(write(original.name, _utf16(original, encoding)))
    assert parsed.format.startswith("ofx")
    assert _lines(parsed) == _lines(read_statement_file(original)) != []
