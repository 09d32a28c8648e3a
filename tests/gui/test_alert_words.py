"""Alerts read as a person would say them: the locale's money, months by name, fair severity."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.core import alerts as core
from finapp.gui.alert_texts import alert_text
from finapp.gui.pages.alerts import COL_MESSAGE, AlertsPage
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from finapp.services.budgets import set_budget
from finapp.services.notifications import AlertNote
from tests.categorize.statements import load
from tests.gui.chinese import speaking
from tests.gui.locale_money import qt_money
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray, SteppedClock

COL_SEVERITY = 1
RAW_MONEY = re.compile(r"\d+\.\d\d [A-Z]{3}")
NOV = date(2026, 11, 20)


def _budget_note(spent_minor: int, available_minor: int, currency: str) -> AlertNote:
    budget = core.BudgetMonth(1, "Transport", currency, available_minor, [(NOV, spent_minor)])
    found = core.budget_alert(budget, (80, 100))
    assert found is not None
    return AlertNote(1, "budget", found.severity, found.date, found.message, dict(found.params))


def _unreviewed(since: date) -> AlertNote:
    params = {"name": "Spotify", "since": since.isoformat()}
    message = f"Spotify has not been reviewed since {since}: keep it or cancel it?"
    return AlertNote(2, "unreviewed", "warning", NOV, message, params)


@pytest.fixture
def zh_cn(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with speaking(qapp, "zh_CN"):
        yield


def test_english_alerts_show_dollars_months_by_name_and_medium_dates(us_locale) -> None:
    text = alert_text(_budget_note(121850, 100000, "USD"))
    assert qt_money("1218.50 USD") in text and "$1,218.50" in text
    assert "November 2026 budget" in text and "2026-11" not in text
    assert not RAW_MONEY.search(text)
    # the CLI's sentence keeps its own form: plain decimals with the code, the month by name
    assert "1218.50 USD" in _budget_note(121850, 100000, "USD").message
    assert "November 2026 budget" in _budget_note(121850, 100000, "USD").message
    since = alert_text(_unreviewed(date(2021, 11, 3)))
    assert "since Nov 3, 2021:" in since and "11/03/2021" not in since


def test_chinese_alerts_show_each_currency_by_the_locale(zh_cn) -> None:
    dollars = alert_text(_budget_note(121850, 100000, "USD"))
    assert qt_money("1218.50 USD") in dollars and "US$1,218.50" in dollars
    yuan = alert_text(_budget_note(121850, 100000, "CNY"))
    assert qt_money("1218.50 CNY") in yuan and "US$" not in yuan
    assert "2026年11月" in dollars and "2026-11" not in dollars
    assert not RAW_MONEY.search(dollars + yuan)
    assert "2021年11月3日" in alert_text(_unreviewed(date(2021, 11, 3)))


def test_a_small_overspend_is_a_warning_and_a_large_one_critical(us_locale) -> None:
    small = _budget_note(12184, 10000, "USD")  # parking: 21.84 over 100.00
    large = _budget_note(95000, 40000, "USD")  # 550.00 over 400.00
    assert (small.severity, large.severity) == ("warning", "critical")


def test_the_alerts_page_words_the_inbox_for_the_locale(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Entertainment", Decimal("20"), today=TODAY)
    set_low_balance_threshold(household_ctx.store, "Checking", Decimal("99999"))
    evaluate_alerts(household_ctx.store, TODAY)
    page = AlertsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    model = page.model
    shown = {
        model.row(r).kind: (
            model.index(r, COL_SEVERITY).data(Qt.ItemDataRole.DisplayRole),
            model.index(r, COL_MESSAGE).data(Qt.ItemDataRole.DisplayRole),
        )
        for r in range(model.rowCount())
    }
    severity, budget = shown["budget"]
    # 26.48 of 20.00: 6.48 over, a warning (not the level of a routine renewal), no alarm
    assert severity == "Warning"
    assert f"({qt_money('26.48 USD')} of {qt_money('20.00 USD')})" in budget
    assert "June 2025 budget" in budget
    _, low = shown["low_balance"]
    assert qt_money("99999.00 USD") in low and "$99,999.00" in low
    for _, message in shown.values():
        assert not RAW_MONEY.search(message), message


@pytest.mark.parametrize(
    ("spent", "title", "severity"),
    [
        (("-60.00", "-50.00"), "finapp: alert", "warning"),  # 10.00 over 100.00: a warning
        (("-300.00", "-400.00"), "finapp: urgent alert", "critical"),  # 600.00 over
    ],
)
def test_only_a_large_overspend_is_notified_as_urgent(
    spent, title, severity, store, tmp_path: Path, qtbot, monkeypatch, us_locale
) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    set_budget(store, "Food:Groceries", Decimal("100"), today=today)
    load(
        store,
        tmp_path / "ofx",
        "111",
        [(today, amount, "WHOLE FOODS MARKET 1") for amount in spent],
    )
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    midday = SteppedClock(datetime.combine(today, time(12)))  # outside quiet hours
    shell = make_shell(store, tmp_path, tray=True, clock=midday)
    qtbot.addWidget(shell.window)
    shell.notifier.check()
    qtbot.waitUntil(lambda: any("budget" in text for _, text, _ in shell.tray.shown))
    ((shown_title, text, shown_severity),) = [n for n in shell.tray.shown if "budget" in n[1]]
    assert (shown_title, shown_severity) == (title, severity)
    assert qt_money("100.00 USD") in text and not RAW_MONEY.search(text)
    shell.close()
