"""Which balance a stored balance is, named once: importers state them, the services decide by
them which one anchors an account's balance.

A leaf module (it imports nothing of finapp) so that the statement readers, which must stay
light, can name the kinds they produce without loading any service. A ``StrEnum`` whose values
are the words the store has always held, so a member compares equal to a kind read back from a
row and no stored value changes.
"""

from __future__ import annotations

from enum import StrEnum


class BalanceKind(StrEnum):
    """Who stated a balance, and of what."""

    #: the account's balance at the end of a day, as a statement states it (OFX ``LEDGERBAL``)
    LEDGER = "ledger"
    #: what can still be spent (OFX ``AVAILBAL``); on a card the credit left, not what is owed
    AVAILABLE = "available"
    #: a balance the user entered by hand; it outranks a statement's on the same day
    USER = "user"
