"""Exchange rates and rates-file problems in the interface's language.

The services say a rate as its facts (:class:`~finapp.core.conversion.Rate`) and a bad rates
file as a code with the file, line and cell (:class:`~finapp.importers.ecb_rates.RatesFileError`);
the dashboard and the "Exchange rates…" dialog word them here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.core.conversion import ENTERED, Rate
from finapp.gui.models.formatting import format_date
from finapp.importers.ecb_rates import RatesFileError
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_PROBLEMS = {
    "unreadable": QT_TRANSLATE_NOOP("RateText", "not a CSV file of exchange rates"),
    "not_rates": QT_TRANSLATE_NOOP(
        "RateText",
        "not a European Central Bank rates file (its first line should be “Date, USD, JPY, …”)",
    ),
    "bad_code": QT_TRANSLATE_NOOP("RateText", "“%1” is not a currency code"),
    "bad_date": QT_TRANSLATE_NOOP("RateText", "“%1” is not a date"),
    "bad_rate": QT_TRANSLATE_NOOP("RateText", "“%1” is not a rate"),
    "extra_cell": QT_TRANSLATE_NOOP("RateText", "more rates than the first line names (“%1”)"),
    "no_rates": QT_TRANSLATE_NOOP("RateText", "the file holds no rates"),
}


def source_text(rate: Rate) -> str:
    """Where a rate came from: typed by the user, or the file's name."""
    return (
        QCoreApplication.translate("RateText", "entered by you")
        if rate.source == ENTERED
        else rate.source
    )


def rate_text(rate: Rate) -> str:
    """``1 EUR = 1.0561 USD``: what one unit of the currency was worth."""
    return f"1 {rate.currency} = {rate.rate} {rate.base}"


def rate_line(rate: Rate) -> str:
    """``1 EUR = 1.0561 USD (11/27/26, eurofxref.csv)``: the rate, its day and its source."""
    return f"{rate_text(rate)} ({format_date(rate.as_of)}, {source_text(rate)})"


def rates_file_problem(exc: RatesFileError) -> str:
    """``eurofxref-hist.csv, line 3: “1.08.85” is not a rate. No rate was kept.``"""
    reason = fill(QCoreApplication.translate("RateText", str(_PROBLEMS[exc.problem])), (exc.text,))
    if exc.line:
        where = fill(
            QCoreApplication.translate("RateText", "%1, line %2"), (exc.file, str(exc.line))
        )
    else:
        where = exc.file
    return fill(
        QCoreApplication.translate("RateText", "%1: %2. No rate was kept."), (where, reason)
    )
