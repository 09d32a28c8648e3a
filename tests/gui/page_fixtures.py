"""Fixtures for the page tests: a store holding six months of a household, and its context.

The household store is built once per session (seeding the default categories and rules costs
most of a second) and each test gets a fresh copy of its files, opened with the same raw key.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.budgets import set_budget
from finapp.services.opening import open_store
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from tests.gui.household import fill_household
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.multi_currency import three_currency_household
from tests.subscriptions.two_years import import_household

#: a widget a module's read-only tests share
W = TypeVar("W", bound=QWidget)

#: the day the tests live on (pages that care about "today" are given it)
TODAY = date(2025, 6, 20)
#: the day of the two-year household: a month after its statements end
TWO_YEARS_TODAY = date(2026, 11, 30)


@pytest.fixture(scope="session")
def household_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("household")
    return made_store(folder, lambda store: fill_household(store, folder, TODAY, months=6))


def made_store(folder: Path, fill: Callable[[Store], object]) -> tuple[Path, bytes]:
    """A store made in ``folder`` / "data" under a new raw key and filled by ``fill``: its data
    folder and key, for tests to open copies of (:func:`open_copy`) rather than each importing
    the same statements again."""
    raw = new_raw_key()
    store = open_store(folder / "data", key=StoreKey.from_raw(raw))
    try:
        fill(store)
    finally:
        store.close()
    return folder / "data", raw


@contextmanager
def en_us() -> Iterator[None]:
    """Money and dates as an en_US user sees them, whatever the machine's LANG."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def us_locale() -> Iterator[None]:
    """Money and dates as an en_US user sees them, for one test."""
    with en_us():
        yield


@pytest.fixture(scope="session")
def two_year_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """Two years of a household in dollars and yuan imported once per test process (it costs
    two seconds; the dashboard's month and chart tests each open a copy), its subscriptions
    detected as the app does on its day's check and a budget for Food."""

    def fill(store: Store) -> None:
        import_household(store)
        detect_subscriptions(store, TWO_YEARS_TODAY)
        set_budget(store, "Food", Decimal("2500"), today=date(2025, 1, 1))

    return made_store(tmp_path_factory.mktemp("two-years"), fill)


@pytest.fixture(scope="session")
def three_currency_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The household in dollars, euros and yuan (tests/health/multi_currency) made once per test
    process: the Dashboard's and the Health page's currency tests each open a copy of it
    (``three_currency_store``), and making it costs two seconds."""
    return made_store(tmp_path_factory.mktemp("three-currencies"), three_currency_household)


@pytest.fixture
def two_year_store(two_year_template: tuple[Path, bytes], tmp_path: Path) -> Iterator[Store]:
    opened = open_copy(two_year_template, tmp_path / "data")
    yield opened
    opened.close()


def open_copy(template: tuple[Path, bytes], data_dir: Path) -> Store:
    """A copy of a store made once (its data folder and raw key) opened in ``data_dir``: a copy
    costs a fraction of importing months of statements again."""
    folder, raw = template
    shutil.copytree(folder, data_dir)
    return open_store(data_dir, key=StoreKey.from_raw(raw))


@pytest.fixture
def household_store(household_template: tuple[Path, bytes], data_dir: Path) -> Iterator[Store]:
    opened = open_copy(household_template, data_dir)
    yield opened
    opened.close()


def opened_dashboard(
    ctx: AppContext, today: date = TODAY, size: tuple[int, int] | None = (1280, 800)
) -> DashboardPage:
    """The dashboard on screen at ``size`` (None: the size the page asks for) with its first
    load in. ``ctx`` runs its work inline (:class:`InlineTaskRunner`): the load is in before the
    page is shown, and each chart, plotted only once on screen, is drawn once at its real size.
    The caller closes it (:func:`shown_dashboard` leaves that to pytest-qt).
    """
    page = DashboardPage(ctx, today=today)
    assert page.data is not None, "the first load is in"
    if size is not None:
        page.resize(*size)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def shown_dashboard(
    qtbot: QtBot, ctx: AppContext, today: date = TODAY, size: tuple[int, int] | None = (1280, 800)
) -> DashboardPage:
    """:func:`opened_dashboard` for one test, closed after it."""
    page = opened_dashboard(ctx, today, size)
    qtbot.addWidget(page)
    return page


@contextmanager
def kept_for_module(store: Store, build: Callable[[], W]) -> Iterator[W]:
    """The widget ``build`` makes over ``store``, for a module's tests that only read it (a
    module-scoped fixture yields it); closed after the module, and the store with it."""
    try:
        widget = build()
        yield widget
        widget.close()
        widget.deleteLater()
    finally:
        store.close()


def inline_ctx(store: Store, data_dir: Path) -> AppContext:
    """A page's context over ``store`` whose loads run inline, their results in at once."""
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), data_dir)


@pytest.fixture
def household_ctx(qtbot, us_locale, household_store: Store, data_dir: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return inline_ctx(household_store, data_dir)
