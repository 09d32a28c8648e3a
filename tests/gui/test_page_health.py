"""The Health page in the real window: grades with their reasons, a card's limit set
through its dialog, and the keyboard kept in the rows after a goal is removed or a limit set
(on the next goal, the one before after the last, the same card) instead of falling out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from finapp.gui.pages.health_accounts import AccountsSection
from finapp.gui.pages.health_cards import CardsSection
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.pages.health_reserves import EmergencyFundSection, InstitutionsSection
from finapp.gui.shell import Shell
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from finapp.services.cards import list_cards
from finapp.services.goals import add_goal
from tests.gui.answering import enter, opened
from tests.gui.locale_money import qt_money
from tests.gui.shell_support import make_shell
from tests.health.household_files import Household

CARD = "Chase …7415"
CHECKING = "Heritage Bank of Commerce …8803"
SAVINGS = "Ally Bank …4466"


def up_to_today(**where: str) -> Household:
    """Six months of statements, the last one downloaded today (the page judges as of today)."""
    month = date.today().replace(day=1)
    for _ in range(5):
        month = (month - date.resolution).replace(day=1)
    return Household(month, 6, until=date.today(), **where)


@pytest.fixture
def shell_for(qtbot, us_locale, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    shells: list[Shell] = []

    def build(household: Household, low_balance: str | None = None) -> Shell:
        store = household.imported(tmp_path)
        if low_balance is not None:
            set_low_balance_threshold(store, CHECKING, Decimal(low_balance))
        evaluate_alerts(store)
        shell = make_shell(store, tmp_path)
        shells.append(shell)
        qtbot.addWidget(shell.window)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        return shell

    yield build
    for shell in shells:
        shell.close()
        shell.window.ctx.store.close()


def open_health(qtbot, shell: Shell) -> QWidget:  # type: ignore[no-untyped-def]
    """Go → Health (Ctrl+7), as the user opens the Health page."""
    (go_health,) = [a for a in shell.window.page_actions if a.text() == "&Health"]
    assert go_health.shortcut() == QKeySequence("Ctrl+7")
    go_health.trigger()
    qtbot.waitUntil(lambda: shell.window.current_page_name() == "health")
    return shell.window.page("health")


def shown(parent: QWidget, kind: type, name: str) -> list:  # type: ignore[type-arg]
    return [w for w in parent.findChildren(kind, name) if w.isVisible()]


def grades(section: AccountsSection) -> dict[str, str]:
    """Each account's badge as the screen reader says it: "account: grade"."""
    badges = shown(section, QLabel, "health-grade")
    return dict(badge.accessibleName().split(": ", 1) for badge in badges)


def test_a_household_with_problems_shows_grades_and_why(qtbot, shell_for) -> None:
    household = up_to_today(checking="312.55", savings="4980.12", card_owed="7261.40")
    page = open_health(qtbot, shell_for(household, low_balance="500"))
    accounts = page.findChild(AccountsSection)
    qtbot.waitUntil(lambda: len(grades(accounts)) == 3)
    assert grades(accounts) == {
        SAVINGS: "Healthy", CARD: "Needs attention", CHECKING: "Needs attention",
    }  # fmt: skip
    # the words say what the colour does
    assert {b.text() for b in shown(accounts, QLabel, "health-grade")} == {
        "Healthy", "Needs attention",
    }  # fmt: skip
    reasons = "\n".join(label.text() for label in shown(accounts, QLabel, "health-reasons"))
    # money in the locale's own form ($8,500.00 for an en_US user), never "8500.00 USD"
    assert "85%" in reasons and qt_money("8500.00 USD") in reasons
    low, threshold = qt_money("312.55 USD"), qt_money("500.00 USD")
    assert f"{CHECKING} is at {low}, below your {threshold} threshold" in reasons
    fund = page.findChild(EmergencyFundSection)
    assert fund.summary.text().startswith("1.8 months of essential spending ($5,292.67 for")
    assert fund.bar.format() == "1.8 of 6 months"
    institutions = page.findChild(InstitutionsSection)
    notes = [n.text() for n in shown(institutions, QLabel, "institution-note")]
    assert notes == ["More than you want at one institution: consider spreading it.", ""]


def test_a_clean_household_is_healthy_throughout(qtbot, shell_for) -> None:
    page = open_health(qtbot, shell_for(up_to_today()))
    accounts = page.findChild(AccountsSection)
    qtbot.waitUntil(lambda: len(grades(accounts)) == 3)
    assert set(grades(accounts).values()) == {"Healthy"}
    assert [r.text() for r in shown(accounts, QLabel, "health-reasons")] == ["", "", ""]


