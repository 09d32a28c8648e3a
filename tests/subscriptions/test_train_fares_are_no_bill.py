"""A Leeds household's monthly trip home by train is regular spending, not a bill.

Their Nationwide FlexDirect export holds a Trainline ticket bought on the 3rd of each month at
that day's fare (46.20, 38.90, 52.10…, filed by the shipped rules under Transport), beside the
monthly Northern season ticket at its one price (286.40, Transport too), the council tax and an
Octopus Energy direct debit that moves with the meter. finapp listed the fares under Bills, told
"renewal of Trainline in 7 days" and counted 591.72 a year of them as a bill. They are regular
spending now: the season ticket is still a subscription reminded before it renews, the energy
bill still a bill.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.stream_groups import BILLS, HABITS, SUBSCRIPTIONS
from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.helpers import cli_json
from tests.uk_statements import nationwide_csv

MONTHS = [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 11)]
#: the fare of each month's return ticket, never the same twice
FARES = ("46.20", "38.90", "52.10", "44.70", "61.35", "39.80", "47.55", "55.20", "42.10",
         "49.90", "58.40", "41.25", "45.80", "53.60")  # fmt: skip
#: Octopus Energy's direct debit follows the meter reading
ENERGY = ("88.14", "96.52", "121.37", "134.80", "129.65", "117.02", "98.43", "84.19", "76.55",
          "71.90", "73.28", "79.61", "86.04", "93.77")  # fmt: skip
#: the day they look: a week before the next fare, five days before the season ticket
TODAY = date(2026, 10, 27)


#: the cab home from the station on the 2nd, from a Leeds firm no shipped rule knows
CABS = ("14.60", "17.20", "12.90", "15.85", "19.40", "13.70", "16.30", "18.05", "12.40", "15.10",
        "17.75", "14.25", "16.90", "13.35")  # fmt: skip


def _nationwide(folder: Path, cabs: bool = False) -> Path:
    lines = []
    if cabs:
        lines += [
            (date(year, month, 2), "Contactless payment", "AMBER CARS", f"-{fare}")
            for (year, month), fare in zip(MONTHS, CABS, strict=True)
        ]
    for (year, month), fare, energy in zip(MONTHS, FARES, ENERGY, strict=True):
        lines += [
            (date(year, month, 1), "Visa purchase", "NORTHERN TRAINS SEASON TICKET", "-286.40"),
            (date(year, month, 3), "Visa purchase", "TRAINLINE.COM", f"-{fare}"),
            (date(year, month, 15), "Direct debit", "OCTOPUS ENERGY", f"-{energy}"),
            (date(year, month, 25), "Bank credit", "ACME LOGISTICS LTD SALARY", "2850.00"),
        ]
        if month not in (2, 3):
            lines.append((date(year, month, 1), "Direct debit", "LEEDS CITY COUNCIL", "-164.90"))
    return nationwide_csv(folder, lines, opening="2500.00")


def test_the_monthly_train_fare_is_regular_spending(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_nationwide(tmp_path)]).failed
    placed = place(store, subs.list_subscriptions(store, TODAY), TODAY)
    group = {p.view.name: p.group for p in placed}
    assert group["Trainline"] == HABITS
    assert group["Northern Trains Season Ticket"] == SUBSCRIPTIONS  # one price: a pass
    assert group["Octopus Energy"] == group["Leeds City Council"] == BILLS
    renewals = {a.params["name"] for a in refresh_alerts(store, TODAY) if a.kind == "renewal"}
    assert renewals == {"Northern Trains Season Ticket", "Leeds City Council"}


def test_the_command_line_calls_the_fares_a_habit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli_json(data, "import", str(_nationwide(tmp_path)))
    listed = cli_json(data, "subscriptions", "--as-of", TODAY.isoformat())
    fares = next(row for row in listed if row["name"] == "Trainline")
    assert (fares["kind"], fares["group"]) == ("habit", "habits")
    (totals,) = cli_json(data, "subscriptions", "totals", "--as-of", TODAY.isoformat())
    spending = [row for row in listed if row["group"] in ("subscriptions", "bills")]
    assert Decimal(totals["per_year"]) == sum(Decimal(row["annual_cost"]) for row in spending)


def test_a_cab_firm_filed_under_transport_is_reminded_no_more(store: Store, tmp_path: Path) -> None:
    """No rule knows the cab firm: its fares, never the same, read as a metered bill until the
    user files one of them under Transport; the reminder already in the inbox goes with it."""
    assert not import_files(store, [_nationwide(tmp_path, cabs=True)]).failed
    reminded = [a for a in refresh_alerts(store, TODAY) if a.kind == "renewal"]
    (cab,) = [a for a in reminded if a.params["name"] == "Amber Cars"]
    assert cab.params["days"] == "6"
    ride = next(t for t in list_transactions(store) if t.payee == "AMBER CARS")
    set_category(store, ride.id, "Transport:Taxi")  # learnt for the firm's every fare
    refresh_alerts(store, TODAY)
    inbox = {(a.kind, a.params.get("name")) for a in list_alerts(store, as_of=TODAY)}
    assert ("renewal", "Amber Cars") not in inbox
    placed = place(store, subs.stored_subscriptions(store), TODAY)
    assert {p.view.name: p.group for p in placed}["Amber Cars"] == HABITS
