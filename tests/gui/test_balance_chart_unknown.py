"""A household whose only statement is a card's CSV, which states no balance, sees the balance
chart say whose balance it lacks instead of "No data yet" above the card's transactions: the
line under it offers to set the balance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.ui_state import UiState
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_net_worth_left_out import CARD, CHASE_CARD


def test_the_balance_chart_names_the_card_it_has_no_balance_of(
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "Chase1234_Activity_20260425.CSV"
    csv.write_text(CHASE_CARD)
    assert import_files(store, [csv]).new == 3
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    page = shown_dashboard(qtbot, ctx, date(2026, 5, 3), (1280, 900))
    page.balance.canvas.draw()
    words = [t.get_text() for ax in page.balance.figure.axes for t in ax.texts if t.get_text()]
    assert words == [f"Left out, balance not known: {CARD}"]
    assert page.balance_left_out.isVisible()  # with its Set balance… button
