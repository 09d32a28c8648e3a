"""The small dialogs a household meets, as a visual tester found them looking unfinished: titles
cut to "Set cate… — finapp", a category list too narrow for its names, a restore that listed the
live store's files, a backup report in "764.00 KiB", a wipe that asked a Chinese user for an
English word with the button live while the field was empty, a strength bar without a label,
and a Tags dialog with no Close button. Each is driven here with keys and clicks, in English and
in Chinese."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QInputDialog, QLineEdit, QWidget

from finapp.gui.dialogs.card_limit import ask_card_limit
from finapp.gui.dialogs.choose_backup import ChooseBackupDialog, ask_backup
from finapp.gui.dialogs.confirm_wipe import ask_wipe
from finapp.gui.dialogs.goal import AccountChoice, ask_goal
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.sizes import friendly_size
from finapp.gui.widgets.dialog_width import full_title
from finapp.services.backup import backup
from finapp.services.categories import add_category
from finapp.services.imports import import_files
from tests.gui.answering import escape, opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.page_fixtures import inline_ctx

# a month of a current account, as a bank's CSV export writes it
STATEMENT = (
    "Date,Description,Amount\n"
    "2026-10-01,PAYROLL ACME CORP,3250.00\n"
    "2026-10-03,TESCO STORES 2231,-64.18\n"
    "2026-10-09,SHELL OIL 5521,-48.90\n"
    "2026-10-15,NETFLIX.COM,-15.49\n"
)
LONG_CATEGORY = "Home:Repairs to the roof and gutters of the holiday cottage"


def _title_bar_room(dialog: QWidget) -> int:
    """How wide the title bar's text is, in the bold most window managers draw it in."""
    bold = QFont(dialog.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(full_title(dialog.windowTitle()))


def _shows_its_title(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shown, the dialog leaves room for its whole title and the title bar's three buttons."""
    qtbot.waitExposed(dialog)
    buttons = 3 * dialog.fontMetrics().height()
    assert dialog.width() >= _title_bar_room(dialog) + buttons, (dialog.width(), full_title(
        dialog.windowTitle()))  # fmt: skip


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_small_dialogs_show_their_whole_title(qtbot, parent, request, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    limit = ask_card_limit(parent, "Visa Platinum", "GBP", None, lambda _amount: None)
    _shows_its_title(qtbot, limit)
    limit.reject()
    goal = ask_goal(
        parent, [AccountChoice("Savings", "GBP")], [], datetime(2026, 10, 20).date(), print
    )
    _shows_its_title(qtbot, goal)
    goal.reject()


def test_set_category_is_wide_enough_for_long_names(qtbot, us_locale, store, data_dir, tmp_path):  # type: ignore[no-untyped-def]
    statement = tmp_path / "current-account-2026-10.csv"
    statement.write_text(STATEMENT, encoding="utf-8")
    import_files(store, [statement])
    add_category(store, LONG_CATEGORY)
    page = TransactionsPage(inline_ctx(store, data_dir))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.table.selectRow(1)
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    ask = opened(page, QInputDialog, "set-category")
    _shows_its_title(qtbot, ask)
    combo = ask.findChild(QComboBox)
    longest = max(ask.comboBoxItems(), key=combo.fontMetrics().horizontalAdvance)
    assert "holiday cottage" in longest
    assert combo.width() > combo.fontMetrics().horizontalAdvance(longest), "read whole"
    escape(qtbot, ask)


def test_sizes_read_as_people_write_them() -> None:
    english, chinese_locale = QLocale("en_US"), QLocale("zh_CN")
    assert friendly_size(782_336, english) == "764 KB"  # not "764.00 KiB"
    assert friendly_size(300, english) == "1 KB"  # a file with something in it is not "0 KB"
    assert friendly_size(3_565_158, english) == "3.4 MB"
    assert friendly_size(125_829_120, english) == "120 MB"
    assert friendly_size(782_336, chinese_locale) == "764 KB"  # KB in Chinese too


def _two_backups(store) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    older = Path(backup(store, now=datetime(2026, 10, 1, 8, 30)).path)
    newer = Path(backup(store, now=datetime(2026, 11, 2, 12, 41)).path)
    return older, newer


def test_restore_lists_the_backups_newest_first(qtbot, parent, us_locale, store) -> None:  # type: ignore[no-untyped-def]
    older, newer = _two_backups(store)
    chosen: list[Path] = []
    dialog = ask_backup(parent, store.data_dir, chosen.append)
    _shows_its_title(qtbot, dialog)
    rows = [
        [dialog.backups.topLevelItem(r).text(c) for c in range(3)]
        for r in range(dialog.backups.topLevelItemCount())
    ]
    assert [row[0] for row in rows] == ["11/2/26 12:41\u202fPM", "10/1/26 8:30\u202fAM"]
    assert rows[0][1] == f"{round(newer.stat().st_size / 1024)} KB"
    assert rows[0][2] == "0"  # the count the backup's name records: an empty store here
    buttons = sorted(b.text() for b in dialog.buttons.buttons())
    assert buttons == ["Cancel", "Restore"]
    assert "finapp.db" not in str(rows)
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Down)  # the older one
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)
    assert chosen == [older] and not dialog.isVisible()


def test_another_backup_is_chosen_among_finapp_backups_only(qtbot, parent, store) -> None:  # type: ignore[no-untyped-def]
    _older, newer = _two_backups(store)
    chosen: list[Path] = []
    dialog = ask_backup(parent, store.data_dir, chosen.append)
    qtbot.mouseClick(dialog.other, Qt.MouseButton.LeftButton)
    chooser = opened(parent, QFileDialog, "restore-file")
    assert Path(chooser.directory().absolutePath()) == newer.parent
    assert chooser.nameFilters()[0] == "finapp backups (finapp-*.db pre-restore-*.db)"
    chooser.selectFile(str(newer))
    chooser.accept()
    assert chosen == [newer] and not dialog.isVisible()


def test_restore_in_chinese_with_no_backup_offers_a_file(qtbot, parent, chinese, store) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    dialog = ask_backup(parent, store.data_dir, print)
    assert isinstance(dialog, ChooseBackupDialog)
    assert dialog.intro.text().startswith("在“") and not dialog.backups.isVisible()
    assert not dialog.restore_button.isEnabled() and dialog.restore_button.text() == "恢复"
    _shows_its_title(qtbot, dialog)
    assert dialog.other.text() == "选择其他文件…" and dialog.focusWidget() is dialog.other


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text``: key by key, or committed whole as a Chinese input method commits it (Qt's
    test keys carry no Chinese characters)."""
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)


@pytest.mark.parametrize(
    ("language", "word", "button"),
    [
        ("en", "DELETE", "Delete everything"),
        ("zh_CN", "删除", "全部删除"),
        ("zh_CN", "DELETE", "全部删除"),
    ],
)
def test_delete_everything_waits_for_the_word(
    qtbot, parent, request, language, word, button
) -> None:  # type: ignore[no-untyped-def]
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    deleted: list[bool] = []
    ask = ask_wipe(parent, lambda: deleted.append(True), Path("/data"), lambda *_: None)
    _shows_its_title(qtbot, ask)
    assert ask.delete_button.text() == button and not ask.delete_button.isEnabled()
    assert ask.typed.placeholderText() == ("DELETE" if language == "en" else "删除")
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    assert not deleted and ask.isVisible(), "Enter in the empty field deletes nothing"
    _type(qtbot, ask.typed, word[:-1])
    assert not ask.delete_button.isEnabled()
    _type(qtbot, ask.typed, word[-1])
    assert ask.delete_button.isEnabled()
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    assert deleted == [True] and not ask.isVisible()


@pytest.mark.parametrize(
    ("language", "label", "empty", "weak"), [
        ("en", "Strength:", "Type a passphrase to see how strong it is.", "Very weak"),
        ("zh_CN", "强度：", "输入密码短语即可查看其强度。", None),
    ],
)  # fmt: skip
def test_the_strength_bar_is_labelled_and_follows_the_typing(  # type: ignore[no-untyped-def]
    qtbot, request, language, label, empty, weak
) -> None:
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    dialog = PassphraseDialog(lambda _text: None, create=True, change=True)
    qtbot.addWidget(dialog)
    dialog.show()
    form_label = dialog.findChild(QFormLayout).labelForField(dialog.strength_bar)
    assert form_label.text() == label and form_label.isVisible()
    assert dialog.strength.text() == empty
    qtbot.keyClicks(dialog.passphrase, "abc")
    weak_text = dialog.strength.text()
    assert weak_text != empty and (weak is None or weak_text.startswith(weak))
    qtbot.keyClicks(dialog.passphrase, " correct horse battery staple 1987!")
    assert dialog.strength.text() not in (empty, weak_text)
    dialog.passphrase.clear()
    assert dialog.strength.text() == empty
