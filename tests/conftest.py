"""Shared fixtures: every test gets a private data dir, no OS keyring, offscreen Qt."""

from __future__ import annotations

import atexit
import functools
import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

if TYPE_CHECKING:
    from finapp.store.engine import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reaches the real user's configuration (the autostart entry that `wipe` removes, the
# window's ui.ini): XDG_CONFIG_HOME points at a private folder for the session and the processes
# tests start; a test of those files sets its own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="finapp-tests-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)
# Never reach a real keyring daemon: the "fail" backend unless a test installs the memory one.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
keyring.set_keyring(fail.Keyring())
# Never pop up on the developer's desktop: no session bus, so notifications take the tray route.
# Tests of the D-Bus notifications start a bus and a server of their own (tests/gui/dbus_session).
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/finapp-tests-have-no-session-bus"

#: The real statement corpus, in ../shared beside the repository (here and in CI).
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
HAVE_CORPUS = CORPUS.is_dir()

#: Modules that read the corpus while being collected; a clone of the project alone leaves them out.
_CORPUS_MODULES = ("importers/test_corpus.py", "importers/test_ofx_differential.py")
collect_ignore = [] if HAVE_CORPUS else list(_CORPUS_MODULES)

PASSPHRASE = "correct horse battery staple"

_B = TypeVar("_B", bound=type[KeyringBackend])
#: ``made_store``'s function: a recipe and what fills the store for it, to the open copy
MadeStore = Callable[[Hashable, Callable[["Store"], object]], "Store"]


def as_os_keyring(kind: _B) -> _B:
    """Give a fake backend the identity of the Secret Service backend, which finapp trusts.

    finapp keeps keys only in OS keyrings, recognised by their module and class name
    (``finapp.store.keys.TRUSTED_BACKENDS``); a fake standing in for one has to carry that name.
    """
    kind.__module__ = "keyring.backends.SecretService"
    kind.__qualname__ = "Keyring"
    return kind


@as_os_keyring
class MemoryKeyring(KeyringBackend):
    """An in-process keyring standing in for the OS one."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("FINAPP_DATA_DIR", str(path))
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    return path


@pytest.fixture
def keyring_data_dir(data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """The data folder of a user whose store key is in the OS keyring, a desktop's usual set-up.

    A store made there opens with its raw key, so a test that opens it many times (every command
    of the CLI does) pays no passphrase key derivation, a tenth of a second each time; tests of
    the key itself and of other processes (which have no keyring) use ``data_dir``.
    """
    monkeypatch.delenv("FINAPP_PASSPHRASE")
    return data_dir


@functools.cache
def _passphrase_store_template() -> Path:
    """A new store's data folder as ``open_store`` makes it under ``PASSPHRASE`` (default
    categories and shipped rules seeded), made once a process, when first wanted."""
    from finapp.services.opening import open_store

    home = Path(tempfile.mkdtemp(prefix="finapp-tests-template-"))
    atexit.register(shutil.rmtree, home, True)
    open_store(home / "data", passphrase=PASSPHRASE).close()
    return home / "data"


def new_passphrase_store(folder: Path) -> Store:
    """A new store in ``folder``, protected by ``PASSPHRASE``, as ``open_store`` makes it: a copy
    of the process's template. The copies share its salt, so the passphrase is stretched into
    their key once a process rather than once a store (a tenth of a second each), and copying
    costs a tenth of what creating and seeding a store does."""
    from finapp.paths import db_path
    from finapp.services.opening import open_store

    assert not db_path(folder).exists(), f"{folder} already holds a store"
    shutil.copytree(_passphrase_store_template(), folder, dirs_exist_ok=True)
    return open_store(folder, passphrase=PASSPHRASE)


@pytest.fixture(scope="session")
def new_store_template() -> Path:
    """The passphrase store's template (see :func:`new_passphrase_store`)."""
    return _passphrase_store_template()


@pytest.fixture(scope="session")
def keyring_store_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A new store's data folder and the raw key it is encrypted with, made once a session."""
    from finapp.services.opening import open_store
    from finapp.store.keys import StoreKey, new_raw_key

    folder = tmp_path_factory.mktemp("new-keyring-store") / "data"
    raw = new_raw_key()
    open_store(folder, key=StoreKey.from_raw(raw, source="keyring")).close()
    return folder, raw


def _new_store(request: pytest.FixtureRequest) -> tuple[Path, Callable[[Path], Store]]:
    """The new store a test gets (see ``store``): its template's data folder, and how a copy of
    it opens."""
    from finapp.services.opening import open_store
    from tests.tiers import starts_a_process

    if request.node.get_closest_marker("passphrase") or starts_a_process(request.node):
        template = request.getfixturevalue("new_store_template")
        return template, lambda folder: open_store(folder, passphrase=PASSPHRASE)
    from finapp.store.keys import save_keyring_key

    request.getfixturevalue("keyring_data_dir")
    template, raw = request.getfixturevalue("keyring_store_template")

    def opened(folder: Path) -> Store:
        save_keyring_key(folder, raw)
        return open_store(folder)

    return template, opened


