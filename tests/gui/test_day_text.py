"""A day typed as the user's locale writes it, or in ISO form, read whole."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from finapp.gui.day_text import parse_day

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
CHINA = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
BRITAIN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.mark.parametrize(
    ("typed", "locale", "day"),
    [
        ("12/8/26", US, date(2026, 12, 8)),
        ("1/5/27", US, date(2027, 1, 5)),
        (" 12/08/2026 ", US, date(2026, 12, 8)),
        ("2026-12-08", US, date(2026, 12, 8)),
        ("2026/12/8", CHINA, date(2026, 12, 8)),
        ("2026年12月8日", CHINA, date(2026, 12, 8)),
        ("2026-12-08", CHINA, date(2026, 12, 8)),
        ("8/12/2026", BRITAIN, date(2026, 12, 8)),
    ],
)
def test_a_day_as_the_locale_writes_it(typed: str, locale: QLocale, day: date) -> None:
    assert parse_day(typed, locale) == day


@pytest.mark.parametrize("typed", ["13/8/26", "2/30/26", "12/8", "next friday", "12/8/26/1", ""])
def test_what_names_no_day(typed: str) -> None:
    assert parse_day(typed, US) is None
