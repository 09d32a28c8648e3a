"""The one error hierarchy of finapp.

Every failure a user can cause or meet (a wrong passphrase, a strange bank file, a busy store)
is a :class:`FinappError` carrying a message written for that user. The CLI prints the message
as one line and exits with :attr:`FinappError.exit_code`; the GUI shows it in a dialog. Anything
else that escapes is a bug.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from finapp.store.keys import StoreKey


class Problem(str):
    """An English sentence for the CLI and logs that also names its kind (``code``) and the
    facts it was made from (``params``), so the GUI can say it in the user's language.

    It *is* the English text (joined, printed and compared as any string), so every layer that
    passes reasons along as text keeps working; a GUI table words the codes it knows
    (``finapp/gui/error_texts.py``) and shows the English for the rest. A parameter may itself
    be a Problem (a file's reason inside "line 12: …"), worded in turn.
    """

    code: str
    params: dict[str, str]

    def __new__(cls, code: str, english: str, **params: object) -> Problem:
        self = super().__new__(cls, english)
        self.code = code
        self.params = {k: v if isinstance(v, str) else str(v) for k, v in params.items()}
        return self

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the code and facts
        return (_problem, (self.code, str(self), self.params))


def _problem(code: str, english: str, params: dict[str, str]) -> Problem:
    return Problem(code, english, **params)


def problem_list(items: list[str], separator: str = "; ", code: str = "list") -> Problem:
    """Several problems said as one ("list"), or names joined by " and " ("and"): the GUI
    joins the items with its language's separator."""
    return Problem(code, separator.join(items), **{str(n): p for n, p in enumerate(items)})


class FinappError(Exception):
    """A failure with a message meant for the user.

    ``message`` is English; when it is a :class:`Problem`, ``code`` and ``params`` let the GUI
    word it in the user's language (empty code: the GUI shows the English).
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def code(self) -> str:
        return getattr(self.message, "code", "")

    @property
    def params(self) -> dict[str, str]:
        return getattr(self.message, "params", {})

    def __str__(self) -> str:
        return self.message


class StoreError(FinappError):
    """The encrypted store cannot be opened or used."""


class StoreMissingError(StoreError):
    """The folder held a store whose database file is now missing or empty."""


class WrongKeyError(StoreError):
    """The key or passphrase does not open the database."""


class StoreDamagedError(StoreError):
    """The store's file is there and its key is right (its pages say so), yet it does not open:
    damaged. ``key`` is that key, so a rescue can open the backups without asking for it again."""

    def __init__(self, message: str, key: StoreKey) -> None:
        super().__init__(message)
        self.key = key


class PassphraseRequiredError(StoreError):
    """No keyring is usable and no passphrase was given."""


class StoreBusyError(StoreError):
    """Another finapp process holds the store for too long."""


class StorageError(FinappError):
    """The disk or the file system refused: it is full, read-only, not the user's to write,
    or holds a file where a folder should be.

    Not a bug and not a damaged store: the message says which, and where, so the user can act
    (free space, pick another folder) instead of reading a traceback or "wrong passphrase".
    """

    @classmethod
    def from_os_error(cls, exc: OSError, outcome: str = "") -> StorageError:
        """The one-line wording of an operating-system refusal, ``outcome`` appended.

        ``outcome`` says what became of the work (e.g. "nothing was saved") where the caller
        knows it; the file the system named is quoted so the user knows where to look.
        """
        where = exc.filename if exc.filename is not None else "a file finapp needed"
        number = exc.errno if exc.errno in _OS_WORDING else 0
        why = exc.strerror or type(exc).__name__
        text = _OS_WORDING.get(number, "{where}: {why}").format(where=where, why=why)
        facts = {"where": str(where), "why": why}
        text = Problem(f"storage.{errno.errorcode.get(number, 'other').lower()}", text, **facts)
        if outcome:
            return cls(Problem("storage.outcome", f"{text}; {outcome}", text=text, outcome=outcome))
        return cls(text)


#: errno -> wording; {where} is the path the system named, {why} its own words
_OS_WORDING = {
    errno.ENOSPC: "the disk is full (writing {where})",
    errno.EDQUOT: "the disk quota is used up (writing {where})",
    errno.EROFS: "{where} is on a read-only disk",
    errno.EACCES: "permission denied: {where} (read-only or not yours to write)",
    errno.EPERM: "permission denied: {where} (read-only or not yours to write)",
    errno.EEXIST: "{where} already exists and is not a folder finapp can use",
    errno.ENOTDIR: "a file stands where a folder should be in {where}",
    errno.EISDIR: "{where} is a folder where finapp needs a file",
    errno.ENOENT: "{where} does not exist",
    errno.EIO: "the disk reported an error reading or writing {where}",
    errno.ENAMETOOLONG: "the name is too long for the file system: {where}",
    errno.ELOOP: "{where} is a loop of symbolic links",
}


class StatementError(FinappError):
    """A statement file cannot be imported; nothing was written.

    ``path`` and ``line`` locate the problem so the message can name them; ``skippable``: the
    problem is a row the file could be read without (importing with bad rows skipped leaves it
    out and lists it).
    """

    def __init__(
        self, path: str, reason: str, line: int | None = None, *, skippable: bool = False
    ) -> None:
        where = f"{path}, line {line}" if line is not None else path
        facts: dict[str, object] = {"path": path, "reason": reason}
        if line is not None:
            facts["line"] = line
        code = "statement" if line is None else "statement.line"
        super().__init__(Problem(code, f"{where}: {reason}", **facts))
        self.path = path
        self.line = line
        self.reason = reason
        self.skippable = skippable


class UnknownFormatError(StatementError):
    """The file is not a statement finapp can read without help (e.g. a CSV needing a mapping)."""


class ImportCancelled(FinappError):
    """The user cancelled an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Problem("import.cancelled", "Import cancelled; nothing was written."))


class NotFoundError(FinappError):
    """A transaction, account, category or subscription the user named does not exist."""


class InvalidInputError(FinappError):
    """An argument the user gave cannot be understood (a date, an amount, a name)."""


class NotAvailableError(FinappError):
    """A capability this build does not offer yet."""
