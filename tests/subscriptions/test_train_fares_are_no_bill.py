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
from finapp.services.alerts import refresh_alerts
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
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


def _nationwide(folder: Path) -> Path:
    lines = []
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
