"""The transactions table's columns (codes, one text buffer) hold what the listing holds, and its
byte search finds what a plain substring test finds, on varied generated payees and memos."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from finapp.core.money import from_minor
from finapp.gui.models.transaction_columns import NO_TIME, TransactionFilter, build_columns
from finapp.gui.models.transactions_model import (
    COL_CATEGORY,
    COL_PAYEE,
    COL_STATEMENT,
    TransactionsModel,
)
from finapp.gui.pages.transaction_filters import DEBOUNCE_MS
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.transaction_table import table_batches
from finapp.services.transactions import list_transactions
from finapp.store.schema import Account, Category, Transaction
from tests.gui.inline_tasks import InlineTaskRunner

_PAYEES = ["NETFLIX.COM", "WHOLEFDS MKT #10234", "支付宝 美团外卖", "微信支付-滴滴出行",
           "Straße Café", "SQ *BLUE BOTTLE", "中国铁路12306", "İSTANBUL KEBAP", ""]  # fmt: skip
_MEMOS = ["", "REF 88231", "订单号 2291", "NETFLIX.COM 12", "ﬁne print", "Ünïcödé memo"]


def _fill(store, rows: int = 300) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    with store.write() as session:
        accounts = [
            Account(name="Checking", currency="USD"),
            Account(name="円 card", currency="JPY"),
        ]
        session.add_all(accounts)
        session.flush()
        categories = [None, *session.scalars(select(Category.id))]
        session.execute(
            insert(Transaction),
            [
                {
                    "account_id": accounts[i % 2].id,
                    "posted": date(2024, 1, 1) + timedelta(days=rng.randint(0, 400)),
                    "posted_time": rng.choice([None, time(9, 5, 7), time(23, 59)]),
                    "amount_minor": rng.randint(-90_000, 90_000),
                    "currency": ("USD", "JPY")[i % 2],
                    "payee": f"{rng.choice(_PAYEES)} {rng.randint(1, 30)}".strip(),
                    "memo": rng.choice(_MEMOS),
                    "merchant": rng.choice(["netflix", "whole foods", "美团", ""]),
                    "dedupe_key": f"t:{i}",
                    "category_id": rng.choice(categories),
                }
                for i in range(rows)
            ],
        )


@pytest.fixture
def varied_store(store):  # type: ignore[no-untyped-def]
    _fill(store)
    return store


def test_columns_hold_what_the_listing_holds(varied_store) -> None:
    listed = list_transactions(varied_store)
    cols = build_columns(table_batches(varied_store, batch_rows=7))
    assert len(cols) == len(listed) == 300
    for i, view in enumerate(listed):
        assert int(cols.ids[i]) == view.id
        assert cols.dates[i].item() == view.date
        seconds = NO_TIME if view.time is None else view.time.hour * 3600 + view.time.minute * 60
        assert int(cols.seconds[i]) == seconds + (view.time.second if view.time else 0)
        assert from_minor(int(cols.amount_minor[i]), cols.currencies[i]) == view.amount
        assert cols.currencies[i] == view.currency
        assert (cols.accounts[i], cols.payees[i], cols.memos[i]) == (
            view.account,
            view.payee,
            view.memo,
        )
        assert cols.categories[i] == (view.category or "")


def test_search_finds_what_a_substring_test_finds(varied_store) -> None:
    listed = list_transactions(varied_store)
    cols = build_columns(table_batches(varied_store, batch_rows=50))
    # what the search reads: the name shown, then the statement's words
    texts = [
        f"{name}\t{v.payee}\t{v.memo}\t{v.merchant}".casefold()
        for name, v in zip(map(cols.names.__getitem__, range(len(cols))), listed, strict=True)
    ]
    rng = random.Random(3)
    needles = ["支付宝", "美团", "netflix", "NETFLIX.COM 1", "strasse", "ß", "fi", "12306",
               "i̇stanbul", "ref 8", "订单", "k\tref", "no such", "\0", "x" * 500]  # fmt: skip
    for text in rng.sample(texts, 40):  # and pieces of real rows, wherever they start
        start = rng.randrange(len(text))
        needles.append(text[start : start + rng.randint(1, 6)])
    for needle in needles:
        folded = needle.casefold()
        found = cols.text.rows_containing(folded).tolist()
        assert found == [folded in text for text in texts], needle


def test_filters_and_category_edits_over_codes(varied_store) -> None:
    model = TransactionsModel()
    model.set_columns(build_columns(table_batches(varied_store)))
    listed = {v.id: v for v in list_transactions(varied_store)}
    model.set_filter(TransactionFilter(account="円 card", category=""))
    shown = [listed[model.transaction_id(row)] for row in range(model.rowCount())]
    assert shown and all(v.account == "円 card" and v.category is None for v in shown)
    assert len(shown) == sum(v.account == "円 card" and v.category is None for v in listed.values())

    first = model.transaction_id(0)
    model.update_categories([first], "Brand new:Path")  # a category no row had before
    model.set_filter(TransactionFilter(category="Brand new"))
    assert [model.transaction_id(row) for row in range(model.rowCount())] == [first]
    assert model.index(0, COL_CATEGORY).data() == "Brand new:Path"


def test_typing_in_the_search_box_finds_chinese_payees_and_memos(
    qtbot, varied_store, data_dir
) -> None:
    from finapp.gui.bus import AppBus
    from finapp.gui.context import AppContext

    bus = AppBus()
    page = TransactionsPage(AppContext(varied_store, bus, InlineTaskRunner(bus), data_dir))
    qtbot.addWidget(page)
    listed = list_transactions(varied_store)
    for typed, wanted in (
        ("支付宝", lambda v: "支付宝" in v.payee),
        ("订单号", lambda v: "订单号" in v.memo),
        ("straße", lambda v: "Straße" in v.payee),
    ):
        page.search.clear()
        if typed.isascii() or "ß" in typed:
            qtbot.keyClicks(page.search, typed)
        else:  # as an input method commits it: QTest cannot press keys for Chinese characters
            page.search.insert(typed)
        expected = sum(map(wanted, listed))
        qtbot.waitUntil(lambda n=expected: page.model.rowCount() == n)
        payees = {
            page.model.index(row, COL_STATEMENT).data() for row in range(page.model.rowCount())
        }
        assert expected and all(p in {v.payee for v in listed if wanted(v)} for p in payees)


def test_return_applies_the_search_at_once(qtbot, varied_store, data_dir) -> None:
    """Return in the search box filters without waiting for the pause after typing; with
    nothing new typed it asks for nothing again."""
    from finapp.gui.bus import AppBus
    from finapp.gui.context import AppContext

    bus = AppBus()
    page = TransactionsPage(AppContext(varied_store, bus, InlineTaskRunner(bus), data_dir))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "netflix")
    assert page.model.current_filter().text == ""  # still within the pause
    with qtbot.waitSignal(page.filters.changed, timeout=0):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.current_filter().text == "netflix"
    shown = page.model.rowCount()
    assert 0 < shown < len(list_transactions(varied_store))
    with qtbot.assertNotEmitted(page.filters.changed, wait=2 * DEBOUNCE_MS):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_sorting_by_text_orders_case_insensitively_then_by_id(varied_store) -> None:
    from PySide6.QtCore import Qt

    from finapp.gui.models.transactions_model import COL_MEMO

    model = TransactionsModel()
    model.set_columns(build_columns(table_batches(varied_store)))
    listed = {v.id: v for v in list_transactions(varied_store)}
    for column, field in ((COL_STATEMENT, "payee"), (COL_MEMO, "memo")):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        ids = [model.transaction_id(row) for row in range(model.rowCount())]
        assert ids == sorted(listed, key=lambda i, f=field: (getattr(listed[i], f).casefold(), i))
    model.sort(COL_PAYEE, Qt.SortOrder.AscendingOrder)  # by the names shown
    shown = [(model.payee_name(row).casefold(), model.transaction_id(row))
             for row in range(model.rowCount())]  # fmt: skip
    assert shown == sorted(shown) and len({name for name, _ in shown}) > 3


@pytest.mark.parametrize(
    ("low", "high"),
    [("100", "500"), ("-250.5", "-0.01"), ("12.5", None), (None, "-899.995"), ("0", "0")],
)
def test_amount_filter_reads_each_row_in_its_own_currency(varied_store, low, high) -> None:
    """ "At least 100" keeps ¥100 on the yen card and $100.00 on the dollar account, money in
    or out alike; a negative bound reads the signed amount."""
    model = TransactionsModel()
    model.set_columns(build_columns(table_batches(varied_store)))
    bounds = {"amount_min": low, "amount_max": high}
    model.set_filter(
        TransactionFilter(**{k: Decimal(v) for k, v in bounds.items() if v is not None})
    )
    shown = sorted(model.transaction_id(row) for row in range(model.rowCount()))
    signed = any(bound is not None and Decimal(bound) < 0 for bound in (low, high))
    sized = {v.id: v.amount if signed else abs(v.amount) for v in list_transactions(varied_store)}
    expected = sorted(
        i
        for i, size in sized.items()
        if (low is None or size >= Decimal(low)) and (high is None or size <= Decimal(high))
    )
    assert shown == expected
    assert any(v.currency == "JPY" for v in list_transactions(varied_store))  # both kinds present


def test_search_box_shows_the_rows_whose_texts_hold_what_is_typed(
    qtbot, varied_store, data_dir
) -> None:
    """Each column's distinct texts are searched once: the rows shown are still exactly those
    whose name, payee, memo, merchant, note or tags hold the typed text, whatever its case or
    script, and a pasted tab still reads across from one text into the next."""
    from finapp.gui.bus import AppBus
    from finapp.gui.context import AppContext
    from finapp.services.annotations import add_tags, set_note

    listed = list_transactions(varied_store)
    set_note(varied_store, [v.id for v in listed[::7]], "Geschenk für Oma – STRASSENFEST")
    set_note(varied_store, [v.id for v in listed[3::11]], "报销 出差 Q3")
    add_tags(varied_store, ["#tax", "#家庭"], [v.id for v in listed[::5]])
    bus = AppBus()
    page = TransactionsPage(AppContext(varied_store, bus, InlineTaskRunner(bus), data_dir))
    qtbot.addWidget(page)
    model = page.model
    cols = build_columns(table_batches(varied_store))
    rows = {int(cols.ids[i]): i for i in range(len(cols))}
    texts = {
        tid: "\t".join(
            [cols.names[i], cols.payees[i], cols.memos[i], cols.merchants[i]]
            + [extra for extra in (cols.notes[i], cols.tags[i]) if extra]
        ).casefold()
        for tid, i in rows.items()
    }
    needles = ["e", "N", "1", "支", "支付宝", "美团", "Straße", "STRASSE", "ß", "ﬁ", "FI", "zz",
               "İstanbul", "#TAX", "#家", "报销", "für oma", "netflix.com\tnetflix"]  # fmt: skip
    rng = random.Random(8)
    for text in rng.sample(sorted(texts.values()), 12):  # pieces of real rows, across tabs too
        start = rng.randrange(len(text))
        needles.append(text[start : start + rng.randint(2, 9)].strip())
    spanned = 0
    for needle in needles:
        page.search.clear()
        page.search.insert(needle)  # as typed, pasted or committed by an input method
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # applied at once, not after the pause
        qtbot.waitUntil(lambda n=needle: model.current_filter().text == n)
        folded = needle.casefold()
        wanted = sorted(tid for tid, text in texts.items() if folded in text)
        assert sorted(model.transaction_id(r) for r in range(model.rowCount())) == wanted, needle
        spanned += "\t" in needle and bool(wanted)
    assert spanned  # a piece running from one text into the next was found
