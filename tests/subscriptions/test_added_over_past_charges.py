"""A subscription the user adds by hand whose charges are in the store already (a domain renewed
once a year, too seldom for detection): its past charges are its history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as subs
from finapp.services.subscription_charges import member_charges
from tests.helpers import cli_json, run_cli
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, NETFLIX, load, monthly

DOMAIN = "NAMECHEAP.COM* DOMAIN RENEWAL 8005551234 AZ"
HOSTING = "NAMECHEAP.COM* HOSTING AZ"


def imported(store, *lines: ParsedTransaction) -> None:  # type: ignore[no-untyped-def]
    """Lines imported as a statement is: detection runs after it."""
    load(store, *lines)
    subs.detect_subscriptions(store)


def load_renewals(store) -> None:  # type: ignore[no-untyped-def]
    """Two yearly domain renewals and a hosting bill of the same merchant, among a year of
    other card lines."""
    imported(
        store,
        ParsedTransaction(date(2024, 3, 14), Decimal("-14.98"), DOMAIN, fitid="dom-2024"),
        ParsedTransaction(date(2025, 3, 14), Decimal("-15.98"), DOMAIN, fitid="dom-2025"),
        ParsedTransaction(date(2025, 1, 20), Decimal("-118.80"), HOSTING, fitid="host-2025"),
        *monthly(NETFLIX, date(2024, 3, 9), 14, "-15.49"),
    )
    found = {v.merchant for v in subs.stored_subscriptions(store)}
    assert (
        "NETFLIX" in found and "NAMECHEAP" not in found
    )  # what the user adds it for: detection does not see it


def test_its_past_charges_give_its_amount_last_charge_and_next_renewal(store) -> None:  # type: ignore[no-untyped-def]
    load_renewals(store)
    view = subs.add_manual(
        store, "Domain", Decimal("15.98"), "annual", date(2026, 3, 14), payee="Namecheap"
    )
    linked = member_charges(store, view.id)
    # both renewals; not the 118.80 hosting bill of the same merchant
    assert [c.posted for c in linked] == [date(2024, 3, 14), date(2025, 3, 14)]
    assert (view.name, view.amount, view.cadence, view.next_date) == (
        "Domain",
        Decimal("-15.98"),
        "annual",
        date(2026, 3, 14),
    )
    assert (view.user_state, view.kind) == ("confirmed", "subscription")

    # the next renewal imported joins it; detection suggests nothing of its own for it
    imported(store, ParsedTransaction(date(2026, 3, 14), Decimal("-16.49"), DOMAIN, fitid="d26"))
    again = subs.get_subscription(store, view.id)
    assert (again.amount, again.next_date, again.kind, len(again.transaction_ids)) == (
        Decimal("-16.49"),
        date(2027, 3, 14),
        "subscription",
        3,
    )
    assert [v.merchant for v in subs.stored_subscriptions(store)].count("NAMECHEAP") == 1


def test_one_named_after_nothing_in_the_store_renews_on_its_own_schedule(store) -> None:  # type: ignore[no-untyped-def]
    load_renewals(store)
    view = subs.add_manual(store, "Gym (cash)", Decimal("30"), "monthly", date(2026, 3, 1))
    assert view.manual and view.transaction_ids == ()
    assert view.amount == Decimal("-30.00")


def test_the_cli_add_links_the_charges_its_payee_names(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = (
        ParsedTransaction(date(2025, 3, 14), Decimal("-15.98"), DOMAIN, fitid="dom-2025"),
        *monthly(NETFLIX, date(2025, 1, 9), 3, "-15.49"),
    )
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, lines))
    assert cli_json(data, "import", str(ofx))["new"] == 4
    added = run_cli(
        data, "subscriptions", "add", "Domain", "15.98", "--cadence", "annual",
        "--next", "2026-03-14", "--payee", "NAMECHEAP.COM",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "1 past charges linked" in added.stdout
    domain = next(s for s in cli_json(data, "subscriptions") if s["name"] == "Domain")
    assert (domain["amount"], domain["next_date"], len(domain["transaction_ids"])) == (
        "-15.98",
        "2026-03-14",
        1,
    )
