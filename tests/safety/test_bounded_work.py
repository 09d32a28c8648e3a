"""Bounded work on hostile text: capped payees and memos, merchant keys linear in any input.

Whether something finishes is checked in a subprocess with a generous limit: a quadratic pattern
on a megabyte takes hours, so the limit separates "linear" from "never" without timing anything.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.importers.ofxgen import Line, statement_ofx

MEGABYTE = 1024 * 1024
#: characters of payee and memo kept
CAP = 1_000
D = date(2024, 3, 5)


def _payees(store) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Stored (payee, memo) by the payee's first ten characters."""
    return {t.payee[:10]: (t.payee, t.memo) for t in list_transactions(store)}


def test_megabyte_payee_and_memo_are_stored_cut_to_the_cap(store, tmp_path: Path) -> None:
    payee, memo = "P" * MEGABYTE, "M" * MEGABYTE
    ofx = tmp_path / "long.ofx"
    ofx.write_text(
        statement_ofx([Line(D, "-3.50", payee, "F1", memo), Line(D, "-4.00", "CORNER SHOP", "F2")]),
        encoding="ascii",
    )
    csv = tmp_path / "long.csv"
    csv.write_text(f"Date,Description,Amount\n2024-03-05,{'C' * 100_000},-7.25\n", "utf-8")
    result = import_files(store, [ofx, csv])
    assert not result.failed, result.failed
    stored = _payees(store)
    assert stored["P" * 10] == (payee[:CAP], memo[:CAP])
    assert len(stored["C" * 10][0]) == CAP
    assert stored["CORNER SHO"] == ("CORNER SHOP", "")  # ordinary lines untouched


def test_a_csv_cell_too_long_to_read_names_its_line_and_imports_nothing(
    store, tmp_path: Path
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_text(
        "Date,Description,Amount\n2024-03-04,CORNER SHOP,-2.10\n"
        f"2024-03-05,{'C' * MEGABYTE},-7.25\n2024-03-06,BAKERY,-3.40\n",
        "utf-8",
    )
    for skip_bad_rows in (False, True):
        result = import_files(store, [csv], skip_bad_rows=skip_bad_rows)
        (failure,) = result.failed
        said = failure.error or ""
        assert "line 3: this line cannot be read as CSV" in said
        assert "--skip-bad-rows" not in said  # no row can be left out there
    assert list_transactions(store) == []


def test_a_csv_row_of_a_million_columns_is_refused_at_its_line_and_imports_nothing(
    store, tmp_path: Path
) -> None:
    wide = tmp_path / "wide.csv"
    header = ",".join(f"c{i}" for i in range(1_000_000))
    wide.write_text(f"{header}\n2024-03-05,CORNER SHOP,-2.10\n", "utf-8")
    ordinary = tmp_path / "march.csv"
    wide_but_real = ",".join(["Date", "Description", "Amount", *(f"Note {i}" for i in range(60))])
    ordinary.write_text(f"{wide_but_real}\n2024-03-05,CORNER SHOP,-2.10{',' * 60}\n", "utf-8")
    result = import_files(store, [wide, ordinary])
    (failure,) = result.failed
    assert failure.path.endswith("wide.csv")
    assert "line 1: this line has 1,000,000 columns" in (failure.error or "")
    assert [t.payee for t in list_transactions(store)] == ["CORNER SHOP"]  # from march.csv


#: payees built to make backtracking patterns rescan the rest of the text at every position
HOSTILE = {
    "dashed digits": "'1-' * (MB // 2)",
    "letters and spaces": "'a ' * (MB // 2)",
    "distinct words": "' '.join(f'{i:x}Q' for i in range(MB // 8))",
    "stars": "'*' * MB",
    "digits": "'7' * MB",
    "Han and spaces": "'中 ' * (MB // 2)",
    "Han business words": "'网络' * (MB // 2)",
    "dot com": "'.com' * (MB // 4)",
    "open brackets": "'(' * MB",
    "brackets closed at the end": "'(' * MB + ')'",
    "words and dashes": "'ABC-' * (MB // 4)",
    "letters then digit": "'A1-' * (MB // 3)",
}


def test_merchant_keys_finish_on_megabyte_hostile_payees() -> None:
    """Each payee is read as the payee and as the memo; all must finish within the limit."""
    lines = [
        "from finapp.core.merchant import merchant_key",
        f"MB = {MEGABYTE}",
        *(f"merchant_key({expr}); merchant_key('/', {expr})" for expr in HOSTILE.values()),
        "print('done')",
    ]
    proc = subprocess.run(
        [sys.executable, "-c", "\n".join(lines)],
        capture_output=True,
        text=True,
        timeout=120,  # linear: seconds; one quadratic pattern: hours
        check=False,
    )
    assert proc.stdout.strip() == "done", proc.stderr


def test_generated_regex_rules_are_refused_or_run_bounded() -> None:
    """A short seeded run of ``make fuzz``'s regex campaign (the issue's rules among them)."""
    from tests.safety.fuzz_regex import run_regex_fuzz

    report = run_regex_fuzz(150, seed=13)
    assert report.findings == []
    assert report.outcomes["refused"] >= 5 and report.outcomes["accepted"] > 0
