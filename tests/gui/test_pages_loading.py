"""Pages reload once for a burst of changes, and never show a result that was already stale."""

from __future__ import annotations

from finapp.gui.pages.loading import CoalescedLoader


class HeldTasks:
    """A task runner whose work finishes only when the test says so."""

    def __init__(self) -> None:
        self.started: list[tuple] = []

    def run(self, work, on_done, on_error):  # type: ignore[no-untyped-def]
        self.started.append((work, on_done, on_error))

    def report(self, exc: Exception) -> None:
        """The runner's failure policy: here a failure fails the test."""
        raise exc

    def finish(self, index: int) -> None:
        work, on_done, _on_error = self.started[index]
        on_done(work(None, None))


def test_changes_during_a_load_cause_one_reload_and_only_fresh_results_show() -> None:
    tasks, shown, version = HeldTasks(), [], [0]
    loader = CoalescedLoader(
        tasks, lambda: lambda _p, _c, v=version[0]: v, shown.append, lambda exc: None
    )
    loader.load()
    version[0] = 1
    loader.load()  # an import announces transactions, categories, alerts…
    loader.load()
    assert len(tasks.started) == 1
    tasks.finish(0)  # the first load's data is already stale: not shown, one reload starts
    assert shown == [] and len(tasks.started) == 2
    tasks.finish(1)
    assert shown == [1] and not loader.busy
