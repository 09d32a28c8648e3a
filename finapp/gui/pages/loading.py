"""One load at a time per page: changes arriving mid-load trigger a single reload afterwards.

With 100k transactions a load takes seconds; an import announcing transactions, then
categories, then alerts must not queue three full reloads behind each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from finapp.gui.tasks import TaskRunner, Work


class CoalescedLoader:
    def __init__(
        self,
        tasks: TaskRunner,
        work: Callable[[], Work],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._tasks = tasks
        self._work = work  # builds the work for the current state (filters, month, …)
        self._on_done = on_done
        self._on_error = on_error or tasks.report  # the runner's failure policy by default
        self.busy = False
        self._again = False

    def load(self) -> None:
        if self.busy:
            self._again = True
            return
        self.busy = True
        self._tasks.run(self._work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.busy = False
        if not self._again_pending():
            self._on_done(result)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self._on_error(exc)
        self._again_pending()

    def _again_pending(self) -> bool:
        """Start the reload asked for meanwhile; True when one started (this result is stale)."""
        if not self._again:
            return False
        self._again = False
        self.load()
        return True
