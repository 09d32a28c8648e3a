"""English and Simplified Chinese: language choice and translated shell strings."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from finapp.gui import i18n
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.resources import resource_dir
from finapp.services.imports import import_files
from tests.gui.chinese import speaking
from tests.gui.shell_support import make_shell

TS = resource_dir("i18n") / "finapp_zh_CN.ts"


def test_language_follows_the_setting_then_the_system() -> None:
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    taiwan = QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
    )
    usa = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert i18n.choose_language("zh_CN", usa) == "zh_CN"
    assert i18n.choose_language("en", china) == "en"
    assert i18n.choose_language("", china) == "zh_CN"
    assert i18n.choose_language("", taiwan) == "en"  # no Traditional Chinese translation yet
    assert i18n.choose_language("", usa) == "en"
    assert i18n.choose_language("klingon", usa) == "en"


def test_every_string_in_the_catalogue_is_translated() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 150
    untranslated = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert untranslated == []


@pytest.fixture
def chinese(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """zh_CN installed from a fresh compile of the .ts (as on a first start from a wheel)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shipped = tmp_path / "res" / "i18n"
    shipped.mkdir(parents=True)
    shutil.copy(TS, shipped / TS.name)
    monkeypatch.setattr(i18n, "resource_dir", lambda *_parts: shipped)
    with speaking(qapp, "zh_CN") as translators:
        assert len(translators) == 2  # Qt's own and finapp's
        assert not (shipped / "finapp_zh_CN.qm").exists()  # compiled into the cache instead
        yield


def test_main_window_and_dialogs_speak_chinese(chinese, store, tmp_path: Path, qtbot) -> None:
    shell = make_shell(store, tmp_path, is_demo=True)
    window = shell.window
    qtbot.addWidget(window)
    assert window.file_menu.title() == "文件(&F)"
    assert window.import_action.text() == "导入对账单(&I)…"
    assert window.windowTitle() == "演示家庭"  # Qt adds " — finapp"
    assert window.demo_strip.action_button.text() == "退出演示"
    titles = {window.sidebar.item(i).text() for i in range(window.sidebar.count())}
    assert {"概览", "交易"} <= titles
    assert QLocale().language() == QLocale.Language.Chinese  # dates and money follow
    shell.close()

    dialog = PassphraseDialog(lambda _p: None, create=False)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "解锁 finapp"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "取消"  # Qt's own strings come from qtbase_zh_CN


def test_english_counts_read_naturally(
    qapp, store, statements, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with speaking(qapp, "en"):
        result = import_files(store, [statements.checking])
        dialog = ImportSummaryDialog(result)
        assert dialog.headline.text() == ("From 1 file: 3 new transactions, 0 duplicates skipped.")
