"""The subscriptions page read at a glance: groups with totals, folding, one row per transfer,
good news in green, the paying account, and merge / split / review date from the page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu

from finapp.gui.context import AppContext
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_edit import ReviewDateDialog, SplitDialog
from finapp.gui.ui_state import UiState
from finapp.services import subscriptions as service
from finapp.store.engine import Store
from tests.gui.answering import enter, nothing_open, opened
from tests.gui.household import add_card_and_raise, fill_household
from tests.gui.page_fixtures import TODAY, inline_ctx, made_store, open_copy
from tests.gui.test_pages_subscriptions import _cells, _index, _names, _select, _stored

GREEN, RED = QColor("#2e8540"), QColor("#d64541")
D = TypeVar("D", bound=QDialog)


@pytest.fixture(scope="module")
def card_household(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The household with a Visa card paid from Checking, a Hulu rise and a pay rise, its
    streams detected: made once for the module, each test opens a copy of its own."""
    folder = tmp_path_factory.mktemp("card-household")

    def fill(store: Store) -> None:
        fill_household(store, folder, TODAY, months=6)
        add_card_and_raise(store, folder, TODAY)
        service.detect_subscriptions(store, TODAY)

    return made_store(folder, fill)


@pytest.fixture
def ctx(qtbot, us_locale, card_household, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    store = open_copy(card_household, data_dir)
    yield inline_ctx(store, data_dir)
    store.close()


def _page(qtbot, ctx, ui_state: UiState) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    ctx.ui_state = ui_state  # the window's state, as the shell hands it to every page
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitActive(page):  # the page's keys work in the active window only
        page.show()
        page.activateWindow()
    return page


def _answer(qtbot, dialog: D) -> D:  # type: ignore[no-untyped-def]
    """The dialog once it has the keyboard, as the user meets it."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _header(page: SubscriptionsPage, key: str) -> str:
    return page.model.group_index(key).data()


def _group_names(page: SubscriptionsPage, key: str) -> list[str]:
    group = next(g for g in page.model.groups() if g.key == key)
    return [p.view.name for p in group.rows]


def _words(names: list[str]) -> list[str]:
    """Which of the household's payees ``names`` are, however the names are worded."""
    payees = ("Acme", "Globex", "City Power", "Oakwood")
    return sorted(word for word in payees if any(word in name for name in names))


def test_groups_with_their_count_and_yearly_and_monthly_totals(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    assert [g.key for g in page.model.groups()] == ["subscriptions", "bills", "income", "transfers"]
    assert {"Netflix", "Spotify", "Hulu"} <= set(_group_names(page, "subscriptions"))
    assert _words(_group_names(page, "bills")) == ["City Power", "Oakwood"]
    assert _words(_group_names(page, "income")) == ["Acme", "Globex"]
    # rent 12 x 1,250.00 + power 12 x 84.20
    assert _header(page, "bills") == "Bills (2) · $16,010.40 a year · $1,334.20 a month"
    # pay 12 x 3,200.00 + 12 x 2,150.00
    assert _header(page, "income") == "Income (2) · $64,200.00 a year · $5,350.00 a month"
    subscriptions = _header(page, "subscriptions")
    assert subscriptions.startswith(f"Subscriptions ({len(_group_names(page, 'subscriptions'))})")
    hint = page.model.group_index("transfers").data(Qt.ItemDataRole.ToolTipRole)
    assert "own accounts" in hint


def test_income_and_transfers_are_folded_at_first_and_the_folding_is_kept(
    qtbot, ctx, tmp_path
) -> None:
    ui = UiState(tmp_path / "ui.ini")
    page = _page(qtbot, ctx, ui)
    tree = page.table

    def folded() -> set[str]:
        return {
            g.key for g in page.model.groups() if not tree.isExpanded(page.model.group_index(g.key))
        }

    assert folded() == {"income", "transfers"}
    tree.setFocus()
    tree.setCurrentIndex(page.model.group_index("bills"))
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # fold Bills
    tree.setCurrentIndex(page.model.group_index("income"))
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # unfold Income
    assert folded() == {"bills", "transfers"}
    tree.setCurrentIndex(page.model.group_index("transfers"))
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on a header unfolds it, and folds it again
    assert folded() == {"bills"}
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert folded() == {"bills", "transfers"}
    assert page.selected() is None  # a header is never a stream acted on

    page.refresh()  # an import, the day's check: the user's folding stays
    assert folded() == {"bills", "transfers"}
    again = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))  # the next start
    assert {
        g.key
        for g in again.model.groups()
        if not again.table.isExpanded(again.model.group_index(g.key))
    } == {"bills", "transfers"}


