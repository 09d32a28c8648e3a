"""Fuzzing the importers: every input imports, or is refused with finapp's own error.

The short run here feeds every corpus file as it is, one mutant of each (the mutation kind
rotates across files: truncation, bit flips, swapped encoding, splices, odd values, line
endings, a huge field) and the hostile files (entity bombs, deep nesting, a million columns, a
100 MB line) through a worker process bounded in time and memory, then Hypothesis-made
statements in-process, then a seeded batch of generated amounts, dates and payees judged
against reference readings (``fuzz_generators``). ``make fuzz`` runs the same with many more.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from finapp.store.engine import Store
from tests.safety.fuzz_generators import (
    GENERATORS,
    MISREAD_SEEDS,
    GeneratorReport,
    amount_cases,
    check_file_case,
    check_typed_amount,
    run_cases,
)
from tests.safety.fuzzing import corpus_files, run_inputs
from tests.safety.mutations import hostile_files, mutants, regressions


def short_run_inputs(corpus: Path) -> Iterator[tuple[str, bytes]]:
    for i, source in enumerate(corpus_files(corpus)):
        yield source.name, source.read_bytes()
        yield from mutants(source, 1, seed=i)
    yield from hostile_files()
    yield from regressions(corpus)


def test_every_input_imports_or_is_refused_cleanly(corpus: Path, tmp_path: Path) -> None:
    report = run_inputs(short_run_inputs(corpus), tmp_path)
    assert report.inputs > 2 * len(corpus_files(corpus))
    assert report.outcomes["imported"] > 0 and report.outcomes["refused"] > 0
    assert not report.findings, "\n".join(
        f"{f.name}: {f.outcome} {f.error} {f.where}" for f in report.findings
    )


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_NUMBER = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.text(string.digits + "-+.,eE ", max_size=30),
)
_DATE = st.one_of(st.dates().map(lambda d: d.strftime("%Y%m%d")), st.text(max_size=14))


def _ofx(rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{d}<TRNAMT>{a}<FITID>{f}<NAME>{n}</STMTTRN>\n"
        for d, a, f, n in rows
    )
    return (
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:UNICODE\nCHARSET:NONE\n\n"
        "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>42"
        f"<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n{body}</BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    )


def _csv(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["Date,Amount,Payee,Memo"]
    lines += [",".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


_ROWS = st.lists(st.tuples(_DATE, _NUMBER, _TEXT, _TEXT), max_size=8)


def _read_or_refuse(path: Path) -> None:
    try:
        parsed = read_statement_file(path)
    except StatementError as exc:
        assert exc.message.strip() and "\n" not in exc.message.strip()
        return
    for statement in parsed.statements:
        for txn in statement.transactions:
            assert txn.amount.is_finite(), "an importer let a non-finite amount through"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=_ROWS,
    kind=st.sampled_from(["ofx", "csv"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "gb18030", "latin-1"]),
)
def test_generated_statements_parse_or_are_refused(
    tmp_path: Path, rows: list[tuple[str, str, str, str]], kind: str, encoding: str
) -> None:
    text = _ofx(rows) if kind == "ofx" else _csv(rows)
    path = tmp_path / f"generated.{kind}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _read_or_refuse(path)


@pytest.mark.parametrize("cell", MISREAD_SEEDS)
def test_each_once_misread_amount_is_read_exactly_or_refused_naming_its_line(
    cell: str, store: Store, tmp_path: Path
) -> None:
    case = next(c for c in amount_cases(0, seed=0) if c.cell == cell)
    wanted = "refused" if case.expected is None else "read"  # only －１２．５０ reads: -12.50
    assert check_file_case(store, tmp_path, case, 0) == (wanted, "")
    assert check_typed_amount(case) == (wanted, "")


#: cases per generator in the short run: about 5 s together on the development machine
SHORT_RUN = {"amounts": 150, "dates": 80, "payees": 25}


def test_generated_amounts_dates_and_payees_read_as_the_reference_or_are_refused(
    store: Store, tmp_path: Path
) -> None:
    report = GeneratorReport()
    for kind, count in SHORT_RUN.items():
        report.add(run_cases(GENERATORS[kind](count, 0), store, tmp_path))
    assert report.outcomes["read"] > 100 and report.outcomes["refused"] > 100
    assert not report.findings, "\n".join(str(f) for f in report.findings)
