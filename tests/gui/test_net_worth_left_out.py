"""A card whose CSV states no balance is not silently dropped from net worth: the dashboard
names it under the chart, the chart says it leaves it out, and setting its balance from that
line counts it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.set_balance import SetBalanceDialog
from finapp.gui.ui_state import UiState
from finapp.services.imports import import_files
from tests.gui.answering import enter, opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.networth.test_net_worth import _household

#: Chase's card export: no balance column, so finapp learns no balance of the card
CHASE_CARD = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
04/21/2026,04/22/2026,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
04/12/2026,04/13/2026,AMAZON MKTPL*RT4TY6,Shopping,Sale,-23.99,
04/02/2026,04/02/2026,Payment Thank You-Mobile,,Payment,500.00,
"""
CARD = "Chase"  # as the import names it


def test_a_card_without_a_balance_is_named_and_its_balance_set_from_there(
    qtbot, us_locale, store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _household(store, tmp_path)
    csv = tmp_path / "Chase1234_Activity_20260425.CSV"
    csv.write_text(CHASE_CARD)
    assert not import_files(store, [csv]).failed
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    page = shown_dashboard(qtbot, ctx, date(2026, 5, 3), (1280, 900))

    left_out = page.net_worth_left_out
    assert left_out.isVisible()
    lines = [label.text() for label in left_out.findChildren(QLabel)]
    assert f"{CARD} — balance not known, not counted in net worth" in lines
    assert CARD in page.net_worth.figure.get_suptitle()
    # the household's checking account whose balance was never stated is named as well
    assert f"Left out, balance not known: {CARD}, Checking …8888" in page.net_worth.hits[-1].label
    before = page.net_worth.hits[-1].label

    qtbot.mouseClick(left_out.buttons[CARD], Qt.MouseButton.LeftButton)
    dialog = opened(page, SetBalanceDialog, "set-balance")
    qtbot.keyClicks(dialog.amount, "-612.34")
    enter(qtbot, dialog)

    qtbot.waitUntil(lambda: f"  {CARD}: -$612.34" in page.net_worth.hits[-1].label)
    assert page.net_worth.hits[-1].label != before
    assert "Left out, balance not known: Checking …8888" in page.net_worth.hits[-1].label
    assert list(left_out.buttons) == ["Checking …8888"]
    assert CARD not in page.net_worth.figure.get_suptitle()
