"""A net worth chart with nothing it can count says so, instead of a flat line at zero: a
household counting in dollars, with a card whose export states no balance and a Canadian
chequing account with no exchange rate to dollars, drew its net worth as $0.00 every month
(ticks of $0.025), a figure that reads as the household's and is nobody's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.ui_state import UiState
from finapp.services.imports import import_files
from finapp.services.settings import set_setting
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_net_worth_left_out import CHASE_CARD
from tests.importers.ofxgen import Line, statement_ofx

#: a Canadian chequing account's April, its balance stated, in Canadian dollars
CHEQUING = (
    Line(date(2026, 4, 1), "-6.60", "MCDONALD'S #112", "0000123456782026040100001"),
    Line(date(2026, 4, 2), "-320.00", "LAKEVIEW PROPERTY MGMT RENT", "0000123456782026040200001"),
)


def _dashboard(qtbot, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    card = tmp_path / "Chase1234_Activity_20260425.CSV"
    card.write_text(CHASE_CARD)
    ofx = statement_ofx(CHEQUING, account="000012345678", ledger=("382.34", date(2026, 4, 30)))
    chequing = tmp_path / "Chequing5678_20260430.ofx"
    chequing.write_text(ofx.replace("<CURDEF>USD", "<CURDEF>CAD"), encoding="ascii")
    assert not import_files(store, [card, chequing]).failed
    set_setting(store, "base_currency", "USD")  # Settings → Money: the household's dollars
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    return shown_dashboard(qtbot, ctx, date(2026, 5, 3), (1280, 900))


def test_net_worth_with_nothing_counted_draws_no_line(qtbot, us_locale, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _dashboard(qtbot, store, tmp_path)
    figure = page.net_worth.figure
    page.net_worth.canvas.draw()
    words = [t.get_text() for ax in figure.axes for t in ax.texts if t.get_text()]
    assert words == ["Left out, no rate: CAD"]
    assert not any(ax.lines for ax in figure.axes)  # no line at zero
    assert "Chase" in figure.get_suptitle()  # the card it leaves out, named as before
