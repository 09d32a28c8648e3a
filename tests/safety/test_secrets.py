"""Passphrases come from the environment or a no-echo prompt, asked twice for a new one."""

from __future__ import annotations

import io

import pytest

from finapp.cli import secrets
from finapp.errors import InvalidInputError, PassphraseRequiredError


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_new_passphrase_is_asked_twice_without_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINAPP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal())
    answers = iter(["first try here", "first try here", "one", "two"])
    monkeypatch.setattr(secrets.getpass, "getpass", lambda prompt: next(answers))
    assert secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New", confirm=True) == "first try here"
    with pytest.raises(InvalidInputError, match="differ"):
        secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New", confirm=True)


def test_without_a_terminal_the_variable_to_set_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINAPP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(PassphraseRequiredError, match="FINAPP_NEW_PASSPHRASE"):
        secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New")
