"""Python's cyclic garbage collected between two events of the UI thread, never in the middle of
other work.

Python collects whenever an allocation takes it past its thresholds: on whichever thread
allocates (a worker loading a store, evaluating alerts, importing) and at any point of the UI
thread's own work, a chart's drawing included. A collection destroys the Qt objects its garbage
holds (a closed dialog, a page built again) and their C++ children with them: on a worker thread,
against Qt's rule that an object dies on the thread it lives on, or under a widget being drawn.
A run of the tests under load ended in a segmentation fault of that shape: a chart's canvas
found deleted between two steps of its own drawing, with no other thread of Python alive.

So once the app is up, automatic collection is off and a timer on the UI thread collects what
Python would have collected, when its thresholds say it is due (:func:`collect_if_due`), between
two events. The test suite collects the same way between two tests (``tests/conftest.py``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from finapp.gc_pause import collection_paused

#: how often the UI thread looks whether a collection is due (a look costs a microsecond)
INTERVAL_MS = 250


def collect_if_due() -> int:
    """Collect what Python's automatic collection would have by now, and return how many
    unreachable objects it found: the youngest generation once more objects were made than its
    threshold, an older one when enough collections of the one below have passed its own;
    nothing while a worker's work has paused collection (an import: :mod:`finapp.gc_pause`)."""
    (young, middle, old), (made, middles, olds) = gc.get_threshold(), gc.get_count()
    if made <= young or collection_paused():
        return 0
    generation = 2 if olds > old else 1 if middles > middle else 0
    return gc.collect(generation)


class EventLoopCollector(QObject):
    """Turns automatic collection off and collects from a timer of the UI thread instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)

    @property
    def collecting(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """From now on, collect only between events; what exists now is frozen out of every
        later collection (start-up's modules and widgets live as long as the app)."""
        if self.collecting:
            return
        gc.disable()
        gc.freeze()
        self._timer.start()

    def stop(self) -> None:
        """Stop collecting from the timer; automatic collection stays as the caller left it."""
        self._timer.stop()
