"""Quitting as the menu's Quit does when the system asks finapp to end: a logout or a shutdown
(``SIGTERM``), the terminal that started it closed (``SIGHUP``), Ctrl+C in that terminal
(``SIGINT``).

Python runs a signal handler only between two of its own instructions, and while Qt waits for
events no Python runs: the signal was seen only at the next click, or (``SIGTERM``'s default)
the process ended on the spot, leaving the window's place unsaved, work queued on the helper
thread unfinished, and a one-run demo's encrypted folder beside the user's store that nothing
could open again. As in qutebrowser, the signal writes a byte to a socket (``set_wakeup_fd``)
that a :class:`QSocketNotifier` watches: the event loop wakes, Python runs the handler, and the
handler asks for the same quit the menu does, from the event loop, not from inside whatever
Python code the signal interrupted.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

#: the signals that ask a desktop app to end (``SIGHUP`` is POSIX only)
ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class QuitOnSignals(QObject):
    """Calls ``quit`` once, on the event loop, when one of :data:`ENDING_SIGNALS` arrives.

    ``asked`` stays true from then on: start-up code running its own dialogs before the main
    event loop (the passphrase, the first-run question) reads it to stop there rather than open
    the window after the quit was asked.
    """

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self.asked = False
        self._receiving, self._sending = socket.socketpair()
        for end in (self._receiving, self._sending):
            end.setblocking(False)
        self._earlier_fd = signal.set_wakeup_fd(self._sending.fileno())
        self._notifier = QSocketNotifier(self._receiving.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._earlier = {number: signal.signal(number, self._received) for number in ENDING_SIGNALS}

    def _drain(self) -> None:
        """Empty the wake-up socket: the handler has run (Python runs it before this)."""
        try:
            while self._receiving.recv(64):
                pass
        except BlockingIOError:
            pass

    def _received(self, _number: int, _frame: FrameType | None) -> None:
        if self.asked:
            return
        self.asked = True
        QTimer.singleShot(0, self._quit)

    def close(self) -> None:
        """Give the signals back to what handled them before (the process is ending)."""
        for number, handler in self._earlier.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._earlier_fd)
        self._notifier.setEnabled(False)
        self._receiving.close()
        self._sending.close()
