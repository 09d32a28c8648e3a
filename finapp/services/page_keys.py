"""Whether a key is a file's own, read from its pages, for a file SQLCipher will not open.

SQLCipher says "not a database" alike for a wrong key and for a first page that is damaged or
missing, and a restore must tell the two apart: a store under *another* key is healthy and must
not be replaced and called damaged, and a backup cut short is incomplete, not locked with
another passphrase. Every page of a SQLCipher 4 file ends with an HMAC-SHA512 of its encrypted
bytes and its number, under a key derived from the encryption key and the file's salt. One page
whose code checks proves the key is the file's, whatever happened to the others.

That code needs the salt, the first 16 bytes of the file, which a store damaged at its head has
lost. A raw key (the keyring's) encrypts without the salt, so its pages are also read another
way: each is AES-256-CBC under the key with the IV kept in its reserve, and one that decrypts to
the start of a SQLite page (the database header's fixed bytes on page 1, a b-tree page header
on the others) is the key's. Another key turns them into noise that reads as neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from finapp.store.key_stretching import (
    HMAC_BYTES,
    PAGE_BYTES,
    SALT_BYTES,
    passphrase_file_key,
    signs_a_page,
)
from finapp.store.keys import StoreKey

#: Pages looked at: enough to get past a damaged head, few enough to read in a blink.
_PAGES_TRIED = 16
#: Each page's reserve (SQLCipher 4's, which every finapp file uses): its 16-byte IV, then its
#: 64-byte HMAC; what is before it is encrypted.
_IV_BYTES = 16
_DATA_BYTES = PAGE_BYTES - _IV_BYTES - HMAC_BYTES
#: Bytes 16-23 of the database header of every SQLCipher 4 file finapp writes: the page size
#: (4096), the file format versions (1 legacy, 2 WAL), the reserve (80) and three constants.
_PAGE_SIZE_BYTES = PAGE_BYTES.to_bytes(2, "big")
_HEADER_TAIL = bytes([_IV_BYTES + HMAC_BYTES, 64, 32, 32])
#: The kinds of b-tree page SQLite writes (interior/leaf, index/table).
_BTREE_KINDS = frozenset({2, 5, 10, 13})


def salt_of(path: Path) -> bytes:
    """The salt at the head of ``path`` (empty when the file is too short to hold one)."""
    try:
        with path.open("rb") as file:
            head = file.read(SALT_BYTES)
    except OSError:
        return b""
    return head if len(head) == SALT_BYTES else b""


def _signs(key: StoreKey, salt: bytes, pages: list[bytes]) -> bool:
    """Whether ``key`` signs one of ``pages`` of a file with ``salt``; a passphrase in any of the
    forms a file may have been made from (:func:`~finapp.store.key_stretching.passphrase_forms`)."""
    if key.raw is not None:
        return signs_a_page(key.raw, salt, pages)
    assert key.passphrase is not None
    return passphrase_file_key(key.passphrase, salt, pages) is not None


def _decrypted(page: bytes, start: int, raw: bytes) -> bytes:
    """The plain bytes of ``page`` from ``start`` under the raw key (noise under any other)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = page[_DATA_BYTES : _DATA_BYTES + _IV_BYTES]
    decryptor = Cipher(algorithms.AES(raw), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:_DATA_BYTES]) + decryptor.finalize()


def _is_btree_page(plain: bytes) -> bool:
    """Whether ``plain`` begins with a b-tree page header whose every field is possible."""
    kind, freeblock = plain[0], int.from_bytes(plain[1:3], "big")
    cells, content = int.from_bytes(plain[3:5], "big"), int.from_bytes(plain[5:7], "big")
    header = 12 if kind in (2, 5) else 8
    return (
        kind in _BTREE_KINDS
        and (freeblock == 0 or header <= freeblock < _DATA_BYTES)
        and header + 2 * cells <= (content or 65536) <= _DATA_BYTES
        and plain[7] <= 60  # fragmented bytes: SQLite defragments past 60
    )


def _raw_key_decrypts(pages: list[bytes], raw: bytes) -> bool:
    """Whether a page decrypts under ``raw`` to a SQLite page: the salt is not needed."""
    if len(raw) != 32 or not pages:
        return False
    first, *others = pages
    header = _decrypted(first, SALT_BYTES, raw)  # encrypted after the salt: header bytes 16-23
    if header[:2] == _PAGE_SIZE_BYTES and header[4:8] == _HEADER_TAIL:
        return True
    return any(_is_btree_page(_decrypted(page, 0, raw)) for page in others)


def key_fits_pages(path: Path, key: StoreKey, salts: Iterable[bytes] = ()) -> bool:
    """Whether ``key`` is the key of any of the first whole pages of ``path``.

    ``salts`` are tried after the file's own: a copy of a store (a backup) carries the store's
    salt, which is what a store whose first page is destroyed has lost. A raw key needs none.
    """
    try:
        with path.open("rb") as file:
            head = file.read(PAGE_BYTES * _PAGES_TRIED)
    except OSError:
        return False
    pages = [head[at : at + PAGE_BYTES] for at in range(0, len(head) - PAGE_BYTES + 1, PAGE_BYTES)]
    if key.raw is not None and _raw_key_decrypts(pages, key.raw):
        return True
    for salt in dict.fromkeys([head[:SALT_BYTES], *salts]):
        if len(salt) != SALT_BYTES or not pages:
            continue
        if _signs(key, salt, pages):
            return True
    return False
