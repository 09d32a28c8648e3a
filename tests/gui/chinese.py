"""The ``chinese`` fixture: zh_CN installed as the app installs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from finapp.gui import i18n


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
def translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's own user cache, where a translation compiled on first use would go (an
    install without the compiled form; ``make check`` and ``make test`` build it beside the
    ``.ts``, so nothing is compiled). Shared through ``tests/gui/conftest.py``, so the session
    has one. The first start's compile itself is ``tests/gui/test_shell_i18n.py``'s."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def chinese(qapp, translation_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """zh_CN installed as ``finapp-gui --lang zh_CN`` installs it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    with speaking(qapp, "zh_CN"):
        yield
