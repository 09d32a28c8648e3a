"""Shared fixtures: every test gets a private data dir, no OS keyring, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never reach a real keyring daemon: the "fail" backend unless a test installs the memory one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
keyring.set_keyring(fail.Keyring())

#: The real statement corpus, in ../shared beside the repository (here and in CI).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(KeyringBackend):
    """An in-process keyring standing in for the OS one."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("FINAPP_DATA_DIR", str(path))
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    return path


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    from finapp.services.opening import open_store

    opened = open_store(data_dir, passphrase=PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def corpus() -> Path:
    assert CORPUS.is_dir(), f"statement corpus missing at {CORPUS}"
    return CORPUS
