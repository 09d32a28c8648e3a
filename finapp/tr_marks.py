"""Translation helpers that need no Qt: a marker the core and the services mark sentences with,
and the one way a sentence's %1, %2… are filled.

``pyside6-lupdate`` collects calls by the name ``QT_TRANSLATE_NOOP`` wherever the function
comes from (``make i18n-update`` reads every module that uses it), so a sentence written once in
the core reaches the translation files; the GUI translates it where it shows it, and the CLI
uses the English as written. The marker returns the text it marks, typed as the text it is.
"""

from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context*; translate it where shown."""
    return text


def fill(text: str, values: tuple[str, ...]) -> str:
    """``%1``, ``%2``… replaced in one pass: a payee named "%2" stays as it is."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return values[number - 1] if number <= len(values) else found[0]

    return re.sub(r"%(\d)", value, text)
