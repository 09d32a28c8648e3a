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

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from finapp.gui.bus import AppBus
from finapp.gui.errors_shown import show_failure
from finapp.progress import ProgressFn

#: the work: fn(progress, cancel) -> result
Work = Callable[[ProgressFn, threading.Event], Any]
#: how long quitting waits for work in silence before the window says what it waits for
QUIET_WAIT_MS = 300


def _outlived(callback: Callable[..., Any]) -> bool:
    """Whether ``callback`` is a method of a Qt object deleted since its work started (a window
    or dialog closed and freed meanwhile): calling it would touch freed widgets ("Internal C++
    object already deleted"), so its outcome has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class _Relay(QObject):
    """The runner's one way back from the workers: each signal names its task by number, so no
    per-task object lives across threads (the last reference to one could otherwise be let go,
    and the object deleted, on a worker thread)."""

    done = Signal(object, object)
    failed = Signal(object, object)
    progress = Signal(object, int, int, str)


class _Runnable(QRunnable):
    def __init__(self, work: Work, number: int, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._number = number
        self._relay = relay
        self._cancel = cancel

    def run(self) -> None:
        number, relay = self._number, self._relay

        def progress(steps: int, total: int, text: str) -> None:
            relay.progress.emit(number, steps, total, text)

        try:
            result = self._work(progress, self._cancel)
        except Exception as exc:  # a bug too is reported on the main thread, never lost
            relay.failed.emit(number, exc)
        else:
            relay.done.emit(number, result)


class Task(QObject):
    """A running piece of work; ``cancel()`` asks it to stop at its next check.

    A task has no parent: once it has reported, the runner lets go of it, and with it of its
    callbacks and whatever they hold (a closed dialog, a page's last result). Were it the
    runner's child it would live, callbacks and all, as long as the window.
    """

    finished = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self.on_done, self.on_failed, self.on_progress = on_done, on_failed, on_progress

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    """Starts :class:`Task` s; writes go through one thread so they never race each other."""

    def __init__(self, bus: AppBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the store has one writer at a time anyway
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.progress.connect(self._progressed)
        self._running: dict[int, Task] = {}
        self._numbers = itertools.count()
        self._closed = False
        #: work asked for while the store is being replaced, waiting to start (see :meth:`hold`)
        self._held: list[QRunnable] | None = None

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Run ``work`` off the UI thread; ``on_error`` defaults to :meth:`report`."""
        task = Task(on_done, on_error or self.report, on_progress)
        number = next(self._numbers)
        self._running[number] = task
        runnable = _Runnable(work, number, self._relay, task.cancel_event)
        if self._held is not None:
            self._held.append(runnable)
        else:
            self._launch(runnable)
        return task

    def _done(self, number: int, result: Any) -> None:
        self._report(number, lambda task: task.on_done, result)

    def _failed(self, number: int, exc: Exception) -> None:
        self._report(number, lambda task: task.on_failed, exc)

    def _report(
        self, number: int, callback_of: Callable[[Task], Callable[[Any], None]], outcome: Any
    ) -> None:
        """Hand task ``number``'s outcome to its callback, then let go of the task. After
        shutdown the widgets it would report to are gone, and so is a widget closed and deleted
        while its work ran: the outcome is dropped."""
        task = self._running[number]
        try:
            callback = callback_of(task)
            if not self._closed and not _outlived(callback):
                callback(outcome)
        finally:
            del self._running[number]
            task.finished.emit()

    def _progressed(self, number: int, steps: int, total: int, text: str) -> None:
        task = self._running.get(number)
        if task is None or task.on_progress is None or self._closed:
            return
        if not _outlived(task.on_progress):
            task.on_progress(steps, total, text)

    def _launch(self, runnable: QRunnable) -> None:
        self._pool.start(runnable)

    def hold(self) -> None:
        """Until :meth:`release`, work asked for waits instead of starting.

        While Settings replaces the store under the window (a new key, a restore), the window
        keeps running; a check of the alerts due meanwhile would open the file being replaced,
        and the replacement would find it in use, or write to the copy about to go. Work that
        waits when finapp quits never starts: it was for the store that was replaced.
        """
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the work that waited since :meth:`hold`, in the order it was asked for; after
        :meth:`shutdown` (the window closed) it never starts."""
        held, self._held = self._held or [], None
        if self._closed:
            return
        for runnable in held:
            self._launch(runnable)

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

    def shutdown(self, msecs: int = 30_000, waiting: Callable[[], None] | None = None) -> bool:
        """Let started work finish (a write is never cut short), then deliver nothing more.

        Work that can stop is asked to (an import ends after the file it is writing, which
        stays whole or is rolled back); should the rest take longer than a moment, ``waiting``
        is called once, for the window to say what quitting waits for. Outcomes arriving
        meanwhile are dropped: the widgets they were for are going.
        """
        self._closed = True
        for task in self._running.values():
            task.cancel()
        if self._pool.waitForDone(QUIET_WAIT_MS):
            return True
        if waiting is not None:
            waiting()
        timer = QElapsedTimer()
        timer.start()
        # the window that says so is painted and kept painted; the user's clicks wait
        while not self._pool.waitForDone(50):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if timer.hasExpired(msecs):
                return False
        return True

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done."""
        return self._pool.waitForDone(msecs)
