"""Notes and tags through the services, over statements imported the real way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.errors import InvalidInputError, NotFoundError
from finapp.services.annotations import (
    Money,
    add_tags,
    remove_tags,
    set_note,
    set_tags,
    tag_report,
    tags_in_use,
    tags_of,
)
from finapp.services.changes import Kind
from finapp.store.schema import Transaction
from tests.annotations.statements import household


def _notes(store) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return dict(session.execute(select(Transaction.id, Transaction.note)).all())


def test_a_note_is_written_changed_and_cleared(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    rent = lines["OAKWOOD APTS RENT WEB PMT"][0].id
    done = set_note(store, [rent], "  January rent, paid late: $35 fee waived  ")
    assert done.changes.touches([Kind.TRANSACTIONS]) and done.changed == 1
    assert _notes(store)[rent] == "January rent, paid late: $35 fee waived"
    assert not set_note(store, [rent], "January rent, paid late: $35 fee waived").changes
    set_note(store, [rent], "")
    assert set(_notes(store).values()) == {""}


def test_a_note_on_several_lines_at_once(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    ids = [lines[p][0].id for p in ("HOTEL LE MARAIS PARIS", "CAFE DE FLORE PARIS")]
    assert set_note(store, ids, "Paris with Anna").changed == 2
    notes = _notes(store)
    assert [notes[i] for i in ids] == ["Paris with Anna"] * 2
    assert sum(1 for n in notes.values() if n) == 2


def test_tags_are_added_to_several_lines_and_removed(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    paris = [
        lines[p][0].id for p in ("HOTEL LE MARAIS PARIS", "CAFE DE FLORE PARIS", "SNCF VOYAGEURS")
    ]
    done = add_tags(store, ["#Holiday-2026", "paris"], paris)
    assert done.changed == 6 and done.changes.touches([Kind.TRANSACTIONS])
    assert add_tags(store, ["#holiday-2026"], paris).changed == 0  # one tag, whatever its case
    remove_tags(store, ["#PARIS"], paris[1:])
    with store.read() as session:
        assert tags_of(session) == {
            paris[0]: ("holiday-2026", "paris"),
            paris[1]: ("holiday-2026",),
            paris[2]: ("holiday-2026",),
        }
    assert tags_in_use(store) == [("holiday-2026", 3), ("paris", 1)]


def test_set_tags_makes_them_exactly_the_lines_tags(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    bill = lines["CITY OF AUSTIN UTILITIES"][0].id
    add_tags(store, ["#home", "#tax"], [bill])
    assert set_tags(store, ["#tax", "#旅行"], bill).changed == 2
    with store.read() as session:
        assert tags_of(session, [bill]) == {bill: ("tax", "旅行")}


def test_a_bad_tag_or_a_missing_line_changes_nothing(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    coffee = lines["SQ *BLUE BOTTLE COFFEE"][0].id
    with pytest.raises(InvalidInputError) as refused:
        add_tags(store, ["#coffee", "#cafés!"], [coffee])
    assert refused.value.code == "tag.bad_character"
    with pytest.raises(NotFoundError) as missing:
        add_tags(store, ["#coffee"], [coffee, 99999])
    assert missing.value.code == "transaction.missing" and "99999" in str(missing.value)
    with pytest.raises(NotFoundError):
        set_note(store, [99999], "nothing")
    assert tags_in_use(store) == []


def test_the_report_by_tag_counts_lines_and_money_per_currency(store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    paris = [lines[p][0].id for p in ("HOTEL LE MARAIS PARIS", "CAFE DE FLORE PARIS",
                                     "SNCF VOYAGEURS", "REMBOURSEMENT SNCF")]  # fmt: skip
    add_tags(store, ["#holiday-2026"], paris)
    # the coffee before the flight, paid in dollars, is part of the holiday too
    add_tags(store, ["#holiday-2026"], [lines["SQ *BLUE BOTTLE COFFEE"][2].id])
    add_tags(store, ["#tax"], [line.id for line in lines["CITY OF AUSTIN UTILITIES"]])

    holiday, tax = tag_report(store)
    assert (holiday.tag, holiday.count) == ("holiday-2026", 5)
    assert holiday.by_currency == {
        "EUR": Money(Decimal("268.70"), Decimal("40.00")),
        "USD": Money(Decimal("6.75"), Decimal("0.00")),
    }
    assert (tax.tag, tax.count) == ("tax", 2)
    assert tax.by_currency == {"USD": Money(Decimal("168.40"), Decimal("0.00"))}

    [january] = tag_report(store, since=date(2026, 1, 1), until=date(2026, 1, 31))
    assert (january.tag, january.count) == ("tax", 1)
    assert january.by_currency["USD"].spent == Decimal("84.20")
    assert tag_report(store, since=date(2026, 3, 1)) == []
