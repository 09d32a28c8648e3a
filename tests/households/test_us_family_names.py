"""What the Millers of Columbus (:mod:`tests.households.us_family`) read after their fourteen
months of downloads: the names of their bills and transfers, their alerts and their imports'
summaries, as a family checking them against what happened would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest

from finapp.importers.csv.profiles import profile_named
from finapp.services import alerts as alert_service
from finapp.services import subscriptions as subs
from finapp.services.import_results import FileResult
from finapp.services.imports import import_files
from finapp.services.payee_names import StoreNames
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import new_passphrase_store
from tests.households import us_family as us

#: the day after the last downloads
AFTER = date(2026, 12, 5)


@dataclass
class Year:
    store: Store
    #: each download day's alerts, as the inbox lists them that day
    alerts: dict[date, list[str]] = field(default_factory=dict)
    #: what each import of each account's file said, in order
    imports: dict[str, list[FileResult]] = field(default_factory=dict)


def _imported(store: Store, download: us.Download) -> FileResult:
    """One file as the family imports it: Amex's first download, all charges, with the
    American Express profile its refusal names."""
    result = import_files(store, [download.path])
    if result.failed and download.account == "amex":
        result = import_files(store, [download.path], profile=profile_named("American Express"))
    assert not result.failed, (download.path.name, result.failed)
    (file,) = result.files
    return file


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Year]:
    folder = tmp_path_factory.mktemp("millers_names")
    family = us.build()
    store = new_passphrase_store(folder / "data")
    seen = Year(store)
    for n, day in enumerate(us.download_days()):
        for download in us.write_month(folder / "downloads", family, n):
            seen.imports.setdefault(download.account, []).append(_imported(store, download))
        alert_service.evaluate_alerts(store, as_of=day)
        seen.alerts[day] = [a.message for a in alert_service.list_alerts(store, as_of=day)]
    yield seen
    store.close()


def _names(year: Year) -> dict[str, subs.SubscriptionView]:
    return {s.name: s for s in subs.list_subscriptions(year.store, as_of=AFTER)}


def test_coffees_at_three_prices_raise_no_price_rise(year: Year) -> None:
    """Starbucks at 6.45, 5.95 and 7.25 on any day, two 6.45 coffees on 2026-04-14: a coffee
    dearer than the last is another coffee, not a subscription's price going up (it was told
    "Starbucks went up from 5.95 USD to 6.45 USD" on 2026-04-20). Netflix's and Verizon's real
    rises are still told."""
    told = [m for messages in year.alerts.values() for m in messages]
    assert not [m for m in told if "Starbucks went up" in m]
    assert "Netflix went up from 15.49 USD to 17.99 USD (30.00 USD more a year)." in told
    assert any(m.startswith("Verizon Wireless went up from 142.87 USD") for m in told)


def test_coffees_at_three_prices_are_no_subscription_due(year: Year) -> None:
    """Detection cut a "monthly 5.95" and a "four-weekly 7.25" out of the Starbucks coffees,
    and on 2026-05-02 the inbox said "Starbucks was expected on 2026-04-10 but has not been
    charged." (twice). Coffees bought at several prices on any day are regular spending: no
    coffee is expected, renewed or missed; Netflix is still reminded before it renews."""
    told = [m for messages in year.alerts.values() for m in messages]
    assert not [m for m in told if m.startswith("Starbucks") and "twice" not in m]
    assert not [m for m in year.alerts[date(2026, 5, 2)] if "Starbucks" in m]
    assert any(m.startswith("Netflix") for m in told)


def test_cheques_name_no_payee_and_are_named_by_their_amount(year: Year) -> None:
    """``CHECK 1045``, ``CHECK 1047``, ``CHECK 1049``, 180.00 every other month to the lawn
    service: each line shows its number, as the checkbook does, and the bill they make is
    "Check for 180.00 USD", not a "Check" that says nothing (nor the last cheque's number, which
    the next one will not have)."""
    cheques = [t for t in list_transactions(year.store) if t.statement_text.startswith("CHECK")]
    with year.store.read() as session:
        shown = StoreNames(session).of_lines(t.id for t in cheques)
    assert sorted(shown.values()) == ["Check #1045", "Check #1047", "Check #1049"]
    found = _names(year)
    assert "Check" not in found
    bill = found["Check for 180.00 USD"]
    assert (bill.cadence, bill.amount, bill.next_date) == (
        "bimonthly",
        -180,
        date(2026, 11, 26),
    )
    assert (
        "Check for 180.00 USD is due in 8 days (2026-11-26) for 180.00 USD."
        in (year.alerts[date(2026, 11, 18)])
    )


def test_the_monthly_move_to_the_credit_union_is_named_as_chase_prints_it(year: Year) -> None:
    """Chase's ``Online Transfer 204526030005 to Kemba Financial Credit Union ########1207
    transaction #: …`` was "Transfer Kemba Financial Union Transaction"."""
    found = _names(year)
    move = found["Transfer to Kemba Financial Credit Union"]
    assert (move.cadence, move.amount) == ("monthly", -500)
    assert not [n for n in found if "Kemba" in n and n != move.name]


def test_initials_keep_their_capitals(year: Year) -> None:
    """``AEP OHIO ONLINE PMT``: the utility is AEP Ohio, not "Aep Ohio"."""
    found = _names(year)
    assert found["AEP Ohio"].cadence == "monthly"
    assert "Aep Ohio" not in found
    assert any(m.startswith("AEP Ohio is due") for ms in year.alerts.values() for m in ms)


def test_venmos_balance_line_is_no_row_left_out(year: Year) -> None:
    """Each Venmo statement opens with its beginning-balance row: the statement's own line,
    so no import of it says "1 left out (neutral)"; its lines are all read."""
    venmo = year.imports["venmo"]
    assert len(venmo) == len(us.download_days())
    assert [(f.left_out, f.rejected) for f in venmo] == [(0, 0)] * len(venmo)
    assert sum(f.new for f in venmo) == len(us.build().of("venmo"))
