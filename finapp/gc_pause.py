"""Python's cyclic garbage collection paused while work makes millions of objects that form no
cycles: reading and writing a statement, loading the whole history for detection and for the
import's summary.

Each burst of allocations past the collector's thresholds set off a collection that rescanned
the growing heap, which made a 100k-line file 40-70 % slower; reference counting still frees
everything. Two collectors are paused: Python's own (the command line's), and the app's, which
collects from a timer of the UI thread instead (:mod:`finapp.gui.collector`) and asks
:func:`collection_paused` first: while it collected every quarter of a second through the
import, ten years dropped on the window took about a second longer to their summary (13.9-14.1 s
against 13.1 s, two interleaved runs each).

Pauses may overlap (an import on one worker while another loads a page): Python's collector
is enabled again, if it was before the first, when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many pauses are under way, and whether Python's collector ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.was_enabled = False


_pauses = _Pauses()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Within, neither Python's collector nor the app's collects."""
    with _pauses.lock:
        if _pauses.count == 0:
            _pauses.was_enabled = gc.isenabled()
            gc.disable()
        _pauses.count += 1
    try:
        yield
    finally:
        with _pauses.lock:
            _pauses.count -= 1
            if _pauses.count == 0 and _pauses.was_enabled:
                gc.enable()


def collection_paused() -> bool:
    """Whether some work has paused collection (:func:`paused_gc`)."""
    return _pauses.count > 0
