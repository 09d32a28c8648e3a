"""Imports every page module once, so each registers itself in :data:`PAGES`.

The main window imports this module and nothing else from ``pages``; adding a page means adding
one line here.
"""

from __future__ import annotations

from finapp.gui.pages import (
    accounts,
    alerts,
    budgets,
    dashboard,
    health,
    payees,
    settings,
    subscriptions,
    transactions,
)
from finapp.gui.pages.base import PAGES

__all__ = [
    "PAGES",
    "accounts",
    "alerts",
    "budgets",
    "dashboard",
    "health",
    "payees",
    "settings",
    "subscriptions",
    "transactions",
]
