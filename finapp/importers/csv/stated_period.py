"""The days an export says it covers, from the lines above its header.

The Chinese banks' and payment apps' exports state the period asked for: Alipay's
``起始时间：[2025-12-01 00:00:00]    终止时间：[2026-03-31 23:59:59]``, WeChat Pay's the same,
招商银行's ``# 起始日期: [20241001]   终止日期: [20261105]``, JD's ``日期区间：2026-02-01 至
2026-03-31``. Its last line may come days before the end (nothing was paid in the last week),
and the statement still covers those days: read as ending on its last line, a subscription due
in them was "expected but not charged" and the account's statements "ended" days early. So a
statement's ``start`` and ``end`` are the stated ones, as an OFX's ``DTSTART`` and ``DTEND``
are; an end after the day of import (a period asked up to the end of the month) is cut to that
day, and a period its own lines fall outside of is no period of theirs and is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from finapp.importers.base import ParsedStatement
from finapp.importers.csv import scheduled

_DAY = r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?"
#: ``起始时间：[2025-12-01 00:00:00]``, ``起始日期: [20241001]``, ``开始日期:2026/01/01``
_FROM = re.compile(r"(?:起始|开始)(?:时间|日期)\s*[:：]?\s*\[?\s*" + _DAY)
#: ``终止时间：[2026-03-31 23:59:59]``, ``终止日期: [20261105]``, ``结束日期``, ``截止日期``
_TO = re.compile(r"(?:终止|结束|截止)(?:时间|日期)\s*[:：]?\s*\[?\s*" + _DAY)
#: JD's ``日期区间：2026-02-01 至 2026-03-31``
_RANGE = re.compile(r"日期区间\s*[:：]?\s*" + _DAY + r"\s*(?:至|到|~|-)\s*" + _DAY)


def stated_period(preamble: str) -> tuple[date, date] | None:
    """The first and last day the lines above the header name, or None."""
    found = _RANGE.search(preamble)
    if found is not None:
        first, last = _day(found.groups()[:3]), _day(found.groups()[3:])
    else:
        start, end = _FROM.search(preamble), _TO.search(preamble)
        if start is None or end is None:
            return None
        first, last = _day(start.groups()), _day(end.groups())
    if first is None or last is None or last < first:
        return None
    return first, last


def with_stated_period(
    statements: Iterable[ParsedStatement], preamble: str
) -> tuple[ParsedStatement, ...]:
    """``statements`` with the period the preamble states, where it holds all their lines."""
    period = stated_period(preamble) if preamble else None
    if period is None:
        return tuple(statements)
    first, last = period[0], min(period[1], scheduled.today())
    return tuple(
        replace(stmt, start=first, end=last)
        if stmt.start is None and stmt.end is None and _within(stmt, first, last)
        else stmt
        for stmt in statements
    )


def _within(stmt: ParsedStatement, first: date, last: date) -> bool:
    days = [t.posted for t in stmt.transactions]
    return bool(days) and first <= min(days) and max(days) <= last


def _day(parts: Iterable[str]) -> date | None:
    year, month, day = (int(p) for p in parts)
    try:
        return date(year, month, day)
    except ValueError:
        return None
