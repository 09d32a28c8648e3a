"""finapp's plain-text pages and calendars, marked as finapp's so a wipe can name them.

The health self-check and the year in review (HTML) and the renewals calendar (iCalendar) are
written wherever the user chooses, the data folder included, and are not encrypted. A wipe
keeps them, as it keeps every file it did not write into its own places, but says what they
are: "not written by finapp" of a page holding every balance sent people away believing nothing
of their money was left behind. Each file carries a mark in its first bytes; only those are
read.
"""

from __future__ import annotations

from pathlib import Path

#: put in the ``<head>`` of every HTML page finapp writes, before anything long (the styles)
HTML_MARK = '<meta name="generator" content="finapp">'
#: the calendar's product id (RFC 5545 PRODID), with which it begins
CALENDAR_PRODID = "-//finapp//subscription renewals//EN"

#: how much of a file is read to find the mark: a page's head up to its title
_HEAD_BYTES = 4096


def is_plain_output(path: Path) -> bool:
    """Whether ``path`` is a page or calendar finapp wrote (found by its mark), read only as
    far as its head; anything unreadable is not."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    if head.startswith("BEGIN:VCALENDAR"):
        return f"PRODID:{CALENDAR_PRODID}" in head
    return HTML_MARK in head
