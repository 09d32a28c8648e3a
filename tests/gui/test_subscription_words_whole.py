"""The Subscriptions page on a small laptop's screen: every word of a row reads whole.

At 1024×700 the Notes column read "▲ price…" and "⚠ char…" and Paid from "Everyday C…" and
"Sapphire …" (the figures, each column as wide as them, left the words no room); in Chinese
"Sapphire …" all down the column. A word-wrapped row now takes a second line where its words
need one ("Everyday / Checking", "⚠ charged after / cancel"), never cutting a word, and nothing
scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from finapp.gui.pages.subscriptions import (
    COL_CADENCE,
    COL_NAME,
    COL_NEXT,
    COL_NOTES,
    COL_PAID_FROM,
    SubscriptionsPage,
)
from finapp.services.demo import open_demo_store
from finapp.services.imports import import_files
from tests.gui.chinese import speaking
from tests.gui.shell_support import make_shell
from tests.gui.wrapped_cells import cut_words, text_room
from tests.households.shanghai_household import write_all

pytestmark = pytest.mark.slow

#: the Amount and Per year columns, beside Cadence and Paid from
_AMOUNT, _PER_YEAR = COL_CADENCE - 1, COL_PAID_FROM - 1


def _one_line(tree, index) -> bool:  # type: ignore[no-untyped-def]
    """Whether the cell's text reads on one line in its column."""
    font = index.data(Qt.ItemDataRole.FontRole) or QFont(tree.font())
    return QFontMetrics(font).horizontalAdvance(index.data()) <= text_room(tree, index).width()


