"""Once the app is up, Python's garbage is collected between two events of the UI thread: never
by a worker thread's allocations (a collection there would destroy whatever Qt widgets the
garbage holds on the wrong thread), never in the middle of the UI thread's own work."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from finapp.gui.collector import INTERVAL_MS, EventLoopCollector


class _Node:
    """An object that refers to itself: only a collection frees it."""

    def __init__(self) -> None:
        self.me = self


def _garbage() -> weakref.ref[_Node]:
    return weakref.ref(_Node())


@pytest.fixture
def collector(qtbot) -> Iterator[EventLoopCollector]:  # type: ignore[no-untyped-def]
    """The app's collector, started in a process that collected as Python does by default."""
    was_collecting = gc.isenabled()
    gc.enable()
    collector = EventLoopCollector()
    collector.start()
    yield collector
    collector.stop()
    if not was_collecting:
        gc.disable()


def test_a_worker_threads_allocations_collect_nothing_the_event_loop_does(
    collector: EventLoopCollector, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()
    dropped = _garbage()
    made: list[list[int]] = []
    worker = threading.Thread(
        target=lambda: made.extend([] for _ in range(gc.get_threshold()[0] * 3))
    )
    worker.start()
    worker.join()
    assert dropped() is not None  # the worker went far past the threshold: nothing collected
    qtbot.waitUntil(lambda: dropped() is None, timeout=2000)


def test_while_an_import_has_collection_paused_the_event_loop_waits_for_it_to_end(
    collector: EventLoopCollector, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from finapp.gc_pause import paused_gc

    with paused_gc():
        dropped = _garbage()
        made = [[] for _ in range(gc.get_threshold()[0] * 3)]
        qtbot.wait(3 * INTERVAL_MS)  # the timer looked three times, each time past the threshold
        assert dropped() is not None
    qtbot.waitUntil(lambda: dropped() is None, timeout=2000)
    assert made and not gc.isenabled()  # the app's collector still collects, not Python's
