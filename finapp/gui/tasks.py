"""Run service calls off the UI thread and deliver their results back on it.

One small idiom for every long operation (Picard's ``run_task``, Anki's ``QueryOp``): the function
runs on a :class:`QThreadPool` worker and its result or :class:`FinappError` reaches ``on_done`` or
``on_error`` on the main thread through a queued signal. Work receives a progress callback and a
cancel :class:`threading.Event`, the shapes :mod:`finapp.progress` defines for services. Tests use
``TaskRunner(synchronous=True)`` to run everything inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from finapp.errors import FinappError
from finapp.progress import ProgressFn

#: the work: fn(progress, cancel) -> result
Work = Callable[[ProgressFn, threading.Event], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel)
        except FinappError as exc:
            self._signals.failed.emit(exc)
        except Exception as exc:  # a bug: still reported on the main thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """A running piece of work; ``cancel()`` asks it to stop at its next check."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    """Starts :class:`Task` s; writes go through one thread so they never race each other."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the store has one writer at a time anyway
        self._running: set[Task] = set()

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        task = Task(self)
        task.signals.done.connect(on_done)
        task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(lambda _r: self._finish(task))
        task.signals.failed.connect(lambda _e: self._finish(task))
        self._running.add(task)
        runnable = _Runnable(work, task.signals, task.cancel_event)
        if self.synchronous:
            runnable.run()
        else:
            self._pool.start(runnable)
        return task

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        task.finished.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown, tests)."""
        return self._pool.waitForDone(msecs)
