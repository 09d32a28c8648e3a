"""Logging: warnings on stderr by default, an optional rotating file, never transaction data.

Log calls in finapp pass counts, ids and exception *types*, not payees, memos, amounts or
account numbers. Because one careless call would undo that, every handler also carries
:class:`RedactionFilter`: text arguments, amounts and long digit runs are masked and exception
messages (which may quote a statement line) are reduced to their type, before a record is
written anywhere. Small integers (counts) and floats (durations) pass unchanged.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from decimal import Decimal
from pathlib import Path

from finapp.paths import ensure_private_dir

LOG_DIR = "logs"
LOG_FILE = "finapp.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
_FORMAT = "%(levelname)s %(name)s: %(message)s"
_FILE_FORMAT = "%(asctime)s " + _FORMAT

#: Numbers that may be money or an account/card number: decimals, and 4+ digit runs.
_NUMBERS = re.compile(r"[-+]?\d[\d,' ]*[.,]\d{1,4}\b|\d{4,}")


class RedactionFilter(logging.Filter):
    """Masks anything in a record that could be a payee, memo, amount or account number."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_redact_arg(a) for a in args)
        record.msg = _NUMBERS.sub("#", str(record.msg))
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


def _redact_arg(value: object) -> object:
    """Counts and durations pass; text, Decimals, big integers and exception messages do not."""
    if isinstance(value, bool | float):
        return value  # floats are durations and ratios: finapp never holds money in a float
    if isinstance(value, int):
        return value if abs(value) < 1000 else "#"
    if isinstance(value, BaseException):
        return type(value).__name__
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, Decimal | bytes):
        return "#"
    return f"<{len(str(value))} chars>"


def configure_logging(data_dir: Path | None = None) -> None:
    """Warnings to stderr; ``FINAPP_LOG=info|debug`` for more, and then also a rotating file
    ``logs/finapp.log`` in ``data_dir`` (still without transaction data)."""
    wanted = os.environ.get("FINAPP_LOG", "").upper()
    level = getattr(logging, wanted, logging.WARNING) if wanted else logging.WARNING
    redact = RedactionFilter()
    stderr = logging.StreamHandler()
    handlers: list[logging.Handler] = [stderr]
    if wanted and data_dir is not None:
        folder = ensure_private_dir(data_dir / LOG_DIR)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        )
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "finapp_handler", False)]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.finapp_handler = True  # type: ignore[attr-defined]
        handler.addFilter(redact)
        handler.setFormatter(logging.Formatter(_FORMAT if handler is stderr else _FILE_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
