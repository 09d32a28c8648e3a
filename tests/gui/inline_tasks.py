"""A task runner for page tests: work runs on the calling thread, results arrive at once.

Like Picard's ``FakeThreadPool``: a test of one page asserts what the page shows after a load
without waiting on a worker. The journeys (tests/journeys) use the app's real thread pool.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable

from finapp.gui.tasks import TaskRunner


class InlineTaskRunner(TaskRunner):
    def _launch(self, runnable: QRunnable) -> None:
        runnable.run()
