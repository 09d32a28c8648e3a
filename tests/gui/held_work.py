"""Work the app runs off the UI thread, held until the test has looked at what is on screen.

A test of what a person sees while long work runs cannot rely on the work being slow on this
machine: the call is held until the test releases it, and the thread it ran on is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import ModuleType

import pytest


class HeldCall:
    """``module.name`` held on each call until :meth:`release` (at most ``LIMIT_S``, so a
    window that never shows fails the test rather than hang it)."""

    LIMIT_S = 10.0

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> None:
        self.released = threading.Event()
        self.ran_on: list[str] = []
        real: Callable[..., object] = getattr(module, name)

        def held(*args: object) -> object:
            self.ran_on.append(threading.current_thread().name)
            self.released.wait(self.LIMIT_S)
            return real(*args)

        monkeypatch.setattr(module, name, held)

    def release(self) -> None:
        self.released.set()
