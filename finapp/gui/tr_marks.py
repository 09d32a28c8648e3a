"""Translation markers that say they return the text they mark.

PySide6's ``QT_TRANSLATE_NOOP`` hands the text back unchanged, but its stub declares the result
``object``, so every marked title or name handed on as a ``str`` fails the type check. This
marker does the same and is typed as it behaves. ``pyside6-lupdate`` collects calls by the
name ``QT_TRANSLATE_NOOP`` wherever the function comes from, so strings marked here reach the
``.ts`` files exactly as before.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context* (read by lupdate); translate it where shown."""
    return text
