"""Values a bank writes in an OFX field in place of the real one (a posted date of zeros for a
line still pending): never a crash or a vague refusal, but the line named with what it holds,
and with ``--skip-bad-rows`` the other lines imported and the placeholder's line listed.

The files in ``ofx_placeholders/`` are synthetic, written as the exports they stand for (a
credit union's SGML download with a pending card authorization among its posted lines).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import Problem, StatementError
from finapp.importers.registry import read_statement_file
from finapp.services.coverage import coverage_by_account
from finapp.services.imports import import_files
from tests.importers.helpers import balances, counts, rows

PLACEHOLDERS = Path(__file__).parent / "ofx_placeholders"
ZERO_DATE = PLACEHOLDERS / "pending_line_zero_date.ofx"

#: how banks write a posted date of zeros: the day alone, with the time, with the time zone
ZEROS = ["00000000", "00000000000000", "00000000000000.000[-6:CST]"]


def _with_posted(write, written: str) -> Path:  # type: ignore[no-untyped-def]
    text = ZERO_DATE.read_text(encoding="ascii")
    return write("zero.ofx", text.replace("<DTPOSTED>00000000\n", f"<DTPOSTED>{written}\n"))


@pytest.mark.parametrize("written", ZEROS)
def test_a_posted_date_of_zeros_is_refused_at_its_line_naming_it(store, write, written) -> None:
    path = _with_posted(write, written)
    with pytest.raises(StatementError) as refused:
        read_statement_file(path)
    assert refused.value.line == 51
    assert str(refused.value).startswith(
        f"{path}, line 51: bad transaction: date '00000000' is not a calendar date"
    )
    reason = refused.value.reason
    assert isinstance(reason, Problem) and reason.code == "import.skip_hint"
    reason = reason.params["reason"]  # the line's own problem, under the hint to skip it
    assert isinstance(reason, Problem)
    assert (reason.code, reason.params["tag"], reason.params["value"]) == (
        "ofx.bad_field",
        "DTPOSTED",
        written,
    )
    result = import_files(store, [path]).files[0]
    assert result.error == str(refused.value) and result.batch_id is None
    assert counts(store) == (0, 0, 0)


@pytest.mark.parametrize("written", ZEROS)
def test_a_posted_date_of_zeros_is_left_out_and_listed_when_bad_rows_are_skipped(
    store, write, written
) -> None:
    result = import_files(store, [_with_posted(write, written)], skip_bad_rows=True).files[0]
    assert result.error is None and result.new == 2
    assert [(s.line, s.reason) for s in result.skipped] == [
        (51, "bad transaction: date '00000000' is not a calendar date")
    ]
    assert rows(store) == [
        ("2026-01-06", Decimal("-42.18"), "HY-VEE 1456 DES MOINES", "20260106-0001-4218"),
        ("2026-01-30", Decimal("1874.66"), "PRINCIPAL FINANCIAL PAYROLL", "20260130-0007-187466"),
    ]


NO_BALANCE = PLACEHOLDERS / "balance_not_a_number.ofx"


def _note(line: int, kind: str, written: str) -> str:
    return (
        f"line {line}: the {kind} balance of account 40112233 is written {written!r}, not a "
        "number; the statement was imported without it"
    )


@pytest.mark.parametrize("written", ["N/A", "-", "NONE", "n/a", "--", "1.234.56x", "1234.56-"])
def test_a_balance_written_as_no_number_is_left_out_and_said(store, write, written) -> None:
    text = NO_BALANCE.read_text(encoding="ascii").replace("<BALAMT>N/A\n", f"<BALAMT>{written}\n")
    path = write("no_balance.ofx", text)
    parsed = read_statement_file(path)
    (statement,) = parsed.statements
    assert statement.balances == ()
    assert [t.fitid for t in statement.transactions] == ["202602020001", "202602270002"]
    notes = [_note(55, "ledger", written), _note(59, "available", written)]
    assert list(parsed.notes) == notes
    assert [(n.code, n.params["line"], n.params["value"]) for n in parsed.notes] == [
        ("ofx.ledger_balance_not_a_number", "55", written),
        ("ofx.available_balance_not_a_number", "59", written),
    ]
    result = import_files(store, [path]).files[0]
    assert result.error is None and result.new == 2 and list(result.notes) == notes
    assert balances(store) == []


@pytest.mark.parametrize(
    ("written", "read"),
    [("1,234.56", "1234.56"), ("1.234,56", "1234.56"), ("+1 058,53", "1058.53"), ("-0.5", "-0.5")],
)
def test_a_balance_with_grouping_marks_is_read(store, write, written, read) -> None:
    text = NO_BALANCE.read_text(encoding="ascii").replace("<BALAMT>N/A\n", f"<BALAMT>{written}\n")
    parsed = read_statement_file(write("grouped.ofx", text))
    assert list(parsed.notes) == []
    assert {b.amount for b in parsed.statements[0].balances} == {Decimal(read)}


@pytest.mark.parametrize("written", ["00000000", "00000000000000.000[-5:EST]", "19000101"])
def test_a_balance_dated_with_a_placeholder_is_left_out_and_said(store, write, written) -> None:
    """A ledger balance of 100.00 dated zeros refused the whole file ("year 0 is out of range"):
    a balance on no day cannot be placed among the lines, so it is left out, saying where, and
    the balance beside it, dated 28 February, is kept."""
    text = NO_BALANCE.read_text(encoding="ascii").replace("<BALAMT>N/A\n", "<BALAMT>100.00\n")
    first = text.index("<DTASOF>20260228")
    text = text[:first] + f"<DTASOF>{written}" + text[first + len("<DTASOF>20260228") :]
    path = write("undated_balance.ofx", text)
    parsed = read_statement_file(path)
    assert [(n.code, n.params["line"], n.params["value"]) for n in parsed.notes] == [
        ("ofx.ledger_balance_undated", "56", written)
    ]
    assert str(parsed.notes[0]) == (
        f"line 56: the ledger balance of account 40112233 is dated {written!r}, no real day; "
        "the statement was imported without it"
    )
    result = import_files(store, [path]).files[0]
    assert result.error is None and result.new == 2
    assert balances(store) == [("available", "2026-02-28", Decimal("100.00"))]


def test_a_balance_beside_one_written_as_no_number_is_kept(store, write) -> None:
    text = NO_BALANCE.read_text(encoding="ascii")
    last = text.rindex("<BALAMT>N/A")
    path = write("ledger_only.ofx", text[:last] + "<BALAMT>253.18" + text[last + 11 :])
    parsed = read_statement_file(path)
    assert list(parsed.notes) == [_note(55, "ledger", "N/A")]
    result = import_files(store, [path]).files[0]
    assert result.error is None and result.new == 2
    assert balances(store) == [("available", "2026-02-28", Decimal("253.18"))]


DATED_1900 = PLACEHOLDERS / "card_line_dated_1900.qfx"
#: days banks write for a line they have no day for: 1 January 1900 (Excel's and many
#: databases' first day) and 1 January 1970 (the zero of computer clocks), and a day before 1970
PLACEHOLDER_DAYS = ["19000101120000[0:GMT]", "19700101000000", "19691231190000[-5:EST]"]


def _dated(write, written: str) -> Path:  # type: ignore[no-untyped-def]
    text = DATED_1900.read_text(encoding="ascii")
    return write(
        "dated.qfx", text.replace("<DTPOSTED>19000101120000[0:GMT]", f"<DTPOSTED>{written}")
    )


@pytest.mark.parametrize("written", PLACEHOLDER_DAYS)
def test_a_placeholder_day_before_1970_is_refused_at_its_line_naming_it(
    store, write, written
) -> None:
    path = _dated(write, written)
    with pytest.raises(StatementError) as refused:
        read_statement_file(path)
    assert refused.value.line == 49
    assert str(refused.value).startswith(
        f"{path}, line 49: bad transaction: date {written[:8]!r} is before 1970: a placeholder "
        "the bank wrote, not the day of a transaction"
    )
    reason = refused.value.reason
    assert isinstance(reason, Problem)
    reason = reason.params["reason"]
    assert isinstance(reason, Problem)
    assert (reason.code, reason.params["tag"], reason.params["value"]) == (
        "ofx.placeholder_date",
        "DTPOSTED",
        written[:8],
    )
    result = import_files(store, [path]).files[0]
    assert result.error == str(refused.value) and result.batch_id is None
    assert counts(store) == (0, 0, 0)


def test_a_placeholder_day_is_left_out_and_coverage_stays_the_statements(store, write) -> None:
    path = _dated(write, PLACEHOLDER_DAYS[0])
    parsed = read_statement_file(path, skip_bad_rows=True)
    (statement,) = parsed.statements
    assert [t.fitid for t in statement.transactions] == [
        "2026020924011340000581",
        "2026022624011340001203",
    ]
    assert (statement.start, statement.end) == (date(2026, 2, 4), date(2026, 3, 4))
    result = import_files(store, [path], skip_bad_rows=True).files[0]
    assert result.error is None and result.new == 2
    assert [(s.line, s.reason) for s in result.skipped] == [
        (
            49,
            "bad transaction: date '19000101' is before 1970: a placeholder the bank wrote, not "
            "the day of a transaction",
        )
    ]
    assert min(r[0] for r in rows(store)) == "2026-02-09"


def test_the_first_real_day_after_the_placeholders_is_read(write) -> None:
    parsed = read_statement_file(_dated(write, "19700102120000[0:GMT]"))
    assert date(1970, 1, 2) in [t.posted for t in parsed.statements[0].transactions]


@pytest.mark.parametrize(
    ("tag", "written", "period"),
    [
        ("DTSTART", "19000101", (date(2026, 2, 2), date(2026, 2, 28))),
        ("DTEND", "19691231", (date(2026, 2, 1), date(2026, 2, 27))),
    ],
)
def test_a_statement_period_dated_before_1970_is_taken_from_its_lines(
    store, write, tag, written, period
) -> None:
    """A bank that writes its placeholder as the statement's own first or last day: that end of
    the period is its lines' (2 and 27 February), with a note saying so, and the account's
    history does not reach back to 1900, which would show decades of missing statements."""
    text = (PLACEHOLDERS / "balance_not_a_number.ofx").read_text(encoding="ascii")
    stated = {"DTSTART": "20260201", "DTEND": "20260228"}[tag]
    path = write("period.ofx", text.replace(f"<{tag}>{stated}", f"<{tag}>{written}"))
    (statement,) = read_statement_file(path).statements
    assert (statement.start, statement.end) == period
    result = import_files(store, [path]).files[0]
    assert result.error is None and result.new == 2
    assert any(f"states no <{tag}>" in repair for repair in result.repairs), result.repairs
    with store.read() as session:
        (covered,) = coverage_by_account(session).values()
    assert (covered.covered_from, covered.covered_until) == period
