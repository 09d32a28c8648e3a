"""Settings → Exchange rates…: a rate typed or read from the ECB's file, and the dashboard's
month totals turning into household totals converted to the base currency."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.exchange_rates import OBJECT_NAME, ExchangeRatesDialog
from finapp.gui.dialogs.rate_entry import OBJECT_NAME as ENTRY
from finapp.gui.dialogs.rate_entry import RateEntryDialog
from finapp.gui.pages.settings import SettingsPage
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import made_store, open_copy, shown_dashboard
from tests.rates.ecb_files import HISTORY, write
from tests.rates.households import TODAY, two_currency_household


@pytest.fixture(scope="module")
def two_currencies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The household imported once for the module; each test opens a copy of its own."""
    folder = tmp_path_factory.mktemp("two-currencies")
    return made_store(folder, lambda store: two_currency_household(store, folder))


@pytest.fixture
def pages(qtbot, us_locale, two_currencies, data_dir: Path) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """The dashboard and the settings page of one household, as the window holds them."""
    store = open_copy(two_currencies, data_dir)
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), data_dir)
    dashboard = shown_dashboard(qtbot, ctx, TODAY, (1024, 640))
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.resize(1024, 640)
    settings.show()
    yield dashboard, settings
    store.close()


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(qtbot, parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: (d := parent.findChild(kind, name)) is not None and d.isVisible())
    return parent.findChild(kind, name)


