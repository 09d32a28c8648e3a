"""Finding a category by any part of its name, as shown or as stored, while it is typed.

A category field that took whatever was typed made a new, empty category out of 买菜 while the
spending sat in 饮食:超市买菜 (stored as Food:Groceries). Each category can be typed two ways: as
shown in the user's language and by its stored English path; both complete, from any part.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from finapp.gui.category_names import display_category, reading_order
from finapp.services.categories import SEPARATOR


def _plain(text: str) -> str:
    """``text`` as the services compare category paths: spaces around a segment and case
    aside (" food : groceries " is Food:Groceries)."""
    return SEPARATOR.join(part.strip() for part in text.split(SEPARATOR)).casefold()


class CategorySpellings:
    """Every way the user may type each category (shown name, stored path), case aside."""

    def __init__(self, paths: Iterable[str]) -> None:
        self._paths = reading_order(paths)
        self._by_text: dict[str, str] = {}
        for path in self._paths:
            for text in (display_category(path), path):
                self._by_text.setdefault(_plain(text), path)

    def path_of(self, text: str) -> str | None:
        """The stored path typed as ``text`` (either spelling, whole), None when no category."""
        return self._by_text.get(_plain(text))

    def containing(self, text: str) -> list[str]:
        """The shown names of the categories with ``text`` in either spelling, in reading order."""
        wanted = text.strip().casefold()
        return [
            display_category(path)
            for path in self._paths
            if wanted in display_category(path).casefold() or wanted in path.casefold()
        ]

    def texts(self) -> list[str]:
        """What the completer offers: each shown name, and the stored path where it differs."""
        out: list[str] = []
        for path in self._paths:
            shown = display_category(path)
            out.extend((shown,) if shown == path else (shown, path))
        return out


def complete_categories(combo: QComboBox) -> QStringListModel:
    """Give the editable ``combo`` a completer matching any part of a name, in a popup; the
    returned model is what it offers (fill it with :meth:`CategorySpellings.texts`)."""
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Return must not add what was typed
    model = QStringListModel(combo)
    completer = QCompleter(model, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    return model
