"""A statement line as every importer makes it: each field where it was given, text capped."""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError, fields, replace
from datetime import date, time
from decimal import Decimal

import pytest

from finapp.importers.base import MAX_TEXT, ParsedSplit, ParsedTransaction

_GIVEN = {
    "posted": date(2024, 2, 29),
    "amount": Decimal("-12.50"),
    "payee": "WHOLEFDS MKT #10234",
    "memo": "支付宝-盒马鲜生",
    "fitid": "F1",
    "line": 42,
    "kind": "debit",
    "time": time(14, 30),
    "note": "for the party",
    "tags": ("food",),
    "splits": (ParsedSplit("Food", Decimal("-12.50")),),
    "category": "Food:Groceries",
    "bank_category": "Food:Groceries",
    "other_account": "NL60ABNA0512734690",
}


def test_every_field_is_taken_from_its_own_argument() -> None:
    names = [f.name for f in fields(ParsedTransaction)]
    assert list(inspect.signature(ParsedTransaction).parameters) == names == list(_GIVEN)
    line = ParsedTransaction(**_GIVEN)
    assert {name: getattr(line, name) for name in names} == _GIVEN
    assert ParsedTransaction(*_GIVEN.values()) == line


def test_a_line_given_only_what_a_bank_gives_has_nothing_else() -> None:
    line = ParsedTransaction(date(2024, 1, 2), Decimal("5"), "SHOP")
    assert (line.memo, line.fitid, line.line, line.kind, line.time) == ("", None, None, "", None)
    assert (line.note, line.tags, line.splits, line.category) == ("", (), (), "")


def test_free_text_is_capped_however_the_line_is_made() -> None:
    long = "x" * (MAX_TEXT + 5)
    line = ParsedTransaction(date(2024, 1, 2), Decimal("5"), long, long)
    assert len(line.payee) == len(line.memo) == MAX_TEXT
    assert len(replace(line, payee=long + "y").payee) == MAX_TEXT


def test_a_line_cannot_be_changed_once_made() -> None:
    line = ParsedTransaction(**_GIVEN)
    with pytest.raises(FrozenInstanceError):
        line.payee = "OTHER"  # type: ignore[misc]
    assert replace(line, payee="OTHER").payee == "OTHER"
    assert hash(replace(line)) == hash(line)
