"""A household's real routine: overlapping monthly downloads, imported in any order, twice."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from finapp.services.imports import import_files
from tests.importers.helpers import rows
from tests.importers.ofxgen import Line, statement_ofx

START = date(2024, 1, 1)


def _bank_history() -> list[Line]:
    """45 days of a checking account, with two identical coffees on one day (distinct FITIDs)."""
    lines = []
    for day in range(45):
        posted = START + timedelta(days=day)
        lines.append(Line(posted, f"-{3 + day % 7}.25", f"GROCER {day % 5}", f"G{day}"))
        if day % 10 == 4:
            lines.append(Line(posted, "-4.50", "COFFEE", f"C{day}a"))
            lines.append(Line(posted, "-4.50", "COFFEE", f"C{day}b"))
    return lines


def _windows(lines: list) -> list[list]:
    """Three statements covering the 45 days, each starting 3 days before the last ended."""
    spans = [(0, 17), (14, 32), (29, 45)]
    out = [[x for x in lines if a <= (x.posted - START).days < b] for a, b in spans]
    assert sum(len(part) for part in out) > len(lines)  # they do overlap
    return out


def test_overlapping_ofx_statements_in_any_order_twice_give_the_banks_lines(store, write) -> None:
    bank = _bank_history()
    files = [
        write(f"jan{i}.ofx", statement_ofx(part, ledger=("100.00", part[-1].posted)))
        for i, part in enumerate(_windows(bank))
    ]
    order = files * 2
    random.Random(3).shuffle(order)
    result = import_files(store, order)
    assert not result.failed
    assert result.new == len(bank)
    expected = sorted((x.posted.isoformat(), Decimal(x.amount), x.payee, x.fitid) for x in bank)
    assert rows(store) == expected
    assert sum(1 for r in rows(store) if r[2] == "COFFEE") == 10


CHASE_HEADER = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo"


def _chase_csv(lines: list[Line]) -> str:
    """Chase's credit-card export: newest first, purchases negative, no transaction ids."""
    body = [
        f"{d:%m/%d/%Y},{d + timedelta(days=1):%m/%d/%Y},{payee},Food & Drink,"
        f"{'Sale' if amount.startswith('-') else 'Payment'},{amount},"
        for d, amount, payee in sorted(((x.posted, x.amount, x.payee) for x in lines), reverse=True)
    ]
    return "\r\n".join([CHASE_HEADER, *body]) + "\r\n"


def test_overlapping_chase_card_csvs_in_any_order_twice(store, write) -> None:
    card = []
    for day in range(45):
        posted = START + timedelta(days=day)
        card.append((posted, f"-{10 + day % 4}.99", f"STORE #{day % 3}"))
        if day % 9 == 2:  # two identical coffees the same day, no ids to tell them apart
            card += [(posted, "-5.75", "STARBUCKS STORE 1234")] * 2
    card.append((START + timedelta(days=20), "250.00", "Payment Thank You-Mobile"))
    files = [
        write(f"chase{i}.csv", _chase_csv(part))
        for i, part in enumerate(_windows([Line(d, a, p) for d, a, p in card]))
    ]
    order = files * 2
    random.Random(5).shuffle(order)
    result = import_files(store, order)
    assert not result.failed, result.failed
    assert result.new == len(card)
    assert {f.format for f in result.files} == {"csv:Chase credit card"}
    stored = [(r[0], r[1], r[2]) for r in rows(store)]
    assert stored == sorted((d.isoformat(), Decimal(a), p) for d, a, p in card)
    assert stored.count(("2024-01-03", Decimal("-5.75"), "STARBUCKS STORE 1234")) == 2
