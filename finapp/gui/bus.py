"""Application-wide signals, so pages talk without knowing each other.

Operations return what they changed (:class:`finapp.services.changes.Changes`); the GUI
announces it once on ``data_changed`` and every page decides whether it cares (like Anki's
``operation_did_execute``). ``navigate`` lets a chart slice or an alert open another page
already filtered to what it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from finapp.services.changes import Kind

#: The kinds of data a change can touch (what pages list in their ``WATCHES``).
TRANSACTIONS = Kind.TRANSACTIONS
SUBSCRIPTIONS = Kind.SUBSCRIPTIONS
ALERTS = Kind.ALERTS
BUDGETS = Kind.BUDGETS
CATEGORIES = Kind.CATEGORIES
ACCOUNTS = Kind.ACCOUNTS
SETTINGS = Kind.SETTINGS
GOALS = Kind.GOALS


class AppBus(QObject):
    """Signals shared by the main window, pages, tray and workers."""

    #: a :class:`finapp.services.changes.Changes`, from the operation that made them
    data_changed = Signal(object)
    #: page name, and a dict of filters for it (e.g. {"category": "Food", "month": "2025-01"})
    navigate = Signal(str, object)
    #: level ("info", "warning", "error") and one human sentence
    message = Signal(str, str)
    #: an action on a page was refused: the page's ``NAME`` and the sentence why. The banner
    #: shows it over that page only: it goes when the user opens another page, or when the
    #: page's next action succeeds (``settled``), so it never stands over what then worked
    refused = Signal(str, str)
    #: the page named did what the user asked: its refusal, if the banner still shows it, goes
    settled = Signal(str)
    #: an empty page's "Import statements…" button: the shell opens File → Import
    import_requested = Signal()
    #: a decision in the window changed what alerts hold (a subscription cancelled, dismissed or
    #: confirmed, a budget or a category edited): the alert notifier checks again at once, off
    #: the UI thread, and the pages showing alerts reload after it
    alerts_affected = Signal()
    #: a page ends finapp (Settings → "Restart now"): the shell quits as File → Quit does, the
    #: window's size, position and page saved first
    quit_requested = Signal()
