"""Quitting is prompt: an import under way stops after the file it is writing, and work that
must finish is waited for with a window that says so, not a window that stops answering."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from finapp.gui.tasks import TaskRunner
from finapp.services import imports
from tests.gui.shell_support import make_shell, transaction_count
from tests.gui.test_import_stopped import monthly_statements


def _shell(store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def test_quitting_during_a_long_import_stops_it_after_the_file_it_is_writing(
    store, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
):  # type: ignore[no-untyped-def]
    statements = monthly_statements(tmp_path, 3)
    reading_second = threading.Event()
    real = imports.import_parsed

    def slow_second(store_, parsed, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(parsed.path) == statements[1]:  # a long file: the user quits meanwhile
            reading_second.set()
            kwargs["cancel"].wait(20)
        return real(store_, parsed, *args, **kwargs)

    monkeypatch.setattr(imports, "import_parsed", slow_second)
    shell = _shell(store, tmp_path, qtbot)
    shell.imports.import_paths(statements)
    assert reading_second.wait(10)
    started = time.monotonic()
    shell.close()  # what Ctrl+Q ends in, once the event loop has stopped
    assert time.monotonic() - started < 10  # not the 20 s the file would have taken
    assert transaction_count(store) == 10  # the first month whole, the second rolled back


def test_quitting_while_work_must_finish_says_so_in_a_small_window(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    shell = _shell(store, tmp_path, qtbot)
    finishing_done = threading.Event()

    def a_long_backup(_progress, _cancel):  # type: ignore[no-untyped-def]
        time.sleep(1.5)  # a write that is never cut short
        finishing_done.set()

    shell.ctx.tasks.run(a_long_backup, lambda _result: None)
    seen: list[str] = []

    def look() -> None:
        seen.extend(
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "finishing-work" and w.isVisible()
        )

    QTimer.singleShot(900, look)  # while quitting waits
    shell.close()
    assert finishing_done.is_set()  # the write finished before finapp went
    assert seen == ["Quitting finapp"]
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if w.objectName() == "finishing-work"
    )
