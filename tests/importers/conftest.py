"""Fixtures of the import tests: a helper writing statement files into a temp dir."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """``write(name, text_or_bytes)`` -> path of a new file (text is written as UTF-8)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def store(tmp_path: Path, keyring_store_template: tuple[Path, bytes]):  # type: ignore[no-untyped-def]
    """An encrypted store opened with a raw key: the same store, without the passphrase's
    deliberately slow key derivation in every test; a copy of a new store made once a session
    (creating and seeding one costs many times what copying it does)."""
    from finapp.services.opening import open_store
    from finapp.store.keys import StoreKey

    template, raw = keyring_store_template
    shutil.copytree(template, tmp_path / "data")
    opened = open_store(tmp_path / "data", key=StoreKey.from_raw(raw))
    yield opened
    opened.close()
