"""A charge and a credit as the alerts, refunds and reports see them: plain named tuples.

Apart from :mod:`finapp.core.alert_model`, which re-exports them, so a month's report can tell
a refunded charge (:mod:`finapp.core.refunds`) without loading the alerts' vocabulary.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Charge(NamedTuple):
    """A transaction as alerts see it (transfers between own accounts are left out before).

    A named tuple: evaluation makes one per charge of a year of spending, and a tuple is made in
    a third of the time a frozen dataclass takes (as immutable, and compared by value alike).
    """

    id: int
    account_id: int
    posted: date
    amount_minor: int
    currency: str
    merchant: str
    payee: str
    category_id: int | None = None


class Credit(NamedTuple):
    """Money in from a merchant (not a transfer, not income): a refund of a charge, maybe
    (:mod:`finapp.core.refunds`)."""

    id: int
    posted: date
    amount_minor: int
    currency: str
    merchant: str