def test_a_card_payment_is_one_transfer_from_checking_to_the_card(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    (payment,) = next(g for g in page.model.groups() if g.key == "transfers").rows
    assert payment.view.account == "Checking" and payment.other_side.account == "Visa card"
    ids = {p.view.id for p in page.model.rows()}
    assert payment.other_side.id not in ids  # the card's side is not a second row
    name = payment.view.name
    cells = _cells(page, name)
    assert cells[5] == "Checking → Visa card"
    assert cells[4] == "$6,000.00"  # 12 x 500.00, counted once
    assert _header(page, "transfers") == (
        "Transfers between own accounts (1) · $6,000.00 a year · $500.00 a month"
    )
    assert "6,000.00" not in _header(page, "subscriptions") + _header(page, "bills")

    # its charges, on both accounts
    _select(page, name)
    with qtbot.waitSignal(ctx.bus.navigate) as blocker:
        qtbot.mouseClick(page.buttons["charges"], Qt.MouseButton.LeftButton)
    assert len(blocker.args[1]["transaction_ids"]) == 10  # five months, each seen twice


def test_a_pay_rise_is_good_news_and_a_price_rise_a_warning(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    page.table.expand(page.model.group_index("income"))
    notes = page.model.columnCount() - 1
    globex = next(name for name in _names(page) if "Globex" in name)
    raise_index = _index(page, globex).siblingAtColumn(notes)
    assert raise_index.data() == "▲ pay rise"
    assert raise_index.data(Qt.ItemDataRole.ForegroundRole) == GREEN
    assert raise_index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Pay rise: $2,000.00 → $2,150.00 on Apr 15, 2025"
    )
    assert raise_index.data(Qt.ItemDataRole.FontRole) is None  # not shouted about

    rise_index = _index(page, "Hulu").siblingAtColumn(notes)
    assert rise_index.data() == "▲ price up"
    assert rise_index.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert rise_index.data(Qt.ItemDataRole.FontRole).bold()


def test_the_paying_account_or_card_is_a_column(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Paid from"
    assert _cells(page, "Netflix")[5] == "Checking"
    assert _cells(page, "Hulu")[5] == "Visa card"


def test_split_merge_and_review_date_from_the_page_are_shown_and_kept(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    netflix = _select(page, "Netflix")
    assert len(netflix.transaction_ids) == 6

    # split the last two charges off: a second plan the detector had joined
    qtbot.mouseClick(page.buttons["split"], Qt.MouseButton.LeftButton)
    split = _answer(qtbot, opened(page, SplitDialog, "split-subscription"))
    qtbot.keyClick(split.charges, Qt.Key.Key_Return)  # nothing ticked: the form says so, stays
    assert split.isVisible() and "not none" in split.problem.text()
    qtbot.keyClick(split.charges, Qt.Key.Key_Space)  # the latest charge is the current one
    qtbot.keyClick(split.charges, Qt.Key.Key_Up)
    qtbot.keyClick(split.charges, Qt.Key.Key_Space)
    qtbot.keyClick(split.charges, Qt.Key.Key_Return)
    assert nothing_open(page)
    assert {"Netflix", "Netflix (split)"} <= set(_names(page))
    part = page.selected()
    assert part is not None and part.name == "Netflix (split)"  # the new row, selected
    assert len(_stored(ctx, part.id).transaction_ids) == 2
    assert len(_stored(ctx, netflix.id).transaction_ids) == 4

    # merge it back, from the row's context menu (keyboard: Shift+F10, then the entry)
    _select(page, "Netflix")
    with qtbot.waitActive(page):  # the form gone, the window has the keyboard again
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = next(m for m in page.findChildren(QMenu, "subscription-menu") if m.isVisible())
    texts = [a.text() for a in menu.actions()]
    assert {"Mer&ge with…", "&Split…", "Re&view date…"} <= set(texts)
    menu.setActiveAction(menu.actions()[texts.index("Mer&ge with…")])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    merge = _answer(qtbot, opened(page, QInputDialog, "merge-subscription"))
    assert merge.comboBoxItems()[0].startswith("Netflix (split) · Checking · $15.49 Monthly")
    enter(qtbot, merge)
    assert _names(page).count("Netflix") == 1 and "Netflix (split)" not in _names(page)
    assert len(_stored(ctx, netflix.id).transaction_ids) == 6
    assert part.id not in {s.id for s in service.stored_subscriptions(ctx.store)}

    # a review date, shown in the row's notes, then cleared
    _select(page, "Netflix")
    qtbot.mouseClick(page.buttons["review"], Qt.MouseButton.LeftButton)
    review = _answer(qtbot, opened(page, ReviewDateDialog, "subscription-review-date"))
    assert not review.day.isEnabled()
    qtbot.mouseClick(review.review, Qt.MouseButton.LeftButton)
    review.day.setDate(QDate(2025, 8, 1))
    enter(qtbot, review)
    assert _stored(ctx, netflix.id).review_date == date(2025, 8, 1)
    assert "review 08/01/2025" in _cells(page, "Netflix")[7]

    _select(page, "Netflix")
    qtbot.mouseClick(page.buttons["review"], Qt.MouseButton.LeftButton)
    review = _answer(qtbot, opened(page, ReviewDateDialog, "subscription-review-date"))
    assert review.review.isChecked() and review.value() == date(2025, 8, 1)
    qtbot.mouseClick(review.review, Qt.MouseButton.LeftButton)
    enter(qtbot, review)
    assert _stored(ctx, netflix.id).review_date is None
    assert "review" not in _cells(page, "Netflix")[7]


def test_row_actions_follow_the_selected_stream_only(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    row_actions = ["merge", "split", "review"]
    assert not any(page.buttons[name].isEnabled() for name in row_actions)
    header = page.table.visualRect(page.model.group_index("bills"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    assert not any(page.buttons[name].isEnabled() for name in row_actions)
    row = page.table.visualRect(_index(page, "Spotify"))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert all(page.buttons[name].isEnabled() for name in row_actions)


def test_sorting_orders_the_rows_within_each_group(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    header = page.table.header()
    per_year = 4
    _select(page, "Spotify")
    for _ in range(2):  # ascending, then descending
        x = header.sectionViewportPosition(per_year) + header.sectionSize(per_year) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert [g.key for g in page.model.groups()] == [
            "subscriptions",
            "bills",
            "income",
            "transfers",
        ]
        for number, group in enumerate(page.model.groups()):
            parent = page.model.index(number, 0)
            costs = [
                page.model.row_at(page.model.index(row, 0, parent)).view.annual_cost
                for row in range(page.model.rowCount(parent))
            ]
            assert costs == sorted(costs, reverse=descending), group.key
        assert page.selected().name == "Spotify"  # the selection follows its row


def test_a_stream_asked_for_in_a_folded_group_is_shown_without_unfolding_it_for_good(
    qtbot, ctx, tmp_path
) -> None:
    """Opened from the tray or the Dashboard on a pay stream: Income opens for it, and the next
    start still has Income folded as the user left it."""
    page = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    income = page.model.group_index("income")
    assert not page.table.isExpanded(income)
    globex = next(p.view for p in page.model.rows() if "Globex" in p.view.name)
    page.apply_filter({"subscription_id": globex.id})
    assert page.table.isExpanded(income) and page.selected() == globex
    page.refresh()  # a reload keeps it open while the page lives
    assert page.table.isExpanded(page.model.group_index("income"))
    again = _page(qtbot, ctx, UiState(tmp_path / "ui.ini"))
    assert not again.table.isExpanded(again.model.group_index("income"))
