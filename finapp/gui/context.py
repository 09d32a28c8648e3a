"""What every page and dialog is given: the open store, the bus and the task runner.

Passed explicitly to constructors rather than reached through ``QApplication.instance()``, so a
test can build any page over a temporary store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from finapp.gui.bus import AppBus
from finapp.gui.clock import Clock
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store


@dataclass
class AppContext:
    store: Store
    bus: AppBus
    tasks: TaskRunner
    data_dir: Path
    is_demo: bool = False
    #: the demo's changes are kept for its next visit (False: it is made afresh next start)
    demo_kept: bool = True
    #: an earlier demo could not be opened, so this one was made afresh
    demo_started_over: bool = False
    #: where a page keeps the user's view choices (a chart's period, its currency); None: kept
    #: only while the page lives
    ui_state: UiState | None = None
    #: what today is for every page that judges by the day (the shell's one clock, which its
    #: scheduled alert checks read too)
    clock: Clock = field(default_factory=Clock)

    def release_store(self) -> None:
        """Let go of the store so its file can be replaced (a new key, a restore) or removed,
        the window still up: work still running is waited for (its connections would make the
        store look busy), work asked for meanwhile waits (:meth:`TaskRunner.hold`), then the
        store is closed. Should the window carry on (the replacement refused), the work that
        waited is started with :meth:`TaskRunner.release`; its next read opens the file again."""
        self.tasks.wait()
        self.tasks.hold()
        self.store.close()
