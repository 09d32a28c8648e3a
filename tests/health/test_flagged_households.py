"""Ordinary households never look like activity a bank would flag: independent generated US and
Chinese households (payroll, rent, bills, card autopay, savings transfers and the money moved
back after a large check, Amazon orders and refunds, Alipay and WeChat Pay wallets) are imported
from their statement files (all in one go, as a user drops the folder of them) and asked every
week over two years."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from finapp.services.alerts import refresh_alerts
from finapp.services.flagged_activity import flagged_activity_check
from finapp.services.settings import load_settings
from tests.households.generator import generate
from tests.households.support import imported

FLAGGED = {"pass_through", "structuring", "late_night", "new_counterparties"}


@pytest.mark.parametrize(("seed", "variant"), [(11, "us"), (12, "cn"), (47, "us"), (48, "cn"),
                                               (90, "us"), (91, "cn")])  # fmt: skip
def test_ordinary_households_raise_none(seed: int, variant: str, tmp_path: Path) -> None:
    hh = generate(seed, variant, months=24, end=date(2024 + seed % 3, 10, 31))
    store, _ = imported(hh, tmp_path, at_once=True)
    try:
        found = []
        with store.read() as session:
            settings = load_settings(session)
            day = hh.start + timedelta(days=7)
            while day <= hh.as_of:
                found += [c.message for c in flagged_activity_check(session, day, settings)]
                day += timedelta(days=7)
        assert found == []
        assert [a.message for a in refresh_alerts(store, hh.as_of) if a.kind in FLAGGED] == []
    finally:
        store.close()
