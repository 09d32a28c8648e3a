"""Each journey starts the real app over a fresh data folder, with no passphrase preset."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:  # type: ignore[no-untyped-def]
    """The data folder of a person opening finapp for the first time."""
    monkeypatch.setenv("FINAPP_UI_SETTINGS", str(tmp_path / "ui.ini"))
    monkeypatch.delenv("FINAPP_PASSPHRASE", raising=False)
    monkeypatch.delenv("FINAPP_DATA_DIR", raising=False)
    # main() installs the app's crash dialog as the excepthook; put pytest's back afterwards
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return tmp_path / "data"
