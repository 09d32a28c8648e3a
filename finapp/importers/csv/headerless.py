"""The built-in profile of a file without a header, recognised from the shape of its rows.

Apart from detection by names because it works the other way round: with no names to go by, a
profile (TD Canada Trust, Wells Fargo, Mint, ABN AMRO's ``.TAB``) is taken only when every
sampled row has its shape, its date format reads every date, and its debit and credit columns
hold one amount a row.
"""

from __future__ import annotations

import re

from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profiles import headerless_profiles
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import (
    ValueProblem,
    date_formats_fitting,
    looks_like_date,
    parse_amount,
    uses_decimal_comma,
)

#: an account's number as a bank writes its own customer's: digits (ABN AMRO's ``512734690``)
#: or an IBAN, never an amount (no decimals) nor a date's separators
_ACCOUNT = re.compile(r"\d{6,12}|[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
#: a currency's ISO code (``EUR``)
_CURRENCY = re.compile(r"[A-Z]{3}")


def headerless_profile(table: CsvTable) -> Profile | None:
    """The built-in profile whose shape every sampled row has, whose date format reads every
    date and whose debit and credit columns hold one amount a row: a ``2025/10/09`` file, or
    one of amounts, balances and account numbers, is no TD export."""
    sample = table.rows[table.data_start : table.data_start + 20]
    for profile in headerless_profiles():
        if (
            all(_fits_shape(row, profile.shape) for row in sample)
            and _reads_dates(table, profile)
            and _one_side_a_row(sample, profile)
        ):
            return profile
    return None


def _one_side_a_row(sample: tuple[tuple[str, ...], ...], profile: Profile) -> bool:
    if profile.sign != "debit_credit":
        return True
    sides = profile.columns["debit"] + profile.columns["credit"]
    return all(sum(bool(row[i]) for i in sides) == 1 for row in sample)


def _reads_dates(table: CsvTable, profile: Profile) -> bool:
    """The profile's date format reads the file's dates. Dates that fit day first as well
    (``04/05/2025`` only) are still the profile's when the file is written as its banks write
    (commas between cells, decimal points): a ``;``-separated or decimal-comma file of that
    shape is a day-first bank's as likely, and is asked about. A day-first profile (BNP
    Paribas) is taken only for a file written as European banks write (``;`` or decimal
    commas), so a header-less file of its shape from elsewhere is not named after it."""
    if not profile.date_format:
        return True
    columns = [i for i, kind in enumerate(profile.shape) if kind == "date"]
    fittings = [date_formats_fitting(table.column(i)) for i in columns]
    if not all(profile.date_format in fitting for fitting in fittings):
        return False
    ambiguous = any({"DD/MM/YYYY", "MM/DD/YYYY"} <= set(fitting) for fitting in fittings)
    comma = _decimal_comma_cells(table)
    if profile.date_format.startswith("DD"):  # a European bank's: ``;`` or decimal commas
        return table.delimiter == ";" or comma
    return not ambiguous or (table.delimiter == "," and not comma)


def _decimal_comma_cells(table: CsvTable) -> bool:
    cells = (c for row in table.rows[table.data_start :][:200] for c in row)
    return uses_decimal_comma(c for c in cells if re.fullmatch(r"[-+]?[\d.]*,\d{1,2}", c))


def _fits_shape(row: tuple[str, ...], shape: tuple[str, ...]) -> bool:
    if len(row) != len(shape):
        return False
    for cell, kind in zip(row, shape, strict=True):
        if kind == "date" and not looks_like_date(cell):
            return False
        if kind in ("amount", "amount?"):
            if not cell and kind == "amount?":
                continue
            if not _amount(cell):
                return False
        if kind == "blank" and cell:
            return False
        if kind == "check" and cell and not cell.isdigit():  # a cheque's number, or none
            return False
        if kind == "words" and not re.search(r"[^\W\d_]", cell):  # no letter: no label
            return False
        if kind == "*" and cell != "*":
            return False
        if kind == "dir" and direction_of(cell) not in ("in", "out"):
            return False
        if kind == "account" and not _ACCOUNT.fullmatch(cell):
            return False
        if kind == "currency" and not _CURRENCY.fullmatch(cell):
            return False
    return True


def _amount(cell: str) -> bool:
    """Whether ``cell`` is a bare amount, with a decimal point or a decimal comma (BNP's
    ``2 450,00``): no currency, no words."""
    if not re.fullmatch(r"(?:--|[-+])?[\d.][\d,. \u00a0\u202f]*", cell):
        return False
    for decimal_comma in (False, True):
        try:
            if parse_amount(cell, decimal_comma) is not None:
                return True
        except ValueProblem:
            continue
    return False
