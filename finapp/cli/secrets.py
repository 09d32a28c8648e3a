"""Reading passphrases and recovery keys for the CLI: from the environment or a no-echo prompt.

A secret is never taken from a command-line argument: arguments are visible to every user of
the machine in the process list and are kept in shell history.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.errors import InvalidInputError, PassphraseRequiredError
from finapp.paths import db_path

if TYPE_CHECKING:
    from finapp.store.keys import StoreKey

RECOVERY_ENV = "FINAPP_RECOVERY_KEY"


def read_passphrase(env: str, prompt: str, *, confirm: bool = False) -> str:
    """``$env`` if set, else a prompt without echo on a terminal (asked twice with ``confirm``)."""
    value = os.environ.get(env)
    if value:
        return _utf8(value, env)
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(f"Set {env} or run in a terminal to be asked")
    value = _typed(f"{prompt}: ")
    if confirm and _typed(f"{prompt} (again): ") != value:
        raise InvalidInputError("The two passphrases differ; nothing was changed")
    return value


def env_secret(env: str) -> str | None:
    """``$env`` if set (refused when it is not UTF-8 text), else None; never asked for."""
    value = os.environ.get(env)
    return _utf8(value, env) if value else None


def _utf8(value: str, source: str) -> str:
    """``value`` if it is text; bytes that are not UTF-8 (kept by Python as surrogates) would
    fail deep inside SQLCipher, so they are refused here, naming where they came from."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError(
            f"{source} holds bytes that are not UTF-8 text; nothing was opened or changed"
        ) from None
    return value


def _typed(prompt: str) -> str:
    """A passphrase typed at a no-echo prompt; a terminal sending non-UTF-8 bytes is refused."""
    try:
        return _utf8(getpass.getpass(prompt), "The passphrase typed")
    except UnicodeDecodeError:
        raise InvalidInputError(
            "The passphrase typed is not UTF-8 text (check the terminal's encoding); "
            "nothing was opened or changed"
        ) from None


def passphrase_to_open(data_dir: Path) -> str | None:
    """The passphrase for an existing passphrase store: ``$FINAPP_PASSPHRASE``, else asked on a
    terminal; None when the keyring holds the key or there is no store yet."""
    from finapp.store.keys import load_keyring_key

    if os.environ.get("FINAPP_PASSPHRASE"):
        return _utf8(os.environ["FINAPP_PASSPHRASE"], "FINAPP_PASSPHRASE")
    if not db_path(data_dir).exists() or load_keyring_key(data_dir) is not None:
        return None
    if not sys.stdin.isatty() or os.environ.get(RECOVERY_ENV):
        return None  # opening then says which variable to set
    return read_passphrase("FINAPP_PASSPHRASE", "Passphrase")


def stretch_env_passphrase(data_dir: Path) -> None:
    """With ``$FINAPP_PASSPHRASE`` set, start deriving the store's key now, on a thread of its
    own, while the command imports what opens the store
    (:func:`finapp.store.key_stretching.stretch_store_key_ahead`)."""
    value = os.environ.get("FINAPP_PASSPHRASE")
    if value:
        from finapp.store.key_stretching import stretch_store_key_ahead

        stretch_store_key_ahead(data_dir, value)


def recovery_key(file: Path | None = None) -> StoreKey | None:
    """The recovery key from ``file`` or ``$FINAPP_RECOVERY_KEY``, if the user gave one.

    The key's reader (with the key administration and backups around it) is imported only when
    there is a key to read, not on every command."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInputError(f"Cannot read {file}: {exc.strerror}") from None
    else:
        text = os.environ.get(RECOVERY_ENV, "")
        if not text:
            return None
    from finapp.services.keys_admin import parse_recovery_key

    return parse_recovery_key(text)
