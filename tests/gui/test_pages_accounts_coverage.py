"""Accounts page: what each account's statements cover, its known balance, and a balance the
user sets when the statements state none (so the low-balance alert can work)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from finapp.gui.context import AppContext
from finapp.gui.dialogs.set_balance import OBJECT_NAME, SetBalanceDialog
from finapp.gui.pages.accounts import AccountsPage
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.gui.answering import enter, nothing_open, opened
from tests.gui.page_fixtures import TODAY
from tests.importers.ofxgen import Line, statement_ofx

STATEMENTS, MISSING = 7, 8
WARNING = "No balance known for this account: set one so the low-balance alert can work"


def _click_row(qtbot, table: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(page: AccountsPage, ending: str) -> int:
    return next(n for n, r in enumerate(page.model.rows()) if r.account.name.endswith(ending))


def _with_card(ctx: AppContext, tmp_path: Path) -> None:
    """A Visa card whose statements (May, then June, April never downloaded) state no balance."""
    months = {
        "visa-2025-03.qfx": [
            Line(date(2025, 3, 4), "-15.49", "NETFLIX.COM 866-579-7172 CA", "V1"),
            Line(date(2025, 3, 28), "-87.12", "WHOLEFDS MKT #10234", "V2"),
        ],
        "visa-2025-05.qfx": [
            Line(date(2025, 5, 4), "-15.49", "NETFLIX.COM 866-579-7172 CA", "V3"),
            Line(date(2025, 5, 30), "-42.60", "SHELL OIL 57444", "V4"),
        ],
    }
    for name, lines in months.items():
        (tmp_path / name).write_text(statement_ofx(lines, account="4111111111118832"), "ascii")
    assert not import_files(ctx.store, [tmp_path / n for n in months]).failed


def _page(qtbot, ctx: AppContext) -> AccountsPage:  # type: ignore[no-untyped-def]
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_page_shows_coverage_gaps_and_the_known_balance_in_the_users_locale(
    qtbot, household_ctx: AppContext, tmp_path: Path
) -> None:
    _with_card(household_ctx, tmp_path)
    page = _page(qtbot, household_ctx)
    card = _row_of(page, "8832")
    assert page.model.index(card, STATEMENTS).data() == "03/04/2025 – 05/30/2025"
    assert page.model.index(card, MISSING).data() == "03/29/2025 – 05/03/2025"
    _click_row(qtbot, page.table, card)
    assert page.summary.text().startswith(
        "Statements 03/04/2025 – 05/30/2025 · missing 03/29/2025 – 05/03/2025 · last import "
    )
    assert page.summary.text().endswith("· balance unknown")

    _click_row(qtbot, page.table, _row_of(page, "Checking"))
    checking = list_accounts(household_ctx.store)[0]
    assert checking.name == "Checking" and checking.balance_date == TODAY
    assert page.summary.text().endswith("· balance $100.00 on 06/20/2025")


def test_a_threshold_without_a_balance_is_warned_until_the_user_sets_one(
    qtbot, household_ctx: AppContext, tmp_path: Path
) -> None:
    _with_card(household_ctx, tmp_path)
    page = _page(qtbot, household_ctx)
    _click_row(qtbot, page.table, _row_of(page, "8832"))
    assert page.no_balance.isHidden()  # no threshold yet: nothing to warn about
    page.threshold.clear()
    qtbot.keyClicks(page.threshold, "-1500")
    qtbot.keyClick(page.threshold, Qt.Key.Key_Return)
    assert not page.no_balance.isHidden() and page.no_balance.text() == WARNING

    qtbot.mouseClick(page.set_balance_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, SetBalanceDialog, OBJECT_NAME)
    assert dialog.day.date().toPython() == date(2025, 5, 30)  # where its statements end
    qtbot.keyClicks(dialog.amount, "-412.305")
    enter(qtbot, dialog)
    assert dialog.isVisible() and "more decimals than USD allows" in dialog.problem.text()
    card = next(a for a in list_accounts(household_ctx.store) if a.name.endswith("8832"))
    assert card.balance is None  # a refused amount stores nothing

    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "-412.30")
    enter(qtbot, dialog)
    assert nothing_open(page)
    card = next(a for a in list_accounts(household_ctx.store) if a.name.endswith("8832"))
    assert (card.balance, card.balance_date) == (Decimal("-412.30"), date(2025, 5, 30))
    assert page.no_balance.isHidden()
    assert page.summary.text().endswith("· balance -$412.30 on 05/30/2025")
