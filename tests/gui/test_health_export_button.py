"""Health page → "Export report…": the user picks a file, the self-check lands there, and the
window says where it went."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from finapp.gui.models.formatting import format_money
from finapp.gui.shell import Shell
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from finapp.services.goals import add_goal
from tests.gui.answering import choose, opened
from tests.gui.shell_support import make_shell
from tests.health.household_files import Household
from tests.health.test_health_export import Page

CARD = "Chase …7415"
CHECKING = "Heritage Bank of Commerce …8803"
SAVINGS = "Ally Bank …4466"


@pytest.fixture
def shell(qtbot, us_locale, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """Six months of statements up to today: checking under its threshold, the card at 85%."""
    month = date.today().replace(day=1)
    for _ in range(5):
        month = (month - date.resolution).replace(day=1)
    household = Household(
        month, 6, until=date.today(), checking="312.55", savings="4980.12", card_owed="7261.40"
    )
    store = household.imported(tmp_path / "household")
    set_low_balance_threshold(store, CHECKING, Decimal("500"))
    two_years = date.today() + timedelta(days=730)
    add_goal(store, "Kitchen & bath <reno>", Decimal("15000"), two_years, [SAVINGS])
    evaluate_alerts(store)
    opened_shell = make_shell(store, tmp_path)
    qtbot.addWidget(opened_shell.window)
    opened_shell.window.show()
    qtbot.waitExposed(opened_shell.window)
    yield opened_shell
    opened_shell.close()
    store.close()


def health_page(qtbot, shell: Shell) -> QWidget:  # type: ignore[no-untyped-def]
    (go_health,) = [a for a in shell.window.page_actions if a.text() == "&Health"]
    assert go_health.shortcut() == QKeySequence("Ctrl+7")
    go_health.trigger()
    qtbot.waitUntil(lambda: shell.window.current_page_name() == "health")
    return shell.window.page("health")


def test_export_writes_the_report_where_chosen_and_says_where(
    qtbot, shell: Shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = health_page(qtbot, shell)
    button = page.export_button
    assert button.isVisible() and button.text() == "Export report…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    chooser = opened(page, QFileDialog, "export-health-report-file")
    assert Path(chooser.selectedFiles()[0]).name == f"finapp-health-{date.today().isoformat()}.html"

    folder = tmp_path / "My records"
    folder.mkdir()
    target = folder / "health check.html"
    with qtbot.waitSignal(shell.ctx.bus.message) as told:
        choose(qtbot, chooser, target)
    assert told.args == ["info", f"Health report written to {target} (not encrypted)."]
    assert shell.window.statusBar().currentMessage() == told.args[1]

    assert os.listdir(folder) == ["health check.html"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    report = Page(target.read_text(encoding="utf-8"))
    assert report.row("Accounts", CARD).startswith(f"{CARD} ") and "Needs attention" in (
        report.row("Accounts", CARD)
    )
    assert f"{CHECKING} is at $312.55, below your $500.00 threshold." in report.row(
        "Accounts", CHECKING
    )
    saved, target = (format_money(Decimal(a), "USD") for a in ("4980.12", "15000.00"))
    assert report.row("Savings goals", "Kitchen & bath <reno>").startswith(
        f"Kitchen & bath <reno> {SAVINGS} {saved} {target}"
    )
    everything = " ".join(line for lines in report.sections.values() for line in lines)
    assert "USD" not in everything, "the whole report has the window's money form"
    assert report.svg_in == {"Emergency fund": 1, "Balance forecast, next 60 days": 1}


def test_a_name_that_is_not_html_is_refused_in_the_banner(
    qtbot, shell: Shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = health_page(qtbot, shell)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    chooser = opened(page, QFileDialog, "export-health-report-file")
    with qtbot.waitSignal(shell.ctx.bus.message):
        choose(qtbot, chooser, tmp_path / "health.pdf")
    banner = shell.window.banner
    assert banner.isVisible() and banner.level == "warning"
    assert banner.label.text() == ("The report is an HTML file: name it with .html, not health.pdf")
    assert not (tmp_path / "health.pdf").exists()
