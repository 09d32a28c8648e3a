"""Progress reporting and cancellation shared by long operations (import, detection, backup).

Services take a :data:`ProgressFn` and a :class:`threading.Event` rather than anything Qt: the GUI
adapts them to a progress bar and a Cancel button, the CLI to a line on stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum

from finapp.errors import ImportCancelled

#: ``progress(done, total, label)``; ``total`` is 0 when unknown.
ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """The progress sink used when nobody is watching."""


class Stage(StrEnum):
    """What an import is doing once a file is read, for each face to word in its language:
    ten years of lines take several seconds at each step, which a bar that only counts files
    leaves the user to guess at."""

    FILING = "filing"  # a statement's lines keyed and filed by the rules: done of total
    STORING = "storing"  # a statement's new lines written: done of total
    PAIRING = "pairing"  # transfers and wallet payments paired with their other sides
    DETECTING = "detecting"  # recurring charges found again with the new lines
    SUMMARY = "summary"  # the new lines' history read for what the alerts do not tell


#: ``stage(stage, done, total)``; ``total`` is 0 when unknown.
StageFn = Callable[[Stage, int, int], None]


def no_stage(stage: Stage, done: int, total: int) -> None:
    """The stage sink used when nobody is watching."""


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise :class:`ImportCancelled` if the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise ImportCancelled()
