"""The forms' date fields write a day as the tables beside them do: Reconcile… offered to
accept the books up to "4/30/26" and Set balance… dated a balance "5/3/26", under a table of
"04/30/2026"s. Now the fields read 04/30/2026, and a Chinese desktop's 2026-04-30."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from finapp.gui.dialogs.reconcile import OBJECT_NAME, ReconcileDialog
from finapp.gui.dialogs.set_balance import SetBalanceDialog
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.test_accounts_reconcile import _page


def _reconcile_day(qtbot, store, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """The day Reconcile… offers, as its field shows it."""
    page = _page(qtbot, store, tmp_path, (1, 2, 3, 4))
    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ReconcileDialog, OBJECT_NAME)
    return dialog.findChild(QDateEdit).text()


def test_reconcile_offers_the_day_as_the_tables_write_it(qtbot, us_locale, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _reconcile_day(qtbot, store, tmp_path) == "04/30/2026"


def test_set_balance_dates_the_balance_as_the_tables_do(qtbot, us_locale, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store, tmp_path, (1, 2))
    qtbot.mouseClick(page.set_balance_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, SetBalanceDialog, "set-balance")
    shown = dialog.day.text()
    assert len(shown) == len("02/28/2026") and shown.endswith("/2026"), shown


def test_a_chinese_desktop_reads_the_full_year(qtbot, chinese, store, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert _reconcile_day(qtbot, store, tmp_path) == "2026-04-30"
