"""Account types that several layers compare against, named once.

Kept apart from the importers that create such accounts so that a service reading them (the
subscriptions' paying source) does not load the whole CSV import package to learn one word.
"""

from __future__ import annotations

#: The account type of a payment app's ledger (Alipay, WeChat Pay…): its CSV profiles create it.
PAYMENT_APP = "payment_app"
