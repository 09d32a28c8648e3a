"""Whether a store's payment-app refunds were filed with their purchases by this finapp's rules.

A store an older finapp filled holds refunds it never filed with their purchases (see
:func:`finapp.services.wallet_refunds.file_stored_refunds`, run once on open). The store
records that it was done in its encrypted ``settings`` table, read and written in SQL: every
later open reads this one short row and maps no table. :data:`REFUND_FILING` goes up when the
filing learns a new link, so stores filed by older rules are filed once more.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from finapp.services.settings_sql import held_setting, record_settings

REFUND_FILING_SETTING = "wallet_refunds.filing"
#: the rules the stored refunds were filed by. 2: a refund follows its order when the user
#: refiles the order (an older finapp left it where the rules' words put it)
REFUND_FILING = 2


def holds_filed_refunds(conn: Connection) -> bool:
    """Whether the store's refunds were filed by this finapp's rules."""
    return held_setting(conn, REFUND_FILING_SETTING) == json.dumps(REFUND_FILING)


def record_filed_refunds(conn: Connection) -> None:
    """Record that the store's refunds were filed by this finapp's rules."""
    record_settings(conn, {REFUND_FILING_SETTING: json.dumps(REFUND_FILING)})
