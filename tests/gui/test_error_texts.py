"""Refusals the core words in English reach a Chinese user in Chinese, with their facts; what a
Chinese user types (a category path) reaches the services as the data it stands for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

from finapp.errors import FinappError, Problem, StatementError
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.error_texts import error_text
from finapp.gui.pages.settings_categories import CategoriesRulesPanel
from finapp.services.categories import list_categories
from finapp.services.imports import import_files
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture

#: an encrypted workbook's first bytes: OLE2 holding an EncryptedPackage stream
ENCRYPTED = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
)


def _refusal(summary: ImportSummaryDialog) -> str:
    item = summary.tree.topLevelItem(0)
    return item.child(0).text(0)


@pytest.mark.usefixtures("chinese")
def test_an_import_refusal_is_said_in_chinese_with_its_line(store, tmp_path: Path) -> None:
    bad = tmp_path / "march.csv"
    bad.write_text("Date,Description,Amount\n2025-03-02,Grocer,-8.15\n2025-03-33,Pharmacy,-2\n")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(ENCRYPTED)
    summary = ImportSummaryDialog(import_files(store, [bad, locked]))
    assert (
        _refusal(summary)
        == "未导入，未写入任何数据：第 3 行：“2025-03-33”不是日期（应为 YYYY-MM-DD）"
    )
    second = summary.tree.topLevelItem(1).child(0).text(0)
    assert "受密码保护" in second and "Excel" in second and "password" not in second


@pytest.mark.usefixtures("chinese")
def test_an_unknown_code_shows_the_english() -> None:
    assert error_text(FinappError(Problem("new.kind", "Something new went wrong"))) == (
        "Something new went wrong"
    )
    assert error_text(FinappError("Plain words")) == "Plain words"


def test_the_cli_keeps_its_english(tmp_path: Path) -> None:
    refused = StatementError("march.csv", Problem("row.no_amount", "no amount"), 7)
    assert str(refused) == "march.csv, line 7: no amount"
    assert (refused.code, refused.params["line"]) == ("statement.line", "7")


@pytest.mark.usefixtures("chinese")
def test_a_category_typed_in_chinese_goes_under_the_one_shown(qtbot, household_ctx) -> None:
    panel = CategoriesRulesPanel(household_ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    (add,) = [b for b in panel.findChildren(QPushButton) if b.text() == "添加…"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    field = opened(panel, QInputDialog, "add-category").findChild(QLineEdit)
    typed = QInputMethodEvent()  # Chinese arrives from the input method, not as key presses
    typed.setCommitString("饮食:夜宵")
    QApplication.sendEvent(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    paths = {c.path for c in list_categories(household_ctx.store)}
    assert "Food:夜宵" in paths and "饮食:夜宵" not in paths


@pytest.mark.usefixtures("chinese")
def test_the_oldest_row_question_is_asked_in_chinese(store, tmp_path: Path) -> None:
    unsigned = tmp_path / "credit-union.csv"  # amounts without a sign beside their balance
    unsigned.write_text(
        "Date,Description,Amount,Balance\n2025-03-01,Salary,1000.00,1100.00\n"
        "2025-03-02,Grocer,50.00,1050.00\n2025-03-03,Refund,30.00,1080.00\n"
    )
    refusal = _refusal(ImportSummaryDialog(import_files(store, [unsigned])))
    assert "需要指定各列含义才能读取此 CSV" in refusal
    assert "第 2 行：2025-03-01 Salary 1000.00" in refusal and "收入还是支出" in refusal
    assert "the amounts" not in refusal
