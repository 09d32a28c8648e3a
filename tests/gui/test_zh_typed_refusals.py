"""What the user types and finapp cannot take is refused in Chinese: a category that exists,
named as the window shows it (饮食：超市买菜, not Food:Groceries), and a setting out of range,
the typed value quoted; nothing is changed. A stored rule whose pattern finapp cannot run says
why in Chinese too, and so does an export into a folder that holds other files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

from finapp.gui.category_names import display_category
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.pages.settings_categories import CategoriesRulesPanel
from finapp.gui.ui_state import UiState
from finapp.services.categories import list_categories
from finapp.services.settings import get_settings
from finapp.store.schema import Rule
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture stand_in_chinese asks for
from tests.gui.stand_in import stand_in_chinese, worded  # noqa: F401 - the fixture


def _type_new_category(qtbot, panel: CategoriesRulesPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    (add,) = [b for b in panel.findChildren(QPushButton) if b.text() == "添加…"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    field = opened(panel, QInputDialog, "add-category").findChild(QLineEdit)
    typed = QInputMethodEvent()  # Chinese arrives from the input method, not as key presses
    typed.setCommitString(text)
    QApplication.sendEvent(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.usefixtures("stand_in_chinese")
def test_adding_a_category_that_exists_is_refused_in_chinese(qtbot, household_ctx) -> None:
    panel = CategoriesRulesPanel(household_ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    said: list[tuple[str, str]] = []
    household_ctx.bus.message.connect(lambda level, text: said.append((level, text)))
    before = {c.path for c in list_categories(household_ctx.store)}
    shown = display_category("Food:Groceries")
    assert shown != "Food:Groceries"  # the shipped names are in Chinese
    _type_new_category(qtbot, panel, "Food:Groceries")  # as the user knows it from elsewhere
    expected = worded("The category “{category}” already exists", category=shown)
    assert said == [("warning", expected)]
    assert {c.path for c in list_categories(household_ctx.store)} == before


@pytest.mark.usefixtures("stand_in_chinese")
def test_a_setting_out_of_range_is_refused_in_chinese(qtbot, household_ctx, tmp_path: Path) -> None:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.refresh()
    options = page.options
    share = options.edits["institution_share_limit"]
    share.selectAll()
    qtbot.keyClicks(share, "120")  # a share of more than all the money
    with qtbot.waitSignal(household_ctx.bus.refused) as said:  # the banner over Settings
        qtbot.keyClick(share, Qt.Key.Key_Return)  # settings apply as they are changed
    expected = worded("Expected a percentage from 1 to 100, not “{value}”", value="120")
    assert said.args == ["settings", expected]
    assert options.note.text() == expected  # under the form too
    assert get_settings(household_ctx.store).institution_share_limit == 75
    assert share.text() == "75"


@pytest.mark.usefixtures("stand_in_chinese")
def test_a_stored_rule_finapp_cannot_run_says_why_in_chinese(qtbot, household_ctx) -> None:
    with household_ctx.store.write() as session:  # kept by an earlier finapp
        session.add(Rule(origin="user", match_type="regex", pattern="(?<!x)deli", priority=5))
    panel = CategoriesRulesPanel(household_ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    rows = panel.rules.rows()
    number = next(n for n, r in enumerate(rows) if r.pattern == "(?<!x)deli")
    tip = panel.rules.index(number, panel.rules.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole)
    unsupported = "lookaround such as (?= or (?<! and backreferences such as \\1 are not supported"
    why = worded(
        "“{pattern}” is not a pattern finapp can use: {reason}",
        pattern="(?<!x)deli",
        reason=worded(unsupported),
    )
    assert tip.splitlines()[-1] == why


@pytest.mark.usefixtures("stand_in_chinese")
def test_an_export_into_a_folder_of_other_files_is_refused_in_chinese(
    qtbot, household_ctx, tmp_path: Path
) -> None:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "tax-2024.pdf").write_bytes(b"%PDF-1.7")
    with qtbot.waitSignal(household_ctx.bus.message) as said:
        page.data.export_to(documents, "csv")  # the folder and format the user chose
    expected = worded(
        "{folder} holds files that are not a finapp export; export into an empty or new folder "
        "(such as {inside}) or into a previous export to replace it",
        folder=documents,
        inside=documents / "finapp-export",
    )
    assert said.args == ["warning", expected]
    assert sorted(p.name for p in documents.iterdir()) == ["tax-2024.pdf"]
