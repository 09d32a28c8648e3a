"""The Dashboard's latest alerts read whole, a Chinese payee's name in the line or not.

The Shanghai couple's dashboard in English, in the window a 1024×700 screen first opens
(1008×652): "12/06/2026  爱奇艺 renews in 3 …" ended in "…" between two alerts that wrapped
onto three lines. Its first line, holding Chinese, is taller than a Latin one; Qt draws a
next line only where one as tall as the last still fits, so the two lines it was measured at
were drawn as one. Each alert is now as tall as the style needs to draw every line.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QListWidget

from finapp.gui.clock import Clock
from finapp.services.alerts import evaluate_alerts
from finapp.services.imports import import_files
from tests.gui.shell_support import make_shell
from tests.gui.wrapped_cells import drawn_whole
from tests.households.shanghai_household import write_all

#: the day the couple looks: a week after their statements end
TODAY = date(2026, 12, 6)


class _Evening(Clock):
    def now(self) -> datetime:
        return datetime(TODAY.year, TODAY.month, TODAY.day, 20, 15)


def test_every_latest_alert_is_drawn_whole(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot, us_locale
) -> None:
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    evaluate_alerts(store, TODAY)
    shell = make_shell(store, tmp_path, clock=_Evening(), opening_page="dashboard")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1008, 652)
    window.show()
    page = window.page("dashboard")
    alerts = page.alerts
    qtbot.waitUntil(lambda: alerts.count() > 1 and "爱奇艺" in _texts(alerts), timeout=20_000)
    qtbot.wait(50)  # laid out at the list's width
    cut = [
        alerts.item(row).text()
        for row in range(alerts.count())
        if not drawn_whole(alerts, alerts.indexFromItem(alerts.item(row)))
    ]
    assert cut == [], cut
    shell.close()


def _texts(widget: QListWidget) -> str:
    return "\n".join(widget.item(row).text() for row in range(widget.count()))
