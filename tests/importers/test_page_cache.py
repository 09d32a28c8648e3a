"""Writing an import with a larger page cache leaves the connection's cache as it was, whether
the write succeeds or fails; an import's detection still finds the pages its writing left."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bench.realistic_statements import write_statements
from finapp.services import imports
from finapp.store.engine import Store
from finapp.store.page_cache import larger_page_cache


def _cache_size(store: Store) -> int:
    with store.read() as session:
        return session.execute(text("PRAGMA cache_size")).scalar_one()


def test_the_cache_is_larger_only_while_writing(store: Store) -> None:
    before = _cache_size(store)
    with store.write() as session, larger_page_cache(session):
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -32 * 1024
    assert _cache_size(store) == before


def test_a_failed_write_sets_the_cache_back_too(store: Store) -> None:
    before = _cache_size(store)
    with pytest.raises(ZeroDivisionError), store.write() as session, larger_page_cache(session):
        1 / 0  # noqa: B018
    assert _cache_size(store) == before


def test_an_import_detects_with_the_pages_it_wrote_then_sets_the_cache_back(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _cache_size(store)
    seen: list[int] = []
    detect = imports.detect_subscriptions

    def watched(detected_in: Store) -> object:
        seen.append(_cache_size(detected_in))  # a session of its own, as detection's
        return detect(detected_in)

    monkeypatch.setattr(imports, "detect_subscriptions", watched)
    statement = write_statements(tmp_path / "history.ofx", 2_000)
    result = imports.import_files(store, [statement])
    assert result.new == 2_000 and seen == [-32 * 1024]
    assert _cache_size(store) == before
    refused = imports.import_files(store, [statement, tmp_path / "missing.ofx"])
    assert refused.failed and _cache_size(store) == before
