"""A key change cut short, the way a killed process leaves it, for the tests of what follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.services import encrypted_file
from finapp.store.keys import StoreKey


def cut_short_after_one_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process is killed once the first backup uses the new key."""
    real = encrypted_file.rekey_file
    calls: list[Path] = []

    def rekey_then_die(path: Path, old: StoreKey, new: StoreKey) -> None:
        if calls:
            raise KeyboardInterrupt
        calls.append(path)
        real(path, old, new)

    monkeypatch.setattr("finapp.services.keys_admin.rekey_file", rekey_then_die)
