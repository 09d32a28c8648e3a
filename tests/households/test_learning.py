"""Issue 14, done when: learning tells UBER *TRIP from UBER *EATS; an annual Amazon Prime among
Amazon orders is found."""

from __future__ import annotations

from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from tests.households.files import Truth
from tests.households.generator import generate
from tests.households.support import imported, owners, stream_of


def test_uber_trip_and_eats_corrections_keep_both_categories(tmp_path: Path) -> None:
    hh = generate(28, months=3, noise=1.0)
    store, _ = imported(hh, tmp_path)
    try:
        truth = Truth(hh)
        txns = list_transactions(store)
        uber = {
            t.id: truth.line(t).merchant
            for t in txns  # type: ignore[union-attr]
            if truth.line(t) and truth.line(t).merchant in ("Uber rides", "Uber Eats")
        }  # type: ignore[union-attr]
        first = {}
        for t in txns:
            first.setdefault(uber.get(t.id), t.id)
        set_category(store, first["Uber rides"], "Transport:Rides & Taxis")
        set_category(store, first["Uber Eats"], "Food:Delivery")
        wanted = {"Uber rides": "Transport:Rides & Taxis", "Uber Eats": "Food:Delivery"}
        wrong = [
            (t.payee, t.category)
            for t in list_transactions(store)
            if t.id in uber and t.category != wanted[uber[t.id]]
        ]
        assert wrong == [], f"{len(wrong)} of {len(uber)} Uber lines misfiled, e.g. {wrong[:3]}"
    finally:
        store.close()


def test_annual_prime_among_amazon_orders_is_found(tmp_path: Path) -> None:
    hh = generate(29, months=16, noise=0.5)
    assert len(hh.streams["Amazon Prime"].line_ids) == 2
    store, _ = imported(hh, tmp_path)
    try:
        owner = owners(hh, store)
        found = [
            (s.cadence, s.status)
            for s in list_subscriptions(store, hh.end)
            if stream_of(s.transaction_ids, owner) == "Amazon Prime"
        ]
        assert found == [("annual", "active")]
    finally:
        store.close()
