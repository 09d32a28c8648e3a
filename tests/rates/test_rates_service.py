"""Rates kept in the store: entered, read from the ECB's files, in force on a day, removed."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError
from finapp.importers.ecb_rates import RatesFileError
from finapp.services.rates import (
    get_base_currency,
    import_rates_file,
    list_rates,
    rates_in_force,
    remove_rates,
    set_rate,
)
from finapp.services.settings import set_setting
from finapp.store.engine import Store
from tests.rates.ecb_files import DAILY, HISTORY, write
from tests.rates.households import two_currency_household


def test_the_daily_file_is_read_whole_with_its_written_out_date(
    store: Store, tmp_path: Path
) -> None:
    read = import_rates_file(store, write(tmp_path, "eurofxref.csv", DAILY))
    assert (read.rates, read.first, read.last) == (30, date(2026, 11, 27), date(2026, 11, 27))
    assert "JPY" in read.currencies and "CNY" in read.currencies
    kept = {k.rate.base: k.rate for k in list_rates(store)}
    assert kept["JPY"].rate == Decimal("161.12") and kept["JPY"].currency == "EUR"
    assert kept["GBP"].rate == Decimal("0.83325")
    assert kept["USD"].source == "eurofxref.csv"


def test_the_history_skips_na_and_a_day_takes_the_latest_rate_on_or_before_it(
    store: Store, tmp_path: Path
) -> None:
    import_rates_file(store, write(tmp_path, "eurofxref-hist.csv", HISTORY))
    listed = {k.rate.base: k for k in list_rates(store)}
    assert "CYP" in listed and listed["CYP"].rate.as_of == date(2008, 12, 31)  # N/A since
    assert listed["USD"].earlier == 2
    set_setting(store, "base_currency", "USD")
    # 100 EUR: at October's rate in mid-November, at November's on the 27th and after
    assert rates_in_force(store, date(2026, 11, 15)).convert(10000, "EUR", "USD").minor == 10885
    assert rates_in_force(store, date(2026, 12, 3)).convert(10000, "EUR", "USD").minor == 10561
    # before the first rate there is none: not converted, never guessed
    assert rates_in_force(store, date(2008, 12, 30)).convert(10000, "EUR", "USD") is None


def test_the_zip_the_ecb_offers_is_read_like_its_csv(store: Store, tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "eurofxref.zip", "w") as archive:
        archive.writestr("eurofxref.csv", DAILY)
    assert import_rates_file(store, tmp_path / "eurofxref.zip").rates == 30


def test_a_bad_line_names_the_file_and_line_and_keeps_nothing(store: Store, tmp_path: Path) -> None:
    lines = HISTORY.splitlines(keepends=True)
    lines[2] = lines[2].replace("25.121", "25,121")  # a comma where the point should be
    bad = write(tmp_path, "eurofxref-hist.csv", "".join(lines))
    with pytest.raises(RatesFileError) as raised:
        import_rates_file(store, bad)
    assert (raised.value.file, raised.value.line, raised.value.problem) == (
        "eurofxref-hist.csv", 3, "extra_cell"
    )  # fmt: skip
    assert "eurofxref-hist.csv line 3" in str(raised.value)
    assert list_rates(store) == []
    lines[2] = lines[2].replace("2026-10-30", "30/10/2026")
    with pytest.raises(RatesFileError, match=r"line 3: '30/10/2026' is not a date"):
        import_rates_file(store, write(tmp_path, "eurofxref-hist.csv", "".join(lines)))
    with pytest.raises(RatesFileError, match=r"statement\.csv line 1: not a European Central"):
        import_rates_file(store, write(tmp_path, "statement.csv", "Date,Amount\n2026-11-02,5\n"))
    assert list_rates(store) == []


def test_an_entered_rate_is_against_the_base_currency_and_can_be_removed(store: Store) -> None:
    set_setting(store, "base_currency", "usd")
    assert get_base_currency(store) == "USD"
    kept = set_rate(store, "cny", "0.1381", date(2026, 11, 1))
    assert (kept.currency, kept.base, kept.rate, kept.source) == (
        "CNY", "USD", Decimal("0.1381"), "entered"
    )  # fmt: skip
    set_rate(store, "CNY", "0.1390", date(2026, 11, 1))  # the same day again: replaced
    assert [(k.rate.rate, k.earlier) for k in list_rates(store)] == [(Decimal("0.1390"), 0)]
    book = rates_in_force(store, date(2026, 11, 30))
    assert book.convert(100000, "CNY", "USD").minor == 13900  # ¥1000.00 = $139.00
    with pytest.raises(InvalidInputError, match="base currency"):
        set_rate(store, "USD", "1")
    with pytest.raises(InvalidInputError, match="above zero"):
        set_rate(store, "EUR", "0")
    assert remove_rates(store, "CNY") == 1
    assert list_rates(store) == []


def test_the_base_currency_is_the_setting_else_the_one_most_money_moves_in(
    store: Store, tmp_path: Path
) -> None:
    assert get_base_currency(store) == "USD"  # nothing imported yet
    two_currency_household(store, tmp_path)  # 3,200 in and 1,757 out in dollars, 250 in euros
    assert get_base_currency(store) == "USD"
    set_setting(store, "base_currency", "eur")
    assert get_base_currency(store) == "EUR"
    with pytest.raises(InvalidInputError, match="currency code such as USD, or auto"):
        set_setting(store, "base_currency", "euro")
    assert get_base_currency(store) == "EUR"  # a refused value changes nothing
    set_setting(store, "base_currency", "auto")
    assert get_base_currency(store) == "USD"
