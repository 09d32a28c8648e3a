"""Cheques a bank lists by number only are told apart by their numbers.

USAA's download names a cheque the bank could not read a payee from by ``<CHECKNUM>`` alone:
two cheques of 75.00 a day apart came in with no payee at all, the numbers 1042 and 1043
dropped, and nothing in the list told the plumber's from the babysitter's.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.helpers import rows

CHECKS = Path(__file__).parent / "ofx_novel" / "usaa_checks.ofx"


def test_a_cheque_without_a_payee_is_called_by_its_number(store) -> None:
    (read,) = import_files(store, [CHECKS]).files
    assert read.error is None and read.new == 3
    assert rows(store) == [
        ("2026-11-03", Decimal("-250.00"), "CHECK 1041", "Q13-1"),
        ("2026-11-09", Decimal("-75.00"), "Check 1042", "Q13-2"),
        ("2026-11-10", Decimal("-75.00"), "Check 1043", "Q13-3"),
    ]
