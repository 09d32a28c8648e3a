"""A CSV with a quote that opens and never closes is refused at the line where it opens, with
nothing written; a quoted cell holding line breaks (a bank's memo over several lines) is read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.services.imports import import_files
from tests.importers.helpers import counts, rows

HEADER = "Date,Description,Amount\n"
OPEN_QUOTE = 'a quote (") opens in this line and is never closed'
#: a year of a busy account's lines after the open quote: past the 128 KiB a CSV reader lets one
#: cell grow to, so the cell it opens overflows before the file ends or a quote closes it
YEAR_AFTER = "".join(
    f"2026-{1 + day % 12:02d}-{1 + day % 28:02d},"
    f"GROCERY OUTLET #{day:05d} OAKLAND CA,-{day % 97}.15\n"
    for day in range(4000)
)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        pytest.param(
            "2026-01-03,STARBUCKS #1234,-4.50\n"
            "2026-01-04,ACME PAYROLL,2500.00\n"
            '2026-01-05,"SHELL OIL,-62.10\n'
            "2026-01-06,TARGET,-30.00\n"
            '2026-01-07,"WALMART",-12.00\n'
            "2026-01-08,CVS PHARMACY,-8.00\n",
            4,
            id="closed by chance by a later quote",
        ),
        pytest.param(
            '2026-01-03,"STARBUCKS #1234,-4.50\n'
            "2026-01-04,SHELL OIL,-62.10\n"
            "2026-01-05,ACME PAYROLL,2500.00\n",
            2,
            id="first row, open to the end",
        ),
        pytest.param(
            "2026-01-03,STARBUCKS #1234,-4.50\n"
            "2026-01-04,ACME PAYROLL,2500.00\n"
            '2026-01-05,"SHELL OIL,-62.10\n',
            4,
            id="last row",
        ),
        pytest.param(
            "2026-01-03,STARBUCKS #1234,-4.50\n"
            "2026-01-04,ACME PAYROLL,2500.00\n"
            '2026-01-05,"SHELL OIL,-62.10',
            4,
            id="last row, no line break",
        ),
        pytest.param(
            "2026-01-03,STARBUCKS #1234,-4.50\n"
            "2026-01-04,ACME PAYROLL,2500.00\n"
            '2026-01-05,"SHELL OIL,-62.10\n' + YEAR_AFTER,
            4,
            id="early in a long file",
        ),
    ],
)
def test_a_quote_never_closed_refuses_the_file_at_its_line(store, write, body, line) -> None:
    path = write("checking.csv", HEADER + body)
    for skip_bad_rows in (False, True):  # no row can be left out: the rows ran together
        result = import_files(store, [path], skip_bad_rows=skip_bad_rows).files[0]
        assert result.error is not None
        assert f"checking.csv, line {line}: {OPEN_QUOTE}" in result.error
        assert counts(store) == (0, 0, 0)


def test_a_quoted_memo_over_several_lines_is_read(store, write) -> None:
    text = (
        "Date;Libellé;Montant\n"
        '15/11/2026;"PRLV SEPA FREE MOBILE \r\nFREE MOBILE \r\nFM-12345678-9 ECH 02/11/2026";'
        "-19,99\n"
        '16/11/2026;"CARTE X1234 15/11 LECLERC\r\n";-34,57\n'
        "17/11/2026;VIREMENT CAF;245,30\n"
    )
    result = import_files(store, [write("releve.csv", text.encode("cp1252"))]).files[0]
    assert result.error is None and result.new == 3
    assert [amount for _, amount, _, _ in rows(store)] == [
        Decimal("-19.99"),
        Decimal("-34.57"),
        Decimal("245.30"),
    ]
