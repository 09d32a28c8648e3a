"""Go → Tags…: the report by tag over a household's checking account and a Paris holiday paid
in euros, opened from the menu, a year chosen by keys, and a tag added while it is open."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from finapp.gui.dialogs.tag_report import TagReportDialog
from finapp.gui.models.formatting import format_money
from finapp.gui.shell import Shell
from finapp.services.annotations import CHANGES, add_tags
from tests.annotations.statements import household
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell


@pytest.fixture
def shell(qtbot, us_locale, store, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    lines = household(store, tmp_path)
    paris = [lines[p][0].id for p in ("HOTEL LE MARAIS PARIS", "CAFE DE FLORE PARIS",
                                     "SNCF VOYAGEURS", "REMBOURSEMENT SNCF")]  # fmt: skip
    add_tags(store, ["#holiday-2026"], [*paris, lines["SQ *BLUE BOTTLE COFFEE"][2].id])
    add_tags(store, ["#tax"], [lines["CITY OF AUSTIN UTILITIES"][0].id])
    opened_shell = make_shell(store, tmp_path)
    opened_shell.lines = lines  # type: ignore[attr-defined]
    qtbot.addWidget(opened_shell.window)
    opened_shell.window.show()
    qtbot.waitExposed(opened_shell.window)
    yield opened_shell
    opened_shell.close()


def _open(qtbot, shell: Shell) -> TagReportDialog:  # type: ignore[no-untyped-def]
    window = shell.window
    menu = window.go_menu
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == "Ta&gs…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: bool(window.findChildren(TagReportDialog, "tag-report")))
    return opened(window, TagReportDialog, "tag-report")


def _rows(dialog: TagReportDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_the_report_by_tag_shows_each_currency_and_follows_new_tags(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, shell)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 3)
    usd, eur = (lambda a: format_money(Decimal(a), "USD")), (
        lambda a: format_money(Decimal(a), "EUR"))  # fmt: skip
    assert sorted(_rows(dialog)) == sorted([
        ["#holiday-2026", "5", eur("268.70"), eur("40.00")],
        ["#holiday-2026", "5", usd("6.75"), usd("0.00")],
        ["#tax", "1", usd("84.20"), usd("0.00")],
    ])  # fmt: skip
    assert not dialog.empty.isVisible()

    combo = dialog.findChild(QComboBox, "tag-report-period")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All time", "2026"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "2026"
    assert len(_rows(dialog)) == 3

    rent = shell.lines["OAKWOOD APTS RENT WEB PMT"]
    add_tags(shell.ctx.store, ["#tax"], [rent[0].id])
    shell.ctx.bus.data_changed.emit(CHANGES)  # what the transactions page announces
    qtbot.waitUntil(lambda: ["#tax", "2", usd("1534.20"), usd("0.00")] in _rows(dialog))

    shell.window.open_tag_report()  # asked again: the open one comes forward
    assert opened(shell.window, TagReportDialog, "tag-report") is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.window.findChildren(TagReportDialog))


def test_without_tags_the_report_says_how_to_add_them(qtbot, us_locale, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    household(store, tmp_path)  # statements imported, nothing tagged yet
    bare = make_shell(store, tmp_path)
    qtbot.addWidget(bare.window)
    bare.window.show()
    try:
        dialog = _open(qtbot, bare)
        assert _rows(dialog) == [] and dialog.empty.isVisible()
        assert "choose Tags…" in dialog.empty.text()
        combo = dialog.findChild(QComboBox, "tag-report-period")
        assert [combo.itemText(i) for i in range(combo.count())] == ["All time"]
    finally:
        bare.close()


def test_the_tags_dialog_closes_with_its_close_button(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, shell)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and close.text() == "Close"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
