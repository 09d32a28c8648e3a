"""An option switched off reads in the interface's language: a Chinese user sees and types
关闭, never the English "off" the store and the CLI keep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services import notification_policy as policy
from finapp.services.settings import get_settings, setting_texts
from tests.gui.chinese import chinese  # noqa: F401

ENGLISH_OFF = re.compile(r"\boff\b", re.IGNORECASE)


@pytest.mark.usefixtures("chinese")
def test_chinese_settings_show_and_take_off_in_chinese(
    qtbot, household_ctx, tmp_path: Path
) -> None:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    options = page.options
    cap = options.edits["subscription_cap"]
    qtbot.waitUntil(lambda: cap.text() == "关闭")  # stored as "off"
    assert cap.placeholderText() == "关闭"
    shown = [w.text() for w in options.findChildren(QLabel)]
    shown += [t for e in options.findChildren(QLineEdit) for t in (e.text(), e.placeholderText())]
    assert not [text for text in shown if ENGLISH_OFF.search(text)]

    options.edits["quiet_hours"].setText(" 关闭 ")  # the word the page shows, typed back
    options.edits["reminder_offsets"].setText("14,3")
    options.save()
    store = household_ctx.store
    assert policy.quiet_hours(store) is None  # notifications at any hour
    assert get_settings(store).reminder_offsets == [14, 3]
    texts = setting_texts(store)
    assert texts["quiet_hours"] == "off" and texts["subscription_cap"] == "off"  # as the CLI
    page.refresh()
    qtbot.waitUntil(lambda: options.edits["quiet_hours"].text() == "关闭")
