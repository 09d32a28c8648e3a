"""Issue 14, done when: a price rise is told at its first higher charge, a pay raise is not."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.subscriptions import list_subscriptions
from tests.households.generator import generate
from tests.households.support import imported, open_alerts, owners, stream_of


def test_price_rise_told_at_first_higher_charge_and_a_raise_is_no_price_rise(
    tmp_path: Path,
) -> None:
    hh = generate(30, months=12, noise=0.3)
    store, _ = imported(hh, tmp_path)
    try:
        owner = owners(hh, store)
        missed = []
        for s in hh.streams.values():
            for when, _old, _new in s.rises:
                day = when + timedelta(days=3)
                alert_service.refresh_alerts(store, day)
                told = [
                    a
                    for a in open_alerts(store, day)
                    if a.kind == "price_increase" and a.subscription_id is not None
                ]
                subs = {
                    sub.id: stream_of(sub.transaction_ids, owner)
                    for sub in list_subscriptions(store, day)
                }
                if not any(subs.get(a.subscription_id) == s.name for a in told):
                    missed.append((s.name, when.isoformat()))
        assert missed == [], f"price rises not told 3 days after: {missed}"
        payroll_up = [
            a.message
            for a in alert_service.list_alerts(store)
            if a.kind == "price_increase" and "PAYROLL" in a.message.upper()
        ]
        assert payroll_up == []
    finally:
        store.close()
