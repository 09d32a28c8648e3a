"""A file's size as people read it: "764 KB", "3.4 MB", "120 MB".

``QLocale.formattedDataSize`` writes "764.00 KiB": two decimals nobody needs to judge a backup,
and a unit only programmers know. Every size finapp shows goes through :func:`friendly_size`, so
the backup list and the backup report agree. The units stay KB / MB / GB in every language
(Chinese file managers write them so too); the number is written the locale's way.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

_STEP = 1024
_UNITS = ("KB", "MB", "GB", "TB")


def friendly_size(size_bytes: int, locale: QLocale | None = None) -> str:
    """``size_bytes`` in whole KB below a megabyte (never "0 KB" for a file with something in
    it), else in MB, GB…, with one decimal below ten, where it still says something."""
    locale = locale or QLocale()
    value = max(size_bytes, 0) / _STEP
    if value < _STEP:
        kilobytes = max(round(value), 1 if size_bytes > 0 else 0)
        return f"{locale.toString(kilobytes)} KB"
    unit = 0
    while value >= _STEP and unit < len(_UNITS) - 1:
        value /= _STEP
        unit += 1
    decimals = 1 if value < 10 else 0
    number = locale.toString(value, "f", decimals)
    return f"{number} {_UNITS[unit]}"
