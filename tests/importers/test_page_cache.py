"""Writing an import with a larger page cache leaves the connection's cache as it was, whether
the write succeeds or fails."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from finapp.store.engine import Store
from finapp.store.page_cache import larger_page_cache


def _cache_size(store: Store) -> int:
    with store.read() as session:
        return session.execute(text("PRAGMA cache_size")).scalar_one()


def test_the_cache_is_larger_only_while_writing(store: Store) -> None:
    before = _cache_size(store)
    with store.write() as session, larger_page_cache(session):
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -64 * 1024
    assert _cache_size(store) == before


def test_a_failed_write_sets_the_cache_back_too(store: Store) -> None:
    before = _cache_size(store)
    with pytest.raises(ZeroDivisionError), store.write() as session, larger_page_cache(session):
        1 / 0  # noqa: B018
    assert _cache_size(store) == before
