"""Counting the calls of a function, for tests that check work is skipped when nothing changed."""

from __future__ import annotations

from typing import Any

import pytest


class Calls:
    """Counts the calls of ``owner.name``, replaced where its callers look it up."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.count = 0
        real = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)
