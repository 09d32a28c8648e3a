"""Which way round a built-in profile's dates are, when the file itself says otherwise.

A profile names its bank's date format (PayPal and American Express write ``MM/DD/YYYY``), but
the same bank's export from another country writes the same columns day first: PayPal UK's
``21/11/2026``, American Express UK's ``04/11/2026`` for the 4th of November. Read the
profile's way, a day above 12 refused the file and the others were stored on the wrong day
(the 4th of November as the 11th of April) without a word. The file's own dates decide:

- a format only one reading fits is the file's (a day above 12 says so);
- when both fit (every day is 12 or less), the header's language may say day first
  (:func:`.file_hints.writes_day_first`), else the reading whose dates lie closer together is
  the statement's: a month of purchases read the wrong way round spreads over most of a year.
  The profile's own way is kept unless the other is plainly closer (less than half its span).
"""

from __future__ import annotations

from collections.abc import Sequence

from finapp.importers.csv.values import date_formats_fitting, parse_date

#: each day-and-month order and the other way round
SWAPPED = {"MM/DD/YYYY": "DD/MM/YYYY", "DD/MM/YYYY": "MM/DD/YYYY"}


def profile_date_format(
    profile_format: str, values: Sequence[str], year: int | None, day_first_said: bool
) -> str:
    """The date format to read a profile's date column ``values`` with (see the module)."""
    other = SWAPPED.get(profile_format)
    if other is None:
        return profile_format
    fitting = date_formats_fitting(values, year)
    if other in fitting and profile_format not in fitting:
        return other
    if other not in fitting or profile_format not in fitting:
        return profile_format  # the profile's way, or no reading: the reader says which line
    if day_first_said:
        return "DD/MM/YYYY"
    return (
        other
        if _span(values, other, year) * 2 < _span(values, profile_format, year)
        else (profile_format)
    )


def _span(values: Sequence[str], fmt: str, year: int | None) -> int:
    """Days from the first to the last date of ``values`` read as ``fmt``."""
    days = [d for v in values if v.strip() and (d := parse_date(v.strip(), fmt, year))]
    return (max(days) - min(days)).days if days else 0
