"""Reading passphrases and recovery keys for the CLI: from the environment or a no-echo prompt.

A secret is never taken from a command-line argument: arguments are visible to every user of
the machine in the process list and are kept in shell history.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from finapp.errors import InvalidInputError, PassphraseRequiredError
from finapp.paths import db_path
from finapp.services.keys_admin import parse_recovery_key
from finapp.store.keys import StoreKey, load_keyring_key

RECOVERY_ENV = "FINAPP_RECOVERY_KEY"


def read_passphrase(env: str, prompt: str, *, confirm: bool = False) -> str:
    """``$env`` if set, else a prompt without echo on a terminal (asked twice with ``confirm``)."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(f"Set {env} or run in a terminal to be asked")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != value:
        raise InvalidInputError("The two passphrases differ; nothing was changed")
    return value


def passphrase_to_open(data_dir: Path) -> str | None:
    """The passphrase for an existing passphrase store: ``$FINAPP_PASSPHRASE``, else asked on a
    terminal; None when the keyring holds the key or there is no store yet."""
    if os.environ.get("FINAPP_PASSPHRASE"):
        return os.environ["FINAPP_PASSPHRASE"]
    if not db_path(data_dir).exists() or load_keyring_key(data_dir) is not None:
        return None
    if not sys.stdin.isatty() or os.environ.get(RECOVERY_ENV):
        return None  # opening then says which variable to set
    return read_passphrase("FINAPP_PASSPHRASE", "Passphrase")


def recovery_key(file: Path | None = None) -> StoreKey | None:
    """The recovery key from ``file`` or ``$FINAPP_RECOVERY_KEY``, if the user gave one."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {file}: {exc.strerror}") from None
        return parse_recovery_key(text)
    text = os.environ.get(RECOVERY_ENV)
    return parse_recovery_key(text) if text else None
