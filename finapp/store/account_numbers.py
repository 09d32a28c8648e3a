"""Card and account numbers: kept as their last four characters and a keyed hash, never whole.

The last four are what a person needs to tell cards apart; the hash is what an import needs to
put a statement into the account it came from. It is HMAC-SHA256 keyed by a random 256-bit
secret that lives only inside the encrypted store (a ``settings`` row created on first use), so
a hash that leaks in a log or an export cannot be checked against guessed numbers, and the same
number gives unrelated hashes in two stores. A random secret rather than one derived from the
store key keeps hashes valid across a passphrase change or a switch to the keyring.

Numbers are compared as written by the bank minus spaces and dashes, so ``1234-5678`` on one
export and ``1234 5678`` on another are the same account. A number that is already masked
(``****1234``, as finapp's own export writes it; ``XXXXXXXX6789`` or ``4266XXXXXXXX7890``, as
some banks' OFX downloads give the account) carries no full number to hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets

from sqlalchemy import Connection, insert, select

from finapp.store.schema import Setting

#: the ``settings`` row holding the hashing secret (hex, as a JSON string)
SECRET_SETTING = "account_numbers.hmac_key"
MASK = "****"
_SEPARATORS = re.compile(r"[\s\-]+")
#: the digits a bank hid: a run of X, * or • (an account number has no three X in a row)
_HIDDEN = re.compile(r"[Xx*•]{3,}")


def normalise(number: str) -> str:
    """The number as compared: spaces and dashes dropped, letters in upper case."""
    return _SEPARATORS.sub("", number).upper()


def is_masked(number: str) -> bool:
    """Whether ``number`` is already masked (only its last four characters are real)."""
    text = number.strip()
    return text.startswith("*") or _HIDDEN.search(text) is not None


def last_four(number: str) -> str:
    """The last four characters worth keeping: all a person needs to recognise the card."""
    return normalise(number.strip().lstrip("*"))[-4:]


def masked(last4: str) -> str:
    """``****1234``, or "" for an account without a number."""
    return f"{MASK}{last4}" if last4 else ""


def number_hash(secret: bytes, number: str) -> str:
    """The keyed hash an account is matched by; "" when there is no full number to hash."""
    text = normalise(number)
    if not text or is_masked(number):
        return ""
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def existing_secret(conn: Connection) -> bytes | None:
    """The store's hashing secret, or None before any number was kept."""
    value = conn.execute(select(Setting.value).where(Setting.key == SECRET_SETTING)).scalar()
    return bytes.fromhex(json.loads(value)) if value else None


def store_secret(conn: Connection) -> bytes:
    """The store's hashing secret, created on first use (inside the caller's transaction)."""
    found = existing_secret(conn)
    if found is not None:
        return found
    secret = secrets.token_bytes(32)
    conn.execute(insert(Setting).values(key=SECRET_SETTING, value=json.dumps(secret.hex())))
    return secret
