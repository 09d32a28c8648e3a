"""Drive the real desktop app, in this process, the way a person does.

A journey is a generator that yields steps: :func:`wait_for` (until a window or state is on
screen, which is then sent back into the generator) or :func:`do` (an action: a key, a click, a
drop). :func:`run_app` calls the app's real ``main()`` — argument parsing, unlock, first-run
choice, window, tray, ``QApplication.exec()`` — and a timer running inside whichever event
loop is active (the app's, or a dialog's ``exec()``) feeds the journey its next step. Actions
run from a timer of their own, outside the generator, so an action that opens a modal dialog
does not block the journey: the following steps answer the dialog, as a person would.

A step that waits longer than its timeout fails the journey with the windows that were open
at that moment, then ends the app, so a dialog left on screen shows as a failure, not a hang.
With ``FINAPP_JOURNEY_SHOTS=DIR`` a screenshot is saved after every step (the whole screen on
a real X server, each window offscreen).
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

#: how long a screenshot on a real X server waits for what was just shown to be painted
SETTLE_MS = 250
#: how long the app may take to end after the journey's last step (Ctrl+Q)
QUIT_TIMEOUT_S = 10.0


@dataclass
class Wait:
    description: str
    condition: Callable[[], Any]
    timeout_s: float = 60.0


@dataclass
class Do:
    description: str
    action: Callable[[], Any]


Step = Wait | Do
Journey = Generator[Step, Any, None]


def wait_for(description: str, condition: Callable[[], Any], timeout_s: float = 60.0) -> Wait:
    """Wait until ``condition()`` is truthy; its value is sent back to the journey."""
    return Wait(description, condition, timeout_s)


def do(description: str, action: Callable[[], Any]) -> Do:
    return Do(description, action)


#: windows that are the tray's, not the app's: the icon's own X window and its message balloon
_TRAY_PARTS = ("QSystemTrayIconSys", "QBalloonTip")


def open_windows() -> list[QWidget]:
    """Every top-level window on screen (the tray's aside), main window first."""
    shown = [
        w for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow() and type(w).__name__ not in _TRAY_PARTS
        and w.metaObject().className() not in _TRAY_PARTS
    ]  # fmt: skip
    return sorted(shown, key=lambda w: (w.objectName() != "main-window", w.objectName()))


def window_names() -> list[str]:
    return [f"{w.objectName() or type(w).__name__} ({w.windowTitle()})" for w in open_windows()]


def window(object_name: str) -> Wait:
    """Wait for the window called ``object_name`` to be on screen; returns it."""

    def shown() -> QWidget | None:
        for w in open_windows():
            if w.objectName() == object_name:
                return w
        return None

    return wait_for(f"window {object_name!r}", shown)


def dialog_of(kind: type[QWidget]) -> Wait:
    """Wait for a window of class ``kind`` (Qt's own dialogs have no object name)."""
    return wait_for(
        f"a {kind.__name__}",
        lambda: next((w for w in open_windows() if isinstance(w, kind)), None),
    )


def only_main_window() -> Wait:
    """Wait until every dialog is gone and the main window alone is on screen."""
    return wait_for(
        "no window but the main window",
        lambda: [w.objectName() for w in open_windows()] == ["main-window"] and open_windows()[0],
    )


@dataclass
class _Run:
    journey: Journey
    shots: Path | None
    pending: Step | None = None
    started: float = field(default_factory=time.monotonic)
    failure: str | None = None
    finished: bool = False
    #: a Do step is scheduled and has not started yet
    acting: bool = False
    shots_taken: int = 0
    steps_done: list[str] = field(default_factory=list)


class JourneyDriver(QObject):
    """Feeds a journey its steps from a timer that runs inside any event loop."""

    def __init__(self, journey: Journey, shots: Path | None) -> None:
        super().__init__()
        self.run = _Run(journey, shots)
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self._tick)
        self._advance(None)

    def start(self) -> None:
        self.timer.start()

    def _advance(self, value: Any) -> None:
        try:
            self.run.pending = self.run.journey.send(value)
        except StopIteration:
            self.run.pending = None
            self.run.finished = True
        except Exception as exc:  # an assertion in the journey: report it, end the app
            where = "".join(traceback.format_exception(exc)[-6:])
            self._fail(f"{type(exc).__name__}: {exc}\n{where}")
        self.run.started = time.monotonic()

    def _fail(self, message: str) -> None:
        crashes = [
            w.detailedText() for w in open_windows()
            if w.objectName() == "crash-dialog" and hasattr(w, "detailedText")
        ]  # fmt: skip
        where = "".join(f"\n  crash report:\n{report}" for report in crashes)
        self.run.failure = message + f"\n  after steps: {self.run.steps_done[-5:]}" + where
        self.run.pending = None

    def _tick(self) -> None:
        step = self.run.pending
        if self.run.failure is not None:
            QApplication.exit(98)  # asked at every tick until every event loop has ended
            return
        if self.run.finished:
            if time.monotonic() - self.run.started > QUIT_TIMEOUT_S:
                self._fail(f"the journey ended but the app did not; open: {window_names()}")
            return
        if step is None:
            return
        if self.run.acting:
            return  # the action has not started yet
        if isinstance(step, Do):
            self.run.steps_done.append(step.description)
            self.run.acting = True
            self._advance(None)  # the next step is known before the action may block
            # From a timer of its own: a Qt timer does not fire again while its own slot runs,
            # and events posted from inside a slot wait for it to return, so an action that
            # opens a modal dialog would otherwise stop the journey. (1 ms: a real timer;
            # 0 ms would be a posted event.)
            QTimer.singleShot(1, lambda: self._perform(step))
            return
        try:
            value = step.condition()
        except Exception as exc:
            self._fail(f"while waiting for {step.description}: {type(exc).__name__}: {exc}")
            return
        if value:
            self.run.steps_done.append(step.description)
            self._shot(step.description)
            self._advance(value)
        elif time.monotonic() - self.run.started > step.timeout_s:
            self._fail(
                f"waited {step.timeout_s:.0f} s for {step.description}; "
                f"open windows: {window_names()}"
            )

    def _perform(self, step: Do) -> None:
        self.run.acting = False  # from here on, later steps may answer what the action opens
        try:
            step.action()
        except Exception as exc:  # the journey's own mistake, not the app's
            self._fail(f"{step.description}: {type(exc).__name__}: {exc}")
            return
        self._shot(step.description)

    def _shot(self, description: str) -> None:
        if self.run.shots is None:
            return
        self.run.shots_taken += 1
        number = self.run.shots_taken
        stem = "".join(c if c.isalnum() else "-" for c in description.lower()).strip("-")
        name = f"{number:02d}-{stem[:50]}"
        if QGuiApplication.platformName() == "xcb":
            QTest.qWait(SETTLE_MS)  # a window just shown is mapped and painted by the X server
            # asked for after the wait: the X server may have replaced the screen meanwhile
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                screen.grabWindow(0).save(str(self.run.shots / f"{name}.png"))
                return
        for index, shown in enumerate(open_windows()):
            shown.grab().save(str(self.run.shots / f"{name}-{index}.png"))


def shots_dir(journey_name: str) -> Path | None:
    base = os.environ.get("FINAPP_JOURNEY_SHOTS")
    if not base:
        return None
    path = Path(base) / journey_name
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_app(argv: list[str], journey: Journey, name: str) -> int:
    """Run ``finapp-gui argv`` with ``journey`` driving it; returns the app's exit code.

    Fails (AssertionError) when the journey failed or stopped before its end.
    """
    from finapp.gui.app import main

    driver = JourneyDriver(journey, shots_dir(name))
    driver.start()
    try:
        code = main(argv)
    finally:
        driver.timer.stop()
        for leftover in open_windows():  # a failed journey must not leak windows
            leftover.close()
    if driver.run.failure is not None:
        raise AssertionError(f"journey {name!r} failed: {driver.run.failure}")
    assert driver.run.finished, (
        f"journey {name!r}: the app ended (code {code}) before the journey did; "
        f"last steps: {driver.run.steps_done[-5:]}"
    )
    return code
