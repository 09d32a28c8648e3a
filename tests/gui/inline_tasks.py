"""A task runner for page tests: work runs on the calling thread, results arrive at once.

Like Picard's ``FakeThreadPool``: a test of one page asserts what the page shows after a load
without waiting on a worker. The journeys (tests/journeys) use the app's real thread pool.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable

from finapp.gui.tasks import TaskRunner


class InlineTaskRunner(TaskRunner):
    #: work started while held, run at :meth:`release`; None while work runs at once
    _held: list[QRunnable] | None = None

    def hold(self) -> None:
        """Keep the work started from now on until :meth:`release`.

        A page built while held shows "loading" as in the app, whose worker delivers the first
        load after the window is up: the page is laid out when its data comes, so each chart is
        plotted once at its real size instead of at a default size and again when shown.
        """
        self._held = []

    def release(self) -> None:
        """Run the held work in the order it was started; from now on work runs at once."""
        held, self._held = self._held or [], None
        for runnable in held:
            runnable.run()

    def _launch(self, runnable: QRunnable) -> None:
        if self._held is None:
            runnable.run()
        else:
            self._held.append(runnable)
