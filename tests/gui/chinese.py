"""The ``chinese`` fixture: zh_CN installed from a fresh compile of the translation file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from finapp.gui import i18n
from finapp.gui.resources import resource_dir

TS = resource_dir("i18n") / "finapp_zh_CN.ts"


@contextmanager
def speaking(qapp, language: str) -> Iterator[list[QTranslator]]:  # type: ignore[no-untyped-def]
    """``language`` installed as ``finapp-gui --lang`` installs it, and everything it set put
    back after: the translators (yielded), the language in use (a settings page built by the
    worker's next test reads it) and the default locale."""
    spoken = qapp.property(i18n._IN_USE)
    translators = i18n.install_translators(qapp, language)
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(i18n._IN_USE, spoken)
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def chinese(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """zh_CN compiled from the .ts into a fresh cache, as a first start would have it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shipped = tmp_path / "res" / "i18n"
    shipped.mkdir(parents=True)
    shutil.copy(TS, shipped / TS.name)
    monkeypatch.setattr(i18n, "resource_dir", lambda *_parts: shipped)
    with speaking(qapp, "zh_CN"):
        yield
