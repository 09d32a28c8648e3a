"""Account types, named once: importers set them, services and rules compare against them.

Kept apart from the importers that create such accounts so that a service reading them (the
subscriptions' paying source) does not load the whole CSV import package to learn one word.
A ``StrEnum``: the store and the CLI's JSON keep the same strings they always held.
"""

from __future__ import annotations

from enum import StrEnum


class AccountType(StrEnum):
    """What an account is; the GUI words each (``finapp.gui.account_types``)."""

    CHECKING = "checking"
    SAVINGS = "savings"
    CREDIT_CARD = "credit_card"
    #: a payment app's ledger (Alipay, WeChat Pay…): its CSV profiles create it
    PAYMENT_APP = "payment_app"
    INVESTMENT = "investment"
    LOAN = "loan"
    CASH = "cash"
    OTHER = "other"
