"""Run service calls off the UI thread and deliver their results back on it.

One idiom for every long operation (Picard's ``run_task``, Anki's ``QueryOp``): the function
runs on a :class:`QThreadPool` worker and its result or exception reaches the main thread
through a queued signal. Work receives a progress callback and a cancel
:class:`threading.Event`, the shapes :mod:`finapp.progress` defines for services.

Failures have one default policy (:mod:`finapp.gui.errors_shown`), so callers do not each
write their own: a :class:`~finapp.errors.FinappError` is a message for the user and goes to
the window's banner as a warning (the user can act on it); anything else is a bug, logged
(type and place only) and shown in the crash dialog. A caller passes
``on_error`` only when it must undo something of its own first, and then usually hands the
exception on to :meth:`TaskRunner.report`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from finapp.gui.bus import AppBus
from finapp.gui.errors_shown import show_failure
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
        except Exception as exc:  # a bug too is reported on the main thread, never lost
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

    def __init__(self, bus: AppBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the store has one writer at a time anyway
        self._running: set[Task] = set()
        self._closed = False

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Run ``work`` off the UI thread; ``on_error`` defaults to :meth:`report`."""
        task = Task(self)
        on_failed = on_error or self.report

        # after shutdown the widgets these report to are gone: their results are dropped
        def done(result: Any) -> None:
            if not self._closed:
                on_done(result)

        def failed(exc: Exception) -> None:
            if not self._closed:
                on_failed(exc)

        def progressed(steps: int, total: int, text: str) -> None:
            if not self._closed and on_progress is not None:
                on_progress(steps, total, text)

        task.signals.done.connect(done)
        task.signals.failed.connect(failed)
        if on_progress is not None:
            task.signals.progress.connect(progressed)
        task.signals.done.connect(lambda _r: self._finish(task))
        task.signals.failed.connect(lambda _e: self._finish(task))
        self._running.add(task)
        self._launch(_Runnable(work, task.signals, task.cancel_event))
        return task

    def _launch(self, runnable: QRunnable) -> None:
        self._pool.start(runnable)

    def report(self, exc: Exception) -> None:
        """Default failure policy: a user's message to the banner, a bug to the crash dialog."""
        show_failure(exc, self.warn)

    def warn(self, text: str) -> None:
        """Put a refusal the user can act on in the window's banner, as a warning."""
        self.bus.message.emit("warning", text)

    @property
    def busy(self) -> bool:
        """Whether work started here has not yet reported back."""
        return bool(self._running)

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        task.finished.emit()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Let started work finish (a write is never cut short), then deliver nothing more."""
        finished = self._pool.waitForDone(msecs)
        self._closed = True
        return finished

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done."""
        return self._pool.waitForDone(msecs)
