"""The time of day a statement line carries, and when a written time is no time at all.

Banks write a time into every OFX ``DTPOSTED`` whether they know one or not: ``…000000``
(midnight) or ``…120000`` (noon) on every line, or the one moment their batch ran
(``…122017`` on each day of a month). Such a time says nothing about when the money moved, and
stored as one it would put every card payment at midnight, where the late-night checks look.

The rule, the same for OFX and CSV:

* a line without a time part has no time (``None``);
* ``00:00:00`` and ``12:00:00`` are the placeholders banks use for "no time": never a time;
* when two or more lines of one statement carry a time and all carry the same one, it is the
  bank's batch or placeholder time: none of them has a time.

A time is kept as written, in the statement's own local time (the ``[-5:EST]`` zone is not
applied), as the date is: the line belongs to the day and hour the bank printed. A time the bank
stamps in GMT (``[0:GMT]``, ``[+0:UTC]``) is its server's clock, not the customer's: 02:40 GMT
is 21:40 the evening before in New York, and read as written it would be a transfer in the
middle of the night. Its time of day is the one this computer's clock showed at that moment
(the date stays the bank's, as every line's does: the day it belongs to on the statement).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import UTC, datetime, time

#: Written "times" that mean "the bank gives no time".
PLACEHOLDERS = frozenset({time(0, 0, 0), time(12, 0, 0)})

_CLOCK = re.compile(
    r"^\s*(\d{1,2})(?::(\d{2})(?::(\d{2}))?|(\d{2})(\d{2})?)(?:\.\d+)?\s*([AaPp][Mm])?\s*$"
)
#: the time written after a date in one cell: ``2023-02-12 21:32:14``, ``01/10/2019 6:50 PM``
_TIME_AFTER_DATE = re.compile(
    r"[ T]+(\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*([AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?\s*$"
)
_OFX_TIME = re.compile(r"\s*(\d{8})(\d{2})(\d{2})(\d{2})?")
#: an OFX time zone of no offset: the time is the bank's server clock in GMT
_OFX_GMT = re.compile(r"\[\s*[+-]?0+(?:\.0+)?\s*(?::\s*(?:GMT|UTC|Z)?\s*)?\]\s*$", re.IGNORECASE)


def _clock(hour: int, minute: int, second: int, half: str | None) -> time | None:
    """The time of a 24 h or 12 h reading; None when it is no time of day (``25:61``)."""
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


@functools.lru_cache(maxsize=65536)
def parse_clock(text: str) -> time | None:
    """A time-of-day cell: ``14:30:12``, ``14:30``, ``143012`` (ABC), ``06:50 PM``; None when
    the cell is empty or holds no time."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute, second, packed_min, packed_sec, half = match.groups()
    if packed_min is not None:
        minute, second = packed_min, packed_sec
    elif minute is None:
        return None  # a lone number is no time
    return _clock(int(hour), int(minute), int(second or 0), half)


@functools.lru_cache(maxsize=65536)
def time_after_date(text: str) -> time | None:
    """The time written after the date in a date cell (Alipay's ``交易时间``), or None."""
    match = _TIME_AFTER_DATE.search(text)
    return (
        parse_clock(match.group(1) + (" " + match.group(2) if match.group(2) else ""))
        if match
        else None
    )


@functools.lru_cache(maxsize=65536)
def ofx_time(raw: str) -> time | None:
    """The time part of an OFX date-time as written (``20261103143012.000[-5:EST]`` ->
    14:30:12), in this computer's local time when stamped in GMT; None when it has none."""
    match = _OFX_TIME.match(raw)
    if match is None:
        return None
    day, hour, minute, second = match.groups()
    written = _clock(int(hour), int(minute), int(second or 0), None)
    if written is None or written in PLACEHOLDERS or not _OFX_GMT.search(raw):
        return written
    try:
        moment = datetime.combine(datetime.strptime(day, "%Y%m%d").date(), written, UTC)
    except ValueError:
        return written
    return moment.astimezone().time().replace(tzinfo=None)


def real_times(times: Sequence[time | None]) -> list[time | None]:
    """``times`` of one statement's lines with every placeholder put back to None (see the
    module's rule)."""
    written = {t for t in times if t is not None}
    timed = sum(t is not None for t in times)
    if timed >= 2 and len(written) == 1:
        return [None] * len(times)
    return [None if t in PLACEHOLDERS else t for t in times]
