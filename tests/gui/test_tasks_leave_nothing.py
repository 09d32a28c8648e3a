"""Work run off the UI thread leaves nothing behind once it has reported: a long session's
memory does not grow with every page load, and a closed dialog is freed with what it shows."""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

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


class _LabelDialog(QDialog):
    """A dialog that writes what its work found into a label of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel("working…", self)

    def show_result(self, result: bytes) -> None:
        self.label.setText(f"{len(result)} bytes")


def test_a_dialog_closed_while_its_work_runs_is_not_written_to_when_the_work_ends(qtbot) -> None:
    runner = TaskRunner(AppBus())
    dialog = _LabelDialog()
    dialog.show()
    release = threading.Event()

    def slow(progress, _cancel: threading.Event) -> bytes:  # type: ignore[no-untyped-def]
        release.wait(10)
        progress(1, 1, "done")
        return bytes(10)

    runner.run(slow, dialog.show_result, on_progress=lambda *_: None)
    dialog.close()  # the person closes it; Qt frees it
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)  # an error delivered here would fail the test
