"""The one error hierarchy of finapp.

Every failure a user can cause or meet (a wrong passphrase, a strange bank file, a busy store)
is a :class:`FinappError` carrying a message written for that user. The CLI prints the message
as one line and exits with :attr:`FinappError.exit_code`; the GUI shows it in a dialog. Anything
else that escapes is a bug.
"""

from __future__ import annotations


class FinappError(Exception):
    """A failure with a message meant for the user."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreError(FinappError):
    """The encrypted store cannot be opened or used."""


class StoreMissingError(StoreError):
    """The folder held a store whose database file is now missing or empty."""


class WrongKeyError(StoreError):
    """The key or passphrase does not open the database."""


class PassphraseRequiredError(StoreError):
    """No keyring is usable and no passphrase was given."""


class StoreBusyError(StoreError):
    """Another finapp process holds the store for too long."""


class StatementError(FinappError):
    """A statement file cannot be imported; nothing was written.

    ``path`` and ``line`` locate the problem so the message can name them.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class UnknownFormatError(StatementError):
    """The file is not a statement finapp can read without help (e.g. a CSV needing a mapping)."""


class ImportCancelled(FinappError):
    """The user cancelled an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was written.")


class NotFoundError(FinappError):
    """A transaction, account, category or subscription the user named does not exist."""


class InvalidInputError(FinappError):
    """An argument the user gave cannot be understood (a date, an amount, a name)."""


class NotAvailableError(FinappError):
    """A capability this build does not offer yet."""
