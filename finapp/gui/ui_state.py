"""Window state and shell preferences kept in QSettings (an INI file in the user config dir).

Only UI state lives here (geometry, last page, close-to-tray, language): it must be readable
before the store is unlocked (the unlock dialog is already translated) and holds no household
data, so it needs no encryption. Domain settings stay in the encrypted store. Still, it says
what the user looked at last, and every file finapp creates is the user's alone: the file is
0600 and finapp's config folder 0700 (an older finapp's 0755 folder and 0644 file are narrowed).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from finapp.paths import APP_NAME, ensure_private_dir


def default_settings_path() -> Path:
    """``FINAPP_UI_SETTINGS`` if set (tests, portable use), else the platform config dir."""
    env = os.environ.get("FINAPP_UI_SETTINGS")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "ui.ini"


def _make_private(path: Path, *, own_folder: bool) -> None:
    """Create ``path`` empty and 0600 before QSettings writes it (its atomic save keeps the
    mode of the file it replaces), in a 0700 folder: finapp's own one narrowed if it is older,
    a folder the user chose (``FINAPP_UI_SETTINGS``) left as it is."""
    ensure_private_dir(path.parent)
    with contextlib.suppress(OSError):  # filesystems without POSIX modes
        if own_folder:
            path.parent.chmod(0o700)
        path.touch(mode=0o600)
        path.chmod(0o600)


class UiState:
    """Typed accessors over one QSettings INI file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        _make_private(self.path, own_folder=path is None and "FINAPP_UI_SETTINGS" not in os.environ)
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    #: saveGeometry()/saveState() blobs of the main window
    geometry = property(
        lambda self: self._bytes("window/geometry"),
        lambda self, value: self._set("window/geometry", value),
    )
    window_state = property(
        lambda self: self._bytes("window/state"),
        lambda self, value: self._set("window/state", value),
    )

    @property
    def backup_folder(self) -> Path | None:
        """The folder a backup was last saved in with "Back up to…" (None: never, or no longer
        there): the save and the restore choosers open in it, also when the store does not open."""
        text = str(self._settings.value("backups/last_folder", "") or "")
        return Path(text) if text and Path(text).is_dir() else None

    @backup_folder.setter
    def backup_folder(self, folder: Path) -> None:
        self._set("backups/last_folder", str(folder))

    @property
    def last_page(self) -> str:
        return str(self._settings.value("window/last_page", "") or "")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._settings.setValue("window/last_page", name)

    @property
    def close_to_tray(self) -> bool:
        """The user chose that closing the window keeps finapp running in the tray.

        False until they choose (the question at the first close, or Settings): a box ticked
        before anyone answered would claim a choice nobody made, and until then closing asks.
        """
        chosen = str(self._settings.value("tray/close_to_tray", "false")).lower() == "true"
        return chosen and self.close_to_tray_asked

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        """Also counts as the answer to the close-to-tray question: set in Settings, the
        question is never asked."""
        self._settings.setValue("tray/close_to_tray", "true" if value else "false")
        self._settings.setValue("tray/close_to_tray_asked", "true")

    @property
    def close_to_tray_asked(self) -> bool:
        """The user answered "Keep finapp running in the tray?" (or chose in Settings)."""
        return str(self._settings.value("tray/close_to_tray_asked", "false")).lower() == "true"

    @property
    def language(self) -> str:
        """``""`` follows the system locale; otherwise a code such as ``"en"`` or ``"zh_CN"``."""
        return str(self._settings.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    def folded(self, view: str, default: Iterable[str]) -> set[str]:
        """The groups of ``view`` the user folded (``default`` until they fold or unfold one)."""
        value = self._settings.value(f"{view}/folded")
        if value is None:
            return set(default)
        return {key for key in str(value).split(",") if key}

    def set_folded(self, view: str, keys: Iterable[str]) -> None:
        """Kept as one comma-separated string: an INI list of one item reads back as a string."""
        self._settings.setValue(f"{view}/folded", ",".join(sorted(keys)))

    def header_state(self, view: str) -> QByteArray | None:
        """The ``saveState()`` of a table's header as the user left it (None: never changed)."""
        return self._bytes(f"{view}/header")

    def set_header_state(self, view: str, state: QByteArray) -> None:
        self._settings.setValue(f"{view}/header", state)

    def sized_columns(self, view: str) -> set[int]:
        """The columns of a table the user dragged to a width of their own."""
        value = str(self._settings.value(f"{view}/sized", "") or "")
        return {int(column) for column in value.split(",") if column.isdigit()}

    def set_sized_columns(self, view: str, columns: Iterable[int]) -> None:
        """Kept as one comma-separated string, as :meth:`set_folded` keeps its groups."""
        self._settings.setValue(f"{view}/sized", ",".join(map(str, sorted(columns))))

    def view_choice(self, key: str) -> str:
        """A choice the user made in a view, e.g. ``"dashboard/history"`` (``""``: none yet)."""
        return str(self._settings.value(key, "") or "")

    def set_view_choice(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
