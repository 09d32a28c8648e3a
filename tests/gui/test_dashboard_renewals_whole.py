"""The dashboard's renewals on a small laptop's screen: each name and heading reads whole.

At 1024×700 the list beside the charts read "12/07/2026  Harmony M…  $35.00" and, over the
renewals due after the statements end, "Expected, not in your …": cut, a renewal named nobody
and the heading said nothing. A long name now wraps onto a second line beside its amount, the
amounts still one column, and the heading wraps across the list.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QListWidget, QStyle

from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.demo import open_demo_store
from finapp.services.imports import import_files
from tests.gui.chinese import chinese, speaking  # noqa: F401 - the fixture
from tests.gui.page_fixtures import inline_ctx, shown_dashboard
from tests.gui.shell_support import make_shell
from tests.households.shanghai_household import write_all

pytestmark = pytest.mark.slow

#: the role the renewals' amounts are kept under (finapp.gui.widgets.amount_line)
AMOUNT = Qt.ItemDataRole.UserRole + 7


def cut_entries(renewals: QListWidget) -> list[str]:
    """The entries whose words need more lines than their box holds: the words before the
    amount in the room left of it, an entry without one across the list. Qt's common style
    keeps a margin each side of an entry's text box and the text is inset by it again."""
    margin = renewals.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    cut = []
    for row in range(renewals.count()):
        item = renewals.item(row)
        metrics = QFontMetricsF(item.font() if item.font() != QFont() else renewals.font())
        rect = renewals.visualItemRect(item)
        room = rect.width() - 4 * margin
        words, amount = item.text(), item.data(AMOUNT)
        if amount:
            words = words.removesuffix(amount).rstrip()
            room -= metrics.horizontalAdvance(amount) + metrics.horizontalAdvance("  ")
        flags = Qt.TextFlag.TextWordWrap
        lines = metrics.boundingRect(QRectF(0, 0, room, 10_000), flags, words)
        if lines.width() > room or lines.height() > rect.height():
            cut.append(item.text())
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_1024_pixels_every_renewal_and_its_heading_read_whole(  # type: ignore[no-untyped-def]
    language: str, qtbot, qapp, us_locale, tmp_path: Path, translation_cache, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    store = open_demo_store(tmp_path / "demo")
    with speaking(qapp, language):
        shell = make_shell(store, tmp_path, is_demo=True, opening_page="dashboard")
        qtbot.addWidget(shell.window)
        shell.window.resize(1024, 700)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        page = shell.window.page("dashboard")
        assert isinstance(page, DashboardPage)
        renewals = page.renewals
        qtbot.waitUntil(lambda: renewals.count() >= 5, timeout=10_000)
        texts = [renewals.item(row).text() for row in range(renewals.count())]
        assert any("Harmony Music Studio" in text for text in texts), texts
        qtbot.waitUntil(lambda: cut_entries(renewals) == [])
        # every entry in sight, each below the one before (a wrapped one pushes the rest down)
        rects = [renewals.visualItemRect(renewals.item(row)) for row in range(renewals.count())]
        assert all(a.bottom() < b.top() for a, b in pairwise(rects))
        assert rects[-1].bottom() <= renewals.viewport().height()
        shell.close()
    store.close()


def _ink_bottom(image: QImage, left: int, right: int, top: int, bottom: int) -> int:
    """The lowest row between ``top`` and ``bottom`` with a dark pixel between ``left`` and
    ``right``: where figures stand, on their baseline (digits have no descenders)."""
    for y in range(bottom, top - 1, -1):
        if any(image.pixelColor(x, y).lightness() < 110 for x in range(left, right)):
            return y
    return -1


def test_in_chinese_a_renewal_s_amount_stands_on_its_name_s_line(  # type: ignore[no-untyped-def]
    qtbot,
    us_locale,
    chinese,  # noqa: F811
    store,
    tmp_path: Path,
) -> None:
    """A Shanghai couple's "2026-12-09  爱奇艺  ¥25.00": a line holding Chinese stands taller
    than the figures' font, and the amount, centred on its own, sat a few pixels above the day
    and the name beside it. Day and amount now stand on one baseline."""
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    ctx = inline_ctx(store, tmp_path / "data")
    page = shown_dashboard(qtbot, ctx, date(2026, 12, 6), (820, 560))
    renewals = page.renewals
    qtbot.waitUntil(lambda: renewals.count() >= 3)
    entries = [renewals.item(row) for row in range(renewals.count())]
    chinese_named = [item for item in entries if item.data(AMOUNT) and "爱奇艺" in item.text()]
    assert chinese_named, [item.text() for item in entries]
    image = renewals.viewport().grab().toImage()
    scale = image.devicePixelRatio()
    for item in chinese_named:
        rect = renewals.visualItemRect(item)
        top, bottom = int(rect.top() * scale), int(rect.bottom() * scale)
        day = _ink_bottom(image, int(rect.left() * scale), int((rect.left() + 40) * scale),
                          top, bottom)  # fmt: skip
        amount = _ink_bottom(image, int((rect.right() - 30) * scale), int(rect.right() * scale),
                             top, bottom)  # fmt: skip
        assert day > 0 and abs(day - amount) <= 1, (item.text(), day, amount)