def _money_tab(qtbot, settings: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    """The user clicks the Money tab."""
    bar = settings.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Money")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert settings.tabs.currentWidget().widget() is settings.money


def _open_rates(qtbot, settings: SettingsPage) -> ExchangeRatesDialog:  # type: ignore[no-untyped-def]
    _money_tab(qtbot, settings)
    _click(qtbot, settings.money.rates_button)
    return _dialog(qtbot, settings, ExchangeRatesDialog, OBJECT_NAME)


def test_a_rate_typed_in_the_dialog_turns_the_totals_into_converted_household_totals(
    qtbot, pages
) -> None:
    dashboard, settings = pages
    spent = dashboard.spent
    # no rate: the dollars alone, and the euros said to be left out
    assert spent.value.text() == "$1,757.08"
    assert "not included: no EUR rate" in spent.note.text()
    assert "≈" not in spent.value.text()

    rates = _open_rates(qtbot, settings)
    assert rates.table.rowCount() == 0
    assert "USD" in rates.intro.text()
    _click(qtbot, rates.add_button)
    entry = _dialog(qtbot, rates, RateEntryDialog, ENTRY)
    # the sentence and the field's label name the currency the rate is in
    said = [label.text() for label in entry.findChildren(QLabel)]
    assert any("What one unit of a currency is worth in USD, from the day" in t for t in said)
    assert "is worth (USD)" in said
    qtbot.keyClicks(entry.currency, "eur")
    qtbot.keyClicks(entry.rate, "1.0561")
    entry.day.setDate(QDate(2026, 11, 27))
    qtbot.keyClick(entry.rate, Qt.Key.Key_Return)

    assert not entry.isVisible()
    assert rates.table.rowCount() == 1
    row = [rates.table.item(0, c).text() for c in range(4)]
    assert row[:2] == ["EUR", "1 EUR = 1.0561 USD"] and row[3] == "entered by you"
    # 250.00 EUR at 1.0561 = 264.025, rounded half-even to 264.02; the dashboard follows
    assert spent.value.text() == "≈ $2,021.10"
    assert spent.note.text() == "≈ converted to USD"
    assert "1 EUR = 1.0561 USD" in spent.toolTip() and "$1,757.08" in spent.toolTip()
    assert dashboard.income.value.text() == "$3,200.00"  # all in dollars: nothing marked
    assert dashboard.net.value.text() == "≈ $1,178.90"

    # the household's totals in euros instead: the same rate, the other way round
    base = settings.money.base
    # the household's own currencies first, then automatic naming what it picks now
    shown = [base.itemText(i) for i in range(base.count())]
    assert shown[:3] == [
        "Automatic: the one most money moves in (now USD)",
        "EUR — Euro",
        "USD — US Dollar",
    ]
    assert "GBP — British Pound" in shown and base.currentText().startswith("Automatic")
    base.setFocus()
    qtbot.keyClick(base, Qt.Key.Key_Down)  # the keyboard picks the next entry: EUR
    # 1757.08 USD / 1.0561 = 1663.74 EUR, and the 250.00 EUR of their own
    assert spent.value.text() == "≈ €1,913.74"
    assert spent.note.text() == "≈ converted to EUR"


def test_a_mistyped_rate_is_said_in_the_form_which_stays_open(qtbot, pages) -> None:
    _dashboard, settings = pages
    rates = _open_rates(qtbot, settings)
    _click(qtbot, rates.add_button)
    entry = _dialog(qtbot, rates, RateEntryDialog, ENTRY)
    qtbot.keyClicks(entry.currency, "USD")
    qtbot.keyClicks(entry.rate, "1")
    _click(qtbot, entry.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert entry.isVisible() and "USD is the base currency" in entry.problem.text()
    entry.currency.clear()
    qtbot.keyClicks(entry.currency, "CNY")
    entry.rate.clear()
    qtbot.keyClicks(entry.rate, "seven")
    qtbot.keyClick(entry.rate, Qt.Key.Key_Return)
    assert entry.isVisible() and "like 1.0561" in entry.problem.text()
    assert rates.table.rowCount() == 0


def test_the_ecb_history_file_is_read_and_a_bad_one_is_named_with_its_line(
    qtbot, pages, tmp_path: Path
) -> None:
    dashboard, settings = pages
    rates = _open_rates(qtbot, settings)
    bad = write(tmp_path, "eurofxref-hist.csv", HISTORY.replace("2026-10-30", "30.10.2026"))
    _click(qtbot, rates.read_button)
    chooser = _dialog(qtbot, rates, QFileDialog, "rates-file")
    chooser.fileSelected.emit(str(bad))
    assert rates.note.text() == (
        "eurofxref-hist.csv, line 3: “30.10.2026” is not a date. No rate was kept."
    )
    assert rates.table.rowCount() == 0

    good = write(tmp_path, "eurofxref-hist.csv", HISTORY)
    _click(qtbot, rates.read_button)
    chooser = _dialog(qtbot, rates, QFileDialog, "rates-file")
    chooser.fileSelected.emit(str(good))
    assert rates.note.text() == "eurofxref-hist.csv: 99 rates read."  # 30 + 30 + 39, N/A aside
    listed = {rates.table.item(r, 0).text(): r for r in range(rates.table.rowCount())}
    usd = listed["EUR"]  # 1 EUR in dollars: the pair the base currency needs
    assert rates.table.item(usd, 3).text() == "eurofxref-hist.csv (and 2 earlier days)"
    assert dashboard.spent.value.text() == "≈ $2,021.10"

    rates.table.selectRow(usd)
    assert not rates.edit_button.isEnabled()  # a file's rate changes with a newer file
    _click(qtbot, rates.remove_button)
    assert "EUR" not in [rates.table.item(r, 0).text() for r in range(rates.table.rowCount())]
    assert dashboard.spent.value.text() == "$1,757.08"
    close = rates.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    _click(qtbot, close)
    assert not rates.isVisible()


def test_a_total_missing_a_rate_offers_to_add_one_from_the_dashboard(qtbot, pages) -> None:
    dashboard, _settings = pages
    offer = dashboard.spent.add_rate
    assert offer.isVisible() and "Add a rate" in offer.text()
    assert not dashboard.income.add_rate.isVisible()  # no euro income: nothing left out
    offer.linkActivated.emit("rates")  # the link clicked
    rates = _dialog(qtbot, dashboard, ExchangeRatesDialog, OBJECT_NAME)
    _click(qtbot, rates.add_button)
    entry = _dialog(qtbot, rates, RateEntryDialog, ENTRY)
    qtbot.keyClicks(entry.currency, "EUR")
    qtbot.keyClicks(entry.rate, "1.0561")
    entry.day.setDate(QDate(2026, 11, 1))
    qtbot.keyClick(entry.rate, Qt.Key.Key_Return)
    assert dashboard.spent.value.text() == "≈ $2,021.10"
    assert not offer.isVisible()
