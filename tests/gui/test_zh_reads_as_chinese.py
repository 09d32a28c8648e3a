"""The Chinese interface reads as written in Chinese, not translated word by word: a status
and its qualifier in Chinese order (免费试用后已中断), category paths with the full-width colon
(饮食：咖啡) while either colon is accepted where a path is typed, lists joined with 、, a
currency named in prose by its Chinese name (折合美元), a suggested subscription 待确认, the
count of transactions as 共 N 笔, chart ticks as a Chinese reader counts (5,000, 1万), and the
user guide in Chinese."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser

from finapp.core.stream_groups import SUBSCRIPTIONS
from finapp.gui.category_names import display_category, real_path
from finapp.gui.charts.canvas import theme_from_palette, use_chinese_fallback
from finapp.gui.charts.plots import FlowData, draw_income_expense_bars
from finapp.gui.charts.summary import MonthFlow
from finapp.gui.dialogs.subscription_audit import overlap_lines
from finapp.gui.dialogs.user_guide import UserGuideDialog
from finapp.gui.models.subscriptions_model import notes_text, schedule_name, status_text
from finapp.gui.pages.dashboard_headlines import _note
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.subscription_groups import PlacedStream
from finapp.services.subscriptions import SubscriptionView
from tests.gui.chinese import chinese  # noqa: F401 - the fixture


def _netflix(flags: tuple[str, ...], status: str = "inactive") -> PlacedStream:
    """A monthly streaming charge as detection finds it (not yet confirmed), with ``flags``."""
    view = SubscriptionView(
        id=1, name="Netflix", merchant="Netflix", account="Sapphire Visa", kind="subscription",
        cadence="monthly", amount=Decimal("-15.49"), average_amount=Decimal("-15.49"),
        currency="USD", next_date=None, status=status, confidence="high",
        user_state="suggested", manual=False, annual_cost=Decimal("185.88"), price_changes=(),
        flags=flags, charged_after_cancel=(), cancelled_on=None, reminder_offsets=(),
        review_date=None, transaction_ids=(),
    )  # fmt: skip
    return PlacedStream(view, SUBSCRIPTIONS, "Sapphire Visa")


def test_a_subscription_that_lapsed_after_its_free_trial_reads_in_chinese_order(
    chinese,  # noqa: F811
) -> None:
    row = _netflix(("lapsed", "started_after_trial"))
    assert notes_text(row) == "⊘ 免费试用后已中断"
    assert notes_text(_netflix(("started_after_trial",))) == "免费试用后"
    assert (
        status_text(_netflix((), "active").view) == "待确认"
    )  # found, not yet confirmed by the user


def test_english_says_the_lapse_after_the_trial_in_one_phrase(qapp) -> None:
    assert notes_text(_netflix(("lapsed", "started_after_trial"))) == "⊘ lapsed after free trial"


def test_council_tax_with_february_and_march_off_says_so_in_chinese(
    chinese,  # noqa: F811
) -> None:
    view = replace(_netflix((), "active").view, months_off=(2, 3))
    assert schedule_name(view) == "每月，2月、3月除外"
    assert schedule_name(_netflix((), "active").view) == "每月"


def test_english_names_the_months_a_bill_takes_off(qapp) -> None:
    view = replace(_netflix((), "active").view, months_off=(2, 3))
    assert schedule_name(view) == "Monthly, none in Feb, Mar"


#: estimated taxes, paid on 15 January, April, June and September
TAX_MONTHS_OFF = (2, 3, 5, 7, 8, 10, 11, 12)


def test_a_tax_paid_in_four_set_months_names_them(qapp) -> None:
    view = replace(_netflix((), "active").view, cadence="quarterly", months_off=TAX_MONTHS_OFF)
    assert schedule_name(view) == "Quarterly, in Jan, Apr, Jun, Sep"


def test_a_tax_paid_in_four_set_months_names_them_in_chinese(chinese) -> None:  # noqa: F811
    view = replace(_netflix((), "active").view, cadence="quarterly", months_off=TAX_MONTHS_OFF)
    assert schedule_name(view) == "每季度，仅1月、4月、6月、9月"


def test_category_paths_read_with_the_full_width_colon_and_either_colon_is_typed(
    chinese,  # noqa: F811
) -> None:
    paths = ["Food", "Food:Coffee", "Food:Groceries"]
    assert display_category("Food:Coffee") == "饮食：咖啡"
    # what the user types reaches the services as the stored path, with either colon
    assert real_path("饮食：咖啡", paths) == "Food:Coffee"
    assert real_path("饮食:咖啡", paths) == "Food:Coffee"
    assert real_path("Food:Coffee", paths) == "Food:Coffee"
    # a new name goes under the parent typed, shown in Chinese or stored in English
    assert real_path("饮食：外卖", paths) == "Food:外卖"
    assert real_path("饮食:外卖", paths) == "Food:外卖"


def test_english_category_paths_keep_the_colon(qapp) -> None:
    assert display_category("Food:Coffee") == "Food:Coffee"


def test_lists_of_names_are_joined_with_the_enumeration_comma(chinese) -> None:  # noqa: F811
    audit = SimpleNamespace(
        overlaps=[SimpleNamespace(family="video", names=("Disney+", "Netflix", "爱奇艺"))]
    )
    (line,) = overlap_lines(audit)  # type: ignore[arg-type]
    assert line.endswith("：Disney+、Netflix、爱奇艺")
    assert ", " not in line and ": " not in line


def test_a_converted_total_names_the_currency_in_chinese(chinese) -> None:  # noqa: F811
    total = SimpleNamespace(converted=True, currency="USD", missing={}, rates=())
    assert "≈ 折合美元" in _note(total)  # type: ignore[arg-type]
    assert "USD" not in _note(total)  # type: ignore[arg-type]


def test_the_count_of_transactions_reads_as_chinese(qtbot, household_ctx, chinese) -> None:  # noqa: F811
    page = TransactionsPage(household_ctx)
    qtbot.addWidget(page)
    total = page.model.total_count()
    assert page.status.text().startswith(f"共 {total:,} 笔")
    qtbot.keyClicks(page.search, "netflix")
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    assert page.status.text().startswith(f"显示 {page.model.rowCount()} / {total:,} 笔")


def _bars_axis(largest: str) -> tuple[list[str], str]:
    """The tick labels and title of an income and expenses chart's money axis, drawn with the
    fonts the app's charts draw with (Chinese ones to fall back to)."""
    use_chinese_fallback()
    figure = Figure(figsize=(4, 3), layout="constrained")
    FigureCanvasAgg(figure)
    flows = tuple(MonthFlow(f"2026-0{m}", Decimal(largest) * m / 3, Decimal(largest) / 4)
                  for m in (1, 2, 3))  # fmt: skip
    draw_income_expense_bars(figure, FlowData("USD", flows), theme_from_palette(QPalette()))
    figure.canvas.draw()
    axis = figure.axes[0].yaxis
    low, high = sorted(axis.get_view_interval())
    ticks = [t.label1.get_text() for t in axis.get_major_ticks() if low <= t.get_loc() <= high]
    return ticks, axis.get_label().get_text()


