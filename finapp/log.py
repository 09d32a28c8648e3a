"""Logging: warnings and above on stderr by default, never any transaction data.

Log calls in finapp pass counts, ids and exception *types*, not payees, memos, amounts or
account numbers; this module only decides where records go.
"""

from __future__ import annotations

import logging
import os


def configure_logging() -> None:
    """Warnings to stderr; ``FINAPP_LOG=debug`` for more (still without transaction data)."""
    level = getattr(logging, os.environ.get("FINAPP_LOG", "WARNING").upper(), logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
