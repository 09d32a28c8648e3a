"""Work the window cannot go on without, run off the UI thread while a window says so.

Opening the store is usually a fraction of a second. The first opening after an update is not:
the store's lines are keyed again as this finapp keys them, its shipped rules refreshed and its
refunds filed (:func:`finapp.services.opening.open_store`), seconds on ten years of history.
Changing the key or restoring a backup from Settings copies and checks the whole store (4 s for
300k lines). On the UI thread that was seconds with nothing on screen at a start, or a window
that stopped painting, when a person is the most likely to wonder whether finapp broke.

The caller still gets the work's result back from a call, in the order of steps it had: the UI
thread waits in an event loop of its own, as a modal dialog's ``exec()`` does, where windows
keep painting and the waiting window appears once the work has taken a while. Input waits
until the work is done: there is nothing to do meanwhile, and a second Return in the passphrase
dialog must not open the store twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from finapp.gui.dialogs.wait import WaitWindow

T = TypeVar("T")


class OpeningWindow(WaitWindow):
    """ "Opening your data…", over whatever asked for it (nothing, at a start), and why it
    takes a while when it is the first opening after an update (:meth:`updating`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opening-store")
        self.say(self.tr("Opening your data…"), self.tr("finapp is opening your data."))

    def updating(self) -> None:
        """The store was left by an older finapp: its history is being filed again."""
        self.label.setText(
            self.tr(
                "This is the first start after an update: finapp files your history again, "
                "the way this version does. On years of statements that takes a few seconds, "
                "once."
            )
        )


class _Relay(QObject):
    """Carries a moment (the work ended, the store is being brought up to date) from the
    work's thread to the UI thread."""

    came = Signal()


def wait_off_ui_thread(work: Callable[[], T], window: WaitWindow) -> T:
    """What ``work()`` returns (or raises), run on a helper thread while the UI thread waits
    with windows painting; ``window`` appears if it takes a while, modal over its parent (over
    the whole app without one), and goes when the work ends."""
    done: list[T] = []
    failed: list[BaseException] = []
    loop = QEventLoop()
    ended = _Relay()
    ended.came.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # raised on the UI thread, where the caller handles it
            failed.append(exc)
        ended.came.emit()

    window.setWindowModality(
        Qt.WindowModality.WindowModal if window.parent() else Qt.WindowModality.ApplicationModal
    )
    window.start()
    # not a daemon: a quit meanwhile waits for the work to end rather than cut it half done
    thread = threading.Thread(target=run, name="finapp-wait")
    thread.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.join()  # at once, unless the app was told to quit while it waited
    window.finish()
    if failed:
        raise failed[0]
    return done[0]


def open_off_ui_thread(open_store: Callable[[Callable[[], None]], T]) -> T:
    """The store ``open_store(on_update)`` opens, behind :class:`OpeningWindow` if it takes a
    while; ``on_update()`` (called on the opening's thread) has the window say why."""
    window = OpeningWindow()
    updating = _Relay()
    updating.came.connect(window.updating, Qt.ConnectionType.QueuedConnection)
    return wait_off_ui_thread(lambda: open_store(updating.came.emit), window)
