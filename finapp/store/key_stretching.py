"""A passphrase stretched into its key once a process for each encrypted file, not once a
connection.

SQLCipher turns a passphrase into a key with PBKDF2-HMAC-SHA512 over 256,000 rounds and the
16-byte salt at the head of the file: deliberately slow (a tenth of a second here, more on a
modest laptop), so that guessing passphrases is slow too. Handed the passphrase, it pays that
for every connection: each one the app's pool opens for a worker, the check of a backup just
written, each file a restore or a key change reads. finapp therefore does the same derivation
itself, remembers the result for the passphrase and the file's salt, and hands SQLCipher the
key in its raw form (``x'…'``), which it uses as it is. The file is the same as if SQLCipher had
derived the key: the ``sqlcipher`` tool, or any SQLCipher 4, opens it with the passphrase.

A file yet to be made gets its salt written after the key (``x'key salt'``), which SQLCipher puts
in the new file's header as it would a salt of its own choosing: a new store a random one; a
copy of a store (a backup, a restored or re-keyed store) the salt of the file it copies, so that
the copy opens with the key derived already. Both are under the same passphrase's key and hold the
same data: sharing the salt gives someone with both files nothing to guess with that either file
alone did not, and SQLCipher gives every page its own random IV whatever the key.

The derivation is the ``cryptography`` package's (its own OpenSSL): 70 ms here, where
``hashlib``'s, on the system's OpenSSL 3.0, took 94 ms for the same key; imported when a
passphrase is first stretched, so a keyring user never loads it.

A command or an app start given the passphrase in its environment knows the file before it has
imported what opens it (SQLAlchemy and the store's schema: a fifth of a second and more; the app
its window too), so it starts the derivation then, on a thread of its own
(:func:`stretch_store_key_ahead`): the ``cryptography`` package lets go of Python's lock while it
derives, so on a machine with a second core the key is ready when the store opens, and the wait
for it is gone.

The derived key is kept only in this process's memory, where SQLCipher keeps it too for every
open connection, and beside the passphrase it comes from. A key that opens nothing is not kept:
a mistyped passphrase is forgotten with it.

The same visible passphrase can arrive as different text: an ``é`` composed or as ``e`` and a
combining accent (input methods, macOS paths and clipboards differ), a space picked up at either
end when pasting. A passphrase store has no recovery key, so every new file's key is derived from
the passphrase normalised (:func:`normalised_passphrase`). Files made before that were keyed with
the text exactly as typed: opening a file tries the normalised form first and the others
(:func:`passphrase_forms`) only when its key does not sign the file's first page, so the right
passphrase still costs one derivation and a store an older finapp made still opens.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from finapp.paths import STORE_ID_FILE, db_path

#: SQLCipher 4's defaults, which every finapp file uses
KDF_ROUNDS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
PAGE_BYTES = 4096
#: the end of each page: an HMAC-SHA512 of its encrypted bytes and its number
HMAC_BYTES = 64


def normalised_passphrase(typed: str) -> str:
    """The passphrase every new key is derived from: ``typed`` in Unicode's composed form (NFC),
    without the spaces at either end, so that the same visible passphrase, however an input
    method or a paste delivered it, gives the same key (and the length rule, which does not
    count those spaces, judges what protects the store)."""
    return unicodedata.normalize("NFC", typed).strip()


def passphrase_forms(typed: str) -> tuple[str, ...]:
    """The texts a file's key may have been derived from, the likeliest first: the normalised
    passphrase (every file made now); then, for files an older finapp made from the text as
    typed, ``typed`` itself and its composed and decomposed forms."""
    variants = (unicodedata.normalize(form, typed) for form in ("NFC", "NFD"))
    return tuple(dict.fromkeys((normalised_passphrase(typed), typed, *variants)))


@functools.lru_cache(maxsize=16)
def stretched(passphrase: str, salt: bytes) -> bytes:
    """The key SQLCipher derives from ``passphrase`` for a file with ``salt``, computed once a
    process for each pair (a store, its backups, a file being restored: a few at a time)."""
    from cryptography.hazmat.primitives.hashes import SHA512
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    return PBKDF2HMAC(SHA512(), KEY_BYTES, salt, KDF_ROUNDS).derive(passphrase.encode("utf-8"))


#: derivations started ahead of need, by passphrase and salt, until the key is asked for
_ahead: dict[tuple[str, bytes], threading.Thread] = {}
#: the salts of files yet to be made whose key is being stretched ahead, by path
_chosen: dict[Path, bytes] = {}


def stretch_ahead(passphrase: str, path: Path) -> None:
    """Start deriving the key of ``passphrase`` for the file at ``path`` on a thread of its own,
    for :func:`passphrase_pragma` to find ready; for a file yet to be made, its salt is chosen
    now and :func:`new_salt` gives it when the file is made.

    Only a head start: a passphrase that turns out wrong, or unused because the keyring holds
    the file's key, costs the other core the derivation and nothing else."""
    try:
        salt = _salt_of(path)
    except FileNotFoundError:
        salt = _chosen.setdefault(path, secrets.token_bytes(SALT_BYTES))
    except OSError:
        return  # not a file to read: opening will say so
    form = normalised_passphrase(passphrase)
    if salt is None or (form, salt) in _ahead:
        return
    thread = threading.Thread(
        target=stretched, args=(form, salt), name="finapp-key-ahead", daemon=False
    )
    _ahead[(form, salt)] = thread
    thread.start()


