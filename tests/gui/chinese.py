"""The ``chinese`` fixture: zh_CN installed from a compile of the translation file."""

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


@pytest.fixture(scope="session")
def first_start(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The translation file alone, as shipped without its compiled form, and a cache folder
    for the compile: a first start's, made once a session (the compile starts a process).
    Shared through ``tests/gui/conftest.py``, so the session has one."""
    shipped = tmp_path_factory.mktemp("res") / "i18n"
    shipped.mkdir()
    shutil.copy(TS, shipped / TS.name)
    return shipped, tmp_path_factory.mktemp("cache")


@pytest.fixture
def chinese(
    qapp, first_start: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """zh_CN compiled from the .ts into the user's cache, as a first start has it (the first
    test of a session compiles it, the others find it compiled)."""
    shipped, cache = first_start
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(i18n, "resource_dir", lambda *_parts: shipped)
    with speaking(qapp, "zh_CN"):
        yield
