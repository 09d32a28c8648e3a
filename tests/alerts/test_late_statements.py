"""A statement imported a month after it ends still tells what its charges say.

A household downloads its card's October statement on 2 December. The charge after a
cancelled Spotify and Netflix's new price in it are news that day: they are raised open and
stay so for their term (30 days) from that day, not from the charge's; a card whose statements
ended long ago tells nothing of its old charges.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from tests.categorize.statements import Line, load

CARD = "4147202212345678"
DOWNLOADED = date(2026, 12, 2)


def _card_month(year: int, month: int) -> list[Line]:
    """A month of a Visa card as the bank prints it; Netflix's price rises in October."""
    netflix = "-17.99" if (year, month) >= (2026, 10) else "-15.49"
    return [
        (date(year, month, 7), netflix, "NETFLIX.COM 866-579-7172 CA"),
        (date(year, month, 22), "-11.99", "SPOTIFY USA 877-7781161"),
        (date(year, month, 3 + month % 5), f"-{61 + month}.37", "WHOLEFDS MKT #10234"),
        (date(year, month, 12), "-38.50", "SHELL OIL 57442"),
    ]


def _import_through_september(store, folder: Path) -> None:  # type: ignore[no-untyped-def]
    for year, month in [(2025, m) for m in range(10, 13)] + [(2026, m) for m in range(1, 10)]:
        load(store, folder, CARD, _card_month(year, month), kind="CREDITCARD")


def _open(store, day: date) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    refresh_alerts(store, day)
    out: dict[str, list[str]] = {}
    for alert in list_alerts(store, as_of=day):
        out.setdefault(alert.kind, []).append(alert.message)
    return out


def test_a_charge_after_cancelling_in_a_late_statement_is_told_and_stays_open(
    store, tmp_path: Path
) -> None:
    _import_through_september(store, tmp_path)
    spotify = next(v for v in subs.list_subscriptions(store, date(2026, 9, 30))
                   if "Spotify" in v.name)  # fmt: skip
    subs.cancel(store, spotify.id, date(2026, 9, 25))
    load(store, tmp_path, CARD, _card_month(2026, 10), kind="CREDITCARD")  # on 2 December

    told = _open(store, DOWNLOADED)
    assert told.get("charged_after_cancel") == [
        "Spotify charged 11.99 USD on 2026-10-22 after you cancelled it."
    ]
    assert any("Netflix" in m and "17.99" in m for m in told.get("price_increase", []))
    # three weeks later, November's statement in: both still open, a month from being told
    load(store, tmp_path, CARD, _card_month(2026, 11), kind="CREDITCARD")
    weeks_later = _open(store, DOWNLOADED + timedelta(days=21))
    assert "charged_after_cancel" in weeks_later and "price_increase" in weeks_later
    month_later = DOWNLOADED + timedelta(days=30)
    refresh_alerts(store, month_later)
    still = [(a.kind, a.date) for a in list_alerts(store, as_of=month_later)
             if a.kind in ("charged_after_cancel", "price_increase")]  # fmt: skip
    assert still == [("charged_after_cancel", date(2026, 11, 22))]  # November's, told later


def test_a_card_whose_statements_ended_long_ago_tells_nothing_of_its_old_charges(
    store, tmp_path: Path
) -> None:
    _import_through_september(store, tmp_path)
    spotify = next(v for v in subs.list_subscriptions(store, date(2026, 9, 30))
                   if "Spotify" in v.name)  # fmt: skip
    subs.cancel(store, spotify.id, date(2026, 9, 25))
    load(store, tmp_path, CARD, _card_month(2026, 10), kind="CREDITCARD")
    years_later = date(2027, 6, 1)  # the card was closed; its last statement ended in October
    told = _open(store, years_later)
    assert "charged_after_cancel" not in told and "price_increase" not in told
