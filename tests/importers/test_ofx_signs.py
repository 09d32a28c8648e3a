"""A statement whose every DEBIT is money in and every CREDIT money out is stored as written and
the import warns, naming the lines; types used loosely, or a usual statement, say nothing.

``ofx_notes/card_signed_from_bank_side.ofx`` is a card statement written from the issuer's
books: purchases ``DEBIT`` and positive, the payment ``CREDIT`` and negative, a waived fee
``FEE 0.00``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import rows

NOTES = Path(__file__).parent / "ofx_notes"
BANK_SIDE = NOTES / "card_signed_from_bank_side.ofx"
LENIENT = Path(__file__).parent / "ofx_lenient"
WARNING = (
    "every DEBIT line of account 5555444433331111 is money in and every CREDIT line money out "
    "(4 lines; line 37: DEBIT +45.00, line 58: CREDIT -300.00): stored as written; if "
    "purchases show as money in, the bank signed the file from its own side"
)


def test_a_card_signed_from_the_banks_side_is_stored_as_written_with_a_warning(store) -> None:
    result = import_files(store, [BANK_SIDE]).files[0]
    assert result.notes == (WARNING,)
    assert sorted(amount for _day, amount, _payee, _id in rows(store)) == [
        Decimal("-300.00"),
        Decimal("0.00"),
        Decimal("12.99"),
        Decimal("45.00"),
        Decimal("61.37"),
    ]


def test_one_line_that_agrees_with_its_type_silences_the_warning(write) -> None:
    text = BANK_SIDE.read_text(encoding="utf-8")
    refund = text.replace("<TRNAMT>12.99", "<TRNAMT>-12.99", 1)  # a DEBIT now money out
    assert read_statement_file(write("refund.ofx", refund)).notes == ()


def test_types_used_loosely_on_one_side_only_say_nothing(write) -> None:
    """A bank that types every line CREDIT (either direction) gives no evidence of signs."""
    text = BANK_SIDE.read_text(encoding="utf-8").replace("<TRNTYPE>DEBIT", "<TRNTYPE>CREDIT")
    assert read_statement_file(write("all_credit.ofx", text)).notes == ()


def test_statements_signed_as_ofx_says_warn_of_nothing() -> None:
    for name in ("br_card_banktranlist_unclosed.ofx", "ccstmtrs_unclosed.ofx"):
        assert read_statement_file(LENIENT / name).notes == ()
