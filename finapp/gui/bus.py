"""Application-wide signals, so pages talk without knowing each other.

Services return what changed; the GUI announces it once on ``data_changed`` and every page decides
whether it cares (like Anki's ``operation_did_execute``). ``navigate`` lets a chart slice or an
alert open another page already filtered to what it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: Names of the kinds of data a change can touch.
TRANSACTIONS = "transactions"
SUBSCRIPTIONS = "subscriptions"
ALERTS = "alerts"
BUDGETS = "budgets"
CATEGORIES = "categories"
ACCOUNTS = "accounts"
SETTINGS = "settings"
EVERYTHING = frozenset(
    {TRANSACTIONS, SUBSCRIPTIONS, ALERTS, BUDGETS, CATEGORIES, ACCOUNTS, SETTINGS}
)


class AppBus(QObject):
    """Signals shared by the main window, pages, tray and workers."""

    #: frozenset of the names above
    data_changed = Signal(object)
    #: page name, and a dict of filters for it (e.g. {"category": "Food", "month": "2025-01"})
    navigate = Signal(str, object)
    #: level ("info", "warning", "error") and one human sentence
    message = Signal(str, str)
    #: an empty page's "Import statements…" button: the shell opens File → Import
    import_requested = Signal()