def _page_at(  # type: ignore[no-untyped-def]
    qtbot, store, tmp_path: Path, size: tuple[int, int], **shell
):
    """The window on the Subscriptions page at ``size``, its rows in: (shell, table, model)."""
    window_shell = make_shell(store, tmp_path, opening_page="subscriptions", **shell)
    qtbot.addWidget(window_shell.window)
    window_shell.window.resize(*size)
    window_shell.window.show()
    qtbot.waitExposed(window_shell.window)
    page = window_shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return window_shell, page.table, page.model


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_1024_pixels_notes_and_paid_from_read_whole(  # type: ignore[no-untyped-def]
    language: str, qtbot, qapp, us_locale, tmp_path: Path, translation_cache, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    store = open_demo_store(tmp_path / "demo")
    with speaking(qapp, language):
        shell, tree, model = _page_at(qtbot, store, tmp_path, (1024, 700), is_demo=True)
        for number in range(model.rowCount()):  # income and transfers too, unfolded
            tree.expand(model.index(number, 0))
        qtbot.wait(50)  # the rows laid out again
        rows = [model.index(r, 0, g)
                for g in (model.index(n, 0) for n in range(model.rowCount()))
                for r in range(model.rowCount(g))]  # fmt: skip
        warned = [i.siblingAtColumn(COL_NOTES).data() for i in rows]
        assert any(note and note.startswith("▲") for note in warned)
        cut = [
            text
            for index in rows
            for column in (COL_NAME, COL_CADENCE, COL_PAID_FROM, COL_NOTES)
            if (text := cut_words(tree, index.siblingAtColumn(column))) is not None
        ]
        assert cut == [], cut
        assert tree.horizontalScrollBar().maximum() == 0  # nothing off to the side
        header = tree.header()
        assert (
            header.sectionViewportPosition(COL_NOTES) + header.sectionSize(COL_NOTES)
            <= tree.viewport().width()
        )
        shell.close()
    store.close()


def test_a_wide_window_keeps_each_row_on_one_line(  # type: ignore[no-untyped-def]
    qtbot, us_locale, tmp_path: Path
) -> None:
    """At 1920×1080 nothing wraps: one line a row, as many rows in sight as before."""
    store = open_demo_store(tmp_path / "demo")
    shell, tree, model = _page_at(qtbot, store, tmp_path, (1920, 1000), is_demo=True)
    group = model.index(0, 0)
    heights = {tree.visualRect(model.index(r, 0, group)).height()
               for r in range(model.rowCount(group))}  # fmt: skip
    assert len(heights) == 1 and heights.pop() < 2 * tree.fontMetrics().height(), heights
    assert model.index(0, COL_NAME, group).data(Qt.ItemDataRole.DisplayRole)
    shell.close()
    store.close()


def test_a_shanghai_couple_s_notes_stay_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    """Their wallets' names are long ("Alipay · 招商银行信用卡 (8812)") and their amounts wide
    (CN¥78,000.00 a year): kept at their longest words, the columns of words left the Notes
    off the window's edge, scrolled sideways, "▲ price up" out of sight. The last ones now
    give way first, down to their headers' width."""
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell, tree, model = _page_at(qtbot, store, tmp_path, (1024, 700))
    icloud = model.find(lambda row: row.view.name == "iCloud")
    notes = icloud.siblingAtColumn(COL_NOTES)
    assert notes.data().startswith("▲")
    qtbot.waitUntil(lambda: cut_words(tree, notes) is None)
    # at most the headers' own widths past the edge: never a column of words out of sight
    assert tree.horizontalScrollBar().maximum() < tree.fontMetrics().horizontalAdvance("M")
    shell.close()


def test_in_the_window_a_1024_by_700_screen_opens_the_notes_stay_in_sight(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    """A 1024×700 screen opens the window at 1008×652: with every column of words at its
    narrowest, the couple's table still scrolled 18 pixels sideways, "▲ price up" cut at the
    edge. The figures give up the spare half em after their text first."""
    exports = write_all(tmp_path / "exports")
    import_files(store, [path for owned in exports.values() for path in owned])
    shell, tree, model = _page_at(qtbot, store, tmp_path, (1008, 652))
    icloud = model.find(lambda row: row.view.name == "iCloud")
    assert icloud.siblingAtColumn(COL_NOTES).data().startswith("▲")
    qtbot.wait(50)  # laid out
    assert tree.horizontalScrollBar().maximum() == 0
    header = tree.header()
    right = header.sectionViewportPosition(COL_NOTES) + header.sectionSize(COL_NOTES)
    assert right <= tree.viewport().width()
    bold = QFont(tree.font())
    bold.setBold(True)
    rent = model.find(lambda row: row.view.name == "王建国")  # CN¥78,000.00 a year
    for column in (_AMOUNT, COL_NEXT, _PER_YEAR):  # every figure still whole, bold too
        text = rent.siblingAtColumn(column).data()
        assert header.sectionSize(column) > QFontMetrics(bold).horizontalAdvance(text), text
    shell.close()


def test_at_1280_pixels_a_cadence_reads_on_one_line(  # type: ignore[no-untyped-def]
    qtbot, us_locale, tmp_path: Path
) -> None:
    """A 1280×800 window has the room for "Every 4 weeks" on one line: the short words of
    the cadence are widened before the accounts paying (a long one wraps) and the notes."""
    store = open_demo_store(tmp_path / "demo")
    shell, tree, model = _page_at(qtbot, store, tmp_path, (1280, 800), is_demo=True)
    audible = model.find(lambda row: row.view.name == "Audible").siblingAtColumn(COL_CADENCE)
    assert audible.data() == "Every 4 weeks"
    width = tree.fontMetrics().horizontalAdvance("Every 4 weeks")
    qtbot.waitUntil(lambda: tree.header().sectionSize(COL_CADENCE) > width)
    shell.close()
    store.close()


def test_at_1280_pixels_the_fewest_rows_wrap(  # type: ignore[no-untyped-def]
    qtbot, us_locale, tmp_path: Path
) -> None:
    """The room a 1280×800 window leaves goes where it keeps the most rows on one line:
    widening the names first read "City of Springfield Water Utilities" whole while
    "Everyday / Checking" wrapped on every bill paid from it."""
    store = open_demo_store(tmp_path / "demo")
    shell, tree, model = _page_at(qtbot, store, tmp_path, (1280, 800), is_demo=True)
    qtbot.wait(50)
    shown = [model.index(r, COL_PAID_FROM, g)
             for g in (model.index(n, 0) for n in range(model.rowCount())) if tree.isExpanded(g)
             for r in range(model.rowCount(g))]  # fmt: skip
    assert any(index.data() == "Everyday Checking" for index in shown)
    wrapped = [index.data() for index in shown if not _one_line(tree, index)]
    assert wrapped == [], wrapped
    shell.close()
    store.close()
