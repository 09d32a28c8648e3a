"""Logging: warnings on stderr by default, an optional rotating file, never transaction data.

Log calls in finapp pass counts, ids and exception *types*, not payees, memos, amounts or
account numbers. Because one careless call would undo that, every handler also carries
:class:`RedactionFilter`: text arguments, amounts and long digit runs are masked and exception
messages (which may quote a statement line) are reduced to their type, before a record is
written anywhere. Small integers (counts) and floats (durations) pass unchanged, and so do
finapp's own words made with :func:`word` (a format, a profile, a Problem code, a step): what a
developer reading a bug report's log needs to know which way a file went.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
from decimal import Decimal
from pathlib import Path

from finapp.errors import InvalidInputError, Problem
from finapp.paths import ensure_private_dir

LOG_DIR = "logs"
LOG_FILE = "finapp.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
_FORMAT = "%(levelname)s %(name)s: %(message)s"
_FILE_FORMAT = "%(asctime)s " + _FORMAT
#: the name of the handlers finapp installs, so configuring again replaces them and no other
_HANDLER_NAME = "finapp"
LOG_ENV = "FINAPP_LOG"
#: the values ``FINAPP_LOG`` may take (any case)
LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}

#: Numbers that may be money or an account/card number: decimals, and 4+ digit runs.
_NUMBERS = re.compile(r"[-+]?\d[\d,' ]*[.,]\d{1,4}\b|\d{4,}")
#: printf conversions that need a number (``%d``, ``%5.2f``)
_NUMERIC_SPEC = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgG]")
#: what finapp's own words look like: short lower-case identifiers (``ofx``, ``csv:chase``,
#: ``import.unreadable``, ``.qfx``), no run of 4 digits (an account or card number)
_OWN_WORD = re.compile(r"(?!.*\d{4})[a-z0-9._:-]{1,40}")


class LogWord(str):
    """A word of finapp's own vocabulary, which :class:`RedactionFilter` writes as it is."""


def word(text: str) -> LogWord:
    """``text`` as a word the log may show: finapp's own names of formats, profiles, Problem
    codes and steps. Anything else (a user's name for a CSV layout, a statement's text passed by
    mistake) is written ``other``: the filter cannot tell a code from a payee, so the caller
    says which it is and this still refuses what does not look like one."""
    return LogWord(text if _OWN_WORD.fullmatch(text) else "other")


def problem_codes(message: str) -> LogWord:
    """The Problem codes of a message, the outer first and each Problem it quotes after it
    (``statement/csv.mapping_needed``): a file's refusal is ``statement`` with the reason
    inside; ``uncoded`` for a plain message."""
    codes: list[str] = []
    pending: list[object] = [message]
    while pending:
        said = pending.pop(0)
        if isinstance(said, Problem):
            codes.append(word(said.code))
            pending.extend(said.params.values())
    return LogWord("/".join(codes) or "uncoded")


def count(number: int) -> LogWord:
    """A count of lines, rows or units as it is: the filter masks integers from 1000 up (they
    may be an amount in cents or part of an account number), which hid how many of a large
    file's lines were read and stored."""
    return LogWord(str(int(number)))


def file_ref(sha256: str) -> LogWord:
    """A statement file as the log names it: the start of the SHA-256 of its bytes (recorded
    with its import batch), never its name, which may carry an account number."""
    return LogWord(sha256[:12] if re.fullmatch(r"[0-9a-f]{12,}", sha256) else "unknown")


class RedactionFilter(logging.Filter):
    """Masks anything in a record that could be a payee, memo, amount or account number."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _NUMBERS.sub("#", str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_redact_arg(a) for a in args)
            if any(new is not old for new, old in zip(record.args, args, strict=True)):
                # a number masked to "#" no longer fits "%d": the record would fail to format
                record.msg = _NUMERIC_SPEC.sub("%s", record.msg)
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


class OwnDetailFilter(logging.Filter):
    """Lets through finapp's records at every level, other libraries' from warnings up.

    ``FINAPP_LOG=debug`` asks for finapp's steps. The chart library behind the health report
    alone logs a thousand lines of font matching per report at debug level, which rotated the
    steps a bug report needs out of the file within a few reports.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        name = record.name
        return record.levelno >= logging.WARNING or name == "finapp" or name.startswith("finapp.")


def _redact_arg(value: object) -> object:
    """Counts, durations and finapp's own words pass; text, Decimals, big integers and exception
    messages do not."""
    if isinstance(value, LogWord | bool | float):
        return value  # floats are durations and ratios: finapp never holds money in a float
    if isinstance(value, int):
        return value if abs(value) < 1000 else LogWord("#")
    if isinstance(value, BaseException):
        return LogWord(type(value).__name__)
    if isinstance(value, type):
        return LogWord(value.__name__)
    if isinstance(value, Decimal | bytes):
        return LogWord("#")
    # a LogWord, so the next handler's pass (stderr, then the file) leaves the mask as it is
    return LogWord(f"<{len(str(value))} chars>")


def log_level() -> int | None:
    """The level ``FINAPP_LOG`` asks for, None when unset; :class:`InvalidInputError` for a
    value that is not one of :data:`LEVELS` (any other name once reached ``setLevel`` as a
    logging function or class and ended in a traceback)."""
    wanted = os.environ.get(LOG_ENV, "").strip().lower()
    if not wanted:
        return None
    if wanted not in LEVELS:
        raise InvalidInputError(f"{LOG_ENV} must be one of {', '.join(LEVELS)}, not {wanted!r}")
    return LEVELS[wanted]


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The rotating log, readable by the user alone (0600) whatever the umask: each file is
    made so as it is opened, and a rotation renames it with its mode."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):  # filesystems without POSIX modes
            os.chmod(self.baseFilename, 0o600)
        return stream


def _file_handler(data_dir: Path) -> logging.Handler | None:
    """The rotating log file in ``data_dir``, or None (said on stderr) where the folder is
    read-only or full: a log file is a help, never a reason for a command to fail."""
    try:
        folder = ensure_private_dir(data_dir / LOG_DIR)
        return _PrivateLogFile(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None


def configure_logging(data_dir: Path | None = None, *, strict: bool = False) -> None:
    """Warnings to stderr; ``FINAPP_LOG=info|debug`` for more, and then also a rotating file
    ``logs/finapp.log`` in ``data_dir`` (still without transaction data).

    A ``FINAPP_LOG`` finapp cannot read stops the CLI (``strict``) before it does anything; the
    app starts anyway at the default level and says so, as a log line is no reason not to open.
    """
    try:
        wanted = log_level()
    except InvalidInputError as exc:
        if strict:
            raise
        wanted, unreadable = None, exc.message
    else:
        unreadable = ""
    level = logging.WARNING if wanted is None else wanted
    redact = RedactionFilter()
    own_detail = OwnDetailFilter()
    stderr = logging.StreamHandler()
    handlers: list[logging.Handler] = [stderr]
    file_handler = _file_handler(data_dir) if wanted is not None and data_dir else None
    if file_handler is not None:
        handlers.append(file_handler)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.set_name(_HANDLER_NAME)
        handler.addFilter(own_detail)
        handler.addFilter(redact)
        handler.setFormatter(logging.Formatter(_FORMAT if handler is stderr else _FILE_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    if wanted is not None and data_dir and file_handler is None:
        logging.getLogger("finapp").warning("no log file: the data folder cannot be written")
    if unreadable:
        logging.getLogger("finapp").warning(unreadable.replace("%", "%%"))
