"""File → Year in review… for a student abroad whose dollars have no yuan rate
(tests/reports/student_abroad.py): the window claims no savings rate over the yuan alone,
lists the dollars' tuition among the largest purchases, and names the day of the rates as
the CLI does ("no rate on or before Nov 15, 2026")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.reports.student_abroad import TODAY, student_abroad


def test_the_window_tells_what_the_savings_rate_would_leave_out(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:
    student_abroad(store)
    bus = AppBus()
    dialog = YearReviewDialog(AppContext(store, bus, InlineTaskRunner(bus), tmp_path), today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.review is not None)

    rate = dialog.figures["savings-rate"].text()
    assert rate == (
        "n/a: no rate from USD to CNY ($40,227.50 spent and $3,060.75 earned left out)"
    ), rate
    notes = dialog.notes.text()
    assert "no rate on or before Nov 15, 2026: USD" in notes, notes

    table = dialog.purchases_table
    model = table.model()
    shown = [
        model.index(row, 4).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]
    # sorted by amount as it opens: the yuan ranked in yuan, the dollars apart in dollars
    dollars = [amount for amount in shown if amount.startswith("$")]
    assert dollars[:3] == ["$9,788.00", "$9,310.00", "$1,540.00"], shown
    assert len(dollars) == 10
    yuan = [amount for amount in shown if not amount.startswith("$")]
    assert yuan[:2] == ["CN¥251.62", "CN¥225.49"], shown