def stretch_store_key_ahead(data_dir: Path, passphrase: str) -> None:
    """:func:`stretch_ahead` for the store in ``data_dir``, unless the store has a keyring
    entry's id (opening asks the keyring first, and its raw key needs no derivation) or the
    passphrase is no text (opening refuses it, saying why)."""
    if (data_dir / STORE_ID_FILE).exists():
        return
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return
    stretch_ahead(passphrase, db_path(data_dir))


def _key(passphrase: str, salt: bytes) -> bytes:
    """The derived key, waiting for a derivation started ahead rather than doing it twice."""
    ahead = _ahead.pop((passphrase, salt), None)
    if ahead is not None:
        ahead.join()
    return stretched(passphrase, salt)


def forget_keys() -> None:
    """Forget every key derived so far (after a key opened nothing: it may be a mistyped
    passphrase's, which need not stay in memory), the ones still being derived ahead too."""
    for thread in list(_ahead.values()):
        thread.join()
    _ahead.clear()
    stretched.cache_clear()


def signs_a_page(key: bytes, salt: bytes, pages: Sequence[bytes]) -> bool:
    """Whether ``key`` is the encryption key of a file with ``salt`` whose whole pages, from the
    first, are ``pages``: one page whose HMAC checks proves it, without SQLCipher."""
    mixed = bytes(byte ^ 0x3A for byte in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, mixed, 2, 32)
    return any(_page_fits(page, number, hmac_key) for number, page in enumerate(pages, 1))


def _page_fits(page: bytes, number: int, hmac_key: bytes) -> bool:
    start = SALT_BYTES if number == 1 else 0  # page 1 begins with the salt, in clear
    signed = page[start : PAGE_BYTES - HMAC_BYTES] + number.to_bytes(4, "little")
    code = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(code, page[PAGE_BYTES - HMAC_BYTES :])


def passphrase_file_key(passphrase: str, salt: bytes, pages: Sequence[bytes]) -> bytes | None:
    """The key of the first of :func:`passphrase_forms` that signs one of ``pages`` of a file
    with ``salt``, None when none does. Each further form is a derivation, paid only when the
    forms before it did not fit."""
    if not pages:
        return None
    keys = (_key(form, salt) for form in passphrase_forms(passphrase))
    return next((key for key in keys if signs_a_page(key, salt, pages)), None)


def passphrase_pragma(passphrase: str, path: Path) -> str:
    """What to hand ``PRAGMA key`` for opening ``path`` with ``passphrase``: the key, derived
    with the salt at its head, of the passphrase's form that made the file (the normalised one
    when none did, for SQLCipher to refuse); the passphrase itself when the file has no salt
    (too short to be a database: a store being made, or SQLCipher says what it is)."""
    form = normalised_passphrase(passphrase)
    with path.open("rb") as file:
        head = file.read(PAGE_BYTES)
    if len(head) < SALT_BYTES:
        return form
    salt, pages = head[:SALT_BYTES], [head] if len(head) == PAGE_BYTES else []
    key = passphrase_file_key(passphrase, salt, pages) or _key(form, salt)
    return f"x'{key.hex()}'"


def new_file_pragma(passphrase: str, salt: bytes) -> str:
    """What to hand ``PRAGMA key`` (or ``ATTACH … KEY``) for a file yet to be made with ``salt``:
    the normalised passphrase's key, whatever form opened the file it copies."""
    return f"x'{_key(normalised_passphrase(passphrase), salt).hex()}{salt.hex()}'"


def new_salt(path: Path) -> bytes:
    """A salt for a new store at ``path``, random as SQLCipher's own: the one chosen when its
    key was stretched ahead, else a new one."""
    return _chosen.pop(path, None) or secrets.token_bytes(SALT_BYTES)


def _salt_of(path: Path) -> bytes | None:
    """The salt at the head of ``path``, None when it is too short to hold one."""
    with path.open("rb") as file:
        head = file.read(SALT_BYTES)
    return head if len(head) == SALT_BYTES else None