def another_store(folder: Path) -> Store:
    """Another new store, in ``folder`` (an empty one to import an export into, a second
    household's), encrypted with a raw key of its own: no passphrase to stretch into its key,
    a tenth of a second each."""
    from finapp.services.opening import open_store
    from finapp.store.keys import StoreKey, new_raw_key

    return open_store(folder, key=StoreKey.from_raw(new_raw_key()))


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """A new store open in ``data_dir``, its key in the (in-process) OS keyring as on a desktop:
    it and the CLI commands a test runs there open with the raw key, paying no passphrase key
    derivation (a tenth of a second a connection). Tests marked ``passphrase`` (those of the
    passphrase, of backups and restores under it) and tests that start another process (which
    sees no in-process keyring) get a store protected by ``PASSPHRASE`` instead."""
    template, opened = _new_store(request)
    shutil.copytree(template, data_dir, dirs_exist_ok=True)
    store = opened(data_dir)
    yield store
    store.close()


@pytest.fixture
def made_store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[MadeStore]:
    """``made_store(recipe, fill)``: the store ``store`` gives, open in ``data_dir`` with what
    ``fill`` puts in it (statements it imports beside the data folder, edits). ``fill`` runs
    once a process for each recipe, and each test gets a copy: see :mod:`tests.made_stores`."""
    from tests.made_stores import copy_made

    template, opened = _new_store(request)
    stores: list[Store] = []

    def made(recipe: Hashable, fill: Callable[[Store], object]) -> Store:
        def make(folder: Path) -> None:
            shutil.copytree(template, folder)
            store = opened(folder)
            try:
                fill(store)
            finally:
                store.close()

        copy_made(data_dir, (template, recipe), make)
        stores.append(opened(data_dir))
        return stores[-1]

    yield made
    for store in stores:
        store.close()


@pytest.fixture
def corpus() -> Path:
    return CORPUS


_CORPUS_LEFT_OUT = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Mark the slow tier (see tests/tiers.py), so ``-m "not slow"`` leaves it out, and declare
    the ``passphrase`` mark the ``store`` fixture reads."""
    from tests import tiers

    config.pluginmanager.register(tiers, "finapp-tiers")
    config.addinivalue_line(
        "markers", "passphrase: the test's store is protected by the passphrase, not the keyring"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without ``../shared/corpus`` (a clone of the project alone), leave out the tests that read
    it; CI has the corpus and runs them all."""
    if HAVE_CORPUS:
        return
    needing = [item for item in items if "corpus" in getattr(item, "fixturenames", ())]
    if needing:
        config.hook.pytest_deselected(items=needing)
        items[:] = [item for item in items if "corpus" not in getattr(item, "fixturenames", ())]
    config.stash[_CORPUS_LEFT_OUT] = len(needing)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Spare the tests the cost of Python's collector walking what collecting imported.

    A test process holds everything PySide6, pandas, matplotlib and SQLAlchemy build at import,
    half a million objects that live as long as it does; each full collection walked them all,
    and collections took a sixth of the suite's time. They are frozen out of the collector once
    collected, and the young generations are collected less often (tests make and drop many
    objects). The app itself is untouched: its processes keep Python's defaults (the CLI
    freezes its own start-up, see ``finapp.cli.main``).

    As in the app (:mod:`finapp.gui.collector`), nothing is collected in the middle of a test:
    a collection set off by a worker thread, or by the UI thread while it draws a chart, would
    destroy the widgets of earlier tests there. Collections run between two tests instead
    (:func:`pytest_runtest_teardown`), when Python's thresholds say they are due.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(5000, 20, 10)
    gc.disable()


#: the full collections counted at the last freeze
_full_collections = [0]


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Collect what is due once the test and its fixtures are done (see above). What a full
    collection leaves is what lives on between tests (caches, compiled statements, modules the
    tests loaded since): it is frozen out of later collections too, so that each full one walks
    only what came since the last, not the whole process again."""
    from finapp.gui.collector import collect_if_due

    collect_if_due()
    full = gc.get_stats()[2]["collections"]
    if full != _full_collections[0]:  # here, or from the window's own collector during the test
        _full_collections[0] = full
        gc.freeze()


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """The one line saying the corpus tests did not run. With test workers (``-n``) the workers
    collect, so the count of tests left out is known only in a single-process run."""
    if HAVE_CORPUS:
        return
    left_out = config.stash.get(_CORPUS_LEFT_OUT, None)
    tests = "the tests that read it" if left_out is None else f"{left_out} tests"
    terminalreporter.write_line(
        f"corpus tests not run: no statement corpus at {CORPUS} "
        f"({tests} and {len(_CORPUS_MODULES)} modules left out; CI runs them)"
    )
