"""A stand-in Chinese for the refusals ("ErrorText") whose translation is written at the end:
every English word of the source sentence becomes 译, its facts, tags and quotes kept.

What the window shows is then exactly the stand-in of the source sentence with its facts put
in, which a test can compute, and no English word of the sentence can reach the screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from finapp.tr_marks import filled

_FACT = re.compile(r"\{(\w+)\}")
_KEPT = re.compile(r"\{\w+\}|<[^>]*>|“[^”]*”|[A-Za-z]+")


def stand_in(source: str) -> str:
    """The stand-in translation: English words become 译; facts, tags and quotes stay."""
    return _KEPT.sub(lambda m: m[0] if m[0][0] in "{<“" else "译", source)


def worded(source: str, **facts: object) -> str:
    """What the window should show for ``source`` translated, its facts put in as Chinese
    writes them (no space between two Chinese words: :func:`finapp.tr_marks.filled`)."""
    return filled(stand_in(source), _FACT, lambda m: str(facts[m[1]]))


class _StandIn(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return stand_in(source) if context == "ErrorText" else None


@pytest.fixture
def stand_in_chinese(qapp, chinese) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Chinese (``tests/gui/chinese.py``: import its fixture beside this one) with the stand-in
    for the refusals on top."""
    translator = _StandIn()
    qapp.installTranslator(translator)  # the last installed is asked first
    yield
    qapp.removeTranslator(translator)
