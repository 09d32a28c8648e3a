"""The alert before a projected fall below an account's low-balance threshold: told once, ahead
of the fall, with the event that causes it; silent when income comes first, without a threshold,
and on ordinary households whose threshold is sensible."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.forecast import forecast
from finapp.store.engine import Store
from tests.health.forecast_household import END, TODAY, checking_lines, import_checking
from tests.households.generator import LOW_BALANCE, generate
from tests.households.support import imported

#: a dearer flat than the forecast household's, so the first of the month bites
RENT = "-2450.00"


def _forecast_alerts(store: Store, day: date, *, closed: bool = False) -> list:
    return [
        a
        for a in alert_service.list_alerts(store, as_of=day, include_closed=closed)
        if a.kind == "forecast_low_balance"
    ]


def test_warns_before_the_rent_takes_checking_below_its_threshold(store: Store) -> None:
    running = import_checking(store, "1905.33", checking_lines(rent=RENT))
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))
    after_rent = running[END] - Decimal("2450.00")
    assert after_rent == Decimal("71.36")

    alert_service.refresh_alerts(store, END)  # looked at the day the statement came
    alert_service.refresh_alerts(store, END)  # asked again: told once
    (alert,) = _forecast_alerts(store, END)
    assert alert.message == (
        "Checking is projected to fall below your 500.00 USD threshold on 2026-11-02 and as low "
        "as 59.37 USD on 2026-11-09 after Spotify."  # the rent (the 1st a Sunday), then Spotify
    )
    assert alert.account == "Checking"
    assert alert.date == END  # in the inbox now, where the statements end, before the fall

    # the user lowers the threshold: the projection no longer falls below it
    set_low_balance_threshold(store, "Checking", Decimal("50.00"))
    alert_service.refresh_alerts(store, END)
    assert _forecast_alerts(store, END) == []
    (closed,) = _forecast_alerts(store, END, closed=True)
    assert closed.id == alert.id


def test_statements_a_month_old_never_tell_a_past_day_as_projected(store: Store) -> None:
    """Looked at a month after the statements end: the fall on 1 November is past, whatever
    happened; what the forecast still projects from today on is told."""
    import_checking(store, "1905.33", checking_lines(rent=RENT))
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))
    alert_service.refresh_alerts(store, TODAY)
    (alert,) = _forecast_alerts(store, TODAY)
    assert alert.message == (
        "Checking is projected to fall below your 500.00 USD threshold on 2026-12-01 and as low "
        "as 315.27 USD on 2026-12-09 after Spotify."  # the rent again, then Spotify
    )


def test_silent_when_the_salary_arrives_before_the_rent(store: Store) -> None:
    # downloaded on the 29th, before payday: the salary of the 31st (a Saturday: paid on the
    # Friday, as on 14 August) is still to come
    running = import_checking(store, "2905.33", checking_lines(rent=RENT), end=date(2026, 10, 29))
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))
    start = running[date(2026, 10, 29)]
    assert start - Decimal("2450.00") < Decimal("500.00")  # the rent alone would take it below

    alert_service.refresh_alerts(store, TODAY)
    assert _forecast_alerts(store, TODAY) == []
    (checking,) = forecast(store, TODAY, account="Checking")
    assert [(e.date, e.name) for e in checking.events[:2]] == [
        (date(2026, 10, 30), "Salary — Northwind Traders"),
        (date(2026, 11, 2), "Oakwood Apts"),  # the 1st a Sunday: the Monday, as on 3 August
    ]
    assert checking.lowest >= Decimal("500.00")


def test_silent_without_a_threshold(store: Store) -> None:
    import_checking(store, "1905.33", checking_lines(rent=RENT))
    alert_service.refresh_alerts(store, TODAY)
    assert _forecast_alerts(store, TODAY) == []
    (checking,) = forecast(store, END, account="Checking")
    # the fall is there (the rent, then Spotify before payday), only no one asked
    assert (checking.lowest, checking.lowest_on) == (Decimal("59.37"), date(2026, 11, 9))


def test_silent_on_ordinary_households_with_a_sensible_threshold(tmp_path: Path) -> None:
    for seed, variant in ((41, "us"), (42, "us"), (43, "cn")):
        hh = generate(seed, variant, months=8, noise=0.5)
        store, _ = imported(hh, tmp_path / f"{variant}{seed}", at_once=True)
        try:
            checking = next(a.name for a in list_accounts(store) if a.type == "checking")
            set_low_balance_threshold(store, checking, LOW_BALANCE)
            alert_service.refresh_alerts(store, hh.as_of)
            assert _forecast_alerts(store, hh.as_of) == [], (seed, variant)
            (projected,) = forecast(store, hh.as_of, account=checking)
            # forecast from where the statements end, with the household's rent and payroll
            assert projected.start == hh.end
            assert projected.starting_balance == hh.daily_balances("checking")[hh.end]
            amounts = {e.amount for e in projected.events}
            assert hh.streams["Rent"].amount in amounts
            assert hh.streams["Payroll"].amount in amounts
        finally:
            store.close()


def test_tells_the_overdraft_a_mild_first_dip_leads_to_as_critical(store: Store) -> None:
    """Rent dearer than what the pay leaves: November's (taken Monday the 2nd, the 1st a Sunday)
    takes checking just under its threshold, and the second month's rent and Spotify overdraw
    it: the worst is told."""
    running = import_checking(store, "4883.97", checking_lines(rent="-3000.00"))
    assert running[END] == Decimal("3300.00")
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))
    alert_service.refresh_alerts(store, END)
    (alert,) = _forecast_alerts(store, END)
    assert alert.message == (
        "Checking is projected to fall below your 500.00 USD threshold on 2026-11-02 and as low "
        "as -6.09 USD on 2026-12-09 after Spotify."
    )
    assert alert.severity == "critical"  # an overdraft, not the 300.00 of the first dip
    (checking,) = forecast(store, END, account="Checking")
    assert (checking.lowest, checking.lowest_on) == (Decimal("-6.09"), date(2026, 12, 9))
