"""The GUI's one rule for a failure: a refusal is said to the user, a bug opens the crash dialog.

A :class:`FinappError` is a sentence meant for the user (a wrong date, a full disk): it is shown
in the interface language through :func:`finapp.gui.error_texts.error_text`. Anything else is a
bug whose message may quote a payee, an amount or an account number: it is never put on screen
(nor in the log); :func:`finapp.gui.crash.show_crash` logs its traceback (type and code
locations) and opens the crash dialog. Every page, dialog and task reports through here, so the
rule lives in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from finapp.errors import FinappError, StorageError
from finapp.gui.crash import show_crash
from finapp.gui.error_texts import error_text

#: where a worded refusal goes: a banner, a note under a form, a status line
Say = Callable[[str], None]


def show_failure(exc: BaseException, say: Say, *, os_refusal: bool = False) -> None:
    """Say a refusal with ``say`` in the user's language; open the crash dialog for a bug.

    ``os_refusal``: the caller wrote to a place the user chose (a calendar file, the login
    entry), so an :class:`OSError` is the system refusing, not a bug: it is worded as a
    :class:`StorageError` (full disk, no permission, which file) instead of a crash.
    """
    if os_refusal and isinstance(exc, OSError):
        exc = StorageError.from_os_error(exc)
    if isinstance(exc, FinappError):
        say(error_text(exc))
    else:
        show_crash(type(exc), exc.__traceback__)
