"""A translation marker that needs no Qt, so the core and the services can mark their sentences.

``pyside6-lupdate`` collects calls by the name ``QT_TRANSLATE_NOOP`` wherever the function
comes from (``make i18n-update`` reads every module that uses it), so a sentence written once in
the core reaches the translation files; the GUI translates it where it shows it, and the CLI
uses the English as written. The marker returns the text it marks, typed as the text it is.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context*; translate it where shown."""
    return text
