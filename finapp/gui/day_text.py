"""A day typed as the user's locale writes it (``12/8/26``, ``2026/12/8``) or in ISO form.

Qt's date field takes typing section by section, and a one-digit month or day in a ``M/d/yy``
field ran into the next section (``12/8/26`` became ``12/2/12``, then ``12/2/8``): a day field
that reads the whole text at once is what typing a date needs. The order of day, month and year
comes from the locale's short date format; a two-digit year is of this century.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QLocale

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
_NUMBERS = re.compile(r"\d+")


def field_order(locale: QLocale) -> str:
    """``"mdy"``, ``"dmy"`` or ``"ymd"``: how the locale's short date orders its parts."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    where = {letter: short.find(letter) for letter in "yMd"}
    if min(where.values()) < 0:
        return "ymd"
    return "".join(sorted("yMd", key=where.__getitem__)).lower()


def parse_day(text: str, locale: QLocale | None = None) -> date | None:
    """The day ``text`` names, or None when it names none (a wrong month, too few parts)."""
    iso = _ISO.fullmatch(text)
    if iso:
        parts = dict(zip("ymd", map(int, iso.groups()), strict=True))
    else:
        numbers = _NUMBERS.findall(text)
        if len(numbers) != 3 or _NUMBERS.sub("", text).strip(" /.-年月日") != "":
            return None
        order = field_order(locale or QLocale())
        parts = dict(zip(order, map(int, numbers), strict=True))
        if parts["y"] < 100:
            parts["y"] += 2000
    try:
        return date(parts["y"], parts["m"], parts["d"])
    except ValueError:
        return None


def example_day(near: date, latest: date | None = None) -> date:
    """A day to show how a date is typed, near ``near`` and not after ``latest``: one from the
    13th on, so its day cannot be read as a month and the example shows which of the two comes
    first (Dec 6, written ``12/06/2026``, would not tell a British user why ``15/03/2026`` was
    refused)."""
    if near.day >= 13:
        return near
    fifteenth = near.replace(day=15)
    if latest is None or fifteenth <= latest:
        return fifteenth
    return (near.replace(day=1) - timedelta(days=1)).replace(day=15)
