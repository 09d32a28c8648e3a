"""Whether a key is a file's own, read from its pages, for a file SQLCipher will not open.

SQLCipher says "not a database" alike for a wrong key and for a first page that is damaged or
missing, and a restore must tell the two apart: a store under *another* key is healthy and must
not be replaced and called damaged, and a backup cut short is incomplete, not locked with
another passphrase. Every page of a SQLCipher 4 file ends with an HMAC-SHA512 of its encrypted
bytes and its number, under a key derived from the encryption key and the file's salt. One page
whose code checks proves the key is the file's, whatever happened to the others.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from pathlib import Path

from finapp.store.key_stretching import SALT_BYTES, stretched
from finapp.store.keys import StoreKey

#: SQLCipher 4's defaults, which every finapp file uses: page size and the reserve at the end
#: of each page (a 16-byte IV, then the 64-byte HMAC).
PAGE_BYTES = 4096
_HMAC_BYTES = 64
#: Pages looked at: enough to get past a damaged head, few enough to read in a blink.
_PAGES_TRIED = 16


def salt_of(path: Path) -> bytes:
    """The salt at the head of ``path`` (empty when the file is too short to hold one)."""
    try:
        with path.open("rb") as file:
            head = file.read(SALT_BYTES)
    except OSError:
        return b""
    return head if len(head) == SALT_BYTES else b""


def _encryption_key(key: StoreKey, salt: bytes) -> bytes:
    if key.raw is not None:
        return key.raw
    assert key.passphrase is not None
    return stretched(key.passphrase, salt)


def _page_fits(page: bytes, number: int, hmac_key: bytes) -> bool:
    start = SALT_BYTES if number == 1 else 0  # page 1 begins with the salt, in clear
    signed = page[start : PAGE_BYTES - _HMAC_BYTES] + number.to_bytes(4, "little")
    code = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(code, page[PAGE_BYTES - _HMAC_BYTES :])


def key_fits_pages(path: Path, key: StoreKey, salts: Iterable[bytes] = ()) -> bool:
    """Whether ``key`` is the key of any of the first whole pages of ``path``.

    ``salts`` are tried after the file's own: a copy of a store (a backup) carries the store's
    salt, which is what a store whose first page is destroyed has lost.
    """
    try:
        with path.open("rb") as file:
            head = file.read(PAGE_BYTES * _PAGES_TRIED)
    except OSError:
        return False
    pages = [head[at : at + PAGE_BYTES] for at in range(0, len(head) - PAGE_BYTES + 1, PAGE_BYTES)]
    for salt in dict.fromkeys([head[:SALT_BYTES], *salts]):
        if len(salt) != SALT_BYTES or not pages:
            continue
        mixed = bytes(byte ^ 0x3A for byte in salt)
        hmac_key = hashlib.pbkdf2_hmac("sha512", _encryption_key(key, salt), mixed, 2, 32)
        if any(_page_fits(page, number, hmac_key) for number, page in enumerate(pages, 1)):
            return True
    return False
