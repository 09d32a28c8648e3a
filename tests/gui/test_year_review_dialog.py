"""Go → Year in review… (Ctrl+Shift+Y): a household of fifteen months (January 2025 to March
2026), its card paid from checking each month; the user opens the review, picks 2025 and reads
the year's figures, charts, largest purchases and subscriptions."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.gui.models.formatting import format_money
from finapp.gui.shell import Shell
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.accounts import rename_account
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from tests.gui.answering import choose, opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.household import add_card_and_raise, fill_household, statement_lines
from tests.gui.page_fixtures import made_store, open_copy
from tests.gui.radical_font import SHARED, desktop_font_sharing_radicals
from tests.gui.shell_support import make_shell
from tests.subscriptions.statements import write_ofx

TODAY = date(2026, 3, 31)
MONTHS = 15


#: a subscription taken out in June 2025, months after the statements begin
DISNEY = [(date(2025, month, 12), "DISNEY PLUS", Decimal("-13.99")) for month in range(6, 13)]


def spent_in(year: int) -> Decimal:
    """What the household spent in ``year``: every checking line out (the card's payment is a
    transfer to the card), and Hulu on the card, 7.99 for three months then 8.99."""
    lines = [*statement_lines(TODAY, MONTHS), *DISNEY]
    out = sum(-a for day, _p, a in lines if day.year == year and a < 0)
    return out + 3 * Decimal("7.99") + 9 * Decimal("8.99")


@pytest.fixture(scope="module")
def fifteen_months(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The fifteen months imported once for the module; each test opens a copy."""
    folder = tmp_path_factory.mktemp("year-review")

    def fill(store: Store) -> None:
        fill_household(store, folder, TODAY, MONTHS)
        add_card_and_raise(store, folder, TODAY, MONTHS)
        disney = tuple(ParsedTransaction(d, a, p, fitid=f"d{d:%m}") for d, p, a in DISNEY)
        statement = ParsedStatement(ParsedAccount("5550001234"), disney)
        ofx = write_ofx(folder / "disney.ofx", statement)
        assert import_files(store, [ofx], account_name="Checking").new == len(DISNEY)

    return made_store(folder, fill)


@pytest.fixture
def shell(qtbot, us_locale, fifteen_months, data_dir: Path, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    store = open_copy(fifteen_months, data_dir)
    opened_shell = make_shell(store, tmp_path)
    qtbot.addWidget(opened_shell.window)
    opened_shell.window.show()
    opened_shell.window.activateWindow()
    qtbot.waitExposed(opened_shell.window)
    yield opened_shell
    opened_shell.close()


def open_review(qtbot, shell: Shell) -> YearReviewDialog:  # type: ignore[no-untyped-def]
    window = shell.window
    assert window.year_review_action in window.go_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: bool(window.findChildren(YearReviewDialog, "year-review")))
    return opened(window, YearReviewDialog, "year-review")


def choose_year(qtbot, dialog: YearReviewDialog, year: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.findChild(QComboBox, "year-review-year")
    combo.setFocus()
    qtbot.keyClicks(combo, year)
    assert combo.currentText() == year
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.year == int(year))


def test_the_review_opens_on_the_latest_year_and_shows_a_chosen_one(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    assert dialog.windowTitle() == "Year in review"
    combo = dialog.findChild(QComboBox, "year-review-year")
    assert [combo.itemText(i) for i in range(combo.count())] == ["2026", "2025"]
    assert dialog.notes.text().startswith("Data from January 2026 to March 2026.")

    choose_year(qtbot, dialog, "2025")
    income = 12 * Decimal("3200.00") + 3 * Decimal("2000.00") + 9 * Decimal("2150.00")
    spent = spent_in(2025)
    figures = {name: label.text() for name, label in dialog.figures.items()}
    assert figures["income"] == "$63,750.00"  # salaries and the raised second pay
    assert figures["spending"] == format_money(spent, "USD")  # the card's payments left out
    assert figures["net"] == format_money(income - spent, "USD")
    rate = ((income - spent) * 100 / income).quantize(Decimal("0.1"))
    assert figures["savings-rate"] == f"{rate}%"
    assert "on Dec 31, 2024" not in figures["net-worth"]  # the statements begin in January 2025
    assert figures["net-worth"].endswith("on Dec 31, 2025)")  # a day in a sentence
    assert dialog.notes.text() == "Data from January 2025 to December 2025."

    labels = [hit.label for hit in dialog.by_month.hits]
    assert len(labels) == 24  # income and spending for each of twelve months
    assert labels[0] == "Jan 2025\nIncome: $5,200.00"  # both pays, the second not raised yet
    slices = {hit.label.split("\n")[0] for hit in dialog.by_category.hits}
    assert {"Housing", "Food", "Entertainment"} <= slices

    model = dialog.purchases
    assert model.rowCount() == 10
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(10)]
    assert {row[4] for row in rows} == {"$1,250.00"}  # the rent, month after month
    assert {(row[2], row[3]) for row in rows} == {("Housing:Rent", "Checking")}

    text = dialog.subscriptions.toPlainText()
    assert "Price increase: Hulu from $7.99 to $8.99 on " in text
    assert "($12.00 more a year)" in text
    assert "Started Disney+ on Jun 12, 2025 ($167.88 a year)" in text
    assert "Started Netflix" not in text  # paid since before the statements begin


