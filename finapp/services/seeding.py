"""What a new store starts with: the default category tree, shipped rules and the records of
how its lines are keyed and its refunds filed (none yet, all to come from this finapp)."""

from __future__ import annotations

from finapp.store.engine import Store


def seed_new_store(store: Store) -> None:
    """Fill a freshly created store with finapp's defaults."""
    from finapp.services.categories import seed_default_categories
    from finapp.services.merchant_key_record import record_keys
    from finapp.services.refund_filing_record import record_filed_refunds
    from finapp.services.shipped_rules import seed_shipped_rules

    with store.write() as session:
        seed_default_categories(session)
        seed_shipped_rules(session)
        record_keys(session.connection())
        record_filed_refunds(session.connection())
