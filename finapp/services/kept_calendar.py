"""A calendar file kept in step: the renewals ``.ics`` rewritten after every change.

The user names a file once (the Subscriptions page's *Keep a calendar file up to date…*, or
``finapp subscriptions export-ics FILE --keep``), typically in a synced folder that a calendar
app subscribes to. Its path is kept in the store's settings table (key ``kept_calendar``; a
path in a synced folder is the user's own business, and the encrypted store is where finapp
keeps what it knows of the user), and from then on the file is rewritten after each change
that can move a renewal, a reminder or a review date.

Where the rewrite is called from: every change to subscriptions goes through a handful of
services, and each of them calls :func:`refresh_kept_calendar` once its write is committed, so
the window, the tray's daily check and the CLI all keep the file in step without knowing of
it:

- :func:`finapp.services.subscriptions.detect_subscriptions`: after imports, undoing an import,
  merges and splits, the alerts check (at start, daily, Check now, ``finapp alerts``) and the
  CLI's listings, which all detect;
- the user's decisions on one subscription (confirm, dismiss, rename, cancel, reminders,
  review date, adding one by hand);
- deleting an account or an import (:mod:`finapp.services.wipe`).

The refresh reads what the last detection stored (it never detects itself, so it cannot
recurse) and builds the calendar as of today. A file whose events are the same as before is
not rewritten (only its DTSTAMP would change), so a synced folder is not stirred for nothing.
A refresh never fails the change that called it: a folder that is gone (a drive unplugged) is
logged as a warning and the next change tries again.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

from finapp.errors import FinappError
from finapp.services.subscriptions import list_subscriptions, stored_subscriptions
from finapp.store.engine import Store
from finapp.store.schema import Setting

log = logging.getLogger("finapp.calendar")

#: The settings table's key holding the kept file's path (JSON text).
KEPT_CALENDAR_SETTING = "kept_calendar"


def kept_calendar_path(store: Store) -> Path | None:
    """The file kept in step, or None when the user keeps none."""
    with store.read() as session:
        row = session.get(Setting, KEPT_CALENDAR_SETTING)
        text = json.loads(row.value) if row is not None else ""
    return Path(text) if text else None


def keep_calendar(store: Store, path: Path) -> int:
    """Write the calendar to ``path`` now and keep it in step from then on; returns its events.

    The path is made absolute (a CLI path relative to where it was typed must still name the
    same file when the window refreshes it). Nothing is remembered when the first write fails.
    """
    from finapp.services.calendar_export import calendar_bytes, check_calendar_path, write_calendar

    path = Path(path).expanduser().absolute()
    check_calendar_path(path)
    day = date.today()
    data, events = calendar_bytes(store, list_subscriptions(store, day), day, allow_empty=True)
    write_calendar(path, data)
    with store.write() as session:
        row = session.get(Setting, KEPT_CALENDAR_SETTING)
        if row is None:
            session.add(Setting(key=KEPT_CALENDAR_SETTING, value=json.dumps(str(path))))
        else:
            row.value = json.dumps(str(path))
    return events


def stop_keeping_calendar(store: Store) -> Path | None:
    """Stop rewriting the kept file (which stays where it is); returns it, or None if none."""
    kept = kept_calendar_path(store)
    if kept is None:
        return None
    with store.write() as session:
        row = session.get(Setting, KEPT_CALENDAR_SETTING)
        if row is not None:
            session.delete(row)
    return kept


def refresh_kept_calendar(store: Store) -> bool:
    """Rewrite the kept calendar when its events changed; True when the file was written.

    Called by the services that change subscriptions, after their write (see the module's
    doc). Does nothing, at the cost of one settings read, when no file is kept: the calendar
    writer (icalendar, a twentieth of a second to load) is loaded only when one is.
    """
    try:
        path = kept_calendar_path(store)
        if path is None:
            return False
        from finapp.services.calendar_export import (
            calendar_bytes,
            check_calendar_path,
            write_calendar,
        )

        check_calendar_path(path)
        data, _events = calendar_bytes(
            store, stored_subscriptions(store), date.today(), allow_empty=True
        )
        if _same_events(path, data):
            return False
        write_calendar(path, data)
    except (OSError, FinappError) as exc:  # the next change tries again; never fail this one
        log.warning("the kept calendar could not be rewritten: %s", type(exc).__name__)
        return False
    return True


def _same_events(path: Path, data: bytes) -> bool:
    """Whether ``path`` already holds ``data`` but for the DTSTAMP lines (when it was made)."""
    try:
        old = path.read_bytes()
    except OSError:
        return False
    return _without_stamps(old) == _without_stamps(data)


def _without_stamps(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP")]
