"""The Subscriptions page's two rows of buttons wrap in a narrow window: the page no longer sets
the window's least width (760 pixels of buttons side by side, wider with the sidebar than a
1366×768 laptop at 150% scaling), and each button keeps its words whole, in the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from finapp.gui.pages.subscriptions import SubscriptionsPage
from tests.gui.chinese import speaking
from tests.gui.page_fixtures import TODAY


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_buttons_wrap_whole_in_a_narrow_page_and_stay_on_one_line_in_a_wide_one(
    qtbot, qapp, household_ctx, translation_cache, monkeypatch, language: str
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    with speaking(qapp, language):
        page = SubscriptionsPage(household_ctx, today=TODAY)
        qtbot.addWidget(page)
        buttons = list(page.buttons.values())
        rows = (buttons[:7], buttons[7:])  # Confirm … Review date, Reminders … Keep
        side_by_side = max(sum(button.sizeHint().width() for button in row) for row in rows)
        least = page.minimumSizeHint().width()
        assert least < side_by_side
        page.resize(least, 560)  # as narrow as the page goes
        page.show()
        qtbot.waitExposed(page)
        QApplication.processEvents()
        for button in buttons:
            where = QRect(button.mapTo(page, button.rect().topLeft()), button.size())
            assert page.rect().contains(where), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()
        lines = {button.y() for button in buttons}
        assert len(lines) > 2, "the two rows wrap onto more lines"
        assert buttons[0].y() < buttons[-1].y(), "in the rows' order"
        page.resize(1760, 900)
        QApplication.processEvents()
        assert len({button.y() for button in buttons}) == 2, "two rows where there is room"