def test_back_to_the_latest_year_and_escape_closes_the_review(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    choose_year(qtbot, dialog, "2025")
    combo = dialog.findChild(QComboBox, "year-review-year")
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # back to the latest, at the top
    assert combo.currentText() == "2026"
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.year == 2026)
    income = 3 * Decimal("3200.00") + 3 * Decimal("2150.00")
    assert dialog.figures["income"].text() == format_money(income, "USD")
    assert len(dialog.by_month.hits) == 24  # the months to come are there, empty
    assert "Cancelled" not in dialog.subscriptions.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.window.findChildren(YearReviewDialog))  # closed, gone


def save_as(qtbot, shell: Shell, dialog: YearReviewDialog, kind: str, target: Path) -> None:  # type: ignore[no-untyped-def]
    button = dialog.save_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    chooser = opened(dialog, QFileDialog, f"year-review-{kind}-file")
    assert Path(chooser.selectedFiles()[0]).name == f"finapp-year-2025.{kind}"
    with qtbot.waitSignal(shell.ctx.bus.message) as told:
        choose(qtbot, chooser, target)
    assert told.args == ["info", f"Year in review written to {target} (not encrypted)."]


def test_the_year_saved_as_a_web_page_with_its_charts_and_as_csv(
    qtbot, shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    choose_year(qtbot, dialog, "2025")
    folder = tmp_path / "My records"
    folder.mkdir()

    page = folder / "year 2025.html"
    save_as(qtbot, shell, dialog, "html", page)
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    text = page.read_text(encoding="utf-8")
    assert "<title>Year in review 2025</title>" in text
    assert text.count("<svg") == 2  # the months and the categories, inline
    assert "<td class=money>$63,750.00</td>" in text
    assert "Price increase: Hulu from $7.99 to $8.99" in text
    assert "<td>January 2025</td>" in text and "Data from January 2025 to December 2025." in text

    table = folder / "year 2025.csv"
    save_as(qtbot, shell, dialog, "csv", table)
    assert sorted(os.listdir(folder)) == ["year 2025.csv", "year 2025.html"]
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    income = [
        r for r in rows if (r["section"], r["name"], r["currency"]) == ("total", "income", "")
    ]
    assert [r["in_USD"] for r in income] == ["63750.00"]
    months = [r for r in rows if r["section"] == "month" and r["name"] == "income"]
    assert [r["date"] for r in months][:2] == ["2025-01", "2025-02"] and len(months) == 12
    assert sum(Decimal(r["in_USD"]) for r in months) == Decimal("63750.00")
    (hulu,) = [r for r in rows if r["section"] == "price_increase"]
    assert (hulu["name"], hulu["amount"], hulu["currency"]) == ("Hulu", "12.00", "USD")
    purchases = [r for r in rows if r["section"] == "purchase"]
    assert len(purchases) == 10 and {r["amount"] for r in purchases} == {"1250.00"}


def test_the_year_saved_as_a_pdf_with_its_charts(qtbot, shell, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    choose_year(qtbot, dialog, "2025")
    target = tmp_path / "year 2025.pdf"
    save_as(qtbot, shell, dialog, "pdf", target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    pdf = PdfReader(target)
    assert pdf.metadata.title == "Year in review 2025"
    # the words as a reader sees them (the PDF places each word apart)
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "$63,750.00" in text and "Price increase: Hulu from $7.99 to $8.99" in text
    assert "Largest purchases" in text and "January 2025" in text
    drawn = {image.name for page in pdf.pages for image in page.images}
    assert len(drawn) == 2  # the months and the categories
    assert "browser" not in text  # the footer of the web page is not the PDF's


@pytest.mark.usefixtures("chinese")
def test_a_chinese_review_saved_as_pdf_is_searched_and_copied_as_it_reads(
    qtbot, qapp, fifteen_months, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A Chinese desktop's font draws 入 and ⼊, 门 and ⻔ with one glyph: the saved PDF's text
    (what search, copy and a screen reader get) says 收入 and 门店, not 收⼊ and ⻔店, and the
    footer's "finapp" its letters, not the ligature ﬁ."""
    store = open_copy(fifteen_months, data_dir)
    rename_account(store, "Checking", "门店账户")
    with desktop_font_sharing_radicals(qapp):
        chinese_shell = make_shell(store, tmp_path)
        qtbot.addWidget(chinese_shell.window)
        chinese_shell.window.show()
        chinese_shell.window.activateWindow()
        qtbot.waitExposed(chinese_shell.window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is chinese_shell.window)
        try:
            dialog = open_review(qtbot, chinese_shell)
            choose_year(qtbot, dialog, "2025")
            qtbot.mouseClick(dialog.save_buttons["pdf"], Qt.MouseButton.LeftButton)
            chooser = opened(dialog, QFileDialog, "year-review-pdf-file")
            target = tmp_path / "2025年.pdf"
            with qtbot.waitSignal(chinese_shell.ctx.bus.message):
                choose(qtbot, chooser, target)
        finally:
            chinese_shell.close()
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "收入" in text and "门店账户" in text and "12月" in text
    assert "由finapp生成" in text
    radicals = {glyph[0] for glyph in SHARED.values()}
    assert not radicals & set(text), sorted(radicals & set(text))


def test_a_pdf_not_named_pdf_is_refused_and_nothing_is_written(
    qtbot, shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    qtbot.mouseClick(dialog.save_buttons["pdf"], Qt.MouseButton.LeftButton)
    chooser = opened(dialog, QFileDialog, "year-review-pdf-file")
    with qtbot.waitSignal(shell.ctx.bus.message) as told:
        choose(qtbot, chooser, tmp_path / "year.txt")
    assert told.args == [
        "warning",
        "The year in review is a PDF file: name it with .pdf, not year.txt",
    ]
    assert not (tmp_path / "year.txt").exists()


def test_a_page_not_named_html_is_refused_and_nothing_is_written(
    qtbot, shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review(qtbot, shell)
    qtbot.mouseClick(dialog.save_buttons["html"], Qt.MouseButton.LeftButton)
    chooser = opened(dialog, QFileDialog, "year-review-html-file")
    with qtbot.waitSignal(shell.ctx.bus.message) as told:
        choose(qtbot, chooser, tmp_path / "year.pdf")
    assert told.args == ["warning", "The report is an HTML file: name it with .html, not year.pdf"]
    assert not (tmp_path / "year.pdf").exists()


def test_asked_again_the_open_review_comes_forward(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    first = open_review(qtbot, shell)
    shell.window.activateWindow()
    shell.window.year_review_action.trigger()  # Go → Year in review… once more
    assert opened(shell.window, YearReviewDialog, "year-review") is first


def test_before_any_import_the_review_says_there_is_nothing(
    qtbot, us_locale, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "empty", key=StoreKey.from_raw(new_raw_key()))
    empty = make_shell(store, tmp_path)
    qtbot.addWidget(empty.window)
    empty.window.show()
    empty.window.activateWindow()
    qtbot.waitExposed(empty.window)
    try:
        empty.window.year_review_action.trigger()  # Go → Year in review…
        dialog = opened(empty.window, YearReviewDialog, "year-review")
        year = str(date.today().year)
        assert dialog.year.currentText() == year
        assert dialog.notes.text() == f"No transactions in {year}."
        assert dialog.figures["income"].text() == "$0.00"
        assert dialog.figures["savings-rate"].text() == "n/a (no income)"
        assert dialog.purchases.rowCount() == 0
    finally:
        empty.close()
        store.close()
