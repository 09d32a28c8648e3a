"""The strict amount grammar: real-world forms read exactly, hostile ones refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.core.amounts import AmountError, parse_amount
from finapp.core.money import exact_minor, parse_decimal
from finapp.errors import InvalidInputError


@pytest.mark.parametrize(
    "text",
    [
        "1e308",
        "-1.5E+03",
        "v2 -3.00",
        "12-50",
        "0x10",
        "1,2,3",
        "1,23",
        "1,12,50",  # a lakh's groups end in a thousands group of three
        "12,34",
        "12..5",
        "1.2.3",
        "--3",
        "(-3.00)",
        "12.00--",
        "NaN",
        "Infinity",
        "1_000",
        "abc",
        "",
        "$ $3",
        "USD 3 EUR",
        "9" * 41,
    ],
)
def test_hostile_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "decimal_comma", "value"),
    [
        ("-1,234.56", False, "-1234.56"),
        ("(12.50)", False, "-12.50"),
        ("1.234,56", True, "1234.56"),
        ("-1 234,56", True, "-1234.56"),
        ("$12.50", False, "12.50"),
        ("12.50 USD", False, "12.50"),
        ("¥1,200", False, "1200"),
        ("－１２．５０", False, "-12.50"),
        ("+3.00", False, "3.00"),
        ("12.00-", False, "-12.00"),
        ("12.00 DR", False, "-12.00"),
        ("CNY -12.50", False, "-12.50"),
        ("−5.00", False, "-5.00"),
        ("11'373.94", False, "11373.94"),
        ("8,000.00(CN)", False, "8000.00"),
        ("US$5", False, "5"),
        # India's lakhs and crores (an SBI Card statement)
        ("1,12,500.00 Dr", False, "-112500.00"),
        ("₹12,34,56,789.50", False, "123456789.50"),
    ],
)
def test_real_world_amounts_are_read_exactly(text: str, decimal_comma: bool, value: str) -> None:
    assert parse_amount(text, decimal_comma) == Decimal(value)


def test_a_decimal_comma_file_does_not_read_points_as_decimals() -> None:
    with pytest.raises(AmountError):
        parse_amount("1.234,56")
    with pytest.raises(AmountError):
        parse_amount("1,234.56", decimal_comma=True)


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("12.505", "USD"), ("1200.5", "JPY"), ("1.2345", "BHD"), ("0.001", "EUR")],
)
def test_decimals_finer_than_the_currency_are_refused_not_rounded(
    amount: str, currency: str
) -> None:
    with pytest.raises(InvalidInputError, match=currency):
        exact_minor(Decimal(amount), currency)


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("12.50", "USD", 1250),
        ("1200", "JPY", 1200),
        ("1.234", "KWD", 1234),
        ("12.500", "USD", 1250),
    ],
)
def test_exact_amounts_keep_every_unit(amount: str, currency: str, minor: int) -> None:
    assert exact_minor(Decimal(amount), currency) == minor


@pytest.mark.parametrize("text", ["1,2,3", "1e308", "1e400", "10000000000000"])
def test_typed_amounts_share_the_grammar_and_a_size_bound(text: str) -> None:
    with pytest.raises(InvalidInputError):
        parse_decimal(text)


@pytest.mark.parametrize("text", ["7²5-", "1½", "²", "12.5⁰", "①2", "１２³"])
def test_superscripts_and_other_lookalike_digits_are_not_digits(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("١٢٣.٤٥", "123.45"),
        ("１\u3000２３４．５０", "1234.50"),
        ("1\u202f234.50", "1234.50"),
        ("1\u00a0234.50", "1234.50"),
        ("－１２．５０", "-12.50"),
    ],
)
def test_full_width_forms_and_no_break_spaces_are_read_like_their_plain_forms(
    text: str, value: str
) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["4 107 973abc", "3,398,209,619.52abc", "12 XYZ", "ABC 12"])
def test_letters_that_name_no_currency_are_refused_not_dropped(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@pytest.mark.parametrize("text", ["12.50 eur", "CHF 12.50", "RMB 12.50", "12.50 BHD"])
def test_currency_codes_are_read_in_any_case(text: str) -> None:
    assert abs(parse_amount(text)) == Decimal("12.50")
