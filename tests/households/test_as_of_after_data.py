"""Issue 14, done when: a household whose statements end a month before the day asked gets one
freshness notice per account instead of lapse alarms."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.accounts import list_accounts
from tests.households.generator import generate
from tests.households.support import imported, open_alerts


def test_a_month_after_the_data_one_freshness_notice_per_account(tmp_path: Path) -> None:
    hh = generate(22, months=6, noise=0.3)
    store, _ = imported(hh, tmp_path)
    try:
        alert_service.refresh_alerts(store, hh.as_of)
        inbox = open_alerts(store, hh.as_of)
        assert [a.message for a in inbox if a.kind == "lapsed"] == []
        notices = Counter(a.account for a in inbox if a.kind == "stale_statements")
        accounts = {a.name for a in list_accounts(store)}
        assert notices == Counter(dict.fromkeys(accounts, 1)), (notices, accounts)
    finally:
        store.close()
