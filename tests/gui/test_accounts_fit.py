"""The Accounts page at a small window: every column on screen, short headers explained."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.pages.accounts import AccountsPage
from finapp.services.demo import open_demo_store
from tests.gui.chinese import speaking
from tests.gui.shell_support import make_shell
from tests.gui.wrapped_cells import cut_words


def test_every_column_fits_a_1024_pixel_window_and_short_headers_say_the_rest(
    qtbot, household_ctx
) -> None:
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(815, 560)  # what a 1024×640 window leaves beside the page list
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    assert model.rowCount() > 0
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)  # no sideways scroll
    header = table.horizontalHeader()
    shown = {
        model.headerData(c, Qt.Orientation.Horizontal): header.sectionViewportPosition(c)
        + header.sectionSize(c)
        for c in range(model.columnCount())
    }
    assert shown["Gaps"] <= table.viewport().width()
    assert shown["Books"] <= table.viewport().width()  # the last column, whole
    tips = {
        model.headerData(c, Qt.Orientation.Horizontal): model.headerData(
            c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        for c in range(model.columnCount())
    }
    assert tips["Alert"] == "Warn when the balance falls below this"
    assert tips["Books"] == "Whether the transactions add up to the balances the statements state"


def test_on_a_wide_window_the_figures_sit_beside_the_account_names(qtbot, household_ctx) -> None:
    """At 1920×1080 the account column is as wide as its names, not the screen's width with
    the balances at its far edge."""
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(1770, 980)  # a 1920×1080 window beside the page list
    page.show()
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    metrics = table.fontMetrics()
    names = max(
        metrics.horizontalAdvance(model.index(r, 0).data()) for r in range(model.rowCount())
    )
    header = table.horizontalHeader()
    em = metrics.horizontalAdvance("M")
    qtbot.waitUntil(lambda: header.sectionSize(0) <= names + 3 * em)
    assert header.sectionSize(0) > names  # every name whole
    # the last column takes what is left, to the table's edge; the figures end well before
    figures_end = sum(header.sectionSize(c) for c in range(header.count() - 1))
    assert figures_end < table.viewport().width() * 3 // 4


@contextmanager
def _demo_accounts(  # type: ignore[no-untyped-def]
    qtbot, qapp, tmp_path: Path, language: str, size: tuple[int, int]
) -> Iterator[AccountsPage]:
    """The demo's Accounts page in the window at ``size``, in ``language``, its accounts
    listed."""
    store = open_demo_store(tmp_path / "demo")
    with speaking(qapp, language):
        shell = make_shell(store, tmp_path, is_demo=True, opening_page="accounts")
        qtbot.addWidget(shell.window)
        shell.window.resize(*size)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        page = shell.window.page("accounts")
        assert isinstance(page, AccountsPage)
        qtbot.waitUntil(lambda: page.model.rowCount() >= 4)
        yield page
        shell.close()
    store.close()


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_1024_pixels_each_account_name_reads_whole(  # type: ignore[no-untyped-def]
    language: str, qtbot, qapp, us_locale, tmp_path: Path, translation_cache, monkeypatch
) -> None:
    """A 1024×700 window read "Everyday C…" and "Rainy Day …": the figures and dates, each as
    wide as they are, left the names no room. A name now wraps onto a second line of its row
    ("Everyday / Checking"), no word cut, nothing scrolled off to the side."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    with _demo_accounts(qtbot, qapp, tmp_path, language, (1024, 700)) as page:
        table, model = page.table, page.model
        names = [model.index(row, 0) for row in range(model.rowCount())]
        assert "Everyday Checking" in [name.data() for name in names]
        qtbot.waitUntil(lambda: [n.data() for n in names if cut_words(table, n)] == [])
        assert table.horizontalScrollBar().maximum() == 0
        one_line = table.verticalHeader().defaultSectionSize()
        short = next(n for n in names if n.data() == "支付宝")
        assert table.rowHeight(short.row()) == one_line  # a short name keeps its row one line


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_in_the_window_a_1024_by_700_screen_opens_nothing_scrolls_sideways(  # type: ignore[no-untyped-def]
    language: str, qtbot, qapp, us_locale, tmp_path: Path, translation_cache, monkeypatch
) -> None:
    """A 1024×700 screen opens the window at 1008×652 (the frame around it): there the table
    was 4 pixels too wide, scrolled sideways, the books' "✓ 11/30/2026" cut at its edge. The
    last column's words now wrap too ("✓ / 11/30/2026") where the room is short."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    with _demo_accounts(qtbot, qapp, tmp_path, language, (1008, 652)) as page:
        table, model = page.table, page.model
        qtbot.wait(50)  # laid out
        assert table.horizontalScrollBar().maximum() == 0
        cells = [
            model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        ]
        cut = [cell.data() for cell in cells if cut_words(table, cell)]
        assert cut == [], cut
