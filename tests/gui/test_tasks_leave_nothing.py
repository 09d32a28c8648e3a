"""Work run off the UI thread leaves nothing behind once it has reported: a long session's
memory does not grow with every page load, and a closed dialog is freed with what it shows."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QDialog

from finapp.gui.bus import AppBus
from finapp.gui.tasks import TaskRunner


class _ResultDialog(QDialog):
    """A dialog that shows what its work found, as the import and audit dialogs do."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[bytes] = []

    def show_result(self, result: bytes) -> None:
        self.results.append(result)


def _work(size: int):  # type: ignore[no-untyped-def]
    def work(_progress, _cancel: threading.Event) -> bytes:  # type: ignore[no-untyped-def]
        return bytes(size)

    return work


def test_finished_work_is_let_go_with_the_dialog_it_reported_to(qtbot) -> None:
    runner = TaskRunner(AppBus())
    dialog = _ResultDialog()
    for _ in range(40):
        runner.run(_work(100_000), dialog.show_result)
    runner.run(lambda _p, _c: 1 / 0, dialog.show_result, on_error=lambda _exc: None)
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(dialog.results) == 40
    gone = weakref.ref(dialog)
    dialog.close()
    del dialog
    gc.collect()
    assert gone() is None  # and the four megabytes it was shown with it