def test_chart_money_ticks_read_as_a_chinese_reader_counts(chinese) -> None:  # noqa: F811
    ticks, title = _bars_axis("14000")
    assert ticks == ["0", "5,000", "1万"]  # never "US$0.5万"
    assert title == "金额（美元）"  # the currency said once, on the axis
    assert _bars_axis("1600000")[0] == ["0", "50万", "100万", "150万"]


def test_the_user_guide_is_shown_in_chinese(qtbot, chinese) -> None:  # noqa: F811
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "用户指南"
    assert dialog.findChild(QLabel, "user-guide-language") is None  # no "English only" note
    guide = dialog.findChild(QTextBrowser, "user-guide-text").toPlainText()
    assert "文件 → 导入对账单…（Ctrl+O）" in guide and "撤销导入" in guide
    assert "Import statements" not in guide and "README.md" not in guide


def test_the_english_user_guide_shows_the_guide_without_a_note(qtbot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "user-guide-language") is None
    assert "Undo an import" in dialog.findChild(QTextBrowser, "user-guide-text").toPlainText()


def test_a_wage_paused_for_the_summer_says_until_when(qapp) -> None:
    """The campus wage last paid in April, paused as the summer before: the month it resumes."""
    view = replace(
        _netflix(("paused",), "active").view,
        name="Univ of Michigan Payroll", kind="income", cadence="biweekly",
        amount=Decimal("437.25"), next_date=date(2026, 9, 4),
    )  # fmt: skip
    assert status_text(view) == "Paused until September 2026"
