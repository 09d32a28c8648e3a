"""A checking account imported from a CSV that states no balance (Wells Fargo's download) is
not drawn on the dashboard's balance chart: counted from zero, its pay cheques climbed to a
"balance" the account never had while Health said its balance is unknown. It is named under
the chart with Set balance… instead, as Health names it; once set, it is drawn from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finapp.core.health import HealthReason
from finapp.gui.dialogs.set_balance import SetBalanceDialog
from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.health import health_report
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.answering import enter, opened
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_dashboard_look import _ctx, _drawn
from tests.networth.test_net_worth import _household

CHECKING = "Wells Fargo"  # as the import names a Wells Fargo download
#: Wells Fargo's checking CSV: no header, no balance; pay in twice a month, rent out
PAY_AND_RENT = "".join(
    f'"{month:02d}/{day:02d}/2026","{amount}","*","","{memo}"\n'
    for month in (4, 3, 2, 1)
    for day, amount, memo in (
        (16, "3250.00", "DIRECT DEP ACME CORP PAYROLL"),
        (5, "-1450.00", "ZELLE TO LANDLORD RENT"),
        (2, "3250.00", "DIRECT DEP ACME CORP PAYROLL"),
    )
)


def _said_under_the_chart(page: DashboardPage) -> list[str]:
    return [label.text() for label in page.balance_left_out.findChildren(QLabel)]


def _without_a_balance_says_health(store: Store) -> set[str]:
    report = health_report(store, date(2026, 5, 3))
    return {
        account.account
        for account in report.accounts
        if any(reason.kind == HealthReason.NO_BALANCE for reason in account.reasons)
    }


def test_a_checking_account_without_a_balance_is_named_under_the_chart_not_drawn_from_zero(
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _household(store, tmp_path)
    csv = tmp_path / "Checking1.csv"
    csv.write_text(PAY_AND_RENT, encoding="utf-8")
    assert not import_files(store, [csv]).failed
    page = shown_dashboard(qtbot, _ctx(store, tmp_path), date(2026, 5, 3), (1280, 900))

    assert CHECKING not in _drawn(page) and "Checking …3456" in _drawn(page)
    assert page.balance_left_out.isVisible()
    said = _said_under_the_chart(page)
    assert f"{CHECKING} — balance not known, not drawn in this chart" in said
    # the dashboard and Health name the same accounts as having no known balance
    named = set(page.balance_left_out.buttons)  # each line's Set balance… button
    assert named == _without_a_balance_says_health(store) and CHECKING in named

    qtbot.mouseClick(page.balance_left_out.buttons[CHECKING], Qt.MouseButton.LeftButton)
    dialog = opened(page, SetBalanceDialog, "set-balance")
    qtbot.keyClicks(dialog.amount, "4210.55")
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: CHECKING in _drawn(page))
    last = [hit.label for hit in page.balance.hits if hit.label.startswith(CHECKING)][-1]
    assert last.endswith("$4,210.55")  # drawn from the balance the user gave
    assert set(page.balance_left_out.buttons) == _without_a_balance_says_health(store)
    assert CHECKING not in page.balance_left_out.buttons
