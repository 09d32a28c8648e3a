"""Accounts and settings pages: thresholds, options, categories and rules, backup, export, wipe."""

from __future__ import annotations

import ast
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.pages.settings_categories import CategoriesRulesPanel
from finapp.gui.ui_state import UiState
from finapp.services import notification_policy as policy
from finapp.services import settings as settings_service
from finapp.services.accounts import list_accounts
from finapp.services.backup import backup_files
from finapp.services.categories import list_categories
from finapp.services.encrypted_file import opens_with
from finapp.services.export import export_all
from finapp.services.rules import list_rules
from finapp.services.settings import OPTIONS, get_settings
from finapp.store.keys import StoreKey
from finapp.store.schema import Rule
from tests.gui.answering import (
    choose,
    enter,
    escape,
    nothing_open,
    opened,
    pick,
    type_over,
    yes,
)


def test_accounts_show_balance_and_set_a_threshold(qtbot, qtmodeltester, household_ctx) -> None:
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    (row,) = page.model.rows()
    assert row.account.name == "Checking" and row.balance == Decimal("100.00")
    assert page.model.index(0, 2).data() == "…1234"  # never the whole account number
    page.table.selectRow(0)
    page.threshold.setText("15000")
    page.save_threshold()
    assert list_accounts(household_ctx.store)[0].low_balance == Decimal("15000.00")
    assert page.model.index(0, 6).data() == "$15,000.00"
    assert page.model.data(page.model.index(0, 4), 6).bold()  # below its threshold: bold
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        page._open(page.model.index(0, 0))
    assert blocker.args == ["transactions", {"account": "Checking"}]


@pytest.fixture
def settings_page(qtbot, household_ctx, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    page.data.quit_app = lambda: None
    qtbot.addWidget(page)
    return page


def test_options_save_and_bad_input_changes_nothing(qtbot, settings_page) -> None:
    options = settings_page.options
    assert options.edits["reminder_offsets"].text() == "30,7,1"
    options.edits["reminder_offsets"].setText("14,3")
    options.edits["large_charge_limit"].setText("750")
    options.save()
    settings = get_settings(settings_page.ctx.store)
    assert settings.reminder_offsets == [14, 3]
    assert settings.large_charge_limit == Decimal("750")
    options.edits["unusual_factor"].setText("half")
    with qtbot.waitSignal(settings_page.ctx.bus.refused) as blocker:  # banner over Settings
        options.save()
    assert blocker.args[0] == "settings" and "half" in blocker.args[1]
    assert get_settings(settings_page.ctx.store).unusual_factor == Decimal("3")
    assert options.edits["unusual_factor"].text() == "3"


def test_quiet_hours_are_chosen_in_settings_and_hold_notifications(settings_page) -> None:
    store = settings_page.ctx.store
    options = settings_page.options
    assert options.edits["quiet_hours"].text() == "22:00-08:00"  # the default
    options.edits["quiet_hours"].setText("23:30-06:45")
    options.save()
    quiet = policy.quiet_hours(store)
    assert quiet is not None and str(quiet) == "23:30-06:45"
    assert quiet.contains(datetime(2026, 12, 1, 23, 45)) and not quiet.contains(
        datetime(2026, 12, 1, 7, 0)
    )
    options.edits["quiet_hours"].setText("off")
    options.save()
    assert policy.quiet_hours(store) is None  # notifications at any hour
    options.edits["quiet_hours"].setText("late evening")
    options.save()
    assert policy.quiet_hours(store) is None  # bad input changed nothing


def test_every_option_has_its_title_marked_for_translation() -> None:
    """The titles are marked where the options are declared, so lupdate collects them."""
    tree = ast.parse(Path(settings_service.__file__).read_text(encoding="utf-8"))
    marked = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant) and node.args[0].value == "Settings"
    }  # fmt: skip
    assert {o.title for o in OPTIONS} <= marked


def test_language_choice_is_remembered(settings_page, tmp_path: Path) -> None:
    options = settings_page.options
    options.language.setCurrentIndex(options.language.findData("zh_CN"))
    assert UiState(tmp_path / "ui.ini").language == "zh_CN"


