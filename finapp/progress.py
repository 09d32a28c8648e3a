"""Progress reporting and cancellation shared by long operations (import, detection, backup).

Services take a :data:`ProgressFn` and a :class:`threading.Event` rather than anything Qt: the GUI
adapts them to a progress bar and a Cancel button, the CLI to a line on stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from finapp.errors import ImportCancelled

#: ``progress(done, total, label)``; ``total`` is 0 when unknown.
ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """The progress sink used when nobody is watching."""


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise :class:`ImportCancelled` if the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise ImportCancelled()
