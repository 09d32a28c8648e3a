"""Converting at the rate in force on a day: direct, inverted, across the euro, or not at all."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.core.conversion import Rate, RateBook

NOV = date(2026, 11, 27)


def test_a_rate_converts_both_ways_rounded_half_even_to_the_targets_unit() -> None:
    book = RateBook([Rate("EUR", "USD", Decimal("1.0561"), NOV)])
    assert book.convert(10000, "EUR", "USD").minor == 10561  # 100.00 EUR = 105.61 USD
    assert book.convert(10561, "USD", "EUR").minor == 10000
    # 0.25 EUR * 1.0561 = 0.264025 USD: 26 cents; 2.50 at 1.05 = 2.625 -> 2.62 (half even)
    assert book.convert(25, "EUR", "USD").minor == 26
    even = RateBook([Rate("EUR", "USD", Decimal("1.05"), NOV)])
    assert even.convert(250, "EUR", "USD").minor == 262


def test_yen_have_no_minor_unit_and_cross_rates_go_through_the_euro() -> None:
    book = RateBook(
        [Rate("EUR", "USD", Decimal("1.0561"), NOV, "eurofxref.csv"),
         Rate("EUR", "JPY", Decimal("161.12"), NOV, "eurofxref.csv")]
    )  # fmt: skip
    # 10.00 USD = 10 / 1.0561 EUR = 9.4688... EUR = 1525.62... JPY -> 1526 yen
    converted = book.convert(1000, "USD", "JPY")
    assert converted.minor == 1526
    assert [leg.rate.base for leg in converted.legs] == ["USD", "JPY"]
    assert book.convert(1526, "JPY", "USD").minor == 1000


def test_no_rate_is_no_conversion_and_the_total_names_what_is_missing() -> None:
    book = RateBook([Rate("EUR", "USD", Decimal("1.0561"), NOV)])
    assert book.convert(100, "CNY", "USD") is None
    total = book.total({"USD": 500000, "EUR": 10000, "CNY": 80000}, "USD")
    assert total.minor == 500000 + 10561
    assert dict(total.missing) == {"CNY": 80000}
    assert total.converted
    assert [r.currency for r in total.rates] == ["EUR"]


def test_a_total_in_one_currency_is_not_marked_converted() -> None:
    total = RateBook([]).total({"USD": 123456, "EUR": 0}, "USD")
    assert (total.minor, total.converted, total.rates, dict(total.missing)) == (
        123456, False, (), {}
    )  # fmt: skip


def test_the_freshest_path_wins_and_an_entered_rate_beats_a_files_of_the_same_day() -> None:
    old = Rate("CNY", "USD", Decimal("0.1300"), date(2026, 1, 5))
    book = RateBook(
        [old,
         Rate("EUR", "USD", Decimal("1.0561"), NOV, "eurofxref.csv"),
         Rate("EUR", "CNY", Decimal("7.6533"), NOV, "eurofxref.csv")]
    )  # fmt: skip
    assert len(book.legs("CNY", "USD")) == 2  # November's cross rate over January's own
    same_day = RateBook(
        [Rate("EUR", "USD", Decimal("1.0561"), NOV, "eurofxref.csv"),
         Rate("EUR", "USD", Decimal("1.10"), NOV)]
    )  # fmt: skip
    assert same_day.convert(10000, "EUR", "USD").minor == 11000
