"""English and Simplified Chinese: choosing the language and loading Qt translations.

finapp's own strings are in ``resources/i18n/finapp_<lang>.ts`` (Qt Linguist, edited with
``make i18n-update``; ``finapp_en.ts`` holds only English plural forms, "1 file" / "2 files");
the compiled ``.qm`` is not committed. ``make run``/``make test`` build
it, and when it is missing or older than the ``.ts`` (an installed wheel, a fresh checkout) it
is compiled into the user cache with ``pyside6-lrelease`` on first use. Qt's own dialogs
(buttons such as Cancel) come from ``qtbase_<lang>.qm`` shipped with PySide6.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from finapp.gui.resources import resource_dir
from finapp.paths import APP_NAME, ensure_private_dir

log = logging.getLogger("finapp.gui")

#: language code → its name in that language (for the Settings page)
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


#: the application property naming the language installed for this run
_IN_USE = "finapp-language"


def language_in_use() -> str:
    """The language this run speaks (from the setting, the system, or ``--lang``)."""
    app = QCoreApplication.instance()
    language = app.property(_IN_USE) if app is not None else None
    return language if language in LANGUAGES else "en"


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """The language to use: the user's choice if supported, else the system's, else English."""
    if preference in LANGUAGES:
        return preference
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese and locale.script() != (
        QLocale.Script.TraditionalHanScript
    ):
        return "zh_CN"
    return "en"


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``language``, compiling the ``.ts`` when needed; None if impossible."""
    source = resource_dir("i18n") / f"finapp_{language}.ts"
    shipped = source.with_suffix(".qm")
    if not source.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / shipped.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return _private(cached)
    tool = _lrelease()
    if tool is None:
        log.warning("i18n: pyside6-lrelease not found; %s untranslated", language)
        return None
    ensure_private_dir(cached.parent)
    subprocess.run(
        [tool, "-silent", str(source), "-qm", str(cached)], check=True, capture_output=True
    )
    return _private(cached)


def _private(cached: Path) -> Path:
    """A compiled translation in finapp's cache folder, both the user's alone (0600/0700, as
    every file finapp creates; an older finapp left them 0644/0755)."""
    with contextlib.suppress(OSError):  # filesystems without POSIX modes
        cached.parent.chmod(0o700)
        cached.chmod(0o600)
    return cached


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load finapp's and Qt's translations for ``language`` and set the default locale.

    Returns the installed translators (kept referenced, or Qt would drop them).
    """
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        system = QLocale.system()
        # the "C" locale (LANG unset, a minimal Linux session) groups no thousands: use en_US
        if system.language() == QLocale.Language.C:
            system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        QLocale.setDefault(system)
    app.setProperty(_IN_USE, language)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = compiled_translation(language)
    # English is the source language: Qt's strings need nothing, finapp's only plural forms
    qt_base = None if language == "en" else qt_dir
    for directory, name in ((qt_base, f"qtbase_{language}.qm"), (ours, None)):
        if directory is None:
            continue
        translator = QTranslator(app)
        path = str(directory) if name is None else str(Path(directory) / name)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("i18n: cannot load %s", Path(path).name)
    return installed
