"""The Payees page: each payee with its category, lines and money; searched, sorted, renamed,
and opened onto its transactions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

from finapp.gui.pages.payees import PayeesPage
from finapp.services.imports import import_files
from tests.gui.answering import opened, type_over
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import inline_ctx
from tests.importers.ofxgen import Line, statement_ofx


def _page(qtbot, ctx, width: int = 815, height: int = 560) -> PayeesPage:  # type: ignore[no-untyped-def]
    page = PayeesPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, height)  # 815×560: what a 1024×640 window leaves beside the page list
    page.show()
    qtbot.waitExposed(page)
    return page


def _shown(page: PayeesPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _row_of(page: PayeesPage, name: str) -> int:
    return next(r for r, row in enumerate(_shown(page)) if row[0] == name)


def test_payees_show_category_lines_and_money_and_fit_a_small_window(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    rows = {row[0]: row[1:] for row in _shown(page)}
    assert rows["Netflix"] == ["Entertainment:Streaming", "6", "-$92.94", ""]
    assert rows["Salary — Acme"][0] == "Income:Salary"
    assert rows["Salary — Acme"][2:] == ["", "$19,200.00"]
    assert page.table.horizontalScrollBar().maximum() == 0  # every column on screen

    qtbot.keyClicks(page.search, "coffee")
    assert [row[0] for row in _shown(page)] == ["Blue Bottle Coffee"]
    page.search.clear()
    qtbot.keyClicks(page.search, "entertainment")  # by its category too
    assert [row[0] for row in _shown(page)] == ["Netflix", "Spotify"]
    page.search.clear()

    header = page.table.horizontalHeader()
    spent = 3
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_section_centre(header, spent),
    )
    first = _shown(page)[0][0]
    assert first == "Oakwood Apartments Rent"  # the most spent on, first


def _section_centre(header, column: int) -> QPoint:  # type: ignore[no-untyped-def]
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5)


def test_rename_from_the_payee_list_and_open_its_transactions(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    row = _row_of(page, "Blue Bottle Coffee")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.rename_button.isEnabled()
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, QInputDialog, "rename-payee")
    assert dialog.textValue() == "Blue Bottle Coffee"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(qtbot, dialog, "Morning coffee")
    qtbot.waitUntil(lambda: "Morning coffee" in [r[0] for r in _shown(page)])
    assert "Blue Bottle Coffee" not in [r[0] for r in _shown(page)]
    lines = int(_shown(page)[_row_of(page, "Morning coffee")][2])

    asked: list[tuple[str, dict]] = []
    household_ctx.bus.navigate.connect(lambda name, filters: asked.append((name, filters)))
    rect = page.table.visualRect(page.model.index(_row_of(page, "Morning coffee"), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(asked))
    ((name, filters),) = asked
    assert name == "transactions" and len(filters["transaction_ids"]) == lines > 0

    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()  # Enter on the selected payee does the same
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked[1] == asked[0]


def test_merge_a_payee_into_another_from_the_list(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    rect = page.table.visualRect(page.model.index(_row_of(page, "Spotify"), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, QInputDialog, "merge-payee")
    assert "Spotify" not in dialog.comboBoxItems()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    combo = dialog.findChild(QComboBox)
    qtbot.keyClicks(combo, "Netf")  # found by typing its first letters
    assert dialog.textValue() == "Netflix"
    qtbot.keyClick(combo, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Spotify" not in [r[0] for r in _shown(page)])
    netflix = _shown(page)[_row_of(page, "Netflix")]
    assert netflix[2:4] == ["12", "-$158.88"]  # its six lines and Spotify's six


def test_chinese_payees_sort_by_pinyin_as_a_chinese_user_looks_them_up(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    store,
    data_dir,
    tmp_path,
):
    """By code point 中国移动 came first and 阿里云 last: nowhere a Chinese reader would look.
    Sorted by the Payee column they read in pinyin order."""
    bill = tmp_path / "工商银行明细.csv"
    bill.write_text(
        "交易日期,交易摘要,金额\n"
        "2026-10-03,星巴克,-36.00\n2026-10-05,中国移动,-58.00\n2026-10-08,京东,-120.30\n"
        "2026-10-12,爱奇艺,-25.00\n2026-10-15,滴滴出行,-32.40\n2026-10-20,阿里云,-99.00\n"
        "2026-10-22,拼多多,-45.90\n2026-10-25,美团外卖,-42.50\n",
        encoding="utf-8",
    )
    import_files(store, [bill])
    page = _page(qtbot, inline_ctx(store, data_dir))
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0))
    names = [row[0] for row in _shown(page)]
    if names[0] != "阿里云":  # the first click may sort the other way
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0)
        )
        names = [row[0] for row in _shown(page)]
    pinyin = ["阿里云", "爱奇艺", "滴滴出行", "京东", "美团外卖", "拼多多", "星巴克"]
    assert names == [*pinyin, "中国移动"]


def test_a_payee_of_years_counts_its_lines_as_its_money_reads(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store, data_dir, tmp_path
):
    """Ten years of a daily coffee: 1,250 lines, grouped as the money beside them is."""
    first = date(2023, 1, 2)
    coffees = [
        Line(first + timedelta(days=n), "-4.75", "STARBUCKS STORE 10482 SEATTLE WA", f"SB{n:05d}")
        for n in range(1_250)
    ]
    statement = tmp_path / "card.ofx"
    statement.write_text(statement_ofx(coffees, account="4417123456789012"), encoding="ascii")
    assert not import_files(store, [statement]).failed
    page = _page(qtbot, inline_ctx(store, data_dir))
    (row,) = _shown(page)
    assert row[2:4] == ["1,250", "-$5,937.50"]
