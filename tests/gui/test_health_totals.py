"""The Health page of a household in dollars, yuan and euros: every total that adds currencies
up reads in dollars, marked "≈" where euros were converted, the rate and its day on hover, and
the yuan (no rate) named as left out until the user adds its rate."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar

from finapp.gui import bus
from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.models.formatting import format_date, format_day
from finapp.gui.pages.health import HealthPage
from finapp.gui.pages.health_accounts import AccountsSection
from finapp.gui.pages.health_cards import CardsSection
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.pages.health_reserves import EmergencyFundSection, InstitutionsSection
from finapp.gui.pages.health_subscriptions import SubscriptionsSection
from finapp.services.changes import Changes
from finapp.services.rates import set_rate
from finapp.store.engine import Store
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.multi_currency import (
    ACCOUNTS,
    CENT,
    EUR_RATE,
    GOALS,
    RATE_DAY,
    SUBSCRIPTIONS,
    TODAY,
    by_currency,
    in_dollars,
)
from tests.health.test_fund_abroad_without_rate import TODAY as STUDENT_TODAY
from tests.health.test_fund_abroad_without_rate import _household as student_household


def currency_of(account: str) -> str:
    return next(a[2] for a in ACCOUNTS if a[0] == account)


#: what the household holds: liquid balances, cards' limits and debts, by currency
LIQUID = by_currency([(a[2], a[3]) for a in ACCOUNTS if a[1] != "credit_card"])
LIMITS = by_currency([(a[2], a[4]) for a in ACCOUNTS if a[4] is not None])
OWED = by_currency([(a[2], -a[3]) for a in ACCOUNTS if a[1] == "credit_card"])
TARGETS = by_currency([(currency_of(accounts[0]), target) for _n, target, accounts in GOALS])
SAVED = by_currency(
    [(currency_of(a[0]), a[3]) for _n, _t, accounts in GOALS for a in ACCOUNTS if a[0] in accounts]
)
MONTHLY_SUBSCRIPTIONS = by_currency(
    [(currency_of(acc), amount) for _n, amount, acc in SUBSCRIPTIONS]
)


def dollars(amount: Decimal) -> str:
    return f"${amount:,}"


def shown_page(qtbot, store: Store, tmp_path: Path) -> HealthPage:  # type: ignore[no-untyped-def]
    """The Health page of ``store`` on ``TODAY``, shown at a laptop's size."""
    bus_ = AppBus()
    ctx = AppContext(store, bus_, InlineTaskRunner(bus_), tmp_path / "data")
    shown = HealthPage(ctx, today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1280, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def page(qtbot, us_locale, three_currency_store: Store, tmp_path: Path) -> Iterator[HealthPage]:  # type: ignore[no-untyped-def]
    yield shown_page(qtbot, three_currency_store, tmp_path)


def section(page: HealthPage, kind: type):  # type: ignore[no-untyped-def]
    return next(s for s in page.sections if isinstance(s, kind))


def label(parent, name: str) -> QLabel:  # type: ignore[no-untyped-def]
    (found,) = [w for w in parent.findChildren(QLabel, name) if w.isVisible()]
    return found


def rates_said(widget: QLabel) -> None:
    """The tooltip names the rate, its day and the day the totals were converted on."""
    tip = widget.toolTip()
    assert f"Converted at the latest rates on or before {format_day(TODAY)}:" in tip
    assert f"1 EUR = {EUR_RATE} USD ({format_date(RATE_DAY)}, entered by you)" in tip
    assert widget.accessibleDescription() == tip


def test_the_emergency_fund_counts_every_currency_it_has_a_rate_for(page) -> None:  # type: ignore[no-untyped-def]
    fund = section(page, EmergencyFundSection)
    liquid = in_dollars(LIQUID)
    # essential spending: rent and groceries in dollars; rent, groceries and the train in euros
    # (the five full months before November; the yuan's groceries have no rate)
    monthly = Decimal("2512.60") + (Decimal("1315.00") * EUR_RATE).quantize(CENT, ROUND_HALF_EVEN)
    months = (liquid / monthly).quantize(Decimal("0.1"), ROUND_DOWN)
    summary = fund.summary.text()
    # not "every currency": the yuan has no rate, and the note below names it
    assert summary.startswith(
        f"≈ {months} months of essential spending in USD, counting the currencies with a rate"
    )
    assert f"(≈ {dollars(liquid)} for ≈ {dollars(monthly)} a month)" in summary
    rates_said(fund.summary)
    bar = fund.findChild(QProgressBar)
    assert bar.isVisible() and bar.format() == f"{months} of 6 months"
    details = fund.details.text().split("\n")
    # each currency's own figures stay on the page
    assert "In USD: $12,000.00 held, $2,512.60 a month of essential spending" in details
    assert "In EUR: €4,100.00 held, €1,315.00 a month of essential spending" in details
    assert "In CNY: CN¥17,000.00 held, CN¥2,600.00 a month of essential spending" in details
    assert (
        "Not included, no exchange rate to USD: CNY (add one in Settings → Exchange rates…)"
        in details
    )


def test_cards_goals_and_subscriptions_add_up_in_dollars(page) -> None:  # type: ignore[no-untyped-def]
    cards = section(page, CardsSection)
    limit, owed = label(cards, "cards-total-1"), label(cards, "cards-total-2")
    assert limit.text() == f"<b>≈ {dollars(in_dollars(LIMITS))}</b>"
    assert owed.text() == f"<b>≈ {dollars(in_dollars(OWED))}</b>"
    rates_said(limit)
    assert "CN¥20,000.00 (not included: no rate)" in limit.toolTip()
    assert "Not included, no exchange rate to USD: CNY" in label(cards, "cards-total-note").text()

    goals = section(page, GoalsSection)
    total = label(goals, "goals-total")
    saved, target = in_dollars(SAVED), in_dollars(TARGETS)
    assert total.text() == f"<b>≈ {dollars(saved)} saved of ≈ {dollars(target)}</b>"
    rates_said(total)
    assert not [w for w in goals.findChildren(QLabel, "goals-total-note") if w.isVisible()]

    subscriptions = section(page, SubscriptionsSection)
    every = label(subscriptions, "subscriptions-all-currencies")
    monthly = in_dollars(MONTHLY_SUBSCRIPTIONS)
    assert every.text() == (
        f"All subscriptions: ≈ {dollars(monthly)} a month in USD, counting the currencies with "
        "a rate. "
        "Not included, no exchange rate to USD: CNY (add one in Settings → Exchange rates…)"
    )
    rates_said(every)
    # the dollars' own total against the cap stays as it was
    assert subscriptions.summary.text().startswith("$15.49 a month for 1 subscription")


def test_a_rate_for_the_yuan_brings_it_into_every_total(page, three_currency_store) -> None:  # type: ignore[no-untyped-def]
    cny = Decimal("0.1398")
    set_rate(three_currency_store, "CNY", str(cny), as_of=RATE_DAY)
    page.ctx.bus.data_changed.emit(Changes.of(bus.SETTINGS))  # as the rates dialog announces
    fund = section(page, EmergencyFundSection)
    liquid = in_dollars(LIQUID, cny)
    assert f"every currency in USD (≈ {dollars(liquid)} for ≈ " in fund.summary.text()
    assert "1 CNY = 0.1398 USD" in fund.summary.toolTip()
    assert "Not included" not in fund.details.text()
    cards = section(page, CardsSection)
    assert label(cards, "cards-total-1").text() == f"<b>≈ {dollars(in_dollars(LIMITS, cny))}</b>"
    assert not [w for w in cards.findChildren(QLabel, "cards-total-note") if w.isVisible()]
    subscriptions = section(page, SubscriptionsSection)
    every = label(subscriptions, "subscriptions-all-currencies").text()
    monthly = in_dollars(MONTHLY_SUBSCRIPTIONS, cny)
    assert every == f"All subscriptions: ≈ {dollars(monthly)} a month, every currency in USD"


def test_each_institutions_share_says_of_which_currency_it_is(page) -> None:  # type: ignore[no-untyped-def]
    """A bank holding all the yuan and one holding most of the dollars: each bar names the
    currency its share is of, never a bare "100%" beside another bank's."""
    institutions = section(page, InstitutionsSection)
    bars = [b for b in institutions.findChildren(QProgressBar) if b.isVisible()]
    assert len({b.accessibleName() for b in bars}) == len(bars) >= 3
    formats = [b.format() for b in bars]
    for currency in ("USD", "EUR", "CNY"):
        assert any(f.endswith(f"% of the {currency} held") for f in formats), formats
    for bar in bars:  # each text on one line, whole
        assert bar.width() > bar.fontMetrics().horizontalAdvance(bar.text()), bar.text()
    assert all(" of the " in f for f in formats)


def test_every_bar_on_the_page_is_a_thin_gauge_with_its_text_beside_it(page) -> None:  # type: ignore[no-untyped-def]
    """The shares, the fund and the card's use read as gauges, not as blue buttons or a text
    box: a thin track, no frame round it, the text whole to its right."""
    bars = [b for b in page.findChildren(QProgressBar) if b.isVisible()]
    assert len(bars) >= 5  # the fund, three institutions, a card
    for bar in bars:
        assert bar.height() <= bar.fontMetrics().height() + 4, bar.format()
        image = bar.grab().toImage()
        edge = {image.pixel(x, 0) for x in range(image.width())}
        assert len(edge) == 1, f"a frame drawn round {bar.format()!r}"
        text_left = bar.width() - bar.fontMetrics().horizontalAdvance(bar.text())
        middle = image.height() // 2
        track = {image.pixel(x, middle) for x in range(2, text_left - 20)}
        assert image.pixel(1, 0) not in track, "the track is drawn in the bar's middle"


def test_in_chinese_the_yuan_is_named_in_words_where_it_is_counted_apart(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    three_currency_store,
    tmp_path,
) -> None:
    """A Chinese reader sees 人民币 in the sentences, not the code "CNY" between Chinese words."""
    shown = shown_page(qtbot, three_currency_store, tmp_path)
    details = section(shown, EmergencyFundSection).details.text().split("\n")
    assert any(line.startswith("人民币：持有 ") for line in details), details
    summary = section(shown, SubscriptionsSection).summary.text()
    assert "另有人民币订阅每月 " in summary and "CNY" not in summary


def test_in_chinese_a_bank_named_like_its_account_reads_as_the_account_does(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    store: Store,
    tmp_path: Path,
) -> None:
    """A student's dollar account, named "Bank of America" after its bank: the accounts' grades
    and where the money is held name it alike, never 美国银行 beside "Bank of America"."""
    student_household(store)
    shown = HealthPage(
        AppContext(store, (bus_ := AppBus()), InlineTaskRunner(bus_), tmp_path / "data"),
        today=STUDENT_TODAY,
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    graded = {w.text() for w in section(shown, AccountsSection).findChildren(QLabel)}
    held = {w.text() for w in section(shown, InstitutionsSection).findChildren(QLabel)}
    assert "Bank of America" in graded
    assert "Bank of America" in held and "美国银行" not in held, held
