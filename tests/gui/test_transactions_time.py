"""The transactions table's Date column shows the day alone, every row alike; the time of day,
where the statement gives one, is in the day's tooltip, which says so where it gives none (the
household's checking OFX writes 12:00 on every line: no time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from finapp.gui.models.formatting import format_date
from finapp.gui.models.transactions_model import COL_DATE, COL_STATEMENT
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions

WECHAT = (
    "微信支付账单明细,,,,,,,,,,\n"
    "微信昵称：[阿芳],,,,,,,,,,\n"
    "起始时间：[2025-06-01 00:00:00] 终止时间：[2025-06-19 23:59:59],,,,,,,,,,\n"
    "----------------------微信支付账单明细列表--------------------,,,,,,,,,,\n"
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n"
    "2025-06-18 19:42:13,商户消费,瑞幸咖啡(西溪店),生椰拿铁,支出,¥13.90,零钱,支付成功,"
    "4200002196202506181942131551,LK20250618194213,/\n"
    "2025-06-18 08:15:37,商户消费,瑞幸咖啡(西溪店),生椰拿铁,支出,¥13.90,零钱,支付成功,"
    "4200002196202506180815371552,LK20250618081537,/\n"
    "2025-06-17 23:06:51,商户消费,美团外卖,黄焖鸡米饭,支出,¥31.80,零钱,支付成功,"
    "4200002196202506172306511553,MT20250617230651,/\n"
)


@pytest.fixture
def wallet_ctx(household_ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The household with a month of WeChat Pay lines, which carry their times."""
    path = tmp_path / "微信支付账单(20250601-20250619).csv"
    path.write_text(WECHAT, encoding="utf-8")
    assert import_files(household_ctx.store, [path]).new == 3
    return household_ctx


@pytest.fixture
def zh_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def _page(qtbot, ctx) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _cells(page: TransactionsPage, payee: str, role=Qt.ItemDataRole.DisplayRole) -> list:  # type: ignore[no-untyped-def]
    model = page.model
    return [
        model.index(row, COL_DATE).data(role)
        for row in range(model.rowCount())
        if model.index(row, COL_STATEMENT).data() == payee
    ]


def _netflix_days(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    """The household's Netflix charges, newest first, as the store holds them."""
    rows = [t for t in list_transactions(ctx.store) if t.payee == "NETFLIX.COM"]
    assert rows and all(t.time is None for t in rows)
    return [t.date.isoformat() for t in reversed(rows)]


def test_payment_app_lines_give_their_time_in_the_tooltip_and_every_date_cell_is_a_day(
    qtbot, wallet_ctx
) -> None:
    page = _page(qtbot, wallet_ctx)
    assert _cells(page, "美团外卖") == ["06/17/2025"]
    [tip] = _cells(page, "美团外卖", Qt.ItemDataRole.ToolTipRole)
    assert tip == "At 11:06:51\u202fPM, local time, as the statement gives it."
    # the household's checking statement gives no time: its date alone, and a tooltip saying so
    netflix = _cells(page, "NETFLIX.COM")
    assert netflix == [format_date(date.fromisoformat(c)) for c in _netflix_days(wallet_ctx)]
    tips = set(_cells(page, "NETFLIX.COM", Qt.ItemDataRole.ToolTipRole))
    assert tips == {"The statement gives no time of day for this transaction."}
    header = page.model.headerData(COL_DATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Point at a day to see the time of day" in header


def test_sorting_by_date_puts_a_day_in_its_time_order(qtbot, wallet_ctx) -> None:
    page = _page(qtbot, wallet_ctx)
    tip = Qt.ItemDataRole.ToolTipRole
    evening, morning = (f"At {t}, local time, as the statement gives it." for t in
                        ("7:42:13\u202fPM", "8:15:37\u202fAM"))  # fmt: skip
    assert _cells(page, "瑞幸咖啡(西溪店)", tip) == [evening, morning]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_DATE) + header.sectionSize(COL_DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _cells(page, "瑞幸咖啡(西溪店)", tip) == [morning, evening]


def test_times_follow_the_chinese_locale(qtbot, wallet_ctx, zh_locale) -> None:
    page = _page(qtbot, wallet_ctx)
    assert _cells(page, "美团外卖") == ["2025-06-17"]
    [tip] = _cells(page, "美团外卖", Qt.ItemDataRole.ToolTipRole)
    assert "23:06:51" in tip