def test_setting_a_limit_in_the_dialog_updates_the_card_row(qtbot, shell_for) -> None:
    shell = shell_for(up_to_today(card_owed="7261.40"))
    page = open_health(qtbot, shell)
    cards = page.findChild(CardsSection)
    qtbot.waitUntil(lambda: len(shown(cards, QProgressBar, "card-utilisation")) == 1)
    (bar,) = shown(cards, QProgressBar, "card-utilisation")
    assert bar.format() == "85%"
    assert "$8,500.00 (statement)" in [c.text() for c in shown(cards, QLabel, "card-cell-1")]

    qtbot.mouseClick(cards.limit_buttons[CARD], Qt.MouseButton.LeftButton)
    dialog = opened(shell.window, QDialog, "card-limit")
    qtbot.keyClicks(dialog.amount, "seven grand")
    enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()  # told, still open
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "7500")
    enter(qtbot, dialog)

    qtbot.waitUntil(lambda: [b.format() for b in shown(cards, QProgressBar, "card-utilisation")]
                    == ["96%"])  # fmt: skip
    assert "$7,500.00" in [c.text() for c in shown(cards, QLabel, "card-cell-1")]
    (card,) = list_cards(shell.window.ctx.store, date.today())
    assert (card.limit_minor, card.limit_source) == (750_000, "user")
    accounts = page.findChild(AccountsSection)
    assert grades(accounts)[CARD] == "At risk"  # 96% is past the highest threshold


GOALS = ("Car in cash", "Kitchen renovation", "Summer in Lisbon")


def keyboard_on(qtbot, shell: Shell, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    """The window active, the keyboard on ``button`` (as Tab leaves it), then Space on it."""
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def has_keyboard(qtbot, shell: Shell, widget: QPushButton) -> None:  # type: ignore[no-untyped-def]
    """``widget`` has the keyboard once the window is active again (as the window system makes
    it when its dialog closes)."""
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def remove(qtbot, shell: Shell, section: GoalsSection, name: str) -> None:  # type: ignore[no-untyped-def]
    left = len(section.remove_buttons) - 1
    keyboard_on(qtbot, shell, section.remove_buttons[name])
    box = opened(shell.window, QMessageBox, "remove-goal")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    qtbot.keyClick(box, Qt.Key.Key_Y)  # Yes, by its letter (Enter would refuse)
    qtbot.waitUntil(lambda: len(shown(section, QProgressBar, "goal-progress")) == left)


def test_removing_goals_keeps_the_keyboard_on_the_next_one(qtbot, shell_for) -> None:
    shell = shell_for(up_to_today())
    for months, name in enumerate(GOALS, start=6):
        add_goal(shell.window.ctx.store, name, Decimal("3000"),
                 date.today() + timedelta(days=30 * months), [SAVINGS])  # fmt: skip
    section = open_health(qtbot, shell).findChild(GoalsSection)
    qtbot.waitUntil(lambda: len(shown(section, QProgressBar, "goal-progress")) == 3)

    remove(qtbot, shell, section, "Kitchen renovation")  # the middle one: the next takes its place
    has_keyboard(qtbot, shell, section.remove_buttons["Summer in Lisbon"])
    remove(qtbot, shell, section, "Summer in Lisbon")  # the last one: the one before it
    has_keyboard(qtbot, shell, section.remove_buttons["Car in cash"])
    remove(qtbot, shell, section, "Car in cash")  # none left: Add goal…, the section's stop
    has_keyboard(qtbot, shell, section.add_button)


def test_setting_a_limit_keeps_the_keyboard_on_the_cards_button(qtbot, shell_for) -> None:
    shell = shell_for(up_to_today(card_owed="7261.40"))
    cards = open_health(qtbot, shell).findChild(CardsSection)
    qtbot.waitUntil(lambda: len(shown(cards, QProgressBar, "card-utilisation")) == 1)
    keyboard_on(qtbot, shell, cards.limit_buttons[CARD])
    dialog = opened(shell.window, QDialog, "card-limit")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.amount, "7500")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [b.format() for b in shown(cards, QProgressBar, "card-utilisation")]
                    == ["96%"])  # fmt: skip
    has_keyboard(qtbot, shell, cards.limit_buttons[CARD])
