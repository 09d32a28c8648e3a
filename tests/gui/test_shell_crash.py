"""A bug reaching the event loop shows a dialog whose details carry no household data."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.gui import crash


def _fail_with_payee() -> None:
    payee = "NETFLIX.COM card 4111111111111111 -15.49"
    raise KeyError(payee)


def test_crash_report_names_the_error_and_place_but_no_values() -> None:
    try:
        _fail_with_payee()
    except KeyError:
        exc_type, _exc, tb = sys.exc_info()
    assert exc_type is not None
    report = crash.crash_report(exc_type, tb)
    assert report.startswith("builtins.KeyError")
    assert "_fail_with_payee" in report and "test_shell_crash.py" in report
    assert "NETFLIX" not in report and "4111" not in report and "15.49" not in report


def test_excepthook_shows_the_crash_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook()
    try:
        _fail_with_payee()
    except KeyError:
        sys.excepthook(*sys.exc_info())
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "crash-dialog" and w.isVisible()
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    assert "KeyError" in box.detailedText() and "NETFLIX" not in box.detailedText()
    # the event loop goes on behind it, and the dialog closes like any other
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_background_work_that_fails_reaches_the_user_by_one_policy(qtbot) -> None:
    """A problem the user can act on goes to the banner; a bug opens the crash dialog."""
    from finapp.errors import InvalidInputError
    from finapp.gui.bus import AppBus
    from finapp.gui.tasks import TaskRunner

    bus = AppBus()
    tasks = TaskRunner(bus)
    messages: list[tuple[str, str]] = []
    bus.message.connect(lambda level, text: messages.append((level, text)))

    def refuse(_progress, _cancel):  # type: ignore[no-untyped-def]
        raise InvalidInputError("The amount 1,2,3 is not a number")

    tasks.run(refuse, lambda _result: None)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [("warning", "The amount 1,2,3 is not a number")]

    tasks.run(lambda _p, _c: _fail_with_payee(), lambda _result: None)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "crash-dialog" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    box = next(
        w for w in QApplication.topLevelWidgets()
        if w.objectName() == "crash-dialog" and w.isVisible()
    )  # fmt: skip
    assert "KeyError" in box.detailedText() and "NETFLIX" not in box.detailedText()
    assert len(messages) == 1  # a bug is not dressed up as a banner message
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)  # OK
    qtbot.waitUntil(lambda: not box.isVisible())
    tasks.shutdown()
