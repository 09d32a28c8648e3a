"""The fast tier: tests that start processes, run long generated searches, drive whole journeys,
import whole generated households or build the app's whole window are marked ``slow``.

``make check`` runs ``pytest -m "not slow"`` for the inner loop; ``make test`` runs everything.
The mark is found, not hand-kept, so a new test that spawns a process cannot slip into the fast
tier: a test is slow when it is a Hypothesis test, in a fuzz module or a journey (the whole app
through a user's session), or when its code, the fixtures it uses or the test helpers either of
them call (followed through the ``tests`` package) reach ``subprocess`` or ``multiprocessing``,
one of the household generators (months to years of statements imported through the real
services cost seconds a test, however the test goes on to use them), or the app's whole window:
the shell, its main window, or the launcher that opens a store and builds them. Building the
window builds every page and its charts, the menus and the tray, half a second a test; the fast
tier still drives each page and dialog on its own (``tests/gui/page_fixtures.py``), so what it
leaves to ``make test`` is how the window ties them together (start-up, first run, navigation,
menus, the tray, undo across pages).
"""

from __future__ import annotations

import importlib
import inspect
import multiprocessing
import subprocess
import sys
import types
from collections.abc import Callable, Iterator

import pytest

#: modules whose use means another process is started
_SPAWNING = (subprocess, multiprocessing)
#: helpers whose use means a whole household is generated and imported (seconds a test), by
#: module and name: finding them imports neither them nor what they import
_HOUSEHOLDS = {
    ("tests.households.generator", "generate"),
    ("finapp.services.demo", "fill_demo_store"),
}
#: the app's whole window: its shell, the main window, and the launcher that builds them
_WHOLE_WINDOW = {
    ("finapp.gui.shell", "Shell"),
    ("finapp.gui.main_window", "MainWindow"),
    ("finapp.gui.launcher", "Launcher"),
}
#: the command run as a shell runs it, in the test's process but without its keyring
_SHELL_COMMAND = {("tests.helpers", "run_cli")}
#: the journeys: the real window driven through whole sessions of a user
_JOURNEYS = "tests.journeys."
#: where helpers are followed: the tests' own code (finapp itself starts no process)
_OURS = "tests"


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects by marks
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    spawns: dict[object, bool] = {}
    for item in items:
        if is_slow(item, spawns):
            item.add_marker(pytest.mark.slow)


def is_slow(item: pytest.Item, spawns: dict[object, bool]) -> bool:
    """A Hypothesis, fuzz or journey test, or one whose code or fixtures start a process,
    import a generated household or build the app's whole window."""
    test = getattr(item, "obj", None)
    if test is None:
        return False
    module = getattr(test, "__module__", "")
    if getattr(test, "is_hypothesis_test", False) or "fuzz" in module:
        return True  # a generated search, by Hypothesis or by the fuzz generators
    if module.startswith(_JOURNEYS):
        return True  # the whole app through a user's session, on its real thread pool
    return any(_reaches(f, _costly, spawns) for f in _code_of(item, test))


def starts_a_process(item: pytest.Item) -> bool:
    """Whether the test's code or fixtures may start another process or run the command as a
    shell does (``tests.helpers.run_cli``), which see none of the test's in-process keyring (the
    ``store`` fixture gives such a test a passphrase store)."""
    test = getattr(item, "obj", None)
    return test is not None and any(
        _reaches(f, _keyring_unseen, _STARTS) for f in _code_of(item, test)
    )


#: the answers of :func:`starts_a_process` for the objects already followed
_STARTS: dict[object, bool] = {}


def _code_of(item: pytest.Item, test: object) -> list[object]:
    """The test function and the fixtures of the tests' own that it uses."""
    fixtures = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    ours = [d.func for defs in fixtures.values() for d in defs]
    return [test] + [f for f in ours if _module_of(f).startswith(_OURS)]


def spawns_a_process(thing: object, seen: dict[object, bool] | None = None) -> bool:
    """Whether ``thing`` (a function or class of the tests) may start a process;
    ``seen`` remembers the answers for the objects already followed."""
    return _reaches(thing, _spawning, {} if seen is None else seen)


def imports_a_household(thing: object) -> bool:
    """Whether ``thing`` (a function or class of the tests) may generate a whole household."""
    return _reaches(thing, _household, {})


def builds_the_window(thing: object) -> bool:
    """Whether ``thing`` (a function or class of the tests) may build the app's whole window."""
    return _reaches(thing, _window, {})


def _reaches(thing: object, target: Callable[[object], bool], seen: dict[object, bool]) -> bool:
    """Whether ``thing`` refers to a ``target``, itself or through the tests' own objects it
    uses; ``seen`` remembers the answers for the objects already followed."""
    if thing in seen:
        return seen[thing]
    seen[thing] = False  # a cycle (helpers calling each other) adds nothing
    seen[thing] = any(target(r) or _reaches(r, target, seen) for r in _refs(thing))
    return seen[thing]


def _refs(thing: object) -> Iterator[object]:
    """The spawning modules and the tests' own objects that ``thing`` refers to."""
    thing = inspect.unwrap(thing) if callable(thing) else thing  # type: ignore[arg-type]
    if isinstance(thing, type):
        values: list[object] = list(vars(thing).values())
    elif isinstance(thing, types.FunctionType):
        names = set(_names(thing.__code__))
        values = []
        used = {name: thing.__globals__[name] for name in names & thing.__globals__.keys()}
        for value in (used | _imported_within(names - used.keys())).values():
            if isinstance(value, types.ModuleType) and not _spawning(value):
                # ``processes.start(...)``: what is used of a module, not all it holds
                values += [getattr(value, n) for n in names if hasattr(value, n)]
            else:
                values.append(value)
    else:
        return
    for value in values:
        if isinstance(value, staticmethod | classmethod):
            value = value.__func__
        if _costly(value) or _module_of(value).startswith(_OURS):
            yield value


def _imported_within(names: set[str]) -> dict[str, types.ModuleType]:
    """The modules a function imports in its own body (``import subprocess``, ``from
    tests.helpers import run_cli``): they are among its names, not its module's globals. A
    module of the tests' own is imported to be followed; any other is followed when loaded."""
    found = {name: sys.modules[name] for name in names if name in sys.modules}
    for name in names - found.keys():
        if name.startswith(f"{_OURS}."):
            found[name] = importlib.import_module(name)
    return found


def _spawning(value: object) -> bool:
    return any(value is module for module in _SPAWNING)  # by identity: some values define ==


def _keyring_unseen(value: object) -> bool:
    return _spawning(value) or _named(value) in _SHELL_COMMAND


def _household(value: object) -> bool:
    return _named(value) in _HOUSEHOLDS


def _window(value: object) -> bool:
    return _named(value) in _WHOLE_WINDOW


def _costly(value: object) -> bool:
    return _spawning(value) or _household(value) or _window(value)


def _named(value: object) -> tuple[str, str] | None:
    """A function's or class's module and name (None for any other value)."""
    if isinstance(value, types.FunctionType | type):
        return value.__module__ or "", value.__qualname__
    return None


def _names(code: types.CodeType) -> Iterator[str]:
    """Global names a function uses, its nested functions and comprehensions included."""
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _names(const)


def _module_of(value: object) -> str:
    if isinstance(value, types.ModuleType):
        return value.__name__
    if isinstance(value, types.FunctionType | type):
        return value.__module__ or ""
    return ""