def _click(qtbot, parent: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in parent.findChildren(QPushButton) if b.accessibleName() == name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _select_category(panel: CategoriesRulesPanel, path: str) -> None:
    panel.refresh()
    panel.category_table.selectRow(next(
        n for n, c in enumerate(panel.categories.rows()) if c.path == path
    ))  # fmt: skip


def test_categories_and_rules_editor(qtbot, qtmodeltester, settings_page) -> None:
    panel = settings_page.categories
    qtmodeltester.check(panel.categories)
    qtmodeltester.check(panel.rules)
    store = settings_page.ctx.store
    _click(qtbot, panel, "Add…")
    type_over(qtbot, opened(panel, QInputDialog, "add-category"), "Food:Takeaway")
    assert "Food:Takeaway" in [c.path for c in list_categories(store)]
    panel.rule_pattern.setText("CORNER NOODLE BAR")
    panel.rule_category.setCurrentText("Food:Takeaway")
    panel.add_rule()
    added = [r for r in list_rules(store) if r.pattern == "CORNER NOODLE BAR"]
    assert added and added[0].category == "Food:Takeaway" and added[0].enabled
    row = next(n for n, r in enumerate(panel.rules.rows()) if r.id == added[0].id)
    panel.rule_table.selectRow(row)
    panel.toggle_rule()
    assert not next(r for r in list_rules(store) if r.id == added[0].id).enabled
    panel.rule_table.selectRow(
        next(n for n, r in enumerate(panel.rules.rows()) if r.id == added[0].id)
    )
    panel.delete_rule()
    assert all(r.id != added[0].id for r in list_rules(store))


def test_a_stored_rule_the_engine_refuses_is_marked_skipped_with_the_reason(
    qtbot, settings_page
) -> None:
    store = settings_page.ctx.store
    with store.write() as session:
        session.add(Rule(origin="user", match_type="regex", pattern="(?<!x)deli", priority=5))
    panel = settings_page.categories
    panel.refresh()
    qtbot.waitUntil(lambda: any(r.pattern == "(?<!x)deli" for r in panel.rules.rows()))
    rows = panel.rules.rows()
    number = next(n for n, r in enumerate(rows) if r.pattern == "(?<!x)deli")
    on = panel.rules.index(number, panel.rules.columnCount() - 1)
    assert on.data() == "⚠ skipped"
    assert "finapp skips this rule" in on.data(Qt.ItemDataRole.ToolTipRole)
    assert "lookaround" in on.data(Qt.ItemDataRole.ToolTipRole)
    working = next(n for n, r in enumerate(rows) if r.enabled and not r.problem)
    assert panel.rules.index(working, on.column()).data() == "✓"


def test_category_dialogs_rename_move_merge_and_delete(qtbot, settings_page) -> None:
    panel = settings_page.categories
    store = settings_page.ctx.store

    def paths() -> set[str]:
        return {c.path for c in list_categories(store)}

    _click(qtbot, panel, "Add…")
    type_over(qtbot, opened(panel, QInputDialog, "add-category"), "Food:Takeaway")
    _select_category(panel, "Food:Takeaway")
    _click(qtbot, panel, "Rename…")
    rename = opened(panel, QInputDialog, "rename-category")
    assert rename.textValue() == "Takeaway"
    type_over(qtbot, rename, "Noodles")
    assert "Food:Noodles" in paths() and "Food:Takeaway" not in paths()

    _select_category(panel, "Food:Noodles")
    _click(qtbot, panel, "Move…")
    escape(qtbot, opened(panel, QInputDialog, "move-category"))
    assert "Food:Noodles" in paths(), "cancelling the move leaves it where it was"
    _click(qtbot, panel, "Move…")
    type_over(qtbot, opened(panel, QInputDialog, "move-category"), "")
    assert "Noodles" in paths(), "an empty parent is the top level"

    _select_category(panel, "Noodles")
    _click(qtbot, panel, "Merge into…")
    pick(qtbot, opened(panel, QInputDialog, "merge-category"), "Food:Groceries")
    assert "Noodles" not in paths() and "Food:Groceries" in paths()

    _select_category(panel, "Food:Groceries")
    _click(qtbot, panel, "Delete…")
    delete = opened(panel, QInputDialog, "delete-category")
    assert delete.comboBoxItems()[0] == "(leave uncategorized)"
    escape(qtbot, delete)
    assert "Food:Groceries" in paths(), "Escape deletes nothing"
    _click(qtbot, panel, "Delete…")
    enter(qtbot, opened(panel, QInputDialog, "delete-category"))
    assert "Food:Groceries" not in paths()


def test_back_up_now_and_export_warn_and_write(qtbot, settings_page, tmp_path: Path) -> None:
    data = settings_page.data
    data.back_up_now()
    (made,) = backup_files(settings_page.ctx.data_dir)
    said = data.last_result.text()
    assert said.startswith("Backup made: ") and f"— in {made.parent} (<a href=" in said
    kilobytes = round(made.stat().st_size / 1024)
    assert (
        f", {QLocale().toString(kilobytes)} KB" in said
        and "KiB" not in said
        and made.name not in said
    )
    out = tmp_path / "export"
    out.mkdir()
    _click(qtbot, data, "Export")
    warning = opened(data, QMessageBox, "confirm-export")
    assert "not encrypted" in warning.text() and "NOT" not in warning.text()
    assert sorted(b.text() for b in warning.buttons()) == ["Cancel", "Export"]
    enter(qtbot, warning)  # the default is Cancel
    assert nothing_open(data)
    _click(qtbot, data, "Export")
    yes(qtbot, opened(data, QMessageBox, "confirm-export"))
    choose(qtbot, opened(data, QFileDialog, "export-folder"), out)
    pick(qtbot, opened(data, QInputDialog, "export-format"), "csv")
    assert any(p.suffix == ".csv" for p in out.iterdir())
    assert "not encrypted" in data.last_result.text()


def test_restore_asks_which_backup_and_confirms_first(qtbot, settings_page) -> None:
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    data.back_up_now()
    (saved,) = backup_files(settings_page.ctx.data_dir)
    _click(qtbot, data, "Restore")
    listed = opened(data, ChooseBackupDialog, "choose-backup")
    assert listed.backups.topLevelItemCount() == 1 and listed.backups.chosen() == saved
    enter(qtbot, listed)  # Restore, the newest backup
    enter(qtbot, opened(data, QMessageBox, "confirm-restore"))  # the default is No
    assert nothing_open(data) and not quits
    list_categories(settings_page.ctx.store)  # still open: nothing was replaced

    _click(qtbot, data, "Restore")
    enter(qtbot, opened(data, ChooseBackupDialog, "choose-backup"))
    yes(qtbot, opened(data, QMessageBox, "confirm-restore"))
    done = opened(data, QMessageBox, "closing-finapp")
    assert done.text().startswith("Restored.") and not quits, "quits once it has been read"
    enter(qtbot, done)
    assert quits == [True]


def _choose_passphrase(qtbot, data, passphrase: str, repeat: str) -> PassphraseDialog:
    ask = opened(data, PassphraseDialog, "new-passphrase")
    assert ask.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(ask.passphrase, passphrase)
    qtbot.keyClicks(ask.repeat, repeat)
    qtbot.keyClick(ask.repeat, Qt.Key.Key_Return)
    return ask


def test_change_passphrase_asks_a_strong_one_twice_then_confirms(qtbot, settings_page) -> None:
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    _click(qtbot, data, "Change passphrase")
    ask = _choose_passphrase(qtbot, data, "short", "short")
    assert ask.isVisible() and ask.error.text() == "Use at least 8 characters."
    assert ask.strength.text().startswith("Very weak")
    ask.reject()

    _click(qtbot, data, "Change passphrase")
    ask = _choose_passphrase(qtbot, data, "a brand new passphrase", "a brand new passphras")
    assert ask.isVisible() and ask.error.text() == "The two passphrases do not match."
    qtbot.keyClicks(ask.repeat, "e")
    qtbot.keyClick(ask.repeat, Qt.Key.Key_Return)
    enter(qtbot, opened(data, QMessageBox, "confirm-passphrase"))  # the default is No
    assert nothing_open(data)
    store_path = settings_page.ctx.store.path
    assert opens_with(store_path, settings_page.ctx.store.key)

    _click(qtbot, data, "Change passphrase")
    _choose_passphrase(qtbot, data, "a brand new passphrase", "a brand new passphrase")
    yes(qtbot, opened(data, QMessageBox, "confirm-passphrase"))
    assert opens_with(store_path, StoreKey.from_passphrase("a brand new passphrase"))
    enter(qtbot, opened(data, QMessageBox, "closing-finapp"))
    assert quits == [True]


def test_delete_all_needs_the_typed_word(qtbot, settings_page) -> None:
    data = settings_page.data
    quits = []
    data.quit_app = lambda: quits.append(True)
    data_dir = settings_page.ctx.data_dir
    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    assert ask.delete_button.text() == "Delete everything"
    assert not ask.delete_button.isEnabled(), "nothing typed yet"
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)  # Enter in the empty field deletes nothing
    qtbot.keyClicks(ask.typed, "delete")
    assert not ask.delete_button.isEnabled(), "not the word"
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    assert ask.isVisible() and (data_dir / "finapp.db").exists() and not quits
    escape(qtbot, ask)
    assert nothing_open(data) and (data_dir / "finapp.db").exists()
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups" / "my-tax-2025.pdf").write_bytes(b"%PDF")  # the user's own file
    export_all(settings_page.ctx.store, data_dir / "for-the-accountant")  # an export, there
    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    qtbot.keyClicks(ask.typed, "DELETE")
    assert ask.delete_button.isEnabled()
    qtbot.mouseClick(ask.delete_button, Qt.MouseButton.LeftButton)
    assert not (data_dir / "finapp.db").exists()
    closing = opened(data, QMessageBox, "closing-finapp")
    assert closing.text().startswith("All finapp data was deleted.")
    assert "kept because they hold files finapp did not write: backups" in closing.text()
    assert (
        "These exports of your data were kept, and they are not encrypted: delete them yourself "
        "if you no longer need them: for-the-accountant" in closing.text()
    )
    assert (data_dir / "backups" / "my-tax-2025.pdf").exists()
    enter(qtbot, closing)
    assert quits == [True]
