"""What a new store starts with: the default category tree and shipped rules."""

from __future__ import annotations

from finapp.store.engine import Store


def seed_new_store(store: Store) -> None:
    """Fill a freshly created store with finapp's defaults."""
    from finapp.services.categories import seed_default_categories
    from finapp.services.shipped_rules import seed_shipped_rules

    with store.write() as session:
        seed_default_categories(session)
        seed_shipped_rules(session)
