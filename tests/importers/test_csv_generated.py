"""Random but plausible bank CSVs (tests/importers/csv_generator.py) read back: each reading is
exactly the truth the file was written from, or a refusal that says what is ambiguous; never a
wrong reading. Examples are derandomised so CI sees the same files every run."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.importers.csv import CsvMappingNeeded, read_csv
from tests.importers.csv_generator import GeneratedCsv, generate


def _reading(generated: GeneratedCsv) -> list[tuple[object, ...]] | list[str]:
    """The lines read (with the currency when the file names one), or the refusal's problems."""
    try:
        parsed = read_csv("generated.csv", generated.data)
    except CsvMappingNeeded as refused:
        return refused.problems
    return [
        (t.posted, t.amount, t.payee, s.account.currency if generated.currency else None)
        for s in parsed.statements
        for t in s.transactions
    ]


def _truth(generated: GeneratedCsv) -> list[tuple[object, ...]]:
    return [(line.posted, line.amount, line.payee, generated.currency) for line in generated.lines]


@settings(max_examples=120, derandomize=True, deadline=None, database=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_a_generated_export_is_read_exactly_or_refused_with_a_reason(seed: int) -> None:
    generated = generate(seed)
    reading = _reading(generated)
    if reading and isinstance(reading[0], str):  # refused: it must say what is unclear
        assert all(problem.strip() for problem in reading), generated.layout
        return
    assert reading == _truth(generated), generated.layout


def test_most_generated_exports_are_read_without_help() -> None:
    """Refusing everything would pass the property: most layouts must be read outright, and
    every kind of layout the generator writes must be read at least once. Unsigned amounts
    are the exception: the balance before the first row is not in the file, so its sign is
    unknown and the file is asked about."""
    layouts = [generate(seed) for seed in range(200)]
    told = [g for g in layouts if g.layout["sign"] != "unsigned"]
    read = [g.layout for g in told if _reading(g) == _truth(g)]
    assert len(read) >= len(told) * 3 // 4
    for key in (
        "language",
        "separator",
        "date_form",
        "number_form",
        "sign",
        "header",
        "balance",
        "encoding",
        "negative_form",
        "shuffled",
        "preamble",
    ):
        written = {repr(g.layout[key]) for g in told}
        assert {repr(layout[key]) for layout in read} == written, key


def _oldest_sign(generated: GeneratedCsv) -> str:
    oldest = min(generated.lines, key=lambda line: line.posted)
    return "in" if oldest.amount > 0 else "out"


def test_unsigned_amounts_beside_a_balance_are_signed_by_it_once_the_oldest_row_is_told() -> None:
    """The balance signs every row but the oldest, which is asked about by name; told its sign,
    every file whose balance both rises and falls in one row order reads exactly. A balance that
    only falls could as well be a card's debt being paid off, and rows of a day shuffled chain
    in no order: those still say what is ambiguous."""
    unsigned = [
        g
        for g in map(generate, range(200))
        if g.layout["sign"] == "unsigned" and any(line.amount < 0 for line in g.lines)
    ]
    assert len(unsigned) >= 20
    exact = 0
    for generated in unsigned:
        problems = _reading(generated)
        assert problems and all(isinstance(p, str) for p in problems), generated.layout
        later = sorted(generated.lines, key=lambda line: line.posted)[1:]
        both_ways = {line.amount > 0 for line in later} == {True, False}
        try:
            parsed = read_csv("generated.csv", generated.data, first_sign=_oldest_sign(generated))
        except CsvMappingNeeded as refused:
            assert all(p.strip() for p in refused.problems), generated.layout
            assert generated.layout["shuffled"] or not both_ways, refused.problems
            continue
        reading = [
            (t.posted, t.amount, t.payee, s.account.currency if generated.currency else None)
            for s in parsed.statements
            for t in s.transactions
        ]
        assert reading == _truth(generated), generated.layout
        exact += 1
    assert exact >= len(unsigned) // 2
